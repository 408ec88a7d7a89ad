# SPDX-License-Identifier: GPL-3.0-or-later
"""Quick erase, the shell's side: confirm, a cancellable countdown, then the crypto-erase on the
database worker, and back to the first-run screen (security row T50).

Once confirmed, the erase is lost only to Cancel: a lock during the countdown (idle, Ctrl+L, a
damaged vault) locks at once, and the countdown goes on over the unlock screen, since whoever asked
for the erase may not be able to unlock again to ask twice.  A restart on lock would end the process
the countdown lives in, so it waits for the countdown's end: after Cancel, or after the erase.
Quitting during the countdown (a shutdown, a logout, SIGTERM) erases before the process ends.  An
erase ends in a fresh process whenever restarts are on, locked first or not: what the erased vault
showed must not stay in this one's memory (the fresh process has nothing to go back to).  The
erase itself needs no open vault, and a lock during it finds none to close; while it runs, the
screen it left takes no input (no second erase, no unlock of the vault going away).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.errors import PanaError
from app.services.vault import VaultService
from app.ui.errors import message_for, show_failure
from app.ui.locking import EraseCountdownDialog
from app.ui.prompts import UserPrompts
from app.ui.restart import Resume
from app.ui.tasks import TaskRunner


class QuickErase:
    """Mixed into the shell, whose state it uses (the window, the vault service, the runner)."""

    window: QWidget | None
    prompts: UserPrompts
    runner: TaskRunner
    vault_service: VaultService
    erase_dialog: EraseCountdownDialog | None
    erase_seconds: int
    erase_tick_ms: int
    erased: Any
    #: The erase runs on the database worker.
    erasing: bool
    _resume: Any
    _outcome_at_lock: str
    _restart: Callable[[Resume], None] | None
    #: The restart a lock during the countdown put off until the countdown's end.
    _deferred_restart: Resume | None
    preferences: Any
    _close_vault: Callable[[], bool]
    show_first_run: Callable[[], Any]
    start: Callable[[], None]
    tr: Callable[..., str]

    @Slot()
    def quick_erase(self) -> EraseCountdownDialog | None:
        """Confirm, then a cancellable countdown, then crypto-erase; back to the first-run screen."""
        if self.erase_dialog is not None:
            return self.erase_dialog
        if self.erasing:
            return None
        if not self.prompts.confirm(
            self.window,
            self.tr("Quick erase"),
            self.tr(
                "Destroy this vault and every case in it? This cannot be undone, and backups "
                "made elsewhere are not touched."
            ),
            destructive=True,
        ):
            return None
        dialog = EraseCountdownDialog(self.erase_seconds, tick_ms=self.erase_tick_ms)
        dialog.finished.connect(self.on_erase_dialog_finished)
        self.erase_dialog = dialog
        self._show_countdown_over(self.window)
        return dialog

    def _show_countdown_over(self, screen: QWidget | None) -> None:
        """Show a running countdown over ``screen``, the shell's current one, with the keyboard.  It is
        no screen's child: a lock empties and drops the main window with all it owns, and its
        application modality keeps the next screen (the unlock screen) waiting under it."""
        dialog = self.erase_dialog
        if dialog is None:
            return
        if screen is not None:
            dialog.winId()  # its native window now, to be made transient for the screen's
            dialog.windowHandle().setTransientParent(screen.windowHandle())
            dialog.adjustSize()
            place = dialog.geometry()
            place.moveCenter(screen.geometry().center())
            dialog.move(place.topLeft())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot(int)
    def on_erase_dialog_finished(self, result: int) -> None:
        dialog, self.erase_dialog = self.erase_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self._erase()
        else:
            self._end_deferred_restart()

    def _erase(self) -> None:
        self._close_vault()
        if self.window is not None:
            self.window.setEnabled(False)
        self.erasing = True
        service = self.vault_service
        self.runner.start(
            lambda progress: service.erase(), on_success=self._on_erased, on_failure=self._on_erase_failed
        )

    def erase_at_quit(self) -> None:
        """Quitting (the vault locked, tasks ended): carry out an erase whose countdown is running."""
        dialog, self.erase_dialog = self.erase_dialog, None
        if dialog is None:
            return
        dialog.finished.disconnect(self.on_erase_dialog_finished)
        dialog.timer.stop()
        dialog.hide()
        dialog.deleteLater()
        try:
            self.vault_service.erase()
        except PanaError as error:  # no window left to say it in
            print(f"pana: {message_for(error)}", file=sys.stderr)

    def _on_erased(self, _: object) -> None:
        self.erasing = False
        # Where the user was and what became of long work at the last lock were the erased vault's.
        self._resume, self._outcome_at_lock, self._deferred_restart = None, "", None
        if self._restart is not None and self.preferences.restart_on_lock:
            self._restart(Resume())
        else:
            self.show_first_run()
        self.erased.emit()

    def _on_erase_failed(self, error: Exception) -> None:
        self.erasing = False
        message = message_for(error)
        show_failure(self.prompts, self.window, message)
        if not self._end_deferred_restart():
            self.start()

    def _end_deferred_restart(self) -> bool:
        """Make the restart a lock put off, now that the countdown ended without an erase; False if
        none was put off."""
        deferred, self._deferred_restart = self._deferred_restart, None
        if deferred is None or self._restart is None:
            return False
        self._restart(deferred)
        return True
