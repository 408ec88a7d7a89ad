# SPDX-License-Identifier: GPL-3.0-or-later
"""The unlocked vault's own dialogs, opened from the main window's menus: older copies, users,
passphrase, export, import, the analysts' report and purge, with what follows each (the lists
reloaded, the older copies offered).

Built by the shell at each unlock, with the main window, and imported only then: nothing here is
needed before the unlock screen.  One dialog at a time, through the shell's ``open_dialog`` (which
closes them all when the vault locks).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog

from app.domain.records import CaseRow
from app.services.admin import PassphraseChanged
from app.services.bundle import Services
from app.services.copies import CopyService
from app.services.purge import Purged
from app.ui.copies_dialog import CopiesDialog
from app.ui.export_dialog import ExportDialog
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from app.ui.passphrase_dialog import ChangePassphraseDialog
from app.ui.prompts import UserPrompts
from app.ui.purge_dialog import PurgeDialog
from app.ui.report_dialog import ReportDialog
from app.ui.tasks import TaskRunner
from app.ui.users_dialog import UsersDialog


class VaultDialogs(QObject):
    """Opens each dialog over ``main`` for the user ``user_id`` who unlocked."""

    def __init__(
        self,
        services: Services,
        user_id: str,
        copies: CopyService,
        runner: TaskRunner,
        prompts: UserPrompts,
        main: MainWindow,
        open_dialog: Callable[[QDialog], None],
    ) -> None:
        super().__init__(main)
        self._services, self._user_id, self._copies = services, user_id, copies
        self._runner, self._prompts, self._main, self._open = runner, prompts, main, open_dialog
        main.copies_requested.connect(self.open_copies)
        main.users_requested.connect(self.open_users)
        main.passphrase_requested.connect(self.open_passphrase_dialog)
        main.export_requested.connect(self.open_export)
        main.import_requested.connect(self.open_import)
        main.report_requested.connect(self.open_report)
        main.purge_requested.connect(self.open_purge_dialog)

    @Slot()
    def open_copies(self) -> CopiesDialog:
        """The copies Pana kept of this vault, to see and delete."""
        dialog = CopiesDialog(self._copies, self._runner, self._prompts, self._main)
        self._open(dialog)
        dialog.reload()
        return dialog

    @Slot()
    def open_users(self) -> UsersDialog:
        """Who can unlock this vault: add a user or remove one."""
        dialog = UsersDialog(self._services.admin, self._runner, self._prompts, self._main)
        self._open(dialog)
        dialog.reload()
        return dialog

    @Slot()
    def open_passphrase_dialog(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(
            self._services.admin, self._user_id, self._runner, self._prompts, self._main
        )
        dialog.changed.connect(self.on_passphrase_dialog_changed)
        self._open(dialog)
        return dialog

    @Slot(object)
    def on_passphrase_dialog_changed(self, result: PassphraseChanged) -> None:
        title = self.tr("Passphrase changed")
        if not result.older_copies:
            self._prompts.inform(self._main, title, self.tr("From now on, unlock with the new passphrase."))
            return
        names = ", ".join(copy.id for copy in result.older_copies)
        if self._prompts.confirm(
            self._main,
            title,
            self.tr(
                "From now on, unlock with the new passphrase. These older copies of the vault still open "
                "with the old one: %1. Show them now, to delete the ones you no longer need?"
            ).replace("%1", names),
        ):
            self.open_copies()

    @Slot(list)
    def open_export(self, cases: list[CaseRow]) -> ExportDialog:
        """Export for partner offices; ``cases`` (the case list's selection) preselect "only these"."""
        dialog = ExportDialog(
            self._services.exchange,
            self._services.offices,
            self._runner,
            self._prompts,
            cases,
            parent=self._main,
        )
        self._open(dialog)
        return dialog

    @Slot()
    def open_report(self) -> ReportDialog:
        """The analysts' export (CSV, XLSX, Uwazi CSV, PDF)."""
        dialog = ReportDialog(self._services.reports, self._runner, self._prompts, parent=self._main)
        self._open(dialog)
        return dialog

    @Slot()
    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(
            self._services.exchange, self._services.offices, self._runner, self._prompts, parent=self._main
        )
        dialog.imported.connect(self._main.refresh)
        dialog.finished.connect(self.on_import_dialog_finished)
        self._open(dialog)
        return dialog

    @Slot(int)
    def on_import_dialog_finished(self, result: int) -> None:
        """Closed while an import runs: reload the lists anyway (queued behind the import's task)."""
        dialog = self.sender()
        if isinstance(dialog, ImportDialog) and dialog.importing:
            self._main.refresh()

    @Slot(str, bool)
    def open_purge_dialog(self, case_id: str, person: bool) -> PurgeDialog:
        """Purge the open case, or one of its people (the passphrase is asked again)."""
        dialog = PurgeDialog(
            self._services.purge,
            self._services.admin,
            self._user_id,
            self._runner,
            self._prompts,
            case_id,
            person=person,
            parent=self._main,
        )
        dialog.purged.connect(self.on_purge_dialog_purged)
        self._open(dialog)
        dialog.load()
        return dialog

    @Slot(object)
    def on_purge_dialog_purged(self, result: Purged) -> None:
        main = self._main
        case_id = main.open_case_id
        main.close_editor(ask=False, discard=True)  # its unsaved state may name what is gone
        if result.table == "persons" and case_id:
            main.open_case(case_id)
        main.refresh()
        title = self.tr("Purged")
        done = self.tr(
            "It is gone from this vault. Partner offices purge it too when they import this office's next "
            "exchange file."
        )
        if not result.older_copies:
            self._prompts.inform(self._main, title, done)
            return
        if self._prompts.confirm(
            self._main,
            title,
            done
            + " "
            + self.tr("Older copies of this vault still hold it: %1. Show them now, to erase them?").replace(
                "%1", ", ".join(copy.id for copy in result.older_copies)
            ),
        ):
            self.open_copies()
