# SPDX-License-Identifier: GPL-3.0-or-later
"""Change the passphrase of the user who unlocked the vault; ``changed`` names the older copies it leaves.

The slot is re-wrapped on the database worker (Argon2id takes about a second).
Copies Pana kept earlier still carry the old slot, so the result lists them and
the shell offers to show them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.domain.errors import WrongPassphraseError
from app.domain.passphrase_strength import assess
from app.services.admin import AdminService, PassphraseChanged
from app.ui.errors import message_for
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.unlock import secret_edit
from app.ui.widgets.busy import BusyIndicator
from app.ui.widgets.strength_meter import StrengthMeter
from app.ui.widgets.text import InlineMessage, PlainLabel


class ChangePassphraseDialog(QDialog):
    """Current, new and repeated passphrase; emits ``changed(PassphraseChanged)`` and closes on success."""

    changed = Signal(object)

    def __init__(
        self,
        admin: AdminService,
        user_id: str,
        runner: TaskRunner,
        prompts: UserPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._admin = admin
        self._user_id = user_id
        self._runner = runner
        self._prompts = prompts
        self._working = False
        self.current_edit = secret_edit(hidden=True)
        self.new_edit = secret_edit(hidden=True)
        self.repeat_edit = secret_edit(hidden=True)
        self.current_label, self.new_label, self.repeat_label = PlainLabel(), PlainLabel(), PlainLabel()
        for label in (self.current_label, self.new_label, self.repeat_label):
            label.setWordWrap(False)
        self.strength_meter = StrengthMeter()  # the rules, or why the button is still disabled
        self.message = InlineMessage()
        self.busy = BusyIndicator()
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.textChanged.connect(self.on_form_changed)
        form = QFormLayout()
        form.addRow(self.current_label, self.current_edit)
        form.addRow(self.new_label, self.new_edit)
        form.addRow("", self.strength_meter)
        form.addRow(self.repeat_label, self.repeat_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.change_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current_label.setText(self.tr("Current passphrase:"))
        self.new_label.setText(self.tr("New passphrase:"))
        self.repeat_label.setText(self.tr("Repeat new passphrase:"))
        self.change_button.setText(self.tr("Change passphrase"))
        self.on_form_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _ready(self) -> bool:
        return (
            bool(self.current_edit.text())
            and assess(self.new_edit.text()).acceptable
            and self.repeat_edit.text() == self.new_edit.text()
        )

    @Slot()
    def on_form_changed(self) -> None:
        differ = bool(self.repeat_edit.text()) and self.repeat_edit.text() != self.new_edit.text()
        self.strength_meter.show_strength(assess(self.new_edit.text()), repeated_differs=differ)
        self.change_button.setEnabled(self._ready() and not self._working)

    @Slot()
    def on_buttons_accepted(self) -> None:
        if not self._ready() or self._working:
            return
        admin, user_id = self._admin, self._user_id
        old, new = self.current_edit.text(), self.new_edit.text()
        self._set_working(True)
        self.message.clear_message()
        self._runner.start(
            lambda progress: admin.change_passphrase(admin.username_of(user_id), old, new),
            on_success=self._on_changed,
            on_failure=self._on_failed,
        )

    def _set_working(self, working: bool) -> None:
        self._working = working
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.setEnabled(not working)
        if working:
            self.busy.start(self.tr("Changing the passphrase…"))
        else:
            self.busy.stop()
        self.on_form_changed()

    def _on_changed(self, result: PassphraseChanged) -> None:
        self._set_working(False)
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        self.accept()
        self.changed.emit(result)

    def _on_failed(self, error: Exception) -> None:
        self._set_working(False)
        message = message_for(error)
        if message is None:
            self._prompts.crash(self)
            return
        self.message.show_message(message)
        self.adjustSize()  # room for the message
        if isinstance(error, WrongPassphraseError):
            self.current_edit.selectAll()
            self.current_edit.setFocus()
