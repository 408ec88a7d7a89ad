# SPDX-License-Identifier: GPL-3.0-or-later
"""Vault → Users…: who can unlock this vault; add a user with their own passphrase, or remove one
(their key slot goes; what they recorded and its history stay).  The command line's ``add-user`` and
``remove-user``.  Each change runs on the database worker (a new slot takes a key derivation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LastSlotError, ValidationError
from app.domain.passphrase_strength import assess
from app.domain.validation import USERNAME_LIMIT
from app.services.admin import AdminService, UserAccount
from app.ui.errors import message_for
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.unlock import secret_edit
from app.ui.widgets.strength_meter import StrengthMeter
from app.ui.widgets.text import InlineMessage, PlainLabel

_Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    """One row per ``UserAccount``: name, and whether their passphrase opens the vault."""

    NAME, ACCESS = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.accounts: list[UserAccount] = []

    def set_accounts(self, accounts: list[UserAccount]) -> None:
        self.beginResetModel()
        self.accounts = list(accounts)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.accounts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("User"), self.tr("Can unlock"))[section] if section < 2 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or index.row() >= len(self.accounts):
            return None
        account = self.accounts[index.row()]
        if index.column() == self.NAME:
            return (
                self.tr("%1 (you)").replace("%1", account.username)
                if account.is_current
                else account.username
            )
        return self.tr("yes") if account.can_unlock else self.tr("no, removed")


class UsersDialog(QDialog):
    def __init__(
        self, admin: AdminService, runner: TaskRunner, prompts: UserPrompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._admin, self._runner, self._prompts = admin, runner, prompts
        self.model = UsersModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(UsersModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UsersModel.ACCESS, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setVisible(False)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.add_box = QGroupBox()
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(USERNAME_LIMIT)
        self.passphrase_edit = secret_edit(hidden=True)
        self.repeat_edit = secret_edit(hidden=True)
        self.username_label, self.passphrase_label, self.repeat_label = labels = (
            PlainLabel(),
            PlainLabel(),
            PlainLabel(),
        )
        for label in labels:
            label.setWordWrap(False)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.on_add_button_clicked)
        for edit in (self.username_edit, self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._update_buttons)
        form = QFormLayout(self.add_box)
        form.addRow(self.username_label, self.username_edit)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.repeat_label, self.repeat_edit)
        self.strength_meter = StrengthMeter()  # the rules, or why Add is still disabled
        form.addRow("", self.strength_meter)
        form.addRow("", self.add_button)
        self.message = InlineMessage()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.add_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._busy = False
        self._retranslate()
        self._update_buttons()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.add_box.setTitle(self.tr("Add a user"))
        self.username_label.setText(self.tr("User name:"))
        self.passphrase_label.setText(self.tr("Their passphrase:"))
        self.repeat_label.setText(self.tr("Repeat it:"))
        self.add_button.setText(self.tr("&Add"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def selected(self) -> UserAccount | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.accounts[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected()
        self.remove_button.setEnabled(
            not self._busy and chosen is not None and chosen.can_unlock and not chosen.is_current
        )
        passphrase, repeated = self.passphrase_edit.text(), self.repeat_edit.text()
        strength = assess(passphrase)
        self.strength_meter.show_strength(
            strength, repeated_differs=bool(repeated) and repeated != passphrase
        )
        ready = bool(self.username_edit.text().strip()) and strength.acceptable and passphrase == repeated
        self.add_button.setEnabled(not self._busy and ready)

    def reload(self) -> None:
        admin = self._admin
        self._run(lambda: admin.accounts(), self._show, "")

    def _show(self, accounts: list[UserAccount]) -> None:
        self.model.set_accounts(accounts)
        self._update_buttons()

    @Slot()
    def on_add_button_clicked(self) -> None:
        username, passphrase = self.username_edit.text().strip(), self.passphrase_edit.text()
        admin = self._admin
        done = self.tr("%1 can now unlock this vault with their own passphrase.").replace("%1", username)
        self._run(lambda: (admin.add_user(username, passphrase), admin.accounts())[1], self._show, done)
        for edit in (self.username_edit, self.passphrase_edit, self.repeat_edit):
            edit.setText("")

    @Slot()
    def on_remove_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.is_current:
            return
        asked = self._prompts.confirm(
            self,
            self.tr("Remove a user"),
            self.tr(
                "%1's passphrase will no longer open this vault. What they recorded, and its history, stay."
            ).replace("%1", chosen.username),
            destructive=True,
        )
        if not asked:
            return
        admin, name = self._admin, chosen.username
        done = self.tr("%1 can no longer unlock this vault.").replace("%1", name)

        def remove() -> list[UserAccount]:
            admin.remove_user(name)
            return admin.accounts()

        self._run(remove, self._show, done)

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None], message: str) -> None:
        self._busy = True
        self._update_buttons()

        def succeeded(result: Any) -> None:
            self._busy = False
            on_done(result)
            if message:
                self.message.show_message(message, "ok")

        def failed(error: Exception) -> None:
            self._busy = False
            self._update_buttons()
            if isinstance(error, LastSlotError):
                text: str | None = self.tr("The last user who can unlock the vault cannot be removed.")
            elif isinstance(error, ValidationError) and error.field == "username":
                text = self.tr("This user name is taken, or holds characters a user name cannot have.")
            else:
                text = message_for(error)
            self.message.show_message(text or self.tr("The users could not be changed."))

        self._runner.start(lambda progress: work(), on_success=succeeded, on_failure=failed)
