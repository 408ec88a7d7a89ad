# SPDX-License-Identifier: GPL-3.0-or-later
"""The Timeline tab: drawn from the working copy, redrawn after edits elsewhere, items open their record."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.timeline import Extent, Item, ItemKind, build_timeline
from app.domain.timeline_layout import Unit, tick_unit
from app.paths import resources_dir
from app.ui.case_editor.timeline_tab import TimelineTab, item_words, when_text
from app.ui.i18n import Translations
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.timeline_view import AXIS_HEIGHT, TimelineView

from .helpers import add_legal_event

TODAY = dt.date(2024, 6, 1)
P = PartialDate.parse


def _file() -> r.CaseFile:
    subject = r.PersonFile(r.Person(id="p-1"), (r.PersonName("p-1", "Айгүл Сәрсенова", is_primary=True),))
    brother = r.PersonFile(r.Person(id="p-2"), (r.PersonName("p-2", "阿依古丽", is_primary=True),))
    return r.CaseFile(
        case=r.Case("p-1", "office", id="case-1"),
        subject=subject,
        relatives=(r.Relative("case-1", "p-2", id="rel-1"),),
        relative_people=(brother,),
        detentions=(
            r.Detention("case-1", "rel-1", "camp", started_on=P("2016"), ended_on=P("2023-03"), id="d-1"),
        ),
        pressure_reports=(
            r.PressureReport("case-1", ("threat",), ("rel-1",), occurred_on=P("2019-03"), id="pr-1"),
        ),
        legal_events=(r.LegalEvent("case-1", "public-testimony", P("2019-03-14"), id="le-1"),),  # type: ignore[arg-type]
        interviews=(r.Interview("case-1", id="i-1"),),
    )


def test_view_without_a_window_paints_zooms_and_walks_items_in_order(qapp: Any) -> None:
    timeline = build_timeline(_file(), TODAY, item_words)
    view = TimelineView()
    view.resize(1000, 300)
    view.set_timeline(timeline)
    layout = view.layout_now()
    assert layout is not None and [p.item.key for p in layout.placed] == [i.key for i in timeline.items]
    assert tick_unit(view.scale().px_per_day) in (Unit.YEAR, Unit.DECADE)  # type: ignore[union-attr]
    for _ in range(20):
        view.zoom(1.5)
    assert tick_unit(view.scale().px_per_day) is Unit.DAY  # type: ignore[union-attr]
    view.fit()
    image = view.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 1000, 3) for y in range(0, 300, 3)}
    assert len(colours) > 10  # lanes, axis, bars, hatching, text
    assert when_text(timeline.items[0]).startswith("from 2016")
    seen = []
    view.current_changed.connect(seen.append)
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert seen == [i.key for i in timeline.items[:3]] + [timeline.items[1].key]
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.current_key() == timeline.items[-1].key
    assert [i.key for i in timeline.undated] == ["interviews:i-1"]


def test_filter_clicks_and_enter_open_the_record_on_its_tab(make_editor: Any, qtbot: Any) -> None:
    editor = make_editor(today=TODAY)
    arrest = add_legal_event(editor, "arrest", P("2019-03-14"))
    testimony = add_legal_event(editor, "public-testimony", P("2019-03"))
    tab: TimelineTab = editor.timeline
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.view.layout_now() is not None and len(tab.view.layout_now().placed) == 2)
    keys = [p.item.key for p in tab.view.layout_now().placed]
    assert keys == [f"legal_events:{testimony.id}", f"legal_events:{arrest.id}"]  # March 2019, then the 14th

    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    tab.view.set_current(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Tab)  # Tab walks the items in time order
    assert tab.view.current_key() == f"legal_events:{arrest.id}"
    assert tab.detail.text().startswith("14 March 2019") and "Arrest" in tab.detail.text()
    tab.view.select_key(f"legal_events:{arrest.id}")
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert editor.tabs.currentWidget() is editor.legal
    assert editor.legal.panel.current_id() == arrest.id

    editor.relatives.detentions.add_button.click()
    editor.relatives.detention_form.started_on.set_value(P("2018"))
    held = editor.relatives.detention_form.current()
    editor.tabs.setCurrentWidget(tab)  # an edit on another tab shows when the timeline is looked at
    qtbot.waitUntil(lambda: len(tab.view.layout_now().placed) == 3)
    placed = tab.view.layout_now().placed[tab.view.layout_now().index(f"detentions:{held.id}")]
    point = QPoint(
        round(tab.view._gutter + placed.x0 + 3 - tab.view.horizontalScrollBar().value()),
        round(AXIS_HEIGHT + placed.top + 11 - tab.view.verticalScrollBar().value()),
    )
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert editor.tabs.currentWidget() is editor.relatives
    assert editor.relatives.pages.currentWidget() is editor.relatives.detentions
    assert editor.relatives.detentions.current_id() == held.id

    editor.tabs.setCurrentWidget(tab)
    tab.kind_actions[ItemKind.DETENTION].setChecked(False)
    assert [p.item.kind for p in tab.view.layout_now().placed] == [ItemKind.LEGAL_EVENT] * 2


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_span_reads_as_a_range_whatever_case_its_dates_are_in(qapp: Any, language: str) -> None:
    """ "с около марта 2019 по июль 2019": a preposition before a date written to stand alone; the
    Russian and Kazakh range is a dash between the two dates as they stand alone."""
    item = Item(
        "k", ItemKind.DETENTION, "subject", "detentions", "d1", "",
        PartialDate(2019, 3, approximate=True), PartialDate(2019, 7), Extent(0, 120, None, span=True),
    )  # fmt: skip
    still = dataclasses.replace(item, end=None, extent=Extent(0, 120, None, span=True, open_end=True))
    translations = Translations(resources_dir() / "i18n")
    try:
        translations.install(language)
        start, end = format_partial_date(item.start), format_partial_date(PartialDate(2019, 7))
        assert when_text(item) == f"{start} – {end}"
        assert when_text(still).startswith(f"{start} – ")
    finally:
        translations.install("en")


def test_an_answer_and_a_report_of_several_kinds_read_as_running_text(qapp: Any) -> None:
    assert item_words(ItemKind.ANSWER, "refused", "") == "Answer: refused"  # was "Answer: Refused"
    report = r.PressureReport("case-1", ("threat", "demand-to-return"), (), occurred_on=P("2020"), id="pr")
    case = dataclasses.replace(_file(), pressure_reports=(report,))
    labels = {i.label for i in build_timeline(case, TODAY, item_words).items if i.table == "pressure_reports"}
    assert labels == {"Threat, demand to return"}
