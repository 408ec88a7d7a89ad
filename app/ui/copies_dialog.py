# SPDX-License-Identifier: GPL-3.0-or-later
"""Older copies of this vault: what Pana kept (before a restore or an upgrade), with dates; delete one.

Each copy opens with the passphrases of its day, so the list says so and a copy
no longer needed can be crypto-erased here (after a confirmation).  Listing and
deleting are file work on a worker; nothing of a case is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.copies import CopyService, VaultCopy
from app.ui.errors import message_for, show_failure
from app.ui.models.attachments_model import local_time
from app.ui.models.copies_model import CopiesModel, kind_label
from app.ui.placeholders import filled
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.widgets.busy import BusyIndicator
from app.ui.widgets.text import PlainLabel


class CopiesDialog(QDialog):
    """Lists the copies of one vault (``CopyService``) and crypto-erases the selected one."""

    def __init__(
        self, service: CopyService, runner: TaskRunner, prompts: UserPrompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._prompts = prompts
        self._loaded = False
        self._working = False
        self.intro_label = PlainLabel()
        self.model = CopiesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a kind may wrap (Russian)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CopiesModel.KIND, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self.on_view_selectionChanged)
        self.empty_label = PlainLabel()
        self.empty_label.setVisible(False)
        self.busy = BusyIndicator()
        self.delete_button = QPushButton()
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumSize(620, 340)
        self.resize(760, 420)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Older copies of this vault"))
        self.intro_label.setText(
            self.tr(
                "Pana keeps the vault a restore replaces and a backup made before each upgrade. "
                "Each copy still opens with the passphrases that were valid when it was made, even "
                "after a passphrase change. Delete the copies you no longer need; erasing the vault "
                "deletes them all."
            )
        )
        self.empty_label.setText(self.tr("There are no older copies of this vault."))
        self.delete_button.setText(self.tr("&Delete copy…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.refresh()  # the kinds, and below the column titles
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        """True once the list was read (tests and the screenshot driver wait for it)."""
        return self._loaded

    def reload(self) -> None:
        """Read the list again (file work, on a worker)."""
        service = self._service
        self._set_busy(self.tr("Looking for copies…"))
        self._runner.start(
            lambda progress: service.copies(),
            on_success=self._on_loaded,
            on_failure=self._on_load_failed,
            database=False,
        )

    def _on_loaded(self, copies: tuple[VaultCopy, ...]) -> None:
        self._set_busy(None)
        self.model.set_rows(copies)
        self.empty_label.setVisible(not copies)
        self.view.setVisible(bool(copies))
        self._loaded = True

    def _on_load_failed(self, error: Exception) -> None:
        self._on_loaded(())
        self._show_failure(error)

    def _on_deleted(self, _: object) -> None:
        self.reload()

    def _on_delete_failed(self, error: Exception) -> None:
        self._show_failure(error)
        self.reload()  # a copy may be half gone: show what is left

    def _show_failure(self, error: Exception) -> None:
        message = message_for(error)
        show_failure(self._prompts, self, message)

    def _set_busy(self, message: str | None) -> None:
        self._working = message is not None
        if message is None:
            self.busy.stop()
        else:
            self.busy.start(message)
        self.on_view_selectionChanged()

    # -- deleting ----------------------------------------------------------------------------------

    def selected(self) -> VaultCopy | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    @Slot(QItemSelection, QItemSelection)
    def on_view_selectionChanged(self, *_: object) -> None:
        self.delete_button.setEnabled(self.selected() is not None and not self._working)

    @Slot()
    def on_delete_button_clicked(self) -> None:
        copy = self.selected()
        if copy is None or not self._prompts.confirm(
            self,
            self.tr("Delete copy"),
            filled(
                self.tr(
                    "Delete the copy kept since %1 (%2)? Its keys are destroyed first; it cannot be opened "
                    "again."
                ),
                local_time(copy.made),
                kind_label(copy),
            ),
            destructive=True,
        ):
            return
        service, copy_id = self._service, copy.id
        self._set_busy(self.tr("Deleting the copy…"))
        self._runner.start(
            lambda progress: service.delete(copy_id),
            on_success=self._on_deleted,
            on_failure=self._on_delete_failed,
            database=False,
        )
