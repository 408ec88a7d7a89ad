# SPDX-License-Identifier: GPL-3.0-or-later
"""Timeline tab: the whole case on one time axis, a lane for the person and one per relative.

Read only: it draws the editor's working copy (``CaseState``), so an edit on another tab
shows here as soon as this tab is looked at again (the timeline is rebuilt lazily, once,
when it is visible).  Opening an item (click, Enter) asks the editor to show the record on
its own tab (``open_requested``).  Records with no date at all are listed under the picture.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.running_text import lower_first
from app.domain.timeline import Item, ItemKind, Timeline, build_timeline
from app.ui.case_editor.state import CaseState
from app.ui.models.petitions_model import kind_text
from app.ui.models.vocab_labels import (
    ANSWER_OUTCOME,
    LEGAL_EVENT_KIND,
    PRESSURE_KIND,
    RELATIONSHIP,
    RELATIVE_STATUS,
    REQUEST_KIND,
    label,
)
from app.ui.placeholders import filled
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.text import PlainLabel
from app.ui.widgets.timeline_view import ZOOM_STEP, TimelineView

C = "TimelineTab"
#: The kinds the filter offers, in this order.
KIND_NAMES = {
    ItemKind.LEGAL_EVENT: QT_TRANSLATE_NOOP("TimelineTab", "Legal events"),
    ItemKind.REQUEST: QT_TRANSLATE_NOOP("TimelineTab", "Requests"),
    ItemKind.ANSWER: QT_TRANSLATE_NOOP("TimelineTab", "Answers"),
    ItemKind.DETENTION: QT_TRANSLATE_NOOP("TimelineTab", "Detentions"),
    ItemKind.INTERVIEW: QT_TRANSLATE_NOOP("TimelineTab", "Interviews"),
    ItemKind.PETITION: QT_TRANSLATE_NOOP("TimelineTab", "Petitions"),
    ItemKind.PRESSURE: QT_TRANSLATE_NOOP("TimelineTab", "Pressure reports"),
    ItemKind.RELATIVE_STATUS: QT_TRANSLATE_NOOP("TimelineTab", "Relatives' statuses"),
}


def item_words(kind: ItemKind, code: str, sex: str) -> str:
    """An item's short name in the interface language (``app.domain.timeline.Words``); the interface's
    labels cover both sexes ("Освобождён(а)"), so ``sex`` changes nothing here."""
    if kind is ItemKind.LEGAL_EVENT:
        return label(LEGAL_EVENT_KIND, code)
    if kind is ItemKind.REQUEST:
        return label(REQUEST_KIND, code)
    if kind is ItemKind.PRESSURE:
        return label(PRESSURE_KIND, code) if code else QCoreApplication.translate("TimelineTab", "Pressure")
    if kind is ItemKind.RELATIVE_STATUS:
        return label(RELATIVE_STATUS, code)
    if kind is ItemKind.PETITION:
        return kind_text(code)
    if kind is ItemKind.ANSWER:
        if code in ("", "none"):
            return QCoreApplication.translate("TimelineTab", "Answer")
        pattern = QCoreApplication.translate("TimelineTab", "Answer: %1")
        return pattern.replace("%1", lower_first(label(ANSWER_OUTCOME, code)))
    if kind is ItemKind.DETENTION:
        return QCoreApplication.translate("TimelineTab", "Detention")
    return QCoreApplication.translate("TimelineTab", "Interview")


def when_text(item: Item) -> str:
    """The item's dates in words: one date, "from … to …", or "since … (still going on)"."""
    extent = item.extent
    if extent is None or not extent.span:
        return format_partial_date(item.date)
    start = format_partial_date(item.start)
    if extent.open_end:
        return QCoreApplication.translate("TimelineTab", "since %1, still going on").replace("%1", start)
    assert item.end is not None
    pattern = QCoreApplication.translate("TimelineTab", "from %1 to %2")
    return filled(pattern, start, format_partial_date(item.end))


def lane_text(lane: Any, subject: bool) -> str:
    """A lane's name: the person's name, and for a relative how they are related."""
    if subject:
        return lane.name or QCoreApplication.translate("TimelineTab", "The person")
    relation = label(RELATIONSHIP, lane.relationship) if lane.relationship else ""
    name = lane.name or lane.description
    if name and relation:
        return filled(QCoreApplication.translate("TimelineTab", "%1 (%2)"), name, relation)
    return name or relation


