# SPDX-License-Identifier: GPL-3.0-or-later
"""The case timeline without Qt: items and their extents from partial dates, lanes, links, order, layout."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.timeline import (
    ANSWER_CONNECTOR,
    SUBJECT_LANE,
    ItemKind,
    build_timeline,
    point_extent,
    span_extent,
)
from app.domain.timeline_layout import (
    MAX_PX_PER_DAY,
    Metrics,
    Scale,
    Unit,
    fit_scale,
    layout,
    minor_unit,
    tick_unit,
    ticks,
)
from app.domain.vocab import LegalEventKind, LinkKind, RequestKind, RequestStatus

P = PartialDate.parse
TODAY = dt.date(2024, 6, 1)
CASE = "case-1"


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def person(person_id: str, name: str) -> r.PersonFile:
    return r.PersonFile(r.Person(id=person_id), (r.PersonName(person_id, name, is_primary=True),))


def case_file(**records: object) -> r.CaseFile:
    """A fictional case: Айгүл Сәрсенова and her brother and mother."""
    relatives = (
        r.Relative(CASE, "p-brother", id="rel-brother"),
        r.Relative(CASE, "p-mother", id="rel-mother"),
    )
    people = (person("p-brother", "Ерлан Сәрсенов"), person("p-mother", "هەلىمە"))
    return r.CaseFile(
        case=r.Case("p-subject", "office", id=CASE),
        subject=person("p-subject", "Айгүл Сәрсенова"),
        relatives=relatives,
        relative_people=people,
        **records,  # type: ignore[arg-type]
    )


def test_a_month_is_a_box_beside_a_day_and_a_range_of_dates_is_a_span() -> None:
    month, exact = point_extent(P("2019-03")), point_extent(P("2019-03-14"))
    assert month is not None and exact is not None
    assert (month.start, month.end, month.core) == (day("2019-03-01"), day("2019-04-01"), None)
    assert (exact.start, exact.end, exact.core) == (
        day("2019-03-14"),
        day("2019-03-15"),
        (exact.start, exact.end),
    )
    assert month.start <= exact.start < exact.end <= month.end  # the box holds the day
    held = span_extent(P("2016"), P("2023-03"), TODAY)
    assert held is not None and held.span
    assert (held.start, held.end) == (day("2016-01-01"), day("2023-04-01"))
    assert held.core == (day("2016-12-31"), day("2023-03-02"))
    assert span_extent(P("2023-05"), None, TODAY) == span_extent(P("2023-05"), None, TODAY)
    ongoing = span_extent(P("2023-05"), None, TODAY)
    assert ongoing is not None and ongoing.open_end and ongoing.end == TODAY.toordinal() + 1
    assert point_extent(P("")) is None
    assert span_extent(P(""), P("2020"), TODAY) == point_extent(P("2020"))


def test_items_lanes_order_and_undated_apart() -> None:
    file = case_file(
        pressure_reports=(
            r.PressureReport(
                CASE, ("visit-by-police",), ("rel-brother",), occurred_on=P("2019-03"), id="pr-1"
            ),
            r.PressureReport(
                CASE,
                ("threat", "exit-refused"),
                ("rel-brother", "rel-mother"),
                occurred_on=P("2020"),
                id="pr-2",
            ),
            r.PressureReport(CASE, ("threat",), (), occurred_on=P(""), id="pr-3"),
        ),
        legal_events=(
            r.LegalEvent(CASE, LegalEventKind.PUBLIC_TESTIMONY, P("2019-03-14"), id="le-1"),
            r.LegalEvent(
                CASE,
                LegalEventKind.CERTIFICATE_ISSUED,
                P("2018-05-02"),
                valid_until=P("2019-05-01"),
                id="le-2",
            ),
        ),
        detentions=(
            r.Detention(CASE, "rel-brother", "camp", started_on=P("2016"), ended_on=P("2023-03"), id="d-1"),
        ),
        relative_statuses=(r.RelativeStatusEntry(CASE, "rel-mother", started_on=P("2021-02"), id="s-1"),),
        interviews=(r.Interview(CASE, held_on=P("2024-01-10"), id="i-1"),),
    )
    timeline = build_timeline(file, TODAY)
    assert [lane.name for lane in timeline.lanes] == ["Айгүл Сәрсенова", "Ерлан Сәрсенов", "هەلىمە"]
    keys = [i.key for i in timeline.items]
    assert keys == [
        "detentions:d-1",
        "legal_events:le-2",
        "pressure_reports:pr-1",  # March 2019 starts before 14 March
        "legal_events:le-1",
        "pressure_reports:pr-2",
        "pressure_reports:pr-2@rel-mother",
        "relative_statuses:s-1",
        "interviews:i-1",
    ]
    by_key = {i.key: i for i in timeline.items}
    assert by_key["detentions:d-1"].lane == "rel-brother"
    assert by_key["legal_events:le-2"].extent.span  # type: ignore[union-attr]
    shared = [by_key["pressure_reports:pr-2"], by_key["pressure_reports:pr-2@rel-mother"]]
    assert [i.lane for i in shared] == ["rel-brother", "rel-mother"] and {i.copies for i in shared} == {2}
    assert shared[0].label == "threat, exit-refused"
    named = build_timeline(file, TODAY, lambda kind, code, sex: code.capitalize() or kind.value)
    report = next(i for i in named.items if i.key == "pressure_reports:pr-2")
    assert report.label == "Threat, exit-refused"  # one list: only its first kind has a capital
    assert by_key["relative_statuses:s-1"].extent.open_end  # type: ignore[union-attr]
    assert [i.key for i in timeline.undated] == ["pressure_reports:pr-3"]
    assert timeline.undated[0].lane == SUBJECT_LANE


def test_requests_answers_and_links_become_connectors() -> None:
    file = case_file(
        requests=(
            r.Request(
                CASE,
                RequestKind.CITIZENSHIP,
                "Ministry",
                P("2020-02-01"),
                status=RequestStatus.ANSWERED,
                answered_on=P("2020-06"),
                id="q-1",
            ),
            r.Request(CASE, RequestKind.TRAVEL_DOCUMENT, filed_on=P("2023-09"), id="q-2"),
            r.Request(
                CASE, RequestKind.COMPLAINT, filed_on=P("2021"), status=RequestStatus.WITHDRAWN, id="q-3"
            ),
        ),
        legal_events=(
            r.LegalEvent(CASE, LegalEventKind.CITIZENSHIP_REFUSED, P("2020-06-10"), id="le-1"),
            r.LegalEvent(CASE, LegalEventKind.PUBLIC_TESTIMONY, P("2019-03-14"), id="le-2"),
        ),
        pressure_reports=(
            r.PressureReport(CASE, ("threat",), ("rel-mother",), occurred_on=P("2019-04"), id="pr-1"),
        ),
        links=(
            r.Link(LinkKind.ANSWERS, CASE, "legal_events", "le-1", "requests", "q-1"),
            r.Link(LinkKind.MAY_ANSWER, CASE, "pressure_reports", "pr-1", "legal_events", "le-2"),
            r.Link(LinkKind.SOURCE_OF, CASE, "sources", "s-1", "legal_events", "le-2"),
            r.Link(LinkKind.CONCERNS, CASE, "requests", "q-1", "relatives", "rel-mother"),
        ),
    )
    timeline = build_timeline(file, TODAY, lambda kind, code, sex: f"{kind.value}/{code}")
    by_key = {i.key: i for i in timeline.items}
    answered, pending, withdrawn = by_key["requests:q-1"], by_key["requests:q-2"], by_key["requests:q-3"]
    assert answered.extent.span and not answered.extent.open_end  # type: ignore[union-attr]
    assert by_key["requests:q-1:answer"].kind is ItemKind.ANSWER
    assert by_key["requests:q-1:answer"].label == "answer/none"
    assert pending.extent.open_end and not withdrawn.extent.span  # type: ignore[union-attr]
    assert answered.label == "request/citizenship, Ministry"
    pairs = {(c.kind, c.source, c.target) for c in timeline.connectors}
    assert pairs == {
        (ANSWER_CONNECTOR, "requests:q-1", "requests:q-1:answer"),
        ("answers", "legal_events:le-1", "requests:q-1"),
        ("may-answer", "pressure_reports:pr-1", "legal_events:le-2"),
    }
    only = timeline.only({ItemKind.LEGAL_EVENT, ItemKind.REQUEST})
    assert {i.kind for i in only.items} == {ItemKind.LEGAL_EVENT, ItemKind.REQUEST}
    assert {(c.kind, c.source) for c in only.connectors} == {("answers", "legal_events:le-1")}


@pytest.mark.parametrize(
    ("px_per_day", "unit"),
    [(0.01, Unit.DECADE), (0.5, Unit.YEAR), (3.0, Unit.MONTH), (MAX_PX_PER_DAY, Unit.DAY)],
)
def test_the_axis_steps_from_decades_to_days_with_the_zoom(px_per_day: float, unit: Unit) -> None:
    assert tick_unit(px_per_day) is unit


def test_ticks_fall_on_calendar_boundaries() -> None:
    assert ticks(Unit.DECADE, day("2004-05-01"), day("2031-01-01")) == [
        dt.date(2010, 1, 1), dt.date(2020, 1, 1), dt.date(2030, 1, 1)
    ]  # fmt: skip
    assert ticks(Unit.MONTH, day("2019-11-15"), day("2020-02-01"))[0] == dt.date(2019, 12, 1)
    assert len(ticks(Unit.DAY, day("2020-02-27"), day("2020-03-01"))) == 4
    assert minor_unit(Unit.YEAR, 0.5) is Unit.MONTH and minor_unit(Unit.YEAR, 0.1) is None
    scale = Scale(100, 2.0)
    assert scale.x(110) == 20 and scale.zoomed(2.0, anchor_x=20).day_at(20) == pytest.approx(110, abs=1)


def test_layout_packs_overlapping_items_into_rows_so_nothing_overlaps() -> None:
    reports = tuple(
        r.PressureReport(CASE, ("threat",), ("rel-brother",), occurred_on=P(text), id=f"pr-{n}")
        for n, text in enumerate(["2019-03", "2019-03-14", "2019-03-20", "2019-08", "[2017..2019]"])
    )
    file = case_file(
        pressure_reports=reports, detentions=(r.Detention(CASE, "rel-brother", started_on=P("2016")),)
    )
    timeline = build_timeline(file, TODAY)
    scale = fit_scale(*timeline.span(), 1000.0)  # type: ignore[misc]
    placed = layout(timeline, scale, lambda text: 7.0 * len(text), Metrics()).placed
    brother = [p for p in placed if p.item.lane == "rel-brother"]
    assert len({p.row for p in brother}) > 1
    for a in brother:
        for b in brother:
            if a is not b and a.row == b.row:
                assert a.right + Metrics().gap <= b.x0 or b.right + Metrics().gap <= a.x0
    month = next(p for p in placed if p.item.record_id == "pr-0")
    exact = next(p for p in placed if p.item.record_id == "pr-1")
    assert month.x0 <= exact.x0 <= month.x1 or month.marker  # the day sits inside March
    assert [p.item.key for p in placed] == [i.key for i in timeline.items]
    lanes = layout(timeline, scale, lambda text: 7.0 * len(text)).lanes
    assert lanes[0].rows == 1 and lanes[1].top > lanes[0].top
