# SPDX-License-Identifier: GPL-3.0-or-later
"""A case's story on one time axis: the items of a case file, their lanes, their time extents and links.

``build_timeline`` turns an ``r.CaseFile`` into a ``Timeline``: one lane for the case's
subject and one per relative; each dated record becomes one item (a point, or a span
from a start to an end), in the one order of ``app.domain.chronology``; records whose
dates are not known at all are listed apart (``Timeline.undated``), never dropped.

What goes where, and why:

* legal events are points; one with ``valid_until`` (a certificate, a status) is a span
  from its date to the day it runs to;
* a request is a span from ``filed_on`` to ``answered_on``; one still pending (or left
  unanswered) is an *open* span running to today; an answered request also gets the
  answer as its own point, joined to the request by a connector;
* detentions and relatives' statuses are spans (ongoing: open to today); interviews,
  petitions (``filed_on``, else the day printed or drafted) and pressure reports
  (``occurred_on``) are points;
* a detention or status goes to its relative's lane (the subject's when it names none);
  a pressure report aimed at several relatives appears **in each of their lanes**, each
  copy knowing how many lanes show it (``Item.copies``), so every family member's line
  is complete; one aimed at nobody in particular goes to the subject's lane;
* a link of the case (``r.Link``) whose two ends are items becomes a ``Connector``
  (a request and its answer, a public act and the pressure that may answer it, …).

Time is kept in days (``date.toordinal()``), end exclusive.  Each item's ``Extent`` holds
the earliest day it can start, the day after the latest day it can end, and the part
that is certain: a "March 2019" report may be any day of March (no certain part), while
"held from 2016 to March 2023" certainly covers the end of 2016 to 1 March 2023.

Pure Python: no Qt, no database.  Labels come from a ``words`` callable so the screen and
the PDF each name things in their own language (``default_words`` gives the codes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.domain import records as r
from app.domain.chronology import chronological
from app.domain.complaints import Complaints
from app.domain.dates import PartialDate
from app.domain.running_text import joined, listed, lower_first
from app.domain.vocab import LinkKind, RequestStatus


class ItemKind(StrEnum):
    """What an item is; the timeline's filter works on these."""

    LEGAL_EVENT = "legal-event"
    REQUEST = "request"
    ANSWER = "answer"
    DETENTION = "detention"
    INTERVIEW = "interview"
    PETITION = "petition"
    PRESSURE = "pressure"
    RELATIVE_STATUS = "relative-status"


#: The subject's lane id; a relative's lane has the relative's id.
SUBJECT_LANE = ""
#: The connector from a request to its own answer (not a stored link).
ANSWER_CONNECTOR = "request-answer"
#: Link kinds drawn as connectors (the others join records that are not on the time axis).
CONNECTED = frozenset(
    {
        LinkKind.ANSWERS,
        LinkKind.CONTESTS,
        LinkKind.EXTENDS,
        LinkKind.FOLLOWS,
        LinkKind.MAY_ANSWER,
        LinkKind.CONCERNS,
    }
)

#: ``words(kind, code, sex)``: the short name of an item of ``kind`` whose vocabulary code is ``code``,
#: in a lane of a person of ``sex`` (a ``Sex`` value; languages that agree a status with it do).
Words = Callable[[ItemKind, str, str], str]


def default_words(kind: ItemKind, code: str, sex: str = "") -> str:
    """Untranslated names (the codes), for tests and logs; the screen and the PDF pass their own."""
    return code or kind.value


@dataclass(frozen=True, slots=True)
class Extent:
    """Where an item lies in days (ordinals, ``end`` exclusive), and the part of it that is certain.

    ``core`` is None when no day is certain (a "March 2019" point may be any day of March).
    ``open_end``: still going on; ``end`` is the day after ``today``.
    """

    start: int
    end: int
    core: tuple[int, int] | None
    span: bool
    open_end: bool = False


def point_extent(date: PartialDate) -> Extent | None:
    """A point: one day somewhere between the date's bounds (certain only when it is an exact day)."""
    first, last = date.earliest(), date.latest()
    if first is None or last is None:
        return None
    start, end = first.toordinal(), last.toordinal() + 1
    exact = end - start == 1 and not date.approximate
    return Extent(start, end, (start, end) if exact else None, span=False)


def span_extent(start: PartialDate, end: PartialDate | None, today: dt.date) -> Extent | None:
    """From ``start`` to ``end`` (None: still going on, to ``today``); a point when one end is unknown."""
    if not start.is_known:
        return point_extent(end) if end is not None else None
    first, start_last = start.earliest(), start.latest()
    assert first is not None and start_last is not None
    if end is None:
        last_day = max(today, start_last)
        core_end = last_day.toordinal() + 1
        return Extent(first.toordinal(), core_end, (start_last.toordinal(), core_end), True, True)
    end_first, last = end.earliest(), end.latest()
    if end_first is None or last is None:
        return point_extent(start)
    last = max(last, start_last)
    core = (start_last.toordinal(), end_first.toordinal() + 1) if start_last <= end_first else None
    return Extent(first.toordinal(), last.toordinal() + 1, core, True)


