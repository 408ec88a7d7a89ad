# SPDX-License-Identifier: GPL-3.0-or-later
"""Immutable revisions: every saved change to a synced record, addressed by its content hash.

``save`` and ``delete`` write with Core statements on the session's connection: one
SELECT of the current row, then at most one INSERT/UPDATE/DELETE and one revision INSERT
(an update also reads its head revision's values, for the fields a redacted packet withheld).
They bypass the ORM's identity map; a caller that also loaded the same rows as ORM objects
in that session must expire them before reading them again.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import direct
from app.db.base import utcnow
from app.db.many_rows import id_list, insert_rows
from app.db.mapping import content_columns, revision_values, row_values, table_of, with_defaults
from app.db.models import Revision, SyncedRecord
from app.domain.errors import NotFoundError
from app.domain.hlc import HybridClock
from app.domain.records import Actor, new_id
from app.domain.revision_id import revision_id
from app.domain.withheld import WITHHELD, is_withheld

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


def revision_row(
    table: str,
    record_id: str,
    values: dict[str, object],
    parents: list[str],
    actor: Actor,
    hlc: str,
    *,
    deleted: bool = False,
) -> dict[str, Any]:
    """The columns of a revision; its id is the SHA-256 of everything else (``revision_id``)."""
    author = (actor.user_id, actor.device_id, actor.office_id)
    return {
        "id": revision_id(table, record_id, parents, values, deleted, author, hlc),
        "record_table": table,
        "record_id": record_id,
        "parents": parents,
        "values": values,
        "deleted": deleted,
        "author_user_id": actor.user_id,
        "author_device_id": actor.device_id,
        "author_office_id": actor.office_id,
        "hlc": hlc,
        "created_at": utcnow(),
    }


@dataclass(frozen=True, slots=True)
class Written:
    """What ``save`` did to one row."""

    id: str
    #: Every content column as the row now holds it.
    values: dict[str, object]
    #: The columns whose value changed (every column of a new row; none when nothing was written).
    changed: frozenset[str]
    #: The content before the change (None for a new row).
    previous: dict[str, object] | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class _Statements:
    current: sa.Select[Any]
    #: ``current`` and whether the head revision may hold a withheld field (``_still_withheld``).
    current_marked: sa.Select[Any]
    several: sa.Select[Any]
    insert: sa.Insert
    update: sa.Update
    delete: sa.Delete


@functools.cache
def _statements(model: type[SyncedRecord]) -> _Statements:
    """Built once per model: SQLAlchemy then reuses each statement's compiled form."""
    table = table_of(model)
    by_id = table.c.id == sa.bindparam("record_id_")
    columns = [table.c[name] for name in content_columns(model)]
    revisions = table_of(Revision)
    marked = (
        sa.select(sa.func.instr(revisions.c["values"], _WITHHELD_MARK))
        .where(revisions.c.record_id == table.c.id, revisions.c.id == table.c.rev)
        .scalar_subquery()
    )
    current = sa.select(table.c.rev, *columns).where(by_id)
    return _Statements(
        current,
        current.add_columns(marked),
        sa.select(table.c.id, table.c.rev, *columns).where(
            table.c.id.in_(sa.bindparam("record_ids_", expanding=True))
        ),
        sa.insert(table),
        sa.update(table).where(by_id),
        sa.delete(table).where(by_id),
    )


_REVISIONS = sa.insert(table_of(Revision))
#: Text every stored withheld marker contains (as the JSON column writes ``WITHHELD``); a field value
#: that merely contains it costs one more read, never a wrong answer.
_WITHHELD_MARK = sa.literal('"withheld"')
_HEAD_VALUES = sa.select(table_of(Revision).c["values"]).where(
    table_of(Revision).c.record_id == sa.bindparam("record_id"), table_of(Revision).c.id == sa.bindparam("id")
)
_CHUNK = 500  # ids per statement (SQLite's bound-parameter limit)
#: Which of the ids (a JSON array: a user's list of cases may be longer than SQLite binds) have revisions.
_WITH_HISTORY = (
    sa.select(table_of(Revision).c.record_id)
    .where(
        table_of(Revision).c.record_table == sa.bindparam("record_table"),
        table_of(Revision).c.record_id.in_(id_list("record_ids")),
    )
    .distinct()
)


