# SPDX-License-Identifier: GPL-3.0-or-later
"""How long a request to an authority has waited for its answer (docs/model-v2.md §3).

A request is open while no answer came: ``pending``, or ``no-answer`` (the time for an
answer ran out and none came).  An ``answered`` or ``withdrawn`` request is closed.
The waiting time counts from the earliest day ``filed_on`` can mean ("May 2021" waits
from 1 May), so it is never understated.  Pure Python: the CLI, exports and the GUI share it.

Applications recorded as legal events before requests existed (v1) can be turned into
requests (``request_from_event``), their links moved along where a request may take them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.domain import records as r
from app.domain.link_rules import allowed
from app.domain.vocab import LegalEventKind, RequestKind, RequestStatus

#: Statuses under which a request still waits for its answer.
OPEN_STATUSES = frozenset({RequestStatus.PENDING, RequestStatus.NO_ANSWER})


def is_open(request: r.Request) -> bool:
    """True while no answer came and the request was not withdrawn."""
    return request.status in OPEN_STATUSES


def waiting_days(request: r.Request, today: dt.date, *, at_least: bool = False) -> int | None:
    """Days from the earliest day of ``filed_on`` to ``today`` for an open request, or with
    ``at_least`` from its latest day (what a document may state of a date known to the month).

    None when the request is closed (answered, withdrawn) or its filing date is unknown.
    """
    filed = request.filed_on.latest() if at_least else request.filed_on.earliest()
    if not is_open(request) or filed is None:
        return None
    return max((today - filed).days, 0)


def waiting_is_exact(request: r.Request) -> bool:
    """Whether the request's filing day is known, so its wait is a number of days, not a least."""
    return request.filed_on.earliest() == request.filed_on.latest()


def rough_span(days: int) -> tuple[int, str] | None:
    """A wait of ``days`` in the nearest whole mean months under two years, in the nearest whole years
    from two years on ("about": 2,065 days are about 6 years, not 5): ``(13, "month")`` for 400 days,
    ``(7, "year")`` for 2,654; None under a month."""
    if days < 30.4375:
        return None
    months = round(days / 30.4375)
    if months < 24:
        return months, "month"
    return round(days / 365.25), "year"


def waiting_words(request: r.Request, today: dt.date) -> str:
    """``"waiting 400 days (about 13 months)"``, ``"waiting 2654 days (about 7 years)"``, for a filing
    date not known to the day ``"waiting at least 366 days (…)"``; ``""`` when ``waiting_days`` is None."""
    days = waiting_days(request, today, at_least=True)
    if days is None:
        return ""
    least = "" if waiting_is_exact(request) else "at least "
    text = f"waiting {least}{days} {'day' if days == 1 else 'days'}"
    span = rough_span(days)
    if span is None:
        return text
    count, unit = span
    return f"{text} (about {count} {unit}{'' if count == 1 else 's'})"


#: v1 legal events that were really requests to an authority (kept as events by migration 0002,
#: which guesses nothing), and the kind of request each becomes when the user turns it into one.
REQUEST_EVENT_KINDS = {
    LegalEventKind.ASYLUM_APPLICATION: RequestKind.ASYLUM,
    LegalEventKind.CITIZENSHIP_APPLICATION: RequestKind.CITIZENSHIP,
    LegalEventKind.RESIDENCE_PERMIT_APPLICATION: RequestKind.RESIDENCE_PERMIT,
    LegalEventKind.TRAVEL_DOCUMENT_REQUESTED: RequestKind.TRAVEL_DOCUMENT,
}


def request_from_event(event: r.LegalEvent) -> r.Request:
    """The request a v1 application event describes, under a new id: where it was filed, when,
    its number, and whatever else the event said (outcome, legal basis, notes) in the notes."""
    said = [
        f"{name}: {text}"
        for name, text in (
            ("outcome", event.outcome),
            ("legal basis", event.legal_basis),
            ("place", event.place),
        )
        if text.strip()
    ]
    notes = "\n".join([*said, event.notes] if event.notes.strip() else said)
    return r.Request(
        event.case_id,
        REQUEST_EVENT_KINDS.get(LegalEventKind(event.kind), RequestKind.OTHER),
        authority=event.authority,
        filed_on=event.date,
        reference_number=event.reference_number,
        notes=notes,
        sort_order=event.sort_order,
        id=r.new_id(),
    )


def moved_links(links: list[r.Link], event: r.LegalEvent, request: r.Request) -> list[r.Link]:
    """``links`` with the event's ends moved to the request where a request may take that link;
    a link that cannot (e.g. an event "follows" another) is dropped."""
    kept = []
    for link in links:
        moved = link
        if (link.source_table, link.source_id) == ("legal_events", event.id):
            moved = dataclasses.replace(moved, source_table="requests", source_id=request.id)
        if (link.target_table, link.target_id) == ("legal_events", event.id):
            moved = dataclasses.replace(moved, target_table="requests", target_id=request.id)
        if moved is link or allowed(moved.kind, moved.source_table, moved.target_table):
            kept.append(moved)
    return kept
