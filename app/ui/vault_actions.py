# SPDX-License-Identifier: GPL-3.0-or-later
"""The Vault menu's backup and new recovery key (the command line's ``backup`` and
``recovery-key``): the file chosen, the work on the database worker, the new key shown once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled
from app.services.admin import AdminService
from app.services.told import STEPS
from app.ui.errors import message_for, show_failure
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.widgets.text import PlainLabel

BACKUP_SUFFIX = ".panabackup"


class BackupFiles:
    """Where a backup goes, and which one is restored; tests replace it."""

    def save_backup(self, parent: QWidget | None, suggested_name: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("BackupFiles", "Save the backup"),
            suggested_name,
            QCoreApplication.translate("BackupFiles", "Pana backups (*.panabackup);;All files (*)"),
        )
        return path or None

    def open_backup(self, parent: QWidget | None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("BackupFiles", "Choose the backup"),
            "",
            QCoreApplication.translate("BackupFiles", "Pana backups (*.panabackup);;All files (*)"),
        )
        return path or None


class RecoveryKeyDialog(QDialog):
    """The new recovery key, shown this once, to be written on paper."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.intro = PlainLabel(
            self.tr(
                "Write this key on paper now and keep it away from this computer. The old recovery "
                "key no longer opens the vault. This key is shown only this once."
            )
        )
        self.intro.setWordWrap(True)
        self.key_label = PlainLabel(key, selectable=True)
        font = QFont("DejaVu Sans Mono")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.key_label, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)

    def done(self, result: int) -> None:
        self.key_label.setText("")  # the key stays on screen no longer than the dialog
        super().done(result)


class VaultActions(QObject):
    """``backed_up(path)`` when a backup was written; ``key_shown(dialog)`` when a new key is shown."""

    backed_up = Signal(str)
    key_shown = Signal(object)

    def __init__(
        self,
        admin: AdminService,
        runner: TaskRunner,
        prompts: UserPrompts,
        files: BackupFiles | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._admin, self._runner, self._prompts = admin, runner, prompts
        self._files = files or BackupFiles()
        #: The progress of the backup being written, if one is.
        self.backup_progress: QProgressDialog | None = None

    def back_up(self, window: QWidget | None) -> None:
        """Ask where, then write the backup on the worker behind a progress dialog whose Cancel (or
        closing it) stops it with nothing written."""
        suggested = f"pana-{dt.date.today():%Y%m%d}{BACKUP_SUFFIX}"
        path = self._files.save_backup(window, suggested)
        if not path:
            return
        admin, written_nowhere = self._admin, self.tr("The backup could not be written there.")
        dialog = self._backup_progress(window)

        def done(size: int) -> None:
            self._close_progress()
            megabytes = f"{size / 1_000_000:.1f}"
            self._prompts.inform(
                window,
                self.tr("Backup written"),
                self.tr(
                    "The encrypted backup (%1 MB) was written to %2. It opens only with a passphrase "
                    "or the recovery key of this vault."
                )
                .replace("%1", megabytes)
                .replace("%2", path),
            )
            self.backed_up.emit(path)

        def failed(error: Exception) -> None:
            self._close_progress()
            if not isinstance(error, Cancelled):  # cancelled: the user asked, and nothing was written
                self._failed(window, error, written_nowhere)

        task = self._runner.start(
            lambda progress: admin.backup(Path(path), progress),
            on_success=done,
            on_failure=failed,
            on_progress=lambda step, _steps, _message: dialog.setValue(step),
        )
        dialog.canceled.connect(task.cancel)

    def _backup_progress(self, window: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Writing the encrypted backup…"), self.tr("Cancel"), 0, STEPS, window
        )
        dialog.setWindowTitle(self.tr("Backup"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(400)  # a small vault's backup is done before it would show
        dialog.setValue(0)
        self.backup_progress = dialog
        return dialog

    def _close_progress(self) -> None:
        if self.backup_progress is not None:
            self.backup_progress.close()
            self.backup_progress.deleteLater()
            self.backup_progress = None

    def new_recovery_key(self, window: QWidget | None) -> None:
        asked = self._prompts.confirm(
            window,
            self.tr("New recovery key"),
            self.tr(
                "Make a new recovery key? The one written down now stops working at once; the new "
                "one is shown only once."
            ),
            destructive=True,
        )
        if not asked:
            return
        admin, not_made = self._admin, self.tr("No new recovery key was made.")

        def show(key: str) -> None:
            dialog = RecoveryKeyDialog(key, window)
            dialog.setModal(True)
            dialog.open()
            self.key_shown.emit(dialog)

        self._runner.start(
            lambda progress: admin.regenerate_recovery_key(),
            on_success=show,
            on_failure=lambda error: self._failed(window, error, not_made),
        )

    def _failed(self, window: QWidget | None, error: Exception, fallback: str) -> None:
        known = message_for(error) or (fallback if isinstance(error, OSError) else None)
        show_failure(self._prompts, window, known)
