# SPDX-License-Identifier: GPL-3.0-or-later
"""The case editor widget: loads off the GUI thread, edits in tabs, keeps drafts, saves atomically.

A Save is one call of ``CaseEditService.save`` (one transaction); this widget only shows it.
Tabs are built when first shown or asked for (``LazyTabs``): everything they edit lives in the
working copy (``CaseState``), so a tab never built has nothing to save, clear or retranslate.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain import records as r
from app.domain.errors import ValidationError
from app.domain.records import new_id
from app.services.bundle import Services
from app.services.case_edit import first_problem
from app.services.drafts import DraftView
from app.ui.case_editor.attachments_tab import AttachmentsTab
from app.ui.case_editor.editor_drafts import DraftKeeping, find_draft
from app.ui.case_editor.editor_tabs import TabWiring
from app.ui.case_editor.history_tab import HistoryTab
from app.ui.case_editor.identity_tab import IdentityTab
from app.ui.case_editor.interview_tab import InterviewTab
from app.ui.case_editor.lazy_tabs import LazyTab, LazyTabs, TabSpec
from app.ui.case_editor.legal_tab import LegalTab
from app.ui.case_editor.messages import failure_text, validation_text
from app.ui.case_editor.petitions_tab import PetitionsTab
from app.ui.case_editor.prompts import DialogPrompts, EditorPrompts
from app.ui.case_editor.record_panel import RecordPanel
from app.ui.case_editor.relatives_tab import RelativesTab
from app.ui.case_editor.requests_tab import RequestsTab
from app.ui.case_editor.sources_tab import SourcesTab
from app.ui.case_editor.state import CaseState
from app.ui.case_editor.timeline_tab import TimelineTab
from app.ui.models.attachments_model import is_pending
from app.ui.placeholders import filled
from app.ui.tasks import TaskRunner
from app.ui.widgets.notice_bar import NoticeBar
from app.ui.widgets.text import InlineMessage, PlainLabel, isolate

DRAFT_INTERVAL_MS = 5_000


class CaseEditor(DraftKeeping, TabWiring, QWidget):
    """One case file.  DB work runs through ``runner``; ``save()`` starts an atomic save, returns at once."""

    identity = LazyTab[IdentityTab]()
    interviews = LazyTab[InterviewTab]()
    legal = LazyTab[LegalTab]()
    relatives = LazyTab[RelativesTab]()
    requests = LazyTab[RequestsTab]()
    petitions = LazyTab[PetitionsTab]()
    sources = LazyTab[SourcesTab]()
    attachments = LazyTab[AttachmentsTab]()
    history = LazyTab[HistoryTab]()
    timeline = LazyTab[TimelineTab]()

    saved = Signal(str)
    save_failed = Signal(str)
    loaded = Signal()
    draft_saved = Signal()
    open_case_requested = Signal(str)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        case_id: str | None,
        parent: QWidget | None = None,
        *,
        draft_interval_ms: int = DRAFT_INTERVAL_MS,
        prompts: EditorPrompts | None = None,
        today: dt.date | None = None,
        spare: bool = False,
    ) -> None:
        """``spare``: built ahead, before anyone chose a case; ``open(case_id)`` later says which
        (``case_id`` is then ignored).  Otherwise ``case_id`` (None: a new case) is loaded at once."""
        super().__init__(parent)
        self._services, self._runner = services, runner
        self.case_id: str | None = None
        self._is_new = True
        self._opened = False
        self._state: CaseState | None = None
        self._baseline: CaseState | None = None
        self._epoch = 0  # bumped by clear(): results of older tasks are dropped
        self._generation = 0  # bumped by every edit
        self._drafted = 0  # the generation the last draft holds
        self._drafted_typed: tuple[str, ...] = ()
        self._draft_id = new_id()
        self._offered: DraftView | None = None
        self._saving = False
        self.title = PlainLabel("", self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        # Room for a name in any script from the start: the fallback fonts of Arabic script and Chinese
        # are taller, and the tabs must not move when a new case gets its name and reference.
        self.title.setMinimumHeight(round(self.title.fontMetrics().height() * 1.3))
        self.status = InlineMessage(self)
        keep_room = self.status.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)  # "Saved." comes and goes without moving the tabs
        self.status.setSizePolicy(keep_room)
        self.draft_bar = NoticeBar(self)
        self.restore_button = self.draft_bar.add_button(self.tr("Restore"), self.on_restore_button_clicked)
        self.discard_button = self.draft_bar.add_button(self.tr("Discard"), self.on_discard_button_clicked)
        self._prompts, self._today = prompts or DialogPrompts(), today
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.draft_bar)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.status)
        self._layout.addStretch(0)  # takes the room while the tabs are hidden
        self._build_tabs()
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(draft_interval_ms)
        self.draft_timer.timeout.connect(self.on_draft_timer_timeout)
        if not spare:
            self.open(case_id)

    def open(self, case_id: str | None) -> None:
        """Load ``case_id`` (None: a new case); once per editor, each case file gets its own."""
        if self._opened:
            raise RuntimeError("this case editor already holds a case")
        self._opened = True
        self.case_id = case_id
        self._is_new = case_id is None
        self._load()

    def _build_tabs(self, current: int = 0) -> None:
        """The tab bar, its titles read from the translator now (built again when the language changes);
        only the tab at ``current`` is built now, each other one when first shown."""
        services, runner, prompts, today = self._services, self._runner, self._prompts, self._today
        specs = [
            TabSpec("identity", self.tr("&Identity"), lambda: IdentityTab(services, runner, self)),
            TabSpec("interviews", self.tr("I&nterviews"), lambda: InterviewTab(self, today=today)),
            TabSpec("legal", self.tr("&Legal timeline"), lambda: LegalTab(self, today=today)),
            TabSpec("relatives", self.tr("&Relatives"), lambda: RelativesTab(self)),
            TabSpec("requests", self.tr("Re&quests"), lambda: RequestsTab(self, today=today)),
            TabSpec(
                "petitions",
                self.tr("&Petitions"),
                lambda: PetitionsTab(
                    services.petitions,
                    runner,
                    prompts,
                    lambda: not self.has_unsaved_changes(),
                    self,
                    today=today,
                ),
            ),
            TabSpec("sources", self.tr("S&ources"), lambda: SourcesTab(self)),
            TabSpec(
                "attachments",
                self.tr("&Attachments"),
                lambda: AttachmentsTab(services, runner, prompts, self),
            ),
            TabSpec("history", self.tr("&History"), lambda: HistoryTab(services, runner, self)),
            TabSpec("timeline", self.tr("&Timeline"), self._make_timeline),
        ]
        self.tabs = QTabWidget(self)
        # Hidden until the case is loaded: empty forms would be laid out and painted once for nothing.
        self.tabs.setVisible(self._state is not None)
        self.lazy_tabs = LazyTabs(self.tabs, specs, self.tabs)
        self.lazy_tabs.built.connect(self.on_tab_built)
        self._layout.insertWidget(self._layout.indexOf(self.status) + 1, self.tabs, 1)
        self.lazy_tabs.show(current)

    def _make_timeline(self) -> TimelineTab:
        petitions = self.petitions  # the timeline shows the case's petitions as well
        return TimelineTab(
            lambda: [entry.petition for entry in petitions.model.rows()], self, today=self._today
        )

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the tabs are built again around the same working copy, on the same tab
        (most of their texts are set once, when built)."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            index, old = self.tabs.currentIndex(), self.tabs
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
            self._build_tabs(index)
            self.restore_button.setText(self.tr("Restore"))
            self.discard_button.setText(self.tr("Discard"))
            self._update_title()
        super().changeEvent(event)

    # -- the public contract --------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """Edits not saved yet, a spelling typed without Enter among them (Save would add it)."""
        if self._state is None or self._baseline is None:
            return False
        return self._state != self._baseline or any(box.has_typed_spelling() for box in self._name_boxes())

    def save(self) -> bool:
        """Check inline, then write every change in one transaction (a task); ``saved`` follows.

        False when nothing could be started: still loading, already saving, or a field is marked.
        """
        state, baseline = self._state, self._baseline
        if state is None or baseline is None or self._saving:
            return False
        for box in self._name_boxes():
            box.commit_entry()
        self.status.clear_message()
        sent = state.copy()
        edit = sent.edit(None if self._is_new else baseline, draft_id=self._draft_id)
        problem = first_problem(edit)
        if problem is not None:
            self._show_validation(problem.record, problem.error)
            return False
        self._saving = True
        self.status.show_message(self.tr("Saving…"), "info")
        case_edits, epoch, generation = self._services.case_edits, self._epoch, self._generation
        self._runner.start(
            lambda progress: (epoch, generation, sent, case_edits.save(edit).case),
            on_success=self.on_save_succeeded,
            on_failure=self.on_save_failed,
        )
        return True

    def clear(self) -> None:
        """Empty every widget (the vault is locking); unsaved work is first kept as a draft (a task).

        The draft is written even while a save is running: if that save fails, nothing is lost.
        """
        if self._state is not None:
            for box in self._name_boxes():
                box.commit_entry()  # kept in the draft as Save would store it
        if self.has_unsaved_changes():
            self._write_draft()
        self._epoch += 1
        self.draft_timer.stop()
        self._state = self._baseline = None
        self._offered = None
        self._saving = False
        for tab in self._tabs():
            tab.clear()
        self._bind_links(None)
        self.title.setText("")
        self.status.clear_message()
        self.draft_bar.dismiss()
        self.tabs.setEnabled(False)

    def discard(self) -> None:
        """The user chose "Discard": drop the unsaved edits and this editor's draft, then empty it."""
        drafts, draft_id = self._services.drafts, self._draft_id
        self._state = self._baseline = None  # so clear() keeps no draft
        self.clear()
        self._runner.start(lambda progress: drafts.discard(draft_id))

    def print_case_summary(self) -> bool:
        """Show the Petitions tab with the case summary being composed (the window's Print…)."""
        self.tabs.setCurrentWidget(self.petitions)
        return self.petitions.print_case_summary()

    def state(self) -> CaseState | None:
        """The working copy (tests and screenshots read it; widgets write it)."""
        return self._state

    # -- loading ---------------------------------------------------------------------------------------
    def _tabs(self) -> list[Any]:
        """The tabs built so far (the others hold nothing yet)."""
        return self.lazy_tabs.built_tabs()

    def tab_index(self, name: str) -> int:
        """Where tab ``name`` ("legal", "timeline"…) sits, without building it."""
        return self.lazy_tabs.index(name)

    def _bind_links(self, state: CaseState | None, within: QWidget | None = None) -> None:
        """Every record panel's links box reads and edits this working copy's links."""
        for panel in (within or self).findChildren(RecordPanel):
            panel.links.find_cases = self.find_cases
            panel.bind(state)

    def find_cases(self, reference: str, done: Callable[[list[r.CaseRef]], None]) -> None:
        """Cases whose reference starts with ``reference``, looked up on the database worker."""
        listing = self._services.listing

        def work(progress: Any) -> list[r.CaseRef]:
            return [
                r.CaseRef(row.id, row.reference, row.subject_name) for row in listing.by_reference(reference)
            ]

        self._runner.start(work, on_success=done, on_failure=self.on_load_failed)

    def _load(self) -> None:
        services, case_id, epoch, own = self._services, self.case_id, self._epoch, self._draft_id
        self.status.show_message(self.tr("Opening the case…"), "info")

        def work(progress: Any) -> tuple[int, Any, DraftView | None, tuple[Any, ...]]:
            file = services.cases.get_case(case_id) if case_id else None
            return epoch, file, find_draft(services.drafts.pending(), case_id, own), services.parties.list()

        self._runner.start(work, on_success=self.on_load_succeeded, on_failure=self.on_load_failed)

    @Slot(object)
    def on_load_succeeded(self, result: tuple[int, Any, DraftView | None, tuple[Any, ...]]) -> None:
        epoch, file, draft, parties = result
        if epoch != self._epoch:
            return
        if file is None:
            state = CaseState.new(self._services.vault.actor.office_id)
        else:
            state = CaseState.from_case_file(file)
        state.known_parties = list(parties)
        self._set_state(state, baseline=state.copy())
        self.status.clear_message()
        if draft is not None:
            self._offer(draft)
        self.draft_timer.start()
        self.loaded.emit()

    @Slot(Exception)
    def on_load_failed(self, error: Exception) -> None:
        self.status.show_message(failure_text(error))

    def _set_state(self, state: CaseState, *, baseline: CaseState) -> None:
        self._state, self._baseline = state, baseline
        for tab in self._tabs():
            tab.load(state, self._is_new)
        self._bind_links(state)
        relatives = self.lazy_tabs.built_tab("relatives")
        if relatives is not None:
            relatives.refresh_subject()
        self.tabs.setEnabled(True)
        self.tabs.show()
        self._update_title()

    def heading(self) -> str:
        """The case as its title names it: the person and the reference."""
        return self.title.text()

    def _update_title(self) -> None:
        state = self._state
        if state is None:
            self.title.setText("")
            return
        name = state.display_name or self.tr("New case")
        reference = state.case.reference
        self.title.setText(
            filled(self.tr("%1 · case %2"), isolate(name), isolate(reference)) if reference else name
        )

    # -- edits and saving ----------------------------------------------------------------------------------
    @Slot()
    def on_tab_edited(self) -> None:
        self._generation += 1
        self.on_petitions_listed()  # the timeline shows the edit when next looked at
        self._update_title()

    @Slot(object)
    def on_attachment_added(self, record: Any) -> None:
        """A file stored at once (the case exists) is part of what the vault holds, not an unsaved edit."""
        if self._baseline is not None and not is_pending(record) and record not in self._baseline.attachments:
            self._baseline.attachments.append(record)

    def _show_validation(self, record: Any, error: ValidationError) -> None:
        """Mark the field on the tab that shows it: the built tabs are asked first, then the others are
        built in turn until one shows it (an unbuilt tab's field may be the one at fault)."""
        text = validation_text(error)
        unbuilt = [name for name in self.lazy_tabs.names() if self.lazy_tabs.built_tab(name) is None]
        for tab in itertools.chain(self._tabs(), (self.lazy_tabs.get(name) for name in unbuilt)):
            if tab.show_error(record, error.field, text):
                self.tabs.setCurrentWidget(tab)
                self.status.show_message(self.tr("Not saved: see the marked field."))
                return
        self.status.show_message(self.tr("Not saved: %1").replace("%1", text))

    @Slot(object)
    def on_save_succeeded(self, result: tuple[int, int, CaseState, Any]) -> None:
        epoch, generation, sent, file = result
        if epoch != self._epoch:
            return
        self._saving = False
        self._is_new = False
        self.case_id = file.case.id
        saved = CaseState.from_case_file(file)
        if generation == self._generation or self._state is None:
            self._set_state(saved, baseline=saved.copy())
        else:  # edited while saving: keep the edits, count them against what was stored
            assert self._state is not None
            self._state.take_saved(sent, saved)
            self._baseline = saved.copy()
            for name in ("identity", "attachments", "history"):
                tab = self.lazy_tabs.built_tab(name)
                if tab is not None:
                    tab.load(self._state, False)
        self._drafted = self._generation if not self.has_unsaved_changes() else self._drafted
        self.status.show_message(self.tr("Saved."), "ok")
        QTimer.singleShot(3000, self.on_status_timeout)
        self.saved.emit(self.case_id)

    @Slot()
    def on_status_timeout(self) -> None:
        if self.status.kind == "ok":
            self.status.clear_message()

    @Slot(Exception)
    def on_save_failed(self, error: Exception) -> None:
        self._saving = False
        self._drafted = -1  # make sure the next tick keeps a draft
        if isinstance(error, ValidationError):
            self._show_validation(None, error)
        else:
            self.status.show_message(failure_text(error))
        self.save_failed.emit(failure_text(error))
