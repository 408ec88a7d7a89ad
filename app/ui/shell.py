# SPDX-License-Identifier: GPL-3.0-or-later
"""The screen flow: first run or unlock, then the main window; lock, quick erase, preferences and the
vault's own dialogs (passphrase, older copies, export and import).

The shell owns the unlocked vault (nobody else keeps it) and shows exactly one
top-level screen at a time.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import importlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.domain.errors import VaultDamagedError
from app.services.vault import VaultService
from app.ui.editor_host import EditorFactory
from app.ui.errors import message_for
from app.ui.first_run import FirstRunWizard
from app.ui.i18n import Translations
from app.ui.lock_wait import LongWork
from app.ui.locking import ClipboardGuard, EraseCountdownDialog, IdleWatcher, lock_session
from app.ui.preferences import Preferences, PreferencesDialog
from app.ui.prompts import UserPrompts
from app.ui.quick_erase import QuickErase
from app.ui.restart import Resume
from app.ui.restore_dialog import RestoreDialog
from app.ui.tasks import TaskRunner
from app.ui.unlock import UnlockScreen

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.bundle import Services
    from app.services.session import UnlockedVault
    from app.ui.main_window import MainWindow
    from app.ui.vault_actions import VaultActions
    from app.ui.vault_dialogs import VaultDialogs

ERASE_SECONDS = 5
#: What only an unlocked vault needs (the main window, its dialogs, every service): imported on a
#: background thread once the unlock screen is up, while the passphrase is typed, not before it shows.
AFTER_UNLOCK_MODULES = (
    # First what the unlock itself runs: SQLAlchemy, the driver and the schema (~0.45 s at load 2).
    "app.services.vault_database",
    "app.services.bundle",
    "app.ui.main_window",
    "app.ui.vault_dialogs",
    "app.ui.partner_offices",
    "app.ui.case_editor",
    # The readings of Chinese characters (~0.2 s, 190,000 objects): name search and the name sort
    # need them at the first Chinese name, often as the first case opens; loaded later, they held
    # the GIL while the editor painted and stayed in every full garbage collection.
    "pypinyin",
)
WARM_UP_DELAY_MS = 250


@functools.cache
def warm_up() -> None:
    """Once per process, at the first unlock screen: import ``AFTER_UNLOCK_MODULES`` on a daemon
    thread, then leave every object made so far out of later garbage collections (over a hundred
    thousand of them live as long as the process; a full collection over them stalled scrolling for
    up to a second).  Never again after a lock: by then the objects would include a session's case
    data, which must stay collectable."""

    def load() -> None:
        for name in AFTER_UNLOCK_MODULES:
            importlib.import_module(name)
        gc.freeze()

    threading.Thread(target=load, name="pana-warm-up", daemon=True).start()


class Shell(QuickErase, QObject):
    """Builds each screen with its dependencies and swaps them; ``screen_changed`` tells tests."""

    screen_changed = Signal(QWidget)
    locked = Signal()
    erased = Signal()

    def __init__(
        self,
        vault_service: VaultService,
        runner: TaskRunner,
        prompts: UserPrompts,
        preferences: Preferences,
        translations: Translations,
        *,
        clipboard: QClipboard | None = None,
        editor_factory: EditorFactory | None = None,
        erase_seconds: int = ERASE_SECONDS,
        erase_tick_ms: int = 1000,
        restart: Callable[[Resume], None] | None = None,
        resume: Resume | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_service = vault_service
        self.runner = runner
        runner.failure_watchers.append(self.on_task_failed)
        self.prompts = prompts
        self.preferences = preferences
        self.translations = translations
        self._editor_factory = editor_factory
        self.erase_seconds = erase_seconds
        self.erase_tick_ms = erase_tick_ms
        self.window: QWidget | None = None
        self.main_window: MainWindow | None = None
        self.vault: UnlockedVault | None = None
        self.services: Services | None = None
        self.idle = IdleWatcher(preferences.idle_minutes * 60_000, self)
        self.idle.idle.connect(self.on_idle_idle)
        self.clipboard_guard = ClipboardGuard(clipboard or QGuiApplication.clipboard(), self)
        self.erase_dialog: EraseCountdownDialog | None = None
        self.erasing = False
        self.preferences_dialog: PreferencesDialog | None = None
        self.vault_dialog: QDialog | None = None  # passphrase or older copies: one at a time
        self.vault_actions: VaultActions | None = None
        self.dialogs: VaultDialogs | None = None
        #: Where the user was when the vault locked, so the next unlock returns there; a case id is no
        #: case data.  ``resume`` is the one a restart on lock handed over (``app.ui.restart``).
        self._resume = resume if resume is not None and resume.geometry is not None else None
        #: Ends a lock by restarting the app when the preference says so (``run_gui`` gives it).
        self._restart = restart
        self._deferred_restart: Resume | None = None
        #: What became of the long work under way at the last lock (a backup, a check, a key
        #: replacement, an exchange file or a report; stopped, or let finish first): said once after the
        #: next unlock.
        self._outcome_at_lock = resume.outcome if resume is not None else ""
        #: The session ended on a damaged vault and said so; its other tasks' damage is not said again.
        self._damage_said = False

    # -- screens -----------------------------------------------------------------------------------

    def start(self) -> None:
        if self.vault_service.exists():
            self.show_unlock()
        else:
            self.show_first_run()

    def _show(self, screen: QWidget) -> None:
        old, self.window = self.window, screen
        screen.show()
        screen.raise_()
        screen.activateWindow()
        self._show_countdown_over(screen)
        if old is not None:
            old.hide()  # hide, not close: closing the last window would quit the application
            old.deleteLater()
        self.screen_changed.emit(screen)

    def show_first_run(self) -> FirstRunWizard:
        wizard = FirstRunWizard(
            self.vault_service, self.runner, self.prompts, language=self.translations.language
        )
        wizard.completed.connect(self.on_vault_opened)
        wizard.language_chosen.connect(self.on_wizard_language_chosen)
        self._show(wizard)
        return wizard

    @Slot(str)
    def on_wizard_language_chosen(self, language: str) -> None:
        self.preferences.language = language
        self.preferences.sync()
        self.translations.install(language)  # LanguageChange: the wizard retranslates itself

    def show_unlock(self) -> UnlockScreen:
        screen = UnlockScreen(self.vault_service, self.runner, self.prompts)
        screen.unlocked.connect(self.on_vault_opened)
        screen.erase_requested.connect(self.quick_erase)
        screen.restore_requested.connect(self.open_restore)
        self._show(screen)
        screen.passphrase_edit.setFocus()
        QTimer.singleShot(WARM_UP_DELAY_MS, warm_up)
        return screen

    @Slot(object)
    def on_vault_opened(self, vault: UnlockedVault) -> None:
        from app.services.bundle import Services
        from app.services.copies import CopyService
        from app.ui.main_window import MainWindow
        from app.ui.vault_actions import VaultActions
        from app.ui.vault_dialogs import VaultDialogs

        self.vault = vault
        self.services = Services.for_vault(vault)
        main = MainWindow(
            self.services, self.runner, self.prompts, self._editor_factory, input_quiet_ms=self.idle.quiet_ms
        )
        main.lock_requested.connect(self.lock)
        main.erase_requested.connect(self.quick_erase)
        main.preferences_requested.connect(self.open_preferences)
        main.restore_requested.connect(self.lock_and_restore)
        actions = VaultActions(self.services.admin, self.runner, self.prompts, parent=main)
        self.vault_actions = actions
        main.backup_requested.connect(lambda: actions.back_up(main))
        main.check_requested.connect(lambda: actions.check(main))
        main.recovery_key_requested.connect(lambda: actions.new_recovery_key(main))
        main.rotate_key_requested.connect(lambda: actions.rotate_key(main))
        self.dialogs = VaultDialogs(
            self.services,
            vault.actor.user_id,
            CopyService(self.vault_service.directory),
            self.runner,
            self.prompts,
            main,
            self._open_vault_dialog,
        )
        self.main_window = main
        resume, self._resume = self._resume, None
        self._show(main)
        main.refresh()
        if resume is not None and resume.geometry is not None:
            if resume.editing:
                main.open_case(resume.case_id)  # its draft, if the lock left one, is offered as usual
            main.setGeometry(QRect(*resume.geometry))
            main.setWindowState(Qt.WindowState(resume.window_state))
        self.idle.set_timeout_ms(self.preferences.idle_minutes * 60_000)
        self.idle.start()
        outcome, self._outcome_at_lock = self._outcome_at_lock, ""
        if outcome:  # once the window is up
            QTimer.singleShot(
                0, main, lambda: self.prompts.inform(main, self.tr("When the vault locked"), outcome)
            )

    # -- lock --------------------------------------------------------------------------------------

    def _long_work(self) -> list[LongWork]:
        """The screens that may be running long work: the Vault menu's jobs and the dialog open."""
        return [work for work in (self.vault_actions, self.vault_dialog) if isinstance(work, LongWork)]

    @Slot()
    def on_idle_idle(self) -> None:
        """Lock; long work under way (a backup, a check, a key replacement, an exchange file or a
        report) is let finish first, since it may take longer than the idle time of someone watching
        its bar, with no case on screen meanwhile."""
        main = self.main_window
        busy = next((work for work in self._long_work() if work.busy), None)
        if busy is None or main is None:
            self.lock()
            return
        self.idle.stop()
        self.clipboard_guard.clear_if_ours()
        main.cover()
        busy.lock_when_done(self.lock)

    @Slot()
    def lock(self, *, restart: bool = True) -> None:
        """Lock now (Ctrl+L or idle) and show the unlock screen; with the preference on, in a fresh
        process, so that nothing the session showed stays in this one's memory.  ``restart`` false
        keeps this process, for what must go on over the unlock screen (a restore, the message that
        the vault is damaged); a quick erase's countdown puts the restart off until it ends."""
        if not self._close_vault():
            return
        if restart and self._restart is not None and self.preferences.restart_on_lock:
            resume = dataclasses.replace(self._resume or Resume(), outcome=self._outcome_at_lock)
            if self.erase_dialog is None:
                self._restart(resume)
                return
            self._deferred_restart = resume
        self.show_unlock()
        self.locked.emit()

    @Slot(Exception)
    def on_task_failed(self, error: Exception) -> bool:
        """A damaged vault ends the session wherever the damage was met: nothing more of it is shown
        or saved, and the unlock screen offers the restore (security row T02).  Damage confined to
        one part (an attachment: ``ends_session`` false) is that part's own message.  Returns whether
        the session was ended (the screen that met the damage then says nothing)."""
        if not (isinstance(error, VaultDamagedError) and error.ends_session):
            return False
        if self.vault is None:  # another task of the ended session met the damage too: said once
            return self._damage_said
        self._damage_said = True
        self.lock(restart=False)
        self._resume = None  # reopening the case file would only meet the damage again
        self.prompts.error(self.window, message_for(error) or "")
        # The session's tasks have all ended with the lock; their failures are queued before this.
        QTimer.singleShot(0, self, self._forget_damage)
        return True

    def _forget_damage(self) -> None:
        self._damage_said = False  # an unlock that meets the damage says so on its screen

    def _close_vault(self) -> bool:
        self.idle.stop()
        long_work = self._long_work()
        for work in long_work:
            work.stop()  # long work must not hold the lock up; what became of it is said after unlock
        self._drop_dialogs()
        vault, self.vault, self.services = self.vault, None, None
        if vault is None:
            return False
        main, self.main_window, self.vault_actions, self.dialogs = self.main_window, None, None, None
        if main is not None:
            box = main.geometry()
            self._resume = Resume(
                (box.x(), box.y(), box.width(), box.height()),
                main.windowState().value,
                main.editor is not None,
                main.open_case_id,
            )
        lock_session(main, self.runner, vault, self.clipboard_guard)
        self._outcome_at_lock = "\n\n".join(
            work.outcome_at_lock for work in long_work if work.outcome_at_lock
        )
        return True

    def _drop_dialogs(self) -> None:
        """Close open modal questions (their nested event loops end once the lock is done)."""
        for dialog in (self.preferences_dialog, self.vault_dialog):
            if dialog is not None:
                dialog.reject()
        self.preferences_dialog = self.vault_dialog = None
        for _ in range(10):
            modal = QApplication.activeModalWidget()
            if modal is None or modal is self.erase_dialog:
                break
            if isinstance(modal, QDialog):
                modal.done(QDialog.DialogCode.Rejected)
            else:
                modal.close()

    # -- preferences -------------------------------------------------------------------------------

    @Slot()
    def open_preferences(self) -> PreferencesDialog:
        from app.ui.partner_offices import PartnerOfficesPage

        partners = (
            PartnerOfficesPage(self.services.offices, self.runner, self.prompts)
            if self.services is not None
            else None
        )
        dialog = PreferencesDialog(self.preferences, self.window, partners=partners)
        dialog.accepted.connect(self.on_preferences_dialog_accepted)
        self.preferences_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def on_preferences_dialog_accepted(self) -> None:
        self.preferences_dialog = None
        if self.translations.language != self.preferences.language:
            # Installing the translator sends LanguageChange: every screen retranslates itself.
            self.translations.install(self.preferences.language)
        self.idle.set_timeout_ms(self.preferences.idle_minutes * 60_000)

    # -- the vault's own dialogs -------------------------------------------------------------------

    def _open_vault_dialog(self, dialog: QDialog) -> None:
        if self.vault_dialog is not None:
            self.vault_dialog.reject()
        self.vault_dialog = dialog
        dialog.finished.connect(self.on_vault_dialog_finished)
        dialog.open()

    @Slot(int)
    def on_vault_dialog_finished(self, result: int) -> None:
        dialog = self.sender()
        if dialog is self.vault_dialog:
            self.vault_dialog = None
        if isinstance(dialog, QDialog):
            dialog.deleteLater()

    @Slot()
    def lock_and_restore(self) -> RestoreDialog | None:
        """Vault → Restore from a backup…: the open vault is locked first (its files are replaced)."""
        self.lock(restart=False)
        return self.open_restore()

    @Slot()
    def open_restore(self) -> RestoreDialog | None:
        """Restore the vault from a backup, over the unlock screen."""
        if self.vault is not None:
            return None
        dialog = RestoreDialog(self.vault_service, self.runner, self.prompts, parent=self.window)
        dialog.restored.connect(self.on_restore_dialog_restored)
        self._open_vault_dialog(dialog)
        return dialog

    @Slot(str)
    def on_restore_dialog_restored(self, kept: str) -> None:
        done = self.tr(
            "The vault was restored from the backup and checked. Unlock it with a passphrase the "
            "backup knows."
        )
        if kept:
            done += " " + self.tr("The vault it replaced is kept in %1 (Vault → Older copies).").replace(
                "%1", kept
            )
        self.prompts.inform(self.window, self.tr("Vault restored"), done)
        self.show_unlock()

    # -- shutdown ----------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Quitting: lock an open vault (also one created but not yet confirmed), wait for tasks, and
        carry out a quick erase whose countdown was running (confirmed, and not cancelled)."""
        self._close_vault()
        wizard = self.window if isinstance(self.window, FirstRunWizard) else None
        created = wizard.created_vault if wizard is not None else None
        if created is not None:
            self.runner.wait()
            created.vault.lock()
        self.runner.wait()
        self.erase_at_quit()