def _current(
    conn: sa.Connection, model: type[SyncedRecord], record_id: str
) -> tuple[str, dict[str, object]] | None:
    """(head revision id, content) of a row, or None when there is no such row."""
    found = direct.rows(conn, _statements(model).current, {"record_id_": record_id})
    if not found:
        return None
    row = found[0]
    return row[0], dict(zip(content_columns(model), row[1:], strict=True))


def _add_revision(
    conn: sa.Connection,
    model: type[SyncedRecord],
    record_id: str,
    values: Mapping[str, object],
    parent: str,
    actor: Actor,
    clock: HybridClock,
    *,
    deleted: bool = False,
) -> str:
    revision = revision_row(
        model.__tablename__,
        record_id,
        revision_values(values),
        [parent] if parent else [],
        actor,
        clock.now(),
        deleted=deleted,
    )
    direct.write(conn, _REVISIONS, revision)
    return str(revision["id"])


def save(
    session: Session,
    model: type[SyncedRecord],
    record: DataclassInstance,
    actor: Actor,
    clock: HybridClock,
    *,
    force: bool = False,
) -> Written:
    """Insert or update the row for ``record`` and, when anything changed, add its revision.

    A record with an empty id is new; a record whose id has no row yet is inserted with that id.
    ``force`` adds a revision even when nothing changed: a person's answer to a merge conflict
    that keeps the value shown must still travel, to close the conflict at other offices.
    """
    conn = session.connection()
    values = row_values(record, model)
    record_id: str = getattr(record, "id", "") or ""
    found = (
        direct.rows(conn, _statements(model).current_marked, {"record_id_": record_id}) if record_id else []
    )
    if not found:
        # Defaults filled in here, not by the INSERT: the revision holds the full values.
        full = with_defaults(model, values)
        record_id = record_id or new_id()
        rev = _add_revision(conn, model, record_id, full, "", actor, clock)
        direct.write(conn, _statements(model).insert, {**full, "id": record_id, "rev": rev})
        return Written(record_id, full, frozenset(full))
    row = found[0]
    head, stored, marked = row[0], dict(zip(content_columns(model), row[1:-1], strict=True)), row[-1]
    changed = {name: value for name, value in values.items() if stored[name] != value}
    if not changed and not force:
        return Written(record_id, stored, frozenset(), stored)
    full = {**stored, **changed}
    withheld = _still_withheld(conn, record_id, head, changed) if marked else {}
    rev = _add_revision(conn, model, record_id, {**full, **withheld}, head, actor, clock)
    direct.write(conn, _statements(model).update, {**changed, "rev": rev, "record_id_": record_id})
    return Written(record_id, full, frozenset(changed), stored)


def _still_withheld(
    conn: sa.Connection, record_id: str, head: str, changed: Mapping[str, object]
) -> dict[str, object]:
    """The fields the head revision holds withheld (a redacted packet brought them) that this edit
    leaves alone: they stay withheld in the new revision, so the column default the row holds in
    their place never travels as if it were the value."""
    values = conn.execute(_HEAD_VALUES, {"record_id": record_id, "id": head}).scalar()
    if not isinstance(values, dict):
        return {}
    return {
        name: dict(WITHHELD) for name, value in values.items() if is_withheld(value) and name not in changed
    }


def delete(
    session: Session, model: type[SyncedRecord], record_id: str, actor: Actor, clock: HybridClock
) -> dict[str, object] | None:
    """Delete a row, keeping a tombstone revision so the deletion has an author and can travel.

    Returns the content the row had, or None when there was no such row (nothing written).
    """
    conn = session.connection()
    found = _current(conn, model, record_id)
    if found is None:
        return None
    head, stored = found
    _add_revision(conn, model, record_id, stored, head, actor, clock, deleted=True)
    direct.write(conn, _statements(model).delete, {"record_id_": record_id})
    return stored


