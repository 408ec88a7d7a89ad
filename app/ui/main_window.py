# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: the case list on the left; on the right the dashboard, the deadlines, the
petitions registry, the merge conflicts to review and the patterns across cases (five tabs), or an
open case file.

It never locks, erases, restores, checks or purges by itself: it asks (``lock_requested``,
``erase_requested``, ``preferences_requested``, ``passphrase_requested``, ``copies_requested``,
``restore_requested``, ``export_requested``, ``import_requested``, ``report_requested``,
``purge_requested``) and the shell, which owns the vault, does it.
The window title never names a person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.bundle import Services
from app.services.case_delete import DeletedCase
from app.ui.case_deletion import CaseDeletion
from app.ui.case_list import CaseListPanel
from app.ui.conflicts_page import ConflictsPage
from app.ui.dashboard import DashboardPanel
from app.ui.deadlines_view import DeadlinesView
from app.ui.editor_host import EditorFactory, EditorSupply, default_editor_factory
from app.ui.main_menus import MainMenus
from app.ui.patterns_page import PatternsPage
from app.ui.petitions_page import PetitionsPage
from app.ui.prompts import UnsavedChoice, UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.widgets.text import PlainLabel, isolate

if TYPE_CHECKING:
    from app.ui.case_editor import CaseEditor


