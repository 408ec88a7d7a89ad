# SPDX-License-Identifier: GPL-3.0-or-later
"""Purging inside the caller's transaction (``app.services.purge``): removing what a purge found and
keeping its tombstones, applying tombstones from another office, and the import's filter that drops
revisions of purged records (security rows T22, T36), and compacting the file afterwards.

What is removed for each record: its row, every revision, attachment bytes (those kept for a file
waiting for its case too), name-search keys, the case list row, open merge conflicts, "not the same
person" notes and editor drafts naming it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, distinct, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.db import audit
from app.db import models as m
from app.db.base import Base, utcnow
from app.db.errors import translate_driver_error, translated
from app.db.mapping import record_from_values, table_of
from app.domain import records as r
from app.domain.errors import ExchangeFileError
from app.domain.errors import ExchangeRefusal as R
from app.domain.hlc import HybridClock
from app.domain.vocab import AuditAction
from app.exchange.manifest import Tombstone
from app.services.case_writer import CaseWriter
from app.services.exchange_scope import CASE_TABLES, PERSON_TABLES
from app.services.listing_rows import refresh_listings
from app.services.purge_scope import Found, merged, pressure_edits, scope_of
from app.services.session import UnlockedVault

#: Tables whose records a purge (or a tombstone from another office) may remove.
PURGEABLE = frozenset({"persons", "cases", *CASE_TABLES, *PERSON_TABLES})
#: Synced tables, children before parents (links first: their ends may be anywhere).
_CHILDREN_FIRST = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name in PURGEABLE]
#: Fields of a revision's values that name the record it exists with.
_OWNER_FIELDS = ("case_id", "person_id", "relative_id", "subject_id")
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Removed:
    records: int
    revisions: int
    files: int


def purge_found(session: Session, found: Found, actor: r.Actor, clock: HybridClock) -> Removed:
    """Remove everything in ``found`` and keep a tombstone of each record (those already kept stay
    as they are); pressure reports that stay drop purged people and relatives by a revision."""
    connection = session.connection()
    writer = CaseWriter(session, actor, clock)
    for report_id, relayer, targets in pressure_edits(connection, found):
        row = connection.execute(select(table_of(m.PressureReport)).where(m.PressureReport.id == report_id))
        report = record_from_values(dict(row.mappings().one()), r.PressureReport)
        writer.save(replace(report, relayed_by_id=relayer, target_ids=targets))
    touched = _cases_touched(session, found) - found.get("cases", set())
    revisions = table_of(m.Revision)
    counted = records = files = 0
    for table, ids in found.items():
        for chunk in _chunks(ids):
            in_table = (revisions.c.record_table == table) & revisions.c.record_id.in_(chunk)
            records += connection.execute(
                select(func.count(distinct(revisions.c.record_id))).where(in_table)
            ).scalar_one()
            counted += connection.execute(select(func.count()).where(in_table)).scalar_one()
            connection.execute(delete(revisions).where(in_table))
            waiting = (m.WaitingRow.record_table == table) & m.WaitingRow.record_id.in_(chunk)
            connection.execute(delete(m.WaitingRow).where(waiting))
    for chunk in _chunks(found.get("attachments", set())):
        # the bytes of a file are in one of these: its row's, or kept while its record waits for its case
        for kept_in in (m.AttachmentChunk, m.WaitingFileChunk):
            files += connection.execute(
                select(func.count(distinct(kept_in.attachment_id))).where(kept_in.attachment_id.in_(chunk))
            ).scalar_one()
            connection.execute(delete(kept_in).where(kept_in.attachment_id.in_(chunk)))
    _remove_derived(session, found)
    for table in _CHILDREN_FIRST:
        model = m.SYNCED_MODELS[table]
        for chunk in _chunks(found.get(table, set())):
            connection.execute(delete(model).where(model.id.in_(chunk)))
    _keep_tombstones(session, found, (utcnow(), actor.office_id, actor.user_id))
    writer.finish()
    refresh_listings(session, touched)
    return Removed(records, counted, files)


def _cases_touched(session: Session, found: Found) -> set[str]:
    """The cases whose records are in ``found`` (their case list rows change)."""
    cases: set[str] = set(found.get("cases", set()))
    for table, ids in found.items():
        model = m.SYNCED_MODELS[table]
        for field in ("case_id", "target_case_id"):
            column = getattr(model, field, None)
            if column is not None:
                for chunk in _chunks(ids):
                    cases.update(c for c in session.scalars(select(column).where(model.id.in_(chunk))) if c)
    return cases


def _remove_derived(session: Session, found: Found) -> None:
    """Name keys, case list rows, conflicts, "not the same person" notes and drafts of ``found``."""
    people, cases = found.get("persons", set()), found.get("cases", set())
    every = set().union(*found.values())
    for chunk in _chunks(found.get("person_names", set())):
        session.execute(delete(m.NameKey).where(m.NameKey.name_id.in_(chunk)))
    for chunk in _chunks(people):
        session.execute(delete(m.NameKey).where(m.NameKey.person_id.in_(chunk)))
        session.execute(
            delete(m.NotSamePerson).where(
                m.NotSamePerson.person_a.in_(chunk) | m.NotSamePerson.person_b.in_(chunk)
            )
        )
    for chunk in _chunks(cases):
        session.execute(delete(m.CaseListing).where(m.CaseListing.case_id.in_(chunk)))
    for chunk in _chunks(every):
        session.execute(delete(m.MergeConflict).where(m.MergeConflict.record_id.in_(chunk)))
    named = people | cases
    for draft_id, case_id, payload in session.execute(
        select(m.Draft.id, m.Draft.case_id, m.Draft.payload)
    ).all():
        if case_id in cases or any(record_id in payload for record_id in named):
            session.execute(delete(m.Draft).where(m.Draft.id == draft_id))


def _keep_tombstones(session: Session, found: Found, meta: tuple[dt.datetime, str, str]) -> None:
    purged_at, office_id, user_id = meta
    rows = [
        {
            "record_table": table,
            "record_id": record_id,
            "purged_at": purged_at,
            "office_id": office_id,
            "user_id": user_id,
        }
        for table, ids in sorted(found.items())
        for record_id in sorted(ids)
    ]
    if rows:
        session.execute(sqlite_insert(m.Tombstone).on_conflict_do_nothing(), rows)


def stored_tombstones(session: Session) -> tuple[Tombstone, ...]:
    """Every tombstone of the vault, oldest first (what a bundle carries)."""
    rows = session.scalars(select(m.Tombstone).order_by(m.Tombstone.purged_at, m.Tombstone.record_id))
    return tuple(Tombstone(t.record_table, t.record_id, t.purged_at, t.office_id, t.user_id) for t in rows)


def apply_tombstones(
    session: Session, tombstones: Sequence[Tombstone], actor: r.Actor, clock: HybridClock
) -> int:
    """Purge here what another office purged (the tombstones not yet kept here, and what goes with
    them here); returns how many records that removed.  A tombstone of a table that is never
    purged refuses the whole bundle before anything is written."""
    if any(t.record_table not in PURGEABLE for t in tombstones):
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "a tombstone names records that are never purged")
    known = {
        (table, record_id)
        for table, record_id in session.execute(select(m.Tombstone.record_table, m.Tombstone.record_id))
    }
    new = [t for t in tombstones if (t.record_table, t.record_id) not in known]
    if not new:
        return 0
    for tombstone in new:  # as the purging office wrote them; what goes with them here is stamped by us
        found = {tombstone.record_table: {tombstone.record_id}}
        _keep_tombstones(session, found, (tombstone.purged_at, tombstone.office_id, tombstone.user_id))
    connection = session.connection()
    found = merged(*(scope_of(connection, t.record_table, t.record_id) for t in new))
    removed = purge_found(session, found, actor, clock)
    audit.append(
        session,
        AuditAction.PURGE,
        actor.user_id,
        actor.device_id,
        tombstones=len(new),
        records=removed.records,
    )
    return removed.records


def purged_revisions(session: Session, incoming: Iterable[Mapping[str, Any]], actor: r.Actor) -> set[str]:
    """Ids of incoming revisions (verified) to drop: of a purged record, or of a record that exists
    only with one (tombstoned here now, so it never arrives again either).  Whether a record exists
    only with a purged one is read from the latest of its arriving revisions: a record once filed
    under a purged person and corrected since is not theirs (the purge that made the tombstone kept
    it)."""
    purged = set(session.scalars(select(m.Tombstone.record_id)))
    if not purged:
        return set()
    pending: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for revision in incoming:
        pending.setdefault((revision["record_table"], revision["record_id"]), []).append(revision)
    dropped: dict[str, tuple[str, str]] = {}
    while pending:
        kept = {}
        for (table, record_id), history in pending.items():
            if record_id in purged or _owners(_latest(history)) & purged:
                dropped.update((revision["id"], (table, record_id)) for revision in history)
                purged.add(record_id)
            else:
                kept[table, record_id] = history
        if len(kept) == len(pending):
            break
        pending = kept
    found: Found = {}
    for table, record_id in dropped.values():
        found.setdefault(table, set()).add(record_id)
    _keep_tombstones(session, found, (utcnow(), actor.office_id, actor.user_id))
    return set(dropped)


def _latest(history: Iterable[Mapping[str, Any]]) -> Mapping[str, Any]:
    return max(history, key=lambda revision: (revision["hlc"], revision["id"]))


def _owners(revision: Mapping[str, Any]) -> set[str]:
    """The records a revision's record exists with (its case, person, relative; a link's two ends)."""
    values = revision["values"]
    fields = (
        (*_OWNER_FIELDS, "source_id", "target_id") if revision["record_table"] == "links" else _OWNER_FIELDS
    )
    return {owner for owner in (values.get(field) for field in fields) if isinstance(owner, str)}


def compact(vault: UnlockedVault) -> bool:
    """Rebuild the database file without the freed pages and fold the write-ahead log into it;
    False when a reader kept the log from being emptied (the next checkpoint does it)."""
    engine = vault.db.engine
    with translated(), engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        try:
            raw.execute("VACUUM")
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except engine.dialect.loaded_dbapi.Error as exc:
            raise translate_driver_error(exc) from exc
    return not busy


def _chunks(ids: set[str]) -> Iterable[list[str]]:
    items = sorted(ids)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
