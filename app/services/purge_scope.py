# SPDX-License-Identifier: GPL-3.0-or-later
"""What a purge removes, found from the rows and from the revisions of records without a row (so a
record deleted since, or kept without a row because its parent never arrived, goes too).

* A **person**: the person, their spellings, identity documents and places of residence, their
  places as a relative in any case (with that relative's status history and detentions), the
  sources that are this person, and every link to or from any of these.  A person who is still
  the subject of a case is refused (purge the case instead); a tombstone from another office
  that names such a person takes the case with it, since a case cannot lose its subject.
* A **case**: the case, every record of it (interviews, timeline, relatives, detentions, pressure
  reports, requests, petitions, sources, attachments and their bytes, links), the people it names
  that no other case names (subject, relatives, sources, whoever relayed a report) with their own
  records as above, and links from other cases into any of it.
* Parties (officials, organisations) and offices are office-wide and never purged with a case.

Pressure reports that stay (another case's) lose a purged person as their relayer and purged
relatives as their targets, through an ordinary revision (``pressure_edits``).

Threading: called inside the caller's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import func, select, true
from sqlalchemy.engine import Connection

from app.db import models as m
from app.db.base import Base
from app.db.mapping import table_of
from app.services.exchange_scope import CASE_TABLES, PERSON_FIELDS, PERSON_TABLES, field_values

#: Record ids by table.
Found = dict[str, set[str]]

#: What goes with a record of a table: (child table, the child's field naming it).
_CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "cases": tuple((table, "case_id") for table in CASE_TABLES),
    "persons": (
        *((table, "person_id") for table in PERSON_TABLES),
        ("relatives", "person_id"),
        ("sources", "person_id"),
    ),
    "relatives": (("relative_statuses", "relative_id"), ("detentions", "relative_id")),
}
_CHUNK = 500


class _Records:
    """Where a purge looks: the rows (their references are indexed), and the revisions of the
    records that have no row (deleted since, or kept without one because a parent never arrived)."""

    def __init__(self, connection: Connection, *, rows_only: bool = False) -> None:
        self.connection = connection
        self.without_row: dict[str, list[tuple[str, str, dict[str, object]]]] = defaultdict(list)
        if rows_only:
            return
        with_rows: set[str] = set()
        for model in m.SYNCED_MODELS.values():
            with_rows.update(connection.execute(select(model.id)).scalars())
        revisions = table_of(m.Revision)
        # Only the index is read here: the revisions' values are large and not indexed.
        ids = set(connection.execute(select(revisions.c.record_id).distinct()).scalars())
        for chunk in _chunks(sorted(ids - with_rows)):
            query = select(revisions.c.record_table, revisions.c.record_id, revisions.c["values"])
            for table, record_id, values in connection.execute(query.where(revisions.c.record_id.in_(chunk))):
                self.without_row[table].append((table, record_id, values if isinstance(values, dict) else {}))

    def referring(self, table_name: str, fields: tuple[str, ...], owners: set[str]) -> set[str]:
        """Records of ``table_name`` whose ``fields`` name one of ``owners`` (a row now, or any
        revision of a record without a row)."""
        table = Base.metadata.tables[table_name]
        found: set[str] = set()
        for field in fields:
            for chunk in _chunks(sorted(owners)):
                found.update(
                    self.connection.execute(select(table.c.id).where(table.c[field].in_(chunk))).scalars()
                )
        for _, record_id, values in self.without_row.get(table_name, ()):
            if any(isinstance(values.get(field), str) and values.get(field) in owners for field in fields):
                found.add(record_id)
        return found


def _closure(records: _Records, roots: Found, *, subject_cases: bool) -> Found:
    """``roots`` and, level by level, everything that goes with them; links to or from any last."""
    children = dict(_CHILDREN)
    if subject_cases:
        children["persons"] = (*children["persons"], ("cases", "subject_id"))
    found: Found = defaultdict(set)
    frontier = {table: set(ids) for table, ids in roots.items() if ids}
    while frontier:
        for table, ids in frontier.items():
            found[table] |= ids
        following: Found = defaultdict(set)
        for table, ids in frontier.items():
            for child, field in children.get(table, ()):
                following[child] |= records.referring(child, (field,), ids) - found[child]
        frontier = {table: ids for table, ids in following.items() if ids}
    found["links"] |= records.referring("links", ("source_id", "target_id"), set().union(*found.values()))
    return {table: ids for table, ids in found.items() if ids}


def person_scope(connection: Connection, person_ids: Iterable[str], *, subject_cases: bool) -> Found:
    """A person's purge (``subject_cases``: the cases whose subject the person is go too)."""
    records = _Records(connection)
    found = _closure(records, {"persons": set(person_ids)}, subject_cases=subject_cases)
    if subject_cases and found.get("cases"):
        return merged(found, _case_scope(records, found["cases"]))
    return found


