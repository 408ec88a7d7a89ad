# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window's menus and their actions: Vault (lock, preferences, who can unlock, keys, copies,
backups, quick erase, quit), Case (the case file open: new, save, close, print, find, delete, purge)
and Exchange (partner offices' files, the analysts' report)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class MainMenus(QObject):
    """Builds the actions on ``window`` (their shortcuts work while the menu bar is hidden) and its
    menu bar; ``retranslate`` sets every text."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        w = window
        self.new_action = self._action("Ctrl+N", w.on_new_action_triggered)
        self.save_action = self._action("Ctrl+S", w.on_save_action_triggered)
        self.close_case_action = self._action("Ctrl+W", w.on_close_case_button_clicked)
        self.print_action = self._action("Ctrl+P", w.on_print_action_triggered)
        self.find_action = self._action("Ctrl+F", w.on_find_action_triggered)
        self.delete_case_action = self._action(None, w.on_delete_case_action_triggered)
        self.purge_person_action = self._action(None, w.on_purge_person_action_triggered)
        self.purge_case_action = self._action(None, w.on_purge_case_action_triggered)
        self.lock_action = self._action("Ctrl+L", w.lock_requested.emit)
        self.preferences_action = self._action(None, w.preferences_requested.emit)
        self.passphrase_action = self._action(None, w.passphrase_requested.emit)
        self.users_action = self._action(None, w.users_requested.emit)
        self.copies_action = self._action(None, w.copies_requested.emit)
        self.backup_action = self._action(None, w.backup_requested.emit)
        self.restore_action = self._action(None, w.restore_requested.emit)
        self.check_action = self._action(None, w.check_requested.emit)
        self.recovery_key_action = self._action(None, w.recovery_key_requested.emit)
        self.rotate_key_action = self._action(None, w.rotate_key_requested.emit)
        self.erase_action = self._action(None, w.erase_requested.emit)
        self.quit_action = self._action("Ctrl+Q", w.close)
        self.export_action = self._action(None, lambda: w.export_requested.emit(w.case_list.selected_rows()))
        self.import_action = self._action(None, w.import_requested.emit)
        self.report_action = self._action(None, w.report_requested.emit)
        self.vault_menu = self._menu(
            self.lock_action,
            self.preferences_action,
            None,
            self.passphrase_action,
            self.users_action,
            self.copies_action,
            self.backup_action,
            self.restore_action,
            self.check_action,
            self.recovery_key_action,
            self.rotate_key_action,
            None,
            self.erase_action,
            None,
            self.quit_action,
        )
        self.case_menu = self._menu(
            self.new_action,
            self.save_action,
            self.close_case_action,
            self.print_action,
            None,
            self.find_action,
            None,
            self.delete_case_action,
            self.purge_person_action,
            self.purge_case_action,
        )
        self.exchange_menu = self._menu(self.export_action, self.import_action, self.report_action)
        #: What only makes sense with a case file open, new or saved.
        self.editor_actions = (self.save_action, self.close_case_action)
        #: What only makes sense with a saved case open.
        self.open_case_actions = (
            self.print_action,
            self.delete_case_action,
            self.purge_person_action,
            self.purge_case_action,
        )

    def _action(self, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _menu(self, *actions: QAction | None) -> QMenu:
        menu = self._window.menuBar().addMenu("")
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def retranslate(self) -> None:
        self.vault_menu.setTitle(self.tr("&Vault"))
        self.lock_action.setText(self.tr("&Lock"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.passphrase_action.setText(self.tr("Change passphr&ase…"))
        self.users_action.setText(self.tr("&Users…"))
        self.copies_action.setText(self.tr("&Older copies of this vault…"))
        self.backup_action.setText(self.tr("&Back up the vault…"))
        self.restore_action.setText(self.tr("Res&tore from a backup…"))
        self.check_action.setText(self.tr("C&heck the vault…"))
        self.recovery_key_action.setText(self.tr("New &recovery key…"))
        self.rotate_key_action.setText(self.tr("Replace the vault &key…"))
        self.erase_action.setText(self.tr("Quick &erase of this vault…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.new_action.setText(self.tr("&New case"))
        self.save_action.setText(self.tr("&Save case"))
        self.close_case_action.setText(self.tr("&Close case file"))
        self.print_action.setText(self.tr("&Print case summary…"))
        self.find_action.setText(self.tr("&Find a person"))
        self.delete_case_action.setText(self.tr("&Delete this case…"))
        self.purge_person_action.setText(self.tr("Purge a person of this case…"))
        self.purge_case_action.setText(self.tr("P&urge this case…"))
        self.exchange_menu.setTitle(self.tr("E&xchange"))
        self.export_action.setText(self.tr("&Export for partner offices…"))
        self.import_action.setText(self.tr("&Import from a partner office…"))
        self.report_action.setText(self.tr("&Report for analysts…"))