def write_over(
    session: Session,
    model: type[SyncedRecord],
    record_id: str,
    values: Mapping[str, object],
    head: str,
    actor: Actor,
    clock: HybridClock,
    *,
    deleted: bool,
) -> dict[str, object] | None:
    """A revision on top of ``head`` for a record that has no row (a merge left it without one): its
    deletion, or ``values`` (the row's columns) shown again, its row written.  Returns the row's
    values (None for a deletion)."""
    conn = session.connection()
    row = with_defaults(model, dict(values))
    rev = _add_revision(conn, model, record_id, row, head, actor, clock, deleted=deleted)
    if deleted:
        return None
    conn.execute(_statements(model).insert, {**row, "id": record_id, "rev": rev})
    return row


def head_rows(
    session: Session, model: type[SyncedRecord], record_ids: Sequence[str]
) -> dict[str, tuple[str, dict[str, object]]]:
    """(head revision id, content) of each of these rows that exists, by id; one SELECT per 500."""
    conn, names = session.connection(), content_columns(model)
    found: dict[str, tuple[str, dict[str, object]]] = {}
    for start in range(0, len(record_ids), _CHUNK):
        rows = conn.execute(
            _statements(model).several, {"record_ids_": list(record_ids[start : start + _CHUNK])}
        )
        found.update((row[0], (row[1], dict(zip(names, row[2:], strict=True)))) for row in rows)
    return found


def add_revisions(session: Session, rows: list[dict[str, Any]]) -> None:
    """Store revisions made elsewhere (``revision_row`` columns), as they are: no row changes."""
    insert_rows(session.connection(), table_of(Revision), rows)


def show(
    session: Session, model: type[SyncedRecord], rows: Sequence[tuple[str, Mapping[str, object], str, bool]]
) -> None:
    """Make rows show values (column types, every content column) at a revision that already exists:
    what a merge does.  Each row: (record id, values, revision id, new: the caller found no row);
    one INSERT and one UPDATE statement for all of them."""
    conn = session.connection()
    added = [
        {**with_defaults(model, dict(values)), "id": record_id, "rev": rev}
        for record_id, values, rev, new in rows
        if new
    ]
    changed = [
        {**values, "rev": rev, "record_id_": record_id} for record_id, values, rev, new in rows if not new
    ]
    insert_rows(conn, table_of(model), added)
    if changed:
        conn.execute(_statements(model).update, changed)


def hide(session: Session, model: type[SyncedRecord], record_id: str) -> dict[str, object] | None:
    """Remove a row whose head is a tombstone that already exists; returns its content, or None."""
    conn = session.connection()
    found = _current(conn, model, record_id)
    if found is not None:
        conn.execute(_statements(model).delete, {"record_id_": record_id})
    return None if found is None else found[1]


def with_history(connection: sa.Connection, table: str, record_ids: Iterable[str]) -> set[str]:
    """Of ``record_ids`` in ``table``, those this vault holds revisions of: every record with a row,
    and one deleted since (a deletion keeps the history; a purge removes it)."""
    wanted = sorted(set(record_ids))
    if not wanted:
        return set()
    held = connection.execute(_WITH_HISTORY, {"record_table": table, "record_ids": json.dumps(wanted)})
    return set(held.scalars())


def require_history(
    connection: sa.Connection, table: str, record_ids: Iterable[str], message: str | None = None
) -> None:
    """NotFoundError unless this vault holds revisions of every one of ``record_ids`` (``with_history``):
    ``message`` with ``{}`` for the first id missing, or NotFoundError's own."""
    wanted = set(record_ids)
    missing = sorted(wanted - with_history(connection, table, wanted))
    if missing:
        raise NotFoundError(None if message is None else message.format(missing[0]))