def case_scope(connection: Connection, case_ids: Iterable[str], *, rows_only: bool = False) -> Found:
    """A case's purge: its records, and the people no record outside it names.  ``rows_only``: only
    records that have a row now (a deletion, which leaves history alone, needs no more)."""
    return _case_scope(_Records(connection, rows_only=rows_only), set(case_ids))


def _case_scope(records: _Records, case_ids: set[str]) -> Found:
    found = _closure(records, {"cases": case_ids}, subject_cases=False)
    named: set[str] = set()
    for table, field in PERSON_FIELDS:
        named |= field_values(records.connection, table, found.get(table, set()), field)
    people = named - _named_elsewhere(records.connection, named, found)
    if not people:
        return found
    return merged(found, _closure(records, {"persons": people}, subject_cases=False))


def scope_of(connection: Connection, table: str, record_id: str) -> Found:
    """What a tombstone of ``table`` from another office removes here."""
    if table == "cases":
        return case_scope(connection, [record_id])
    if table == "persons":
        return person_scope(connection, [record_id], subject_cases=True)
    return _closure(_Records(connection), {table: {record_id}}, subject_cases=True)


def merged(*scopes: Found) -> Found:
    found: Found = defaultdict(set)
    for scope in scopes:
        for table, ids in scope.items():
            found[table] |= ids
    return dict(found)


def subject_of(connection: Connection, person_id: str) -> list[str]:
    """The cases whose subject the person is, deleted cases too: a purge of the person elsewhere
    would take such a case with it.  A deleted case's subject is read from its history, for the few
    deleted cases only (``ix_revisions_deletions``)."""
    live = set(connection.execute(select(m.Case.id).where(m.Case.subject_id == person_id)).scalars())
    revisions = table_of(m.Revision)
    deleted_cases = select(revisions.c.record_id).where(
        revisions.c.record_table == "cases", revisions.c.deleted == true()
    )
    named = select(revisions.c.record_id).where(
        revisions.c.record_id.in_(deleted_cases),
        revisions.c.record_table == "cases",
        func.json_extract(revisions.c["values"], "$.subject_id") == person_id,
    )
    return sorted(live | set(connection.execute(named).scalars()))


def pressure_edits(connection: Connection, found: Found) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """Pressure reports that stay but name a purged relayer or target: (id, relayer, targets) as
    they must become."""
    people, relatives = found.get("persons", set()), found.get("relatives", set())
    if not people and not relatives:
        return []
    table = table_of(m.PressureReport)
    kept = found.get("pressure_reports", set())
    edits = []
    for row in connection.execute(select(table.c.id, table.c.relayed_by_id, table.c.target_ids)):
        report_id, relayer, targets = row
        if report_id in kept:
            continue
        new_relayer = None if relayer in people else relayer
        new_targets = tuple(t for t in targets or () if t not in relatives)
        if new_relayer != relayer or len(new_targets) != len(targets or ()):
            edits.append((report_id, new_relayer, new_targets))
    return edits


def _named_elsewhere(connection: Connection, people: set[str], found: Found) -> set[str]:
    """Those of ``people`` a row outside ``found`` names (as subject, relative, source or relayer)."""
    named: set[str] = set()
    for table_name, field in PERSON_FIELDS:
        table = Base.metadata.tables[table_name]
        inside = found.get(table_name, set())
        for chunk in _chunks(sorted(people)):
            rows = connection.execute(select(table.c.id, table.c[field]).where(table.c[field].in_(chunk)))
            named.update(person for record_id, person in rows if record_id not in inside)
    return named


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
