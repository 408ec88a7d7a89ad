# SPDX-License-Identifier: GPL-3.0-or-later
"""Which typed links may join which records (docs/model-v2.md §2): one table for the editor and services.

A rule is (kind, source table, target table).  The editor offers only these; the case-edit
service can refuse any other with ``allowed``.  Pure Python: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.domain import records as r
from app.domain.vocab import LinkKind as L

LEGAL_EVENTS = "legal_events"
REQUESTS = "requests"
PRESSURE_REPORTS = "pressure_reports"
DETENTIONS = "detentions"
RELATIVES = "relatives"
SOURCES = "sources"
PARTIES = "parties"
CASES = "cases"
INTERVIEWS = "interviews"
PERSONS = "persons"
RESIDENCES = "residences"
IDENTITY_DOCUMENTS = "identity_documents"

#: Records that facts are about: what a source can be a source of (a person's details too).
FACTS = (
    LEGAL_EVENTS,
    REQUESTS,
    PRESSURE_REPORTS,
    DETENTIONS,
    RELATIVES,
    INTERVIEWS,
    PERSONS,
    RESIDENCES,
    IDENTITY_DOCUMENTS,
)
#: What a party (official, organisation) can have done.
ACTS = (LEGAL_EVENTS, REQUESTS, PRESSURE_REPORTS)

RULES: frozenset[tuple[str, str, str]] = frozenset(
    {
        (L.ANSWERS, LEGAL_EVENTS, REQUESTS),
        (L.CONTESTS, REQUESTS, LEGAL_EVENTS),
        (L.CONTESTS, REQUESTS, REQUESTS),
        (L.EXTENDS, LEGAL_EVENTS, LEGAL_EVENTS),
        (L.FOLLOWS, LEGAL_EVENTS, LEGAL_EVENTS),
        (L.MAY_ANSWER, PRESSURE_REPORTS, LEGAL_EVENTS),
        (L.CONCERNS, PRESSURE_REPORTS, DETENTIONS),
        *(
            (L.CONCERNS, source, RELATIVES)
            for source in (LEGAL_EVENTS, REQUESTS, PRESSURE_REPORTS, DETENTIONS)
        ),
        (L.CONCERNS_CASE, LEGAL_EVENTS, CASES),
        (L.CONCERNS_CASE, REQUESTS, CASES),
        *((L.SOURCE_OF, SOURCES, fact) for fact in FACTS),
        *((kind, PARTIES, act) for kind in (L.PERPETRATOR, L.DECISION_MAKER, L.INTERVENING) for act in ACTS),
    }
)

#: The table each record type is stored in (the names links use).
TABLE_OF: dict[type[Any], str] = {
    r.LegalEvent: LEGAL_EVENTS,
    r.Request: REQUESTS,
    r.PressureReport: PRESSURE_REPORTS,
    r.Detention: DETENTIONS,
    r.Relative: RELATIVES,
    r.Source: SOURCES,
    r.Party: PARTIES,
    r.Case: CASES,
    r.Interview: INTERVIEWS,
    r.Person: PERSONS,
    r.Residence: RESIDENCES,
    r.IdentityDocument: IDENTITY_DOCUMENTS,
}


def allowed(kind: str, source_table: str, target_table: str) -> bool:
    """Whether a ``kind`` link may go from a record of ``source_table`` to one of ``target_table``."""
    return (str(kind), source_table, target_table) in RULES


def linkable(table: str) -> bool:
    """Whether records of ``table`` can be at either end of some link."""
    return any(table in (source, target) for _, source, target in RULES)


@dataclass(frozen=True, slots=True)
class Choice:
    """A link a record can take part in: ``outgoing`` when the record is the source, else the target."""

    kind: str
    outgoing: bool
    other_table: str


def choices(table: str) -> list[Choice]:
    """Every (kind, direction, other end's table) open to a record of ``table``, in vocabulary order."""
    order = {kind.value: i for i, kind in enumerate(L)}
    found = {Choice(str(k), True, t) for k, s, t in RULES if s == table}
    found |= {Choice(str(k), False, s) for k, s, t in RULES if t == table}
    return sorted(found, key=lambda c: (order[c.kind], not c.outgoing, c.other_table))


def touches(link: r.Link, table: str, record_id: str) -> bool:
    """Whether ``link`` has the record (``table``, ``record_id``) at either end."""
    return (link.source_table, link.source_id) == (table, record_id) or (
        link.target_table,
        link.target_id,
    ) == (table, record_id)


@dataclass(frozen=True, slots=True)
class LinkEnd:
    """A link read from one record's end: ``outgoing`` when it is the source; the other end."""

    link: r.Link
    outgoing: bool
    table: str
    record_id: str
    case_id: str


def ends(links: Iterable[r.Link], record_id: str) -> list[LinkEnd]:
    """The links at ``record_id``, each read from this end (a link from a record to itself shows twice)."""
    found = []
    for link in links:
        if link.source_id == record_id:
            found.append(LinkEnd(link, True, link.target_table, link.target_id, link.target_case_id))
        if link.target_id == record_id:
            found.append(LinkEnd(link, False, link.source_table, link.source_id, link.case_id))
    return found