@dataclass(frozen=True, slots=True)
class Item:
    """One thing on the time axis: a record (or a request's answer) in one lane.

    ``key`` is unique in the timeline; ``table``/``record_id`` name the record it opens.
    ``start``/``end`` are the record's own dates (``end`` None for a point or an open span).
    """

    key: str
    kind: ItemKind
    lane: str
    table: str
    record_id: str
    label: str
    start: PartialDate
    end: PartialDate | None = None
    extent: Extent | None = None
    code: str = ""
    detail: str = ""
    copies: int = 1
    sort_order: int = 0

    @property
    def date(self) -> PartialDate:
        """The date that orders the item: its start, or its end when only the end is known."""
        return self.start if self.start.is_known or self.end is None else self.end


@dataclass(frozen=True, slots=True)
class Lane:
    """A person's line: ``id`` is SUBJECT_LANE or a relative's id; ``name`` may be empty (not known)."""

    id: str
    name: str
    relationship: str = ""
    description: str = ""
    sex: str = ""


@dataclass(frozen=True, slots=True)
class Connector:
    """A link drawn between two items (keys); ``kind`` is a LinkKind value or ANSWER_CONNECTOR."""

    kind: str
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class Timeline:
    """Lanes, the dated items in the one order, the undated ones apart, and the connectors."""

    lanes: tuple[Lane, ...]
    items: tuple[Item, ...]
    undated: tuple[Item, ...] = ()
    connectors: tuple[Connector, ...] = ()
    today: dt.date = dt.date(2000, 1, 1)

    def only(self, kinds: Iterable[ItemKind]) -> Timeline:
        """The same timeline showing only items of ``kinds`` (connectors whose ends both stay)."""
        shown = frozenset(kinds)
        items = tuple(i for i in self.items if i.kind in shown)
        keys = {i.key for i in items}
        return replace(
            self,
            items=items,
            undated=tuple(i for i in self.undated if i.kind in shown),
            connectors=tuple(c for c in self.connectors if c.source in keys and c.target in keys),
        )

    def span(self) -> tuple[int, int] | None:
        """First and (exclusive) last day covered by the dated items; None when there are none."""
        extents = [i.extent for i in self.items if i.extent is not None]
        if not extents:
            return None
        return min(e.start for e in extents), max(e.end for e in extents)


def build_timeline(
    case_file: r.CaseFile, today: dt.date, words: Words = default_words, *, annulled: str = "Annulled"
) -> Timeline:
    """The timeline of ``case_file`` as of ``today`` (open spans run to it), named by ``words``; a
    decision a granted complaint or claim annulled is marked with ``annulled``."""
    built = _Builder(case_file, today, words).build()
    return _annulled_marked(built, Complaints.of(case_file), annulled)


