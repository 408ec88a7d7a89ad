# SPDX-License-Identifier: GPL-3.0-or-later
"""Restore the vault from a backup (the command line's ``restore``), from the unlock screen or from
Vault → Restore from a backup… once the vault is locked.

The backup is unpacked beside the vault, opened with the passphrase given here and checked before
it replaces anything (``VaultService.restore``); the vault it replaces is kept as an older copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled
from app.services.vault import VaultService
from app.ui.errors import message_for
from app.ui.long_steps import step_text
from app.ui.prompts import UserPrompts
from app.ui.tasks import Task, TaskRunner
from app.ui.unlock import secret_edit
from app.ui.vault_actions import BackupFiles
from app.ui.widgets.busy import BusyIndicator
from app.ui.widgets.text import InlineMessage, PlainLabel


class RestoreDialog(QDialog):
    """Backup file and its passphrase; emits ``restored(str)`` (where the replaced vault is kept, or
    "" when there was none) and closes once the restored vault is in place and checked."""

    restored = Signal(str)

    def __init__(
        self,
        vault_service: VaultService,
        runner: TaskRunner,
        prompts: UserPrompts,
        files: BackupFiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self._prompts = vault_service, runner, prompts
        self._files = files or BackupFiles()
        self._task: Task | None = None  # the restore under way
        self.intro = PlainLabel()
        self.intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.textChanged.connect(self.on_form_changed)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.passphrase_edit = secret_edit(hidden=True)
        self.passphrase_edit.textChanged.connect(self.on_form_changed)
        self.file_label, self.passphrase_label = PlainLabel(), PlainLabel()
        for label in (self.file_label, self.passphrase_label):
            label.setWordWrap(False)
        form = QFormLayout()
        form.addRow(self.file_label, file_row)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        self.message = InlineMessage()
        self.busy = BusyIndicator()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._retranslate()
        self.on_form_changed()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(
            self.tr(
                "The vault on this computer is replaced by the backup. The backup is checked first; "
                "the vault it replaces is kept as an older copy (Vault → Older copies). Afterwards, "
                "unlock with a passphrase the backup knows."
            )
        )
        self.file_label.setText(self.tr("Backup file:"))
        self.choose_button.setText(self.tr("Choose…"))
        self.passphrase_label.setText(self.tr("Passphrase of the backup:"))
        self.restore_button.setText(self.tr("Restore"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @Slot()
    def on_choose_button_clicked(self) -> None:
        path = self._files.open_backup(self)
        if path:
            self.file_edit.setText(path)

    @Slot()
    def on_form_changed(self) -> None:
        ready = bool(self.file_edit.text().strip() and self.passphrase_edit.text())
        self.restore_button.setEnabled(ready and self._task is None)

    @Slot()
    def on_buttons_accepted(self) -> None:
        if self._task is not None or not self.restore_button.isEnabled():
            return
        service, backup, passphrase = (
            self._service,
            Path(self.file_edit.text().strip()),
            self.passphrase_edit.text(),
        )
        self.message.clear_message()
        self._task = self._runner.start(
            lambda progress: service.restore(backup, passphrase, progress=progress),
            on_success=self._on_restored,
            on_failure=self._on_failed,
            on_progress=self._on_progress,
        )
        self._show_working()

    def _on_progress(self, done: int, total: int, step: str) -> None:
        if self._task is not None and not self._task.cancelled:  # "Cancelling…" stays until it ends
            self.busy.start(step_text(done, total, step))

    def _show_working(self) -> None:
        """The form while a restore runs (``_task``) or not; the dialog's size follows what it shows."""
        working = self._task is not None
        for widget in (self.file_edit, self.choose_button, self.passphrase_edit):
            widget.setEnabled(not working)
        if working:
            self.busy.start(self.tr("Checking the backup and putting it in place…"))
        else:
            self.busy.stop()
        self.on_form_changed()
        self.adjustSize()

    def _on_restored(self, kept: Path | None) -> None:
        self._task = None
        self.passphrase_edit.clear()
        self.accept()
        self.restored.emit(str(kept) if kept else "")

    def _on_failed(self, error: Exception) -> None:
        self._task = None
        cancelled = isinstance(error, Cancelled)
        message = self.tr("Cancelled. The vault is as it was.") if cancelled else message_for(error)
        if message is None and isinstance(error, OSError):
            message = self.tr("The backup file could not be read.")
        if message is not None:
            self.message.show_message(message, "info" if cancelled else "error")
        self._show_working()
        if message is None:
            self._prompts.crash(self)

    def reject(self) -> None:
        """Cancel stops a restore under way until its last step, the swap, which then finishes."""
        if self._task is not None:
            self._task.cancel()
            self.busy.start(self.tr("Cancelling…"))
            return
        self.passphrase_edit.clear()
        super().reject()