class MainWindow(QMainWindow):
    """Case list, dashboard and editor host; built per unlock and thrown away on lock."""

    lock_requested = Signal()
    erase_requested = Signal()
    preferences_requested = Signal()
    passphrase_requested = Signal()
    copies_requested = Signal()
    backup_requested = Signal()
    check_requested = Signal()
    users_requested = Signal()
    recovery_key_requested = Signal()
    rotate_key_requested = Signal()
    restore_requested = Signal()
    #: The cases selected in the case list (CaseRow), to preselect "only these cases".
    export_requested = Signal(list)
    import_requested = Signal()
    report_requested = Signal()
    #: (case id, True to purge one of its people rather than the case)
    purge_requested = Signal(str, bool)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        prompts: UserPrompts,
        editor_factory: EditorFactory | None = None,
        parent: QWidget | None = None,
        *,
        input_quiet_ms: Callable[[], int] | None = None,
    ) -> None:
        """``input_quiet_ms``: milliseconds since the user's last input (the spare editor waits for a
        pause); without it the user is taken to be idle."""
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._prompts = prompts
        self._editor: CaseEditor | None = None
        self._editor_case_id: str | None = None
        self._list_sizes: list[int] = []
        self._home_sizes: list[int] = []
        self._after_save: Callable[[], object] | None = None
        self.case_deletion = CaseDeletion(services.cases, runner, prompts, self)
        self.case_deletion.deleted.connect(self.on_case_deletion_deleted)
        self.case_list = CaseListPanel(services.listing, services.search, runner, self)
        self.case_list.case_activated.connect(self.on_case_list_case_activated)
        self.case_list.new_case_requested.connect(self.on_new_action_triggered)
        self.case_list.failed.connect(self.on_panel_failed)
        self.dashboard = DashboardPanel(
            services.listing, services.deadlines, runner, self, conflicts=services.conflicts
        )
        self.dashboard.case_activated.connect(self.on_case_list_case_activated)
        self.dashboard.load_failed.connect(self.on_panel_failed)
        self.dashboard.deadlines_requested.connect(self.on_dashboard_deadlines_requested)
        self.dashboard.conflicts_requested.connect(self.on_dashboard_conflicts_requested)
        self.deadlines = DeadlinesView(services.deadlines, runner, self)
        self.deadlines.case_activated.connect(self.on_case_list_case_activated)
        self.deadlines.load_failed.connect(self.on_panel_failed)
        self.petitions = PetitionsPage(services.petitions.registry, runner, self)
        self.petitions.case_activated.connect(self.on_case_list_case_activated)
        self.petitions.load_failed.connect(self.on_panel_failed)
        self.conflicts = ConflictsPage(services.conflicts, runner, prompts, self)
        self.conflicts.case_activated.connect(self.on_case_list_case_activated)
        self.conflicts.load_failed.connect(self.on_panel_failed)
        self.conflicts.resolved.connect(self.on_conflicts_resolved)
        self.patterns = PatternsPage(services.patterns, services.listing, runner, self)
        self.patterns.case_activated.connect(self.on_case_list_case_activated)
        self.patterns.load_failed.connect(self.on_panel_failed)
        self.home = QTabWidget()
        self.home.setDocumentMode(True)
        self.home.addTab(self.dashboard, "")
        self.home.addTab(self.deadlines, "")
        self.home.addTab(self.petitions, "")
        self.home.addTab(self.conflicts, "")
        self.home.addTab(self.patterns, "")
        self.home.currentChanged.connect(self.on_home_current_changed)
        self.editor_title = PlainLabel()
        self.close_case_button = QPushButton()
        self.close_case_button.clicked.connect(self.on_close_case_button_clicked)
        editor_bar = QHBoxLayout()
        editor_bar.addWidget(self.editor_title, 1)
        editor_bar.addWidget(self.close_case_button)
        self.editor_page = QWidget()
        self.editor_layout = QVBoxLayout(self.editor_page)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_layout.addLayout(editor_bar)
        self.editors = EditorSupply(
            services,
            runner,
            self.editor_page,
            editor_factory or default_editor_factory(),
            quiet_ms=input_quiet_ms,
        )
        self.editors.prepare_later()
        self.right = QStackedWidget()
        self.right.addWidget(self.home)
        self.right.addWidget(self.editor_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.menus = MainMenus(self)
        self._retranslate()
        self.resize(1200, 760)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pana"))
        self.menus.retranslate()
        self.close_case_button.setText(self.tr("Close case file"))
        self.home.setTabText(self.home.indexOf(self.dashboard), self.tr("Overview"))
        self.home.setTabText(self.home.indexOf(self.deadlines), self.tr("Deadlines"))
        self.home.setTabText(self.home.indexOf(self.petitions), self.tr("Petitions"))
        self.home.setTabText(self.home.indexOf(self.conflicts), self.tr("Conflicts"))
        self.home.setTabText(self.home.indexOf(self.patterns), self.tr("Patterns"))
        self._update_editor_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the case list, the dashboard and the deadlines when shown (on the database worker)."""
        self.case_list.refresh()
        self.dashboard.refresh()
        self.deadlines.refresh()
        self.petitions.refresh()
        self.conflicts.refresh()
        self.patterns.refresh()

    @Slot()
    def on_dashboard_deadlines_requested(self) -> None:
        self.home.setCurrentWidget(self.deadlines)

    @Slot()
    def on_dashboard_conflicts_requested(self) -> None:
        self.home.setCurrentWidget(self.conflicts)

    @Slot(object)
    def on_conflicts_resolved(self, _: object) -> None:
        """An answer is a revision of a case's record: the list and the overview may read otherwise."""
        self.case_list.model.reload()
        self.dashboard.refresh()

    @Slot(int)
    def on_home_current_changed(self, index: int) -> None:
        """The deadlines and petitions tables need room, as a case file does; the overview gives it back."""
        if self.home.widget(index) in (self.deadlines, self.petitions, self.conflicts, self.patterns):
            self._home_sizes = self._home_sizes or self.splitter.sizes()
            total = sum(self._home_sizes)
            self.splitter.setSizes([total // 4, total - total // 4])
        elif self._home_sizes:
            self.splitter.setSizes(self._home_sizes)
            self._home_sizes = []

    @Slot(Exception)
    def on_panel_failed(self, error: Exception) -> None:
        self._prompts.crash(self)

    # -- the case editor ---------------------------------------------------------------------------

    @property
    def editor(self) -> CaseEditor | None:
        return self._editor

    @Slot(str)
    def on_case_list_case_activated(self, case_id: str) -> None:
        self.open_case(case_id)

    @Slot()
    def on_new_action_triggered(self) -> None:
        self.open_case(None)

    def open_case(self, case_id: str | None) -> bool:
        """Show ``case_id`` (None: a new case) in the editor, after dealing with unsaved changes."""
        if self._editor is not None and case_id and self._editor_case_id == case_id:
            return True
        if not self.close_editor(then=lambda: self.open_case(case_id)):
            return False
        editor = self.editors.take(case_id)
        editor.saved.connect(self.on_editor_saved)
        editor.save_failed.connect(self.on_editor_save_failed)
        if hasattr(editor, "open_case_requested"):  # e.g. "this person already has a case"
            editor.open_case_requested.connect(self.on_case_list_case_activated)
        self._editor = editor
        self._editor_case_id = case_id
        self.editor_layout.addWidget(editor, 1)
        editor.show()  # a spare was hidden explicitly, which the layout respects
        if self.right.currentWidget() is not self.editor_page:
            self._list_sizes = self.splitter.sizes()
            total = sum(self._list_sizes)
            self.splitter.setSizes([total // 4, total - total // 4])  # the case file needs room
        self.right.setCurrentWidget(self.editor_page)
        self._update_editor_title()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def close_editor(
        self, *, ask: bool = True, then: Callable[[], object] | None = None, discard: bool = False
    ) -> bool:
        """Close the open case file; True when it is closed now.

        With unsaved changes the user chooses: Cancel keeps it open; Save starts the save
        (a task) and ``then`` runs once ``saved`` arrives (a failed save leaves the editor
        open with its message, and ``then`` is forgotten); Discard closes without keeping a
        draft of the changes, as ``discard`` does (after a purge).
        """
        editor = self._editor
        if editor is None:
            return True
        keep_draft = not discard
        if ask and editor.has_unsaved_changes():
            choice = self._prompts.unsaved_changes(self)
            if choice is UnsavedChoice.CANCEL:
                return False
            if choice is UnsavedChoice.SAVE:
                self._after_save = then
                if not editor.save():
                    self._after_save = None  # the editor shows why inline
                return False
            keep_draft = False
        self._editor = None
        self._editor_case_id = None
        self._after_save = None
        if keep_draft:
            editor.clear()  # also stores a draft of anything unsaved (lock, quit)
        else:
            editor.discard()  # the user chose Discard: the autosaved draft goes too
        editor.hide()
        self.editor_layout.removeWidget(editor)
        editor.deleteLater()
        self.right.setCurrentWidget(self.home)
        self.petitions.refresh()  # the case file may have printed or filed some
        self.dashboard.refresh()  # after the draft is kept or dropped (the database worker is serial)
        if self._list_sizes:
            self.splitter.setSizes(self._list_sizes)
        self._update_editor_title()
        return True

    def _update_editor_title(self) -> None:
        for action in self.menus.open_case_actions:
            action.setEnabled(bool(self._editor_case_id))
        for action in self.menus.editor_actions:
            action.setEnabled(self._editor is not None)
        if self._editor is None:
            self.editor_title.setText("")
        else:  # an open case file shows its own heading; a new one has none yet
            self.editor_title.setText("" if self._editor_case_id else self.tr("New case"))

    @Slot()
    def on_print_action_triggered(self) -> None:
        if self._editor is not None and hasattr(self._editor, "print_case_summary"):
            self._editor.print_case_summary()

    @Slot()
    def on_close_case_button_clicked(self) -> None:
        self.close_editor()

    @Slot()
    def on_save_action_triggered(self) -> None:
        if self._editor is not None:
            self._editor.save()

    @Slot(str)
    def on_editor_saved(self, case_id: str) -> None:
        if self.sender() is not self._editor:
            return
        self._editor_case_id = case_id
        self._update_editor_title()
        self.case_list.model.reload()
        self.dashboard.refresh()
        self.deadlines.refresh()
        self.petitions.refresh()
        self.conflicts.refresh()  # a person's edit of a record answers its conflicts
        self.patterns.refresh()
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    @Slot(str)
    def on_editor_save_failed(self, _: str) -> None:
        """The Save chosen before switching cases or quitting failed: the case stays open, and a later
        Save of it must not then switch or quit."""
        if self.sender() is self._editor:
            self._after_save = None

    @property
    def open_case_id(self) -> str | None:
        """The case shown in the editor (None: none, or a new one not saved yet)."""
        return self._editor_case_id

    @Slot()
    def on_delete_case_action_triggered(self) -> None:
        editor = self._editor
        if self._editor_case_id and editor is not None:
            heading = editor.heading() if hasattr(editor, "heading") else ""
            self.case_deletion.delete(self._editor_case_id, heading, self)

    @Slot(object)
    def on_case_deletion_deleted(self, result: DeletedCase) -> None:
        if self._editor_case_id == result.case_id:
            self.close_editor(ask=False, discard=True)
        self.refresh()
        self._prompts.inform(
            self,
            self.tr("Case deleted"),
            self.tr("Case %1 is deleted. Its history is kept.").replace("%1", isolate(result.reference)),
        )

    @Slot()
    def on_purge_case_action_triggered(self) -> None:
        if self._editor_case_id:
            self.purge_requested.emit(self._editor_case_id, False)

    @Slot()
    def on_purge_person_action_triggered(self) -> None:
        if self._editor_case_id:
            self.purge_requested.emit(self._editor_case_id, True)

    @Slot()
    def on_find_action_triggered(self) -> None:
        self.case_list.focus_search()

    # -- lock --------------------------------------------------------------------------------------

    def prepare_lock(self) -> None:
        """First step of locking: a count across every case stops rather than hold the lock up, and
        the open editor keeps a draft of unsaved work and empties its widgets."""
        self.patterns.clear()
        if self._editor is not None:
            self._editor.clear()

    def cover(self) -> None:
        """While the vault waits for a long job to end before it locks: no case on screen, the open
        case's unsaved work kept as a draft (``prepare_lock``)."""
        self.prepare_lock()
        self.splitter.hide()

    def wipe(self) -> None:
        """Last step of locking (the vault is closed): forget every row, text and the editor."""
        self.close_editor(ask=False)
        self.editors.discard()
        self.case_list.clear()
        self.dashboard.clear()
        self.deadlines.clear()
        self.petitions.clear()
        self.conflicts.clear()
        self.patterns.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_editor(then=self.close):
            event.ignore()
            return
        super().closeEvent(event)
