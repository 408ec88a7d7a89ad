# SPDX-License-Identifier: GPL-3.0-or-later
"""What an export carries: the whole vault's history, or the records of chosen cases with all of
their revisions (so the receiver can tell ancestors from descendants), and nothing else.

A case's records are found from its revisions, not only its rows, so a record deleted since
travels as its tombstone.  People come with the cases that name them (the subject, relatives,
a source, whoever relayed a report), parties with the links that name them, the office with
its cases.  A person linked only to a case outside the scope stays at home (security row T40).

Threading: called inside the caller's read transaction.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from app.db import models as m
from app.db.mapping import table_of
from app.exchange.manifest import REVISION_COLUMNS

#: Synced tables whose records belong to one case (their values carry ``case_id``).
CASE_TABLES = (
    "interviews",
    "legal_events",
    "relatives",
    "relative_statuses",
    "detentions",
    "pressure_reports",
    "attachments",
    "petitions",
    "requests",
    "sources",
    "links",
)
#: Synced tables whose records belong to one person.
PERSON_TABLES = ("person_names", "identity_documents", "residences")
#: Where a case's records name a person: (table, field).
PERSON_FIELDS = (
    ("cases", "subject_id"),
    ("relatives", "person_id"),
    ("sources", "person_id"),
    ("pressure_reports", "relayed_by_id"),
)
#: Synced tables that stay in the vault they belong to: a user is a key slot of one vault.
LOCAL_TABLES = ("users",)


@dataclass(frozen=True, slots=True)
class Scope:
    """``case_ids`` None: the whole vault.  ``after``: only revisions this vault stored after that
    mark (``revision_mark``), for "the changes since the last bundle to an office".  Stored order,
    not clock readings: a revision imported today from a third office may carry an older clock."""

    case_ids: frozenset[str] | None = None
    after: int = 0
    #: ``PERSON_FIELDS`` not followed: a person named there travels only as an unnamed person.
    unfollowed: frozenset[tuple[str, str]] = frozenset()


def revision_mark(connection: Connection) -> int:
    """Where the vault's stored revisions end now (``Revision.stored``: every revision stored later
    has a larger number, even after a purge deleted the newest ones)."""
    return int(connection.execute(select(func.max(table_of(m.Revision).c.stored))).scalar() or 0)


def attachments_stored_after(connection: Connection, mark: int) -> set[str]:
    """The files with a revision this vault stored after ``mark``, deleted ones too."""
    revisions = table_of(m.Revision)
    query = (
        select(revisions.c.record_id)
        .distinct()
        .where(revisions.c.record_table == "attachments", revisions.c.stored > mark)
    )
    return set(connection.execute(query).scalars())


def records_in_scope(
    connection: Connection, case_ids: Iterable[str], unfollowed: Collection[tuple[str, str]] = ()
) -> dict[str, set[str]]:
    """Record ids by table: the cases, every record of theirs (deleted ones too), their people and
    those people's records, the parties their links name, and their offices.

    A person named in an ``unfollowed`` field (an informant, when a lawyer packet withholds who
    relayed a report) travels, if the case names them elsewhere, without their names, documents
    and residences: as an unnamed person.  A case's subject always travels whole."""
    cases = set(case_ids)
    found: dict[str, set[str]] = {"cases": set(cases)}
    for table in CASE_TABLES:
        found[table] = owned_records(connection, table, "case_id", cases)
    people: set[str] = set()
    hidden: set[str] = set()
    for table, field in PERSON_FIELDS:
        named = field_values(connection, table, found[table], field)
        if (table, field) in unfollowed:
            hidden |= named
        else:
            people |= named
    found["persons"] = people
    kept = people - (hidden - field_values(connection, "cases", cases, "subject_id"))
    for table in PERSON_TABLES:
        found[table] = owned_records(connection, table, "person_id", kept)
    found["parties"] = _link_ends(connection, found["links"], "parties")
    found["offices"] = field_values(connection, "cases", cases, "office_id")
    return found


def revisions_in_scope(
    connection: Connection, scope: Scope, records: Mapping[str, set[str]] | None = None
) -> Iterator[dict[str, Any]]:
    """Every revision the scope carries, oldest clock reading first (then by id).  ``records``: the
    scope's ``records_in_scope`` if the caller has them already (found here otherwise)."""
    revisions = table_of(m.Revision)
    query = (
        select(*(revisions.c[name] for name in REVISION_COLUMNS))
        .where(revisions.c.record_table.not_in(LOCAL_TABLES))
        .order_by(revisions.c.hlc, revisions.c.id)
    )
    if scope.after:
        query = query.where(revisions.c.stored > scope.after)
    if scope.case_ids is None:
        yield from (dict(row) for row in connection.execute(query).mappings())
        return
    if records is None:
        records = records_in_scope(connection, scope.case_ids, scope.unfollowed)
    for table, ids in sorted(records.items()):
        for chunk in _chunks(sorted(ids)):
            selected = query.where(revisions.c.record_table == table, revisions.c.record_id.in_(chunk))
            yield from (dict(row) for row in connection.execute(selected).mappings())


def owned_records(connection: Connection, table: str, field: str, owners: set[str]) -> set[str]:
    """Records of ``table`` whose revisions ever named one of ``owners`` in ``field``."""
    revisions = table_of(m.Revision)
    found: set[str] = set()
    for chunk in _chunks(sorted(owners)):
        query = (
            select(revisions.c.record_id)
            .distinct()
            .where(
                revisions.c.record_table == table,
                func.json_extract(revisions.c["values"], f"$.{field}").in_(chunk),
            )
        )
        found.update(connection.execute(query).scalars())
    return found


def field_values(connection: Connection, table: str, record_ids: set[str], field: str) -> set[str]:
    """The values ``field`` held in any revision of these records (not null)."""
    revisions = table_of(m.Revision)
    value = func.json_extract(revisions.c["values"], f"$.{field}")
    found: set[str] = set()
    for chunk in _chunks(sorted(record_ids)):
        query = (
            select(value)
            .distinct()
            .where(revisions.c.record_table == table, revisions.c.record_id.in_(chunk), value.is_not(None))
        )
        found.update(str(v) for v in connection.execute(query).scalars())
    return found


def _link_ends(connection: Connection, link_ids: set[str], table: str) -> set[str]:
    """Records of ``table`` at either end of these links."""
    revisions = table_of(m.Revision)
    values = revisions.c["values"]
    found: set[str] = set()
    for end in ("source", "target"):
        kind, ident = func.json_extract(values, f"$.{end}_table"), func.json_extract(values, f"$.{end}_id")
        for chunk in _chunks(sorted(link_ids)):
            query = (
                select(ident)
                .distinct()
                .where(
                    and_(revisions.c.record_table == "links", revisions.c.record_id.in_(chunk)),
                    kind == table,
                )
            )
            found.update(str(v) for v in connection.execute(query).scalars() if v)
    return found


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