class _Builder:
    def __init__(self, case_file: r.CaseFile, today: dt.date, words: Words) -> None:
        self.file, self.today, self.words = case_file, today, words
        self.lanes = self._lanes()
        self.lane_ids = {lane.id for lane in self.lanes}
        self.sex_of = {lane.id: lane.sex for lane in self.lanes}
        self.items: list[Item] = []
        self.connectors: list[Connector] = []

    def _lanes(self) -> tuple[Lane, ...]:
        people = {p.person.id: p for p in self.file.relative_people}
        subject = self.file.subject
        lanes = [Lane(SUBJECT_LANE, subject.display_name, sex=str(subject.person.sex))]
        for relative in self.file.relatives:
            person = people.get(relative.person_id)
            name, sex = (person.display_name, str(person.person.sex)) if person is not None else ("", "")
            lanes.append(Lane(relative.id, name, str(relative.relationship), relative.description, sex))
        return tuple(lanes)

    def lane_of(self, relative_id: str | None) -> str:
        return relative_id if relative_id and relative_id in self.lane_ids else SUBJECT_LANE

    def add(
        self,
        kind: ItemKind,
        table: str,
        record: object,
        lane: str,
        code: str,
        detail: str,
        start: PartialDate,
        end: PartialDate | None = None,
        *,
        span: bool = False,
        suffix: str = "",
        copies: int = 1,
        label: str | None = None,
    ) -> Item:
        record_id = str(getattr(record, "id", ""))
        extent = span_extent(start, end, self.today) if span else point_extent(start)
        name = self.words(kind, code, self.sex_of.get(lane, "")) if label is None else label
        item = Item(
            key=f"{table}:{record_id}{suffix}",
            kind=kind,
            lane=lane,
            table=table,
            record_id=record_id,
            label=joined(name, detail),
            start=start,
            end=end,
            extent=extent,
            code=code,
            detail=detail,
            copies=copies,
            sort_order=int(getattr(record, "sort_order", 0)),
        )
        self.items.append(item)
        return item

    def build(self) -> Timeline:
        f, K = self.file, ItemKind
        for event in f.legal_events:
            until = event.valid_until if event.valid_until.is_known else None
            self.add(
                K.LEGAL_EVENT, "legal_events", event, SUBJECT_LANE, str(event.kind),
                event.authority or event.place, event.date, until, span=until is not None,
            )  # fmt: skip
        for request in f.requests:
            self._request(request)
        for detention in f.detentions:
            ended = detention.ended_on if detention.ended_on.is_known else None
            self.add(
                K.DETENTION, "detentions", detention, self.lane_of(detention.relative_id), "",
                detention.facility or detention.place, detention.started_on, ended, span=True,
            )  # fmt: skip
        for interview in f.interviews:
            self.add(
                K.INTERVIEW, "interviews", interview, SUBJECT_LANE, "", interview.place, interview.held_on
            )
        for petition in f.petitions:
            self.add(
                K.PETITION, "petitions", petition, SUBJECT_LANE, petition.kind, petition.authority,
                _petition_date(petition),
            )  # fmt: skip
        for report in f.pressure_reports:
            self._pressure(report)
        for status in f.relative_statuses:
            ended = status.ended_on if status.ended_on.is_known else None
            self.add(
                K.RELATIVE_STATUS, "relative_statuses", status, self.lane_of(status.relative_id),
                str(status.status), "", status.started_on, ended, span=True,
            )  # fmt: skip
        dated = [i for i in self.items if i.extent is not None]
        undated = tuple(i for i in self.items if i.extent is None)
        ordered = chronological(dated, lambda i: i.date, lambda i: i.sort_order)
        return Timeline(self.lanes, tuple(ordered), undated, self._connectors(ordered), self.today)

    def _request(self, request: r.Request) -> None:
        K = ItemKind
        answered = request.status == RequestStatus.ANSWERED and request.answered_on.is_known
        waiting = request.status in (RequestStatus.PENDING, RequestStatus.NO_ANSWER)
        end = request.answered_on if answered else None
        item = self.add(
            K.REQUEST, "requests", request, SUBJECT_LANE, str(request.kind), request.authority,
            request.filed_on, end, span=answered or waiting,
        )  # fmt: skip
        if answered:
            answer = self.add(
                K.ANSWER, "requests", request, SUBJECT_LANE, str(request.outcome), "", request.answered_on,
                suffix=":answer",
            )  # fmt: skip
            self.connectors.append(Connector(ANSWER_CONNECTOR, item.key, answer.key))

    def _pressure(self, report: r.PressureReport) -> None:
        lanes = list(dict.fromkeys(self.lane_of(t) for t in report.target_ids)) or [SUBJECT_LANE]
        label = listed([self.words(ItemKind.PRESSURE, code, "") for code in report.kinds]) or self.words(
            ItemKind.PRESSURE, "", ""
        )
        for index, lane in enumerate(lanes):
            self.add(
                ItemKind.PRESSURE, "pressure_reports", report, lane, report.kinds[0] if report.kinds else "",
                report.place, report.occurred_on, suffix="" if index == 0 else f"@{lane}",
                copies=len(lanes), label=label,
            )  # fmt: skip

    def _connectors(self, ordered: list[Item]) -> tuple[Connector, ...]:
        """Internal connectors and the case's links whose two ends are dated items (first copy of each)."""
        first: dict[tuple[str, str], str] = {}
        for item in ordered:
            if item.kind is not ItemKind.ANSWER:
                first.setdefault((item.table, item.record_id), item.key)
        dated = {i.key for i in ordered}
        found = [c for c in self.connectors if c.source in dated and c.target in dated]
        for link in self.file.links:
            if link.kind not in CONNECTED:
                continue
            source = first.get((link.source_table, link.source_id))
            target = first.get((link.target_table, link.target_id))
            if source and target and source != target:
                found.append(Connector(str(link.kind), source, target))
        return tuple(dict.fromkeys(found))


def _petition_date(petition: r.Petition) -> PartialDate:
    if petition.filed_on.is_known:
        return petition.filed_on
    when = petition.printed_at or petition.created_at
    return PartialDate.of(when.date()) if when is not None else PartialDate()


def _annulled_marked(timeline: Timeline, complaints: Complaints, annulled: str) -> Timeline:
    """``timeline`` with ``annulled`` ("Annulled") before the label of each decision a granted
    complaint or claim annulled: a legal event, or a request's answer (the request's filing stands).
    First, since long labels are cut short at their end."""

    def marked(item: Item) -> Item:
        decision = item.kind in (ItemKind.LEGAL_EVENT, ItemKind.ANSWER)
        if not decision or complaints.annulled_by(item.record_id) is None:
            return item
        return replace(item, label=f"{annulled}: {lower_first(item.label)}")

    return replace(
        timeline, items=tuple(map(marked, timeline.items)), undated=tuple(map(marked, timeline.undated))
    )
