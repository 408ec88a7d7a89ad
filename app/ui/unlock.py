# SPDX-License-Identifier: GPL-3.0-or-later
"""The unlock screen: passphrase (and optional user) or the printed recovery key; errors shown inline.

Unlocking (Argon2id, about a second) runs on the database worker behind a busy
indicator.  Each expected failure gets its own message under the form; anything
else is a bug and goes to the crash dialog with a generic text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.vault import VaultService
from app.ui.errors import message_for
from app.ui.long_steps import step_text
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.widgets.busy import BusyIndicator
from app.ui.widgets.text import PlainLabel

if TYPE_CHECKING:
    from app.services.session import UnlockedVault

_SECRET_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


def secret_edit(*, hidden: bool) -> QLineEdit:
    """A line edit for a passphrase or key: no prediction, no history; echo hidden when ``hidden``."""
    edit = QLineEdit()
    edit.setInputMethodHints(
        _SECRET_HINTS | (Qt.InputMethodHint.ImhHiddenText if hidden else Qt.InputMethodHint.ImhNone)
    )
    if hidden:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return edit


class UnlockScreen(QWidget):
    """Emits ``unlocked(UnlockedVault)``; ``erase_requested`` starts the quick erase and
    ``restore_requested`` a restore from a backup, both without unlocking."""

    unlocked = Signal(object)
    erase_requested = Signal()
    restore_requested = Signal()

    def __init__(
        self,
        vault_service: VaultService,
        runner: TaskRunner,
        prompts: UserPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = vault_service
        self._runner = runner
        self._prompts = prompts
        self._error: Exception | None = None
        self.title_label = PlainLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label = PlainLabel()
        self.intro_label.setWordWrap(True)
        self.user_edit = QLineEdit()
        self.user_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.passphrase_edit = secret_edit(hidden=True)
        self.recovery_edit = secret_edit(hidden=False)
        self.recovery_check = QCheckBox()
        self.recovery_check.toggled.connect(self.on_recovery_check_toggled)
        self.user_label, self.passphrase_label, self.recovery_label = PlainLabel(), PlainLabel(), PlainLabel()
        self.form = QFormLayout()
        self.form.addRow(self.user_label, self.user_edit)
        self.form.addRow(self.passphrase_label, self.passphrase_edit)
        self.form.addRow(self.recovery_label, self.recovery_edit)
        self.error_label = PlainLabel()
        self.error_label.setWordWrap(True)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.error_label.setPalette(palette)
        self.busy = BusyIndicator()
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.on_unlock_button_clicked)
        self.erase_button = QPushButton()
        self.erase_button.setFlat(True)
        self.erase_button.clicked.connect(self.erase_requested)
        self.restore_button = QPushButton()
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_requested)
        for edit in (self.user_edit, self.passphrase_edit, self.recovery_edit):
            edit.returnPressed.connect(self.on_unlock_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.recovery_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._set_recovery_mode(False)
        self._retranslate()
        self.resize(520, 360)

    # -- mode --------------------------------------------------------------------------------------

    @property
    def recovery_mode(self) -> bool:
        return self.recovery_check.isChecked()

    @Slot(bool)
    def on_recovery_check_toggled(self, checked: bool) -> None:
        self._set_recovery_mode(checked)

    def _set_recovery_mode(self, recovery: bool) -> None:
        self.form.setRowVisible(self.user_edit, not recovery)
        self.form.setRowVisible(self.passphrase_edit, not recovery)
        self.form.setRowVisible(self.recovery_edit, recovery)
        self._show_error(None)
        self._set_intro()
        (self.recovery_edit if recovery else self.passphrase_edit).setFocus()

    def _set_intro(self) -> None:
        if self.recovery_check.isChecked():
            self.intro_label.setText(self.tr("Type the recovery key printed when the vault was made."))
        else:
            self.intro_label.setText(self.tr("Enter your passphrase to open the case files."))

    # -- unlocking ---------------------------------------------------------------------------------

    @property
    def busy_unlocking(self) -> bool:
        return not self.unlock_button.isEnabled()

    @Slot()
    def on_unlock_button_clicked(self) -> None:
        if self.busy_unlocking:
            return
        service = self._service
        if self.recovery_mode:
            key = self.recovery_edit.text()
            if not key.strip():
                return
            work = lambda progress: service.open_with_recovery(key, progress=progress)  # noqa: E731
        else:
            passphrase, user = self.passphrase_edit.text(), self.user_edit.text().strip() or None
            if not passphrase:
                return
            work = lambda progress: service.open(passphrase, user, progress=progress)  # noqa: E731
        self._set_busy(True)
        self._show_error(None)
        self._runner.start(
            work, on_success=self._on_unlocked, on_failure=self._on_failed, on_progress=self._on_progress
        )

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.busy.start(step_text(done, total, message))

    def _on_unlocked(self, vault: UnlockedVault) -> None:
        self._set_busy(False)
        self.forget_secrets()
        self.unlocked.emit(vault)

    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.passphrase_edit.setText("")
        message = message_for(error)
        if message is None:
            self._prompts.crash(self)
            return
        self._show_error(error)
        (self.recovery_edit if self.recovery_mode else self.passphrase_edit).setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.user_edit,
            self.passphrase_edit,
            self.recovery_edit,
            self.recovery_check,
            self.unlock_button,
            self.erase_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Unlocking…"))
        else:
            self.busy.stop()

    def forget_secrets(self) -> None:
        """Empty the passphrase and recovery-key fields (and their undo histories)."""
        self.passphrase_edit.setText("")
        self.recovery_edit.setText("")

    def _show_error(self, error: Exception | None) -> None:
        self._error = error
        self.error_label.setText((message_for(error) or "") if error is not None else "")
        self.error_label.setVisible(error is not None)

    @property
    def error_text(self) -> str:
        return self.error_label.text() if self._error is not None else ""

    # -- texts -------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pana: locked"))
        self.title_label.setText(self.tr("The vault is locked"))
        self._set_intro()
        self.user_label.setText(self.tr("User (optional):"))
        self.passphrase_label.setText(self.tr("Passphrase:"))
        self.recovery_label.setText(self.tr("Recovery key:"))
        self.recovery_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.recovery_check.setText(self.tr("I forgot the passphrase: use the printed recovery key"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.erase_button.setText(self.tr("Quick erase…"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        if self._error is not None:
            self._show_error(self._error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
