# SPDX-License-Identifier: GPL-3.0-or-later
"""History tab: every revision of the case's records (who, when, what) and the field-by-field diff."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.services.bundle import Services
from app.ui.case_editor.record_panel import make_table_view, stretch_column
from app.ui.case_editor.state import CaseState
from app.ui.models.history_models import FieldChangesModel, HistoryModel, record_titles
from app.ui.tasks import TaskRunner
from app.ui.widgets.text import InlineMessage, PlainLabel


class HistoryTab(QWidget):
    """Loaded when first shown and after each save; read-only."""

    loaded = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._runner = services, runner
        self._case_id: str | None = None
        #: The case file's own names for record ids (``load``), given to the diff with the history.
        self._id_names: dict[str, str] = {}
        self._stale = True
        self._epoch = 0
        self.model = HistoryModel(self)
        self.changes_model = FieldChangesModel(self)
        self.view = make_table_view(self)
        self.view.setModel(self.model)
        stretch_column(self.view, HistoryModel.FIELDS)
        self.changes = make_table_view(self)
        self.changes.setModel(self.changes_model)
        self.changes.setWordWrap(True)
        stretch_column(self.changes, FieldChangesModel.AFTER)
        self.diff_title = PlainLabel("", self)
        self.message = InlineMessage(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.refresh_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.diff_title)
        lower_layout.addWidget(self.changes)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.refresh_button.clicked.connect(self.on_refresh_button_clicked)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_currentRowChanged)

    def load(self, state: CaseState, is_new: bool) -> None:
        self._case_id = None if is_new else state.case.id
        self._id_names = {entry.id: entry.name for entry in state.relatives}
        self._id_names.update({entry.person.person.id: entry.name for entry in state.relatives})
        self._id_names[state.subject.id] = state.display_name
        self._id_names[state.case.id] = state.case.reference or self.tr("this case")
        self._stale = True
        if self.isVisible():
            self.refresh()
        elif is_new:
            self._show([])

    def clear(self) -> None:
        self._epoch += 1
        self._case_id = None
        self._id_names = {}
        self.model.set_rows([])
        self.changes_model.set_rows([])
        self.changes_model.set_id_names({})
        self.diff_title.setText("")
        self.message.clear_message()

    def show_error(self, record: Any, field: str, message: str) -> bool:
        return False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot()
    def on_refresh_button_clicked(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self._case_id is None:
            self._show([])
            return
        self._epoch += 1
        epoch, case_id, history = self._epoch, self._case_id, self._services.history
        self.message.show_message(self.tr("Loading the history…"), "info")
        self._runner.start(
            lambda progress: (epoch, history.case_history(case_id)),
            on_success=self.on_history_loaded,
            on_failure=self.on_history_failed,
        )

    @Slot(object)
    def on_history_loaded(self, result: tuple[int, list[Any]]) -> None:
        epoch, revisions = result
        if epoch == self._epoch:
            self._show(list(reversed(revisions)))  # newest first

    @Slot(Exception)
    def on_history_failed(self, error: Exception) -> None:
        self.message.show_message(self.tr("The history could not be read."))

    def _show(self, revisions: list[Any]) -> None:
        # Records the case file names (a relative by their name) keep that name; any other record a
        # link or a report points to is named by its title, not its id.
        self.changes_model.set_id_names({**record_titles(reversed(revisions)), **self._id_names})
        self.model.set_rows(revisions)
        self.changes_model.set_rows([])
        self.diff_title.setText("")
        if self._case_id is None:
            self.message.show_message(
                self.tr("The history starts when the case is saved for the first time."), "info"
            )
        else:
            self.message.show_message(self.tr("%n revision(s), newest first.", "", len(revisions)), "info")
        if revisions:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.loaded.emit()

    @Slot(QModelIndex, QModelIndex)
    def on_view_currentRowChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            self.changes_model.set_rows([])
            return
        revision = self.model.record(current.row())
        self.changes_model.set_revision(revision)
        if revision.deleted:
            self.diff_title.setText(
                self.tr("Deleted. The last values are kept in the revision before this one.")
            )
        elif revision.parents:
            self.diff_title.setText(self.tr("What this revision changed, compared with the one before it:"))
        else:
            self.diff_title.setText(self.tr("Created with these values:"))
        self.changes.resizeRowsToContents()
