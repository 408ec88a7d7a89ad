# SPDX-License-Identifier: GPL-3.0-or-later
"""How the case editor's tabs work together: a tab just built is connected and shown the working
copy, and one tab's action shows a record on another (an application event's request, a timeline
entry, a petition's filing read back into the case).

A mixin of ``CaseEditor``, which holds the tabs, the working copy and the loading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.case_editor.lazy_tabs import LazyTabs
from app.ui.case_editor.names_editor import NameVariantsEditor
from app.ui.case_editor.state import CaseState


class TabWiring:
    """The editor's side of its tabs' signals."""

    tabs: QTabWidget
    lazy_tabs: LazyTabs
    open_case_requested: Any
    _state: CaseState | None
    _is_new: bool
    _bind_links: Callable[..., None]
    _load: Callable[[], None]
    has_unsaved_changes: Callable[[], bool]
    on_tab_edited: Callable[[], None]
    on_attachment_added: Callable[[Any], None]

    @Slot(str, QWidget)
    def on_tab_built(self, name: str, tab: Any) -> None:
        """Connect a tab just built and show it the working copy (loaded or restored before it existed)."""
        if hasattr(tab, "edited"):
            tab.edited.connect(self.on_tab_edited)
        if name == "identity":
            tab.edited.connect(self.on_identity_edited)
            tab.open_case_requested.connect(self.open_case_requested)
        elif name == "legal":
            tab.request_made.connect(self.on_legal_request_made)
        elif name == "attachments":
            tab.attachment_added.connect(self.on_attachment_added)
        elif name == "petitions":
            tab.case_changed.connect(self.on_petitions_case_changed)
            tab.model.modelReset.connect(self.on_petitions_listed)
        elif name == "relatives":
            tab.sources_edited.connect(self.on_relatives_sources_edited)
        elif name == "timeline":
            tab.open_requested.connect(self.on_timeline_open_requested)
        if self._state is not None:
            tab.load(self._state, self._is_new)
            self._bind_links(self._state, tab)
            if name == "relatives":
                tab.refresh_subject()

    def _name_boxes(self) -> list[NameVariantsEditor]:
        """The spelling boxes whose typed text Save adds (Enter not pressed): the person's, and the
        relative's being edited."""
        identity, relatives = self.lazy_tabs.built_tab("identity"), self.lazy_tabs.built_tab("relatives")
        boxes = [identity.names] if identity is not None else []
        if relatives is not None and relatives.relative_form.current() is not None:
            boxes.append(relatives.relative_form.names)
        return boxes

    @Slot(str)
    def on_legal_request_made(self, request_id: str) -> None:
        """Show the request an application event became, on the Requests tab."""
        if self._state is not None:
            requests = self.lazy_tabs.get("requests")
            requests.panel.set_rows(self._state.requests)
            self.tabs.setCurrentWidget(requests)
            requests.panel.select(request_id)

    @Slot()
    def on_relatives_sources_edited(self) -> None:
        """Sources no longer name a removed relative: the Sources tab shows them as they are now."""
        sources = self.lazy_tabs.built_tab("sources")
        if sources is not None and self._state is not None:
            sources.panel.set_rows(self._state.sources)

    @Slot(str, str)
    def on_timeline_open_requested(self, table: str, record_id: str) -> None:
        """Show a record of the timeline on the tab that holds it, selected."""
        panels = {"legal_events": "legal", "requests": "requests", "interviews": "interviews"}
        if table in panels:
            tab = self.lazy_tabs.get(panels[table])
            self.tabs.setCurrentWidget(tab)
            tab.panel.select(record_id)
        elif table == "petitions":
            petitions = self.lazy_tabs.get("petitions")
            self.tabs.setCurrentWidget(petitions)
            petitions.select(record_id)
        elif (relatives := self.lazy_tabs.get("relatives")).open_record(table, record_id):
            self.tabs.setCurrentWidget(relatives)

    @Slot()
    def on_identity_edited(self) -> None:
        relatives = self.lazy_tabs.built_tab("relatives")
        if relatives is not None:
            relatives.refresh_subject()

    @Slot()
    def on_petitions_listed(self) -> None:
        timeline = self.lazy_tabs.built_tab("timeline")
        if timeline is not None:
            timeline.refresh()

    @Slot()
    def on_petitions_case_changed(self) -> None:
        """Filing or an answer changed the case's requests: read the case again (no unsaved edits)."""
        if not self.has_unsaved_changes() and not self._is_new:
            self._load()