class TimelineTab(QWidget):
    """The case's timeline, a kind filter and zoom; ``open_requested(table, record_id)`` opens a record."""

    open_requested = Signal(str, str)

    def __init__(
        self,
        petitions: Callable[[], list[r.Petition]] | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._petitions = petitions or list
        self._today = today
        self._state: CaseState | None = None
        self._dirty = False
        self._timeline: Timeline | None = None
        self.view = TimelineView(self)
        self.view.tooltip_of = self._tooltip
        self.view.lane_name = self._lane_name
        self.filter_button = QToolButton(self)
        self.filter_button.setText(self.tr("&Show"))
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.filter_button)
        self.kind_actions: dict[ItemKind, QAction] = {}
        for kind, name in KIND_NAMES.items():
            action = menu.addAction(QCoreApplication.translate(C, name))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self.on_kind_toggled)
            self.kind_actions[kind] = action
        self.filter_button.setMenu(menu)
        self.zoom_out_button = self._button(self.tr("Zoom out"), "−", lambda: self.view.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = self._button(self.tr("Zoom in"), "+", lambda: self.view.zoom(ZOOM_STEP))
        self.fit_button = self._button(self.tr("Show the whole case"), self.tr("&Fit"), self.view.fit)
        self.detail = PlainLabel("", self)
        self.detail.setWordWrap(False)
        self.undated_label = PlainLabel("", self)
        self.undated = QListWidget(self)
        self.undated.itemActivated.connect(self.on_undated_itemActivated)
        bar = QHBoxLayout()
        for widget in (self.filter_button, self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.undated_label)
        layout.addWidget(self.undated)
        self.view.activated.connect(self.on_view_activated)
        self.view.current_changed.connect(self.on_view_current_changed)
        self._show_undated(())

    def _button(self, tip: str, text: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- the editor's tab contract -------------------------------------------------------------------
    def load(self, state: CaseState, is_new: bool) -> None:
        self._state = state
        self.refresh()

    def clear(self) -> None:
        self._state = None
        self._timeline = None
        self.view.set_timeline(None)
        self.detail.setText("")
        self._show_undated(())

    def show_error(self, record: Any, field: str, message: str) -> bool:
        return False

    def refresh(self) -> None:
        """The working copy changed: draw it again now if the tab is shown, else when it is next shown."""
        self._dirty = True
        if self.isVisible():
            QTimer.singleShot(0, self._rebuild_if_dirty)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._rebuild_if_dirty()

    def _rebuild_if_dirty(self) -> None:
        if self._dirty:
            self.rebuild()

    def rebuild(self) -> None:
        """Build the timeline from the working copy and show the kinds that are ticked."""
        self._dirty = False
        state = self._state
        if state is None:
            return
        file = dataclasses.replace(state.snapshot(), petitions=tuple(self._petitions()))
        self._timeline = build_timeline(
            file,
            self._today or dt.date.today(),
            item_words,
            annulled=QCoreApplication.translate("TimelineTab", "Annulled"),
        )
        self._show()

    def _show(self) -> None:
        if self._timeline is None:
            return
        shown = self._timeline.only(kind for kind, action in self.kind_actions.items() if action.isChecked())
        self.view.set_timeline(shown)
        self._show_undated(shown.undated)
        self.on_view_current_changed(self.view.current_key())

    def _show_undated(self, items: tuple[Item, ...]) -> None:
        self.undated.clear()
        for item in items:
            entry = QListWidgetItem(f"{QCoreApplication.translate(C, KIND_NAMES[item.kind])}: {item.label}")
            entry.setData(Qt.ItemDataRole.UserRole, (item.table, item.record_id))
            self.undated.addItem(entry)
        self.undated_label.setText(self.tr("Without a date: %n", "", len(items)))
        if items:  # as tall as its lines, up to four
            rows = min(len(items), 4) * max(self.undated.sizeHintForRow(0), 1)
            self.undated.setFixedHeight(rows + 2 * self.undated.frameWidth() + 2)
        self.undated.setVisible(bool(items))
        self.undated_label.setVisible(bool(items))

    def _lane_name(self, index: int) -> str:
        timeline = self.view.timeline()
        if timeline is None or index >= len(timeline.lanes):
            return ""
        return lane_text(timeline.lanes[index], index == 0)

    def _tooltip(self, item: Item) -> str:
        lines = [QCoreApplication.translate(C, KIND_NAMES[item.kind]), item.label, when_text(item)]
        if item.copies > 1:
            lines.append(self.tr("Aimed at %n relative(s): shown in each one's lane", "", item.copies))
        return "\n".join(line for line in lines if line)

    # -- slots ---------------------------------------------------------------------------------------
    @Slot(bool)
    def on_kind_toggled(self, checked: bool) -> None:
        self._show()

    @Slot(str)
    def on_view_activated(self, key: str) -> None:
        layout = self.view.layout_now()
        index = layout.index(key) if layout is not None else -1
        if layout is not None and index >= 0:
            item = layout.placed[index].item
            self.open_requested.emit(item.table, item.record_id)

    @Slot(str)
    def on_view_current_changed(self, key: str) -> None:
        layout = self.view.layout_now()
        index = layout.index(key) if layout is not None and key else -1
        if layout is None or index < 0:
            self.detail.setText("")
            return
        item = layout.placed[index].item
        self.detail.setText(f"{when_text(item)} · {item.label}")

    @Slot(QListWidgetItem)
    def on_undated_itemActivated(self, entry: QListWidgetItem) -> None:
        table, record_id = entry.data(Qt.ItemDataRole.UserRole)
        self.open_requested.emit(table, record_id)
