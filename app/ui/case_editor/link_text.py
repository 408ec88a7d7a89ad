# SPDX-License-Identifier: GPL-3.0-or-later
"""How a linked record and a link read in the editor ("answers: Citizenship, 12 Apr 2021")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import link_rules as lr
from app.domain import records as r
from app.ui.models.vocab_labels import (
    DOCUMENT_KIND,
    LEGAL_EVENT_KIND,
    LINK_KIND,
    LINK_KIND_REVERSE,
    PRESSURE_KIND,
    RECORD_TABLE,
    RELATIONSHIP,
    REQUEST_KIND,
    SOURCE_KIND,
    country_text,
    label,
)
from app.ui.placeholders import filled
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.text import isolate


def records_of(state: Any, table: str) -> list[Any]:
    """The working copy's records of ``table`` (relatives as RelativeEntry)."""
    if table == lr.PARTIES:  # the case's own, then the rest of the office's
        own = list(state.parties)
        ids = {party.id for party in own}
        return own + [party for party in getattr(state, "known_parties", []) if party.id not in ids]
    people = [state.subject, *(entry.person for entry in state.relatives)]
    if table == lr.PERSONS:
        return [people[0], *(person.person for person in people[1:])]
    if table in (lr.RESIDENCES, lr.IDENTITY_DOCUMENTS):  # the subject's, then the relatives'
        field = "residences" if table == lr.RESIDENCES else "documents"
        return [*getattr(state, field), *(x for person in people[1:] for x in getattr(person, field))]
    field = {lr.RELATIVES: "relatives"}.get(table, table)
    return list(getattr(state, field, [])) if table in (*lr.FACTS, lr.SOURCES) else []


def table_of(record: Any) -> str | None:
    """The links table name of a record shown in a panel; None when it cannot be linked."""
    record = getattr(record, "relative", record)  # a RelativeEntry
    table = lr.TABLE_OF.get(type(record))
    return table if table is not None and lr.linkable(table) else None


def _dated(text: str, date: Any) -> str:
    when = format_partial_date(date, "", short=True)
    return f"{text}, {when}" if when else text


def person_name(state: Any, person_id: str | None) -> str:
    if person_id == state.subject.id:
        return str(state.display_name)
    return next((e.name for e in state.relatives if e.person.person.id == person_id), "")


def describe_record(state: Any, table: str, record: Any) -> str:
    """A short name for ``record``: its kind and date, a name or a title."""
    if table == lr.LEGAL_EVENTS:
        return _dated(label(LEGAL_EVENT_KIND, record.kind), record.date)
    if table == lr.REQUESTS:
        text = label(REQUEST_KIND, record.kind)
        return _dated(f"{text} ({isolate(record.authority)})" if record.authority else text, record.filed_on)
    if table == lr.PRESSURE_REPORTS:
        kinds = ", ".join(label(PRESSURE_KIND, k) for k in record.kinds)
        return _dated(kinds or label(RECORD_TABLE, table), record.occurred_on)
    if table == lr.DETENTIONS:
        where = record.facility or record.place
        return _dated(isolate(where) if where else label(RECORD_TABLE, table), record.started_on)
    if table == lr.RELATIVES:
        relation = label(RELATIONSHIP, record.relative.relationship)
        return f"{isolate(record.name)} ({relation})" if record.name else relation
    if table == lr.SOURCES:
        title = record.title or person_name(state, record.person_id)
        return isolate(title) if title else label(SOURCE_KIND, record.kind)
    if table == lr.PARTIES:
        extra = ", ".join(p for p in (record.position, record.organisation) if p)
        return isolate(f"{record.name} ({extra})" if extra else record.name)
    if table == lr.INTERVIEWS:
        return _dated(label(RECORD_TABLE, table), record.held_on)
    if table == lr.PERSONS:
        return isolate(person_name(state, record.id)) or label(RECORD_TABLE, table)
    if table == lr.RESIDENCES:
        country = country_text(record.country)
        where = ", ".join(x for x in (record.place, record.region, country) if x)
        return _dated(isolate(where) if where else label(RECORD_TABLE, table), record.since)
    if table == lr.IDENTITY_DOCUMENTS:
        kind = label(DOCUMENT_KIND, record.kind)
        return f"{kind} {isolate(record.number)}" if record.number else kind
    return label(RECORD_TABLE, table)


def case_label(state: Any, case_id: str) -> str:
    """Another case's reference and name, as far as the working copy knows it."""
    found = next((c for c in getattr(state, "other_cases", []) if c.id == case_id), None)
    return isolate(found.label) if found is not None else ""


def describe(state: Any, table: str, record_id: str, case_id: str = "") -> str:
    """A short name for the record (``table``, ``record_id``), or what it is and where when this case
    lacks it (``case_id``: the case the record is kept with, when known)."""
    if table == lr.CASES:
        return case_label(state, record_id) or label(RECORD_TABLE, table)
    for record in records_of(state, table):
        if record.id == record_id:
            return describe_record(state, table, record)
    what = label(RECORD_TABLE, table)
    where = case_label(state, case_id)
    if where:
        return filled(QCoreApplication.translate("LinkText", "%1 in case %2"), what, where)
    return QCoreApplication.translate("LinkText", "%1 in another case").replace("%1", what)


def link_text(state: Any, link: r.Link, table: str, record_id: str) -> str:
    """``link`` read from the end (``table``, ``record_id``): "answers: …" or "answered by: …"."""
    outgoing = (link.source_table, link.source_id) == (table, record_id)
    words = label(LINK_KIND if outgoing else LINK_KIND_REVERSE, link.kind)
    if outgoing:
        other = describe(state, link.target_table, link.target_id, link.target_case_id)
    else:
        other = describe(state, link.source_table, link.source_id, link.case_id)
    text = f"{words}: {other}"
    if link.note:
        text += f" — {isolate(link.note)}"
    if link.preferred:
        text += " · " + QCoreApplication.translate("LinkText", "believed by the office")
    return text
