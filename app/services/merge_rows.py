# SPDX-License-Identifier: GPL-3.0-or-later
"""The rows an import writes once the merge engine has said what each record becomes.

``RowWriter`` removes the rows whose head is a tombstone (children first) and writes the others
(parents first), a few statements per table and 500 records: the current rows read once (``read``,
before the merge, which needs the revision each shows; read again only where a removal in this
import may have changed them), the rows they refer to looked up at once, new rows inserted and
changed rows updated with one executemany each, and the derived tables (name index, case list)
kept in step through ``CaseWriter.shown``.  A record whose parent row is missing or deleted gets
no row: it is ``Skipped``, and a later import that brings the parent writes it.

A withheld field (``WITHHELD``) never reaches a row: the row keeps what it had, or the column
default for a record new here.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db import revisions
from app.db.base import Base
from app.db.keys import KEYS, SET_NULL
from app.db.mapping import column_values, content_columns, table_of, with_defaults
from app.exchange.merge import Kind, Outcome, Rev, is_withheld
from app.services.case_writer import RECORD_TYPES, CaseWriter

_CHUNK = 500  # ids per statement (SQLite's bound-parameter limit)

Ref = tuple[str, str]
#: (head revision id, content) of a row, as ``revisions.head_rows`` reads it.
Row = tuple[str, dict[str, object]]


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record whose revisions were kept but whose row could not be written."""

    table: str
    record_id: str
    #: "parent-missing" (a row it refers to is not here) or "parent-deleted" (removed with its parent:
    #: a link, or a record whose own deletion is in conflict; ``merge_holds`` keeps the parent of others)
    reason: str


def shown_row(
    model: type[m.SyncedRecord], head: Rev, previous: Mapping[str, object] | None = None
) -> dict[str, object]:
    """The row a live head shows: withheld fields keep what the row had (a new row: the default)."""
    real = {name: value for name, value in head.values.items() if not is_withheld(value)}
    values = column_values(model, real)
    kept = {name: value for name, value in (previous or {}).items() if name not in values}
    return with_defaults(model, {**kept, **values})


#: Of each table, the keys the database clears (sets to NULL) when the row they name goes.
_CLEARED = {table: tuple(key for key in keys if key.on_delete == SET_NULL) for table, keys in KEYS.items()}
#: The tables such keys name.
CLEARED_TARGETS = frozenset(key.table for keys in _CLEARED.values() for key in keys)


def _cleared(
    model: type[m.SyncedRecord], row: dict[str, object], deleted: set[tuple[str, object]]
) -> dict[str, object]:
    """``row`` with each key the database clears set to NULL where it names a row of ``deleted``, as
    the database cleared it wherever this row was there first (a row not received yet is waited for)."""
    cleared = {
        key.column: None
        for key in _CLEARED[model.__tablename__]
        if (key.table, str(row.get(key.column))) in deleted
    }
    return {**row, **cleared} if cleared else row


def references(model: type[m.SyncedRecord], values: Mapping[str, object]) -> list[tuple[str, object]]:
    """The rows a record refers to (a foreign key, or a link's end) as (table, id), in known tables."""
    refs: list[tuple[str, object]] = [
        (key.table, values.get(key.column)) for key in KEYS[model.__tablename__]
    ]
    if model is m.Link:
        refs += [
            (str(values["source_table"]), values["source_id"]),
            (str(values["target_table"]), values["target_id"]),
        ]
    return [(table, ref) for table, ref in refs if ref is not None and table in Base.metadata.tables]


