# SPDX-License-Identifier: GPL-3.0-or-later
"""The Vault menu's backup, check, new recovery key and key replacement (the command line's ``backup``,
``check``, ``recovery-key`` and ``rotate-key``): the file chosen, the work on the database worker
behind its progress, what a check found, the new recovery key shown once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QProgressDialog,
    QWidget,
)

from app.domain.errors import Cancelled, WrongPassphraseError
from app.domain.progress import Progress
from app.domain.records import CheckReport
from app.services.told import STEPS
from app.ui.errors import message_for, show_failure
from app.ui.file_dialogs import open_path, save_path
from app.ui.lock_wait import LockWait, waiting_text
from app.ui.placeholders import filled
from app.ui.prompts import UserPrompts
from app.ui.recovery_key_dialog import RecoveryKeyDialog
from app.ui.rotate_key_dialog import RotateKeyDialog
from app.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from app.services.admin import AdminService, RotationResult, UserAccount

BACKUP_SUFFIX = ".panabackup"


class BackupFiles:
    """Where a backup goes, and which one is restored; tests replace it."""

    def save_backup(self, parent: QWidget | None, suggested_name: str) -> str | None:
        return save_path(
            parent,
            QCoreApplication.translate("BackupFiles", "Save the backup"),
            suggested_name,
            QCoreApplication.translate("BackupFiles", "Pana backups (*.panabackup);;All files (*)"),
        )

    def open_backup(self, parent: QWidget | None) -> str | None:
        return open_path(
            parent,
            QCoreApplication.translate("BackupFiles", "Choose the backup"),
            QCoreApplication.translate("BackupFiles", "Pana backups (*.panabackup);;All files (*)"),
        )


@dataclass(frozen=True, slots=True)
class _Job:
    """A long job behind the progress dialog, and its words: ``fallback`` for a file system error;
    ``stopped`` and ``finished_at_lock(result)`` are said after the next unlock when a lock cancelled
    it, or it ended as the vault locked.  ``handled(error)`` takes a failure instead of the message."""

    title: str
    label: str
    work: Callable[[Progress], Any]
    done: Callable[[Any], None]
    fallback: str
    stopped: str
    finished_at_lock: Callable[[Any], str]
    handled: Callable[[Exception], bool] = lambda _error: False


class VaultActions(QObject):
    """``backed_up(path)`` when a backup was written; ``checked(CheckReport)`` when a check has been
    reported; ``rotation_asked(dialog)`` when a key replacement is asked for; ``key_shown(dialog)``
    when a new recovery key is shown."""

    backed_up = Signal(str)
    checked = Signal(object)
    rotation_asked = Signal(object)
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
        #: The progress of the backup, check or key replacement under way, if one is.
        self.progress_dialog: QProgressDialog | None = None
        self._task: Task | None = None
        self._lock_wait = LockWait()

    def back_up(self, window: QWidget | None) -> None:
        """Ask where, then write the backup behind a progress dialog whose Cancel (or closing it)
        stops it with nothing written."""
        if self.progress_dialog is not None:
            return
        suggested = f"pana-{dt.date.today():%Y%m%d}{BACKUP_SUFFIX}"
        path = self._files.save_backup(window, suggested)
        if not path:
            return
        admin = self._admin

        def done(size: int) -> None:
            megabytes = f"{size / 1_000_000:.1f}"
            self._prompts.inform(
                window,
                self.tr("Backup written"),
                filled(
                    self.tr(
                        "The encrypted backup (%1 MB) was written to %2. It opens only with a passphrase "
                        "or the recovery key of this vault."
                    ),
                    megabytes,
                    path,
                ),
            )
            self.backed_up.emit(path)

        self._with_progress(
            window,
            _Job(
                self.tr("Backup"),
                self.tr("Writing the encrypted backup…"),
                # The file chooser asked before choosing an existing file.
                lambda progress: admin.backup(Path(path), progress, replace=True),
                done,
                self.tr("The backup could not be written there."),
                self.tr(
                    "The vault locked while the backup was being written, which stopped it: no file "
                    "was written. Start it again from Vault → Back up the vault…"
                ),
                lambda _size: self.tr("The backup was written to %1 just before the vault locked.").replace(
                    "%1", path
                ),
            ),
        )

    def check(self, window: QWidget | None) -> None:
        """Check every page, the structure, the links, the history and the audit log behind a progress
        dialog (Cancel stops it), then say what was found."""
        if self.progress_dialog is not None:
            return
        admin = self._admin

        def done(report: CheckReport) -> None:
            if report.ok:
                self._prompts.inform(window, self.tr("Vault check"), self.check_text(report))
            else:  # damage: the warning box
                self._prompts.error(window, self.check_text(report))
            self.checked.emit(report)

        self._with_progress(
            window,
            _Job(
                self.tr("Vault check"),
                self.tr("Checking every page of the vault…"),
                admin.check,
                done,
                self.tr("The vault could not be checked."),
                self.tr(
                    "The vault locked while it was being checked, which stopped the check before it "
                    "ended. Run it again from Vault → Check the vault…"
                ),
                self.check_text,
            ),
        )

    def check_text(self, report: CheckReport) -> str:
        """What a check found, for the person at the laptop; the technical lines at the end."""
        if report.ok:
            text = self.tr(
                "The vault is sound: every page, its structure, the links between records, the "
                "history and the audit log were checked."
            )
        else:
            found = [
                label
                for ok, label in (
                    (report.cipher_integrity_ok, self.tr("pages that fail their checksum")),
                    (report.integrity_ok, self.tr("a damaged structure")),
                    (report.foreign_keys_ok, self.tr("links to records that are missing")),
                    (report.audit_chain_ok, self.tr("a broken audit log")),
                )
                if not ok
            ] or [self.tr("records without their history, or a damaged key file")]
            text = self.tr(
                "The check found damage: %1. Stop entering cases on this laptop and restore the "
                "most recent backup (Vault → Restore from a backup…); the damaged vault is kept as "
                "an older copy."
            ).replace("%1", "; ".join(found))
        details = [*report.problems, *report.warnings]
        if details:
            text += "\n\n" + self.tr("For a technician:") + "\n" + "\n".join(details)
        return text

    def _with_progress(self, window: QWidget | None, job: _Job) -> None:
        """``job.work(progress)`` on the worker behind a progress dialog (shown after 0.4 s, so quick
        work never flashes one); its Cancel, Escape or closing it cancels the work quietly, and the
        dialog says so until the work has stopped.  One at a time: while one runs, another is not
        started."""
        dialog = QProgressDialog(job.label, self.tr("Cancel"), 0, STEPS, window)
        dialog.setWindowTitle(job.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(400)
        dialog.setValue(0)
        self.progress_dialog = dialog

        def finish() -> None:
            dialog.canceled.disconnect()  # closing emits it too
            dialog.close()
            dialog.deleteLater()
            self.progress_dialog, self._task = None, None

        def succeeded(result: Any) -> None:
            finish()
            if self._lock_wait.locking:
                self._lock_wait.end(job.finished_at_lock(result))
            else:
                job.done(result)

        def failed(error: Exception) -> None:
            finish()
            if self._lock_wait.locking:
                self._lock_wait.failed(error, job.stopped, _failure_text(error, job.fallback))
            elif not isinstance(error, Cancelled) and not job.handled(error):
                self._failed(window, error, job.fallback)  # cancelled: they asked, and nothing changed

        reached = [0]  # the last step shown: Qt's cancel empties the bar

        def advanced(step: int, _steps: int, _message: str) -> None:
            if not task.cancelled:
                reached[0] = step
                dialog.setValue(step)

        def cancelling() -> None:  # after Qt's own handling, which empties the bar and hides it
            self._lock_wait.cancel(task)
            dialog.setCancelButton(None)  # asked once is enough
            dialog.setLabelText(self.tr("Cancelling…"))
            dialog.setValue(reached[0])
            dialog.show()

        self._lock_wait.started()
        task = self._runner.start(job.work, on_success=succeeded, on_failure=failed, on_progress=advanced)
        self._task = task
        dialog.canceled.connect(cancelling)

    @property
    def busy(self) -> bool:
        """A backup, check or key replacement is under way."""
        return self._task is not None

    def lock_when_done(self, lock: Callable[[], None]) -> None:
        """The vault is to lock (nobody touched the laptop for a while) once the job under way ends:
        its outcome is kept for after the next unlock, then ``lock`` runs.  The dialog says so, and its
        Cancel still stops the job at once."""
        self._lock_wait.wait(lock, self._task)
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(waiting_text())

    def stop(self) -> None:
        """Cancel the work under way, if any: the vault is locking, and a cancelled backup, check or
        key replacement changes nothing.  What became of it is ``outcome_at_lock`` once it ended."""
        self._lock_wait.stop(self._task)

    @property
    def outcome_at_lock(self) -> str:
        """What became of the job a lock stopped or waited for, to be said once the vault is open again."""
        return self._lock_wait.outcome

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
        self._runner.start(
            lambda progress: admin.regenerate_recovery_key(),
            on_success=lambda key: self._show_key(window, key),
            on_failure=lambda error: self._failed(window, error, not_made),
        )

    def rotate_key(self, window: QWidget | None) -> None:
        """Say what replacing the vault key does and who loses access, ask for the passphrase the new
        key keeps, then re-encrypt every page behind a progress dialog (Cancel leaves the vault as it
        was) and show the new recovery key."""
        if self.progress_dialog is not None:
            return
        admin = self._admin
        self._runner.start(
            lambda progress: admin.accounts(),
            on_success=lambda accounts: self._ask_rotation(window, accounts, ""),
            on_failure=lambda error: self._failed(window, error, self._not_replaced()),
        )

    def _not_replaced(self) -> str:
        return self.tr("The vault key was not replaced; the vault is as it was.")

    def _ask_rotation(self, window: QWidget | None, accounts: list[UserAccount], message: str) -> None:
        others = [account.username for account in accounts if account.can_unlock and not account.is_current]
        dialog = RotateKeyDialog(others, message, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda passphrase: self._rotate(window, accounts, passphrase))
        dialog.open()
        self.rotation_asked.emit(dialog)

    def _rotate(self, window: QWidget | None, accounts: list[UserAccount], passphrase: str) -> None:
        admin = self._admin
        username = next(account.username for account in accounts if account.is_current)

        def done(result: RotationResult) -> None:
            lead = self.tr(
                "The vault key is replaced: every page of the vault is encrypted under the new key."
            )
            if result.dropped_users:
                lead += " " + self.tr("Add these users again (Vault → Users…): %1").replace(
                    "%1", ", ".join(result.dropped_users)
                )
            self._show_key(window, result.recovery_key, lead)

        def asked_again(error: Exception) -> bool:
            if not isinstance(error, WrongPassphraseError):
                return False
            self._ask_rotation(window, accounts, message_for(error) or "")
            return True

        self._with_progress(
            window,
            _Job(
                self.tr("Replace the vault key"),
                self.tr("Encrypting every page of the vault again…"),
                lambda progress: admin.rotate_master_key(username, passphrase, progress),
                done,
                self._not_replaced(),
                self.tr(
                    "The vault locked while its key was being replaced, which stopped it: the vault key "
                    "is as it was. Start it again from Vault → Replace the vault key…"
                ),
                lambda _result: self.tr(
                    "The vault key was replaced just before the vault locked, but its new recovery key "
                    "could not be shown. Make a new one now: Vault → New recovery key…"
                ),
                asked_again,
            ),
        )

    def _show_key(self, window: QWidget | None, key: str, lead: str = "") -> None:
        dialog = RecoveryKeyDialog(key, window, lead=lead)
        dialog.setModal(True)
        dialog.open()
        self.key_shown.emit(dialog)

    def _failed(self, window: QWidget | None, error: Exception, fallback: str) -> None:
        show_failure(self._prompts, window, _failure_text(error, fallback))


def _failure_text(error: Exception, fallback: str) -> str | None:
    """The words for a failure: its own, ``fallback`` for a file system error, None for a bug."""
    return message_for(error) or (fallback if isinstance(error, OSError) else None)