def _dependents(session: Session, table_name: str, record_id: str) -> list[Ref]:
    """Synced rows the database would remove with this one (ON DELETE CASCADE), at any depth."""
    found: list[Ref] = []
    for child in m.SYNCED_MODELS.values():
        table = table_of(child)
        for key in table.foreign_keys:
            if key.column.table.name == table_name and key.ondelete == "CASCADE":
                rows = session.connection().execute(select(table.c.id).where(key.parent == record_id))
                for child_id in rows.scalars():
                    found.append((table.name, child_id))
                    found += _dependents(session, table.name, child_id)
    if table_name != "links":  # a link's ends are no foreign keys, but it goes with them
        links = table_of(m.Link)
        ends = ((links.c.source_table == table_name) & (links.c.source_id == record_id)) | (
            (links.c.target_table == table_name) & (links.c.target_id == record_id)
        )
        found += [
            ("links", link_id)
            for link_id in session.connection().execute(select(links.c.id).where(ends)).scalars()
        ]
    return found


class RowWriter:
    """One import's state: the outcome of each record and what writing the rows found."""

    def __init__(self, session: Session, writer: CaseWriter) -> None:
        self.session, self.writer = session, writer
        self.report: dict[str, list[Ref]] = defaultdict(list)
        self.skipped: dict[Ref, Skipped] = {}
        self.unchanged = 0
        self.removed: set[Ref] = set()
        self.present: set[tuple[str, object]] = set()
        #: Of each record kept back as "parent-missing", the row it waits for: (table, id).
        self.awaited: dict[Ref, tuple[str, object]] = {}
        #: The records whose row this import inserted, in order: rows other records may wait for.
        self.arrived: list[Ref] = []
        self._read: dict[Ref, Row | None] = {}

    def read(self, refs: Sequence[Ref]) -> dict[Ref, str]:
        """Read the rows of these records (sorted by table) once, for ``show_rows`` to use; returns
        the revision each row shows, for the records that have a row."""
        for table, group in itertools.groupby(refs, key=lambda ref: ref[0]):
            ids = [record_id for _, record_id in group]
            rows = revisions.head_rows(self.session, m.SYNCED_MODELS[table], ids)
            self._read.update(((table, record_id), rows.get(record_id)) for record_id in ids)
        return {ref: row[0] for ref, row in self._read.items() if row is not None}

    def remove(self, ref: Ref) -> None:
        table, record_id = ref
        cascaded = [dep for dep in _dependents(self.session, table, record_id) if dep not in self.removed]
        previous = revisions.hide(self.session, m.SYNCED_MODELS[table], record_id)
        self.removed.add(ref)
        if previous is None:
            self.unchanged += 1
            return
        self.report["deletions"].append(ref)
        self._derived(table, [(record_id, None, previous)])
        for dep in cascaded:
            if dep[0] == "links":  # the database's cascade removed the others
                self._derived("links", [(dep[1], None, revisions.hide(self.session, m.Link, dep[1]))])
            self.removed.add(dep)
            self.skipped.setdefault(dep, Skipped(*dep, "parent-deleted"))

    def show_rows(self, table: str, items: Sequence[tuple[Ref, Outcome]]) -> None:
        """Bring the rows of one table in line with their outcomes, a few statements per chunk."""
        model = m.SYNCED_MODELS[table]
        for start in range(0, len(items), _CHUNK):
            chunk = items[start : start + _CHUNK]
            rows = self._rows(model, [ref for ref, _ in chunk])
            wanted: list[tuple[Ref, Outcome, Mapping[str, object] | None]] = []
            for ref, outcome in chunk:
                if outcome.head.deleted:
                    self.unchanged += outcome.kind is Kind.UNCHANGED
                elif outcome.kind is not Kind.UNCHANGED or ref[1] not in rows:
                    found = rows.get(ref[1])
                    wanted.append((ref, outcome, None if found is None else found[1]))
                else:
                    self.unchanged += 1
            self._show(model, wanted)

    def _rows(self, model: type[m.SyncedRecord], refs: Sequence[Ref]) -> dict[str, Row]:
        """The rows of these records that exist, by id: as ``read`` found them, unless they were not
        read or a removal since may have changed them (removed, or a reference set to NULL by the
        database); those are read now."""
        found: dict[str, Row] = {}
        again: list[str] = []
        for ref in refs:
            if ref not in self._read or self._touched(model, ref):
                again.append(ref[1])
            elif (row := self._read[ref]) is not None:
                found[ref[1]] = row
        found.update(revisions.head_rows(self.session, model, again))
        return found

    def _touched(self, model: type[m.SyncedRecord], ref: Ref) -> bool:
        if not self.removed:
            return False
        row = self._read[ref]
        return ref in self.removed or (
            row is not None and any(found in self.removed for found in references(model, row[1]))
        )

    def _show(
        self, model: type[m.SyncedRecord], wanted: Sequence[tuple[Ref, Outcome, Mapping[str, object] | None]]
    ) -> None:
        values = [shown_row(model, outcome.head, previous) for _, outcome, previous in wanted]
        self._look_up(model, values)
        written: list[tuple[str, Mapping[str, object], str, bool]] = []
        derived: list[tuple[str, Mapping[str, object] | None, Mapping[str, object] | None]] = []
        deleted = self._deleted_here(model, values)
        for (ref, outcome, previous), row in zip(wanted, values, strict=True):
            row = _cleared(model, row, deleted)
            missing = next((found for found in references(model, row) if found not in self.present), None)
            if missing is not None:
                self.skipped.setdefault(ref, Skipped(*ref, "parent-missing"))
                self.awaited[ref] = missing
                continue
            if ref in self.awaited:  # tried again once the row it waited for came
                del self.awaited[ref]
                if self.skipped[ref].reason == "parent-missing":
                    del self.skipped[ref]
            written.append((ref[1], row, outcome.head.id, previous is None))
            derived.append((ref[1], row, previous))
            self.present.add(ref)
            if previous is None:
                self.arrived.append(ref)
            if outcome.kind is Kind.UNCHANGED:  # a record skipped earlier, whose parent has come since
                self.report["new"].append(ref)
            else:
                self.report[
                    {
                        Kind.NEW: "new",
                        Kind.FAST_FORWARD: "fast_forwards",
                        Kind.MERGED: "merges",
                        Kind.CONFLICT: "conflicted",
                    }[outcome.kind]
                ].append(ref)
        revisions.show(self.session, model, written)
        self._derived(model.__tablename__, derived)

    def _deleted_here(
        self, model: type[m.SyncedRecord], rows: Sequence[Mapping[str, object]]
    ) -> set[tuple[str, object]]:
        """The rows that keys the database clears name in ``rows`` and that were deleted here (their
        history is here, their row is not): one query per table named."""
        asked: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            for key in _CLEARED[model.__tablename__]:
                if row.get(key.column) is not None and (key.table, row[key.column]) not in self.present:
                    asked[key.table].add(str(row[key.column]))
        connection = self.session.connection()
        return {
            (table, record_id)
            for table, ids in asked.items()
            for record_id in revisions.with_history(connection, table, ids)
        }

    def _look_up(self, model: type[m.SyncedRecord], rows: Iterable[Mapping[str, object]]) -> None:
        """Remember in ``present`` which of the rows these records refer to the vault has now."""
        asked: dict[str, set[object]] = defaultdict(set)
        for values in rows:
            for table, ref in references(model, values):
                if (table, ref) not in self.present:
                    asked[table].add(ref)
        connection = self.session.connection()
        for table, refs in asked.items():
            target, ordered = Base.metadata.tables[table], sorted(refs, key=str)
            for start in range(0, len(ordered), _CHUNK):
                query = select(target.c.id).where(target.c.id.in_(ordered[start : start + _CHUNK]))
                self.present.update((table, found) for found in connection.execute(query).scalars())

    def _derived(
        self, table: str, rows: Sequence[tuple[str, Mapping[str, object] | None, Mapping[str, object] | None]]
    ) -> None:
        record_type = RECORD_TYPES.get(table)
        if record_type is not None:
            names = content_columns(m.SYNCED_MODELS[table])
            self.writer.shown(
                record_type,
                [
                    (
                        record_id,
                        None if values is None else {name: values.get(name) for name in names},
                        previous,
                    )
                    for record_id, values, previous in rows
                ],
            )
