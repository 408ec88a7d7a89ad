# SPDX-License-Identifier: GPL-3.0-or-later
"""Applying revisions from another office to the vault, in one transaction, merged by ancestry.

``apply_revisions`` checks every incoming revision (its id must be the hash of its content),
stores the ones the vault lacks, asks ``app.exchange.merge.resolve`` what each record
becomes, holds the deletions that live records still need (``merge_holds``: a conflict each),
stores the merge and hold revisions that makes, and brings the rows in line
(``merge_rows.RowWriter``): deletions children first, then inserts and updates parents first
(links last), the name index and the case list kept in step, and the records' open conflicts
rewritten.  A record whose parent row is missing or deleted keeps its revisions but gets no
row; the report names it, ``waiting_rows`` keeps it with the row it waits for, and the import that
brings that row writes it (records waiting for other rows are not read), and puts the bytes kept for
a waiting file in place (``exchange_attachments``).

A withheld field (``WITHHELD``) never reaches a row: the row keeps what it had, or the
column default for a record new here.  ``MergeService.apply(dry_run=True)`` runs the same
code and rolls back, so the report is exactly what the import would do.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db import revisions
from app.db.base import Base, utcnow
from app.db.many_rows import id_list
from app.db.mapping import table_of
from app.db.upcast import upcast
from app.domain.errors import ExchangeFileError, ExchangeRefusal, TamperedRevisionError
from app.domain.hlc import HybridClock
from app.domain.progress import Progress
from app.domain.records import Actor
from app.domain.revision_id import revision_id
from app.domain.validation import LONG_TEXT_LIMIT
from app.exchange.merge import Conflict, Kind, Outcome, Rev, heads, latest_head, open_conflicts, resolve
from app.services.case_writer import CaseWriter
from app.services.exchange_attachments import place_waiting_files
from app.services.merge_holds import hold_deletions
from app.services.merge_rows import CLEARED_TARGETS, Ref, RowWriter, Skipped
from app.services.purge_apply import purged_revisions
from app.services.session import UnlockedVault

#: A revision whose clock is this far ahead of ours is named in the report (a laptop clock set wrong).
FUTURE_MS = 24 * 3600 * 1000
#: Revisions (or records) between two progress reports: often enough for Cancel to answer quickly.
_TICK = 1_000
_REVISION_KEYS = ("id", "record_table", "record_id", "parents", "values", "deleted", "hlc")
_AUTHOR_KEYS = ("author_user_id", "author_device_id", "author_office_id")
#: Synced tables with parents before children, links last (their ends may be in any table).
_ORDER = [t.name for t in Base.metadata.sorted_tables if t.name in m.SYNCED_MODELS and t.name != "links"]
_RANK = {name: rank for rank, name in enumerate([*_ORDER, "links"])}
# Ids are bound as one JSON array (``id_list``): an import may bring more than SQLite binds.
_REVISIONS, _WAITING, _CONFLICTS = table_of(m.Revision), table_of(m.WaitingRow), table_of(m.MergeConflict)
_LOCAL_REVISIONS = select(_REVISIONS).where(_REVISIONS.c.record_id.in_(id_list("record_ids")))
_NO_LONGER_WAITING = delete(_WAITING).where(
    _WAITING.c.record_table == bindparam("record_table"), _WAITING.c.record_id.in_(id_list("record_ids"))
)
_WAITING_FOR = select(_WAITING.c.record_table, _WAITING.c.record_id).where(
    _WAITING.c.wait_table == bindparam("wait_table"), _WAITING.c.wait_id.in_(id_list("wait_ids"))
)
_CONFLICTS_OF = delete(_CONFLICTS).where(_CONFLICTS.c.record_id.in_(id_list("record_ids")))


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What an import does (or, as a dry run, would do), record by record."""

    added: int = 0
    new: tuple[Ref, ...] = ()
    fast_forwards: tuple[Ref, ...] = ()
    merges: tuple[Ref, ...] = ()
    conflicted: tuple[Ref, ...] = ()
    deletions: tuple[Ref, ...] = ()
    unchanged: int = 0
    #: The open conflicts of every record this import touched.
    conflicts: tuple[Conflict, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    #: Revisions stamped more than a day ahead of this laptop's clock.
    future_clock: tuple[str, ...] = ()
    #: Records here without a row after the import (this import's and earlier ones'): each waits for a
    #: record it refers to that another office has not sent.
    waiting: int = 0


def verified(row: Mapping[str, Any]) -> tuple[dict[str, Any], Rev]:
    """An incoming revision checked (shape, known table, id = hash of content): (its columns, as Rev)."""
    try:
        found = {key: row[key] for key in (*_REVISION_KEYS, *_AUTHOR_KEYS)}
    except KeyError as exc:
        raise TamperedRevisionError() from exc
    texts = [found[key] for key in ("id", "record_table", "record_id", "hlc", *_AUTHOR_KEYS)]
    parents, values = found["parents"], found["values"]
    if (
        not all(isinstance(text, str) for text in texts)
        or not isinstance(parents, list)
        or not all(isinstance(parent, str) for parent in parents)
        or not isinstance(values, dict)
        or not isinstance(found["deleted"], bool)
        or found["record_table"] not in m.SYNCED_MODELS
    ):
        raise TamperedRevisionError()
    author = (found["author_user_id"], found["author_device_id"], found["author_office_id"])
    table, record_id = found["record_table"], found["record_id"]
    for name, value in values.items():  # T28: no field here holds more; a hostile sender's may
        if type(value) is str and len(value) > LONG_TEXT_LIMIT:
            raise ExchangeFileError(ExchangeRefusal.TEXT_TOO_LONG, f"{table}.{name}")
    if revision_id(table, record_id, parents, values, found["deleted"], author, found["hlc"]) != found["id"]:
        raise TamperedRevisionError()
    return found, _rev(found)


def _rev(row: Mapping[str, Any]) -> Rev:
    author = (row["author_user_id"], row["author_device_id"], row["author_office_id"])
    values = upcast(row["record_table"], row["values"])
    return Rev(
        row["id"],
        row["record_table"],
        row["record_id"],
        tuple(row["parents"]),
        values,
        bool(row["deleted"]),
        author,
        row["hlc"],
    )


def _columns(rev: Rev) -> dict[str, Any]:
    """A merge revision as the revisions table stores it."""
    user, device, office = rev.author
    return {
        "id": rev.id,
        "record_table": rev.table,
        "record_id": rev.record_id,
        "parents": list(rev.parents),
        "values": dict(rev.values),
        "deleted": rev.deleted,
        "author_user_id": user,
        "author_device_id": device,
        "author_office_id": office,
        "hlc": rev.hlc,
        "created_at": utcnow(),
    }


def local_revisions(session: Session, record_ids: Sequence[str]) -> dict[str, Rev]:
    if not record_ids:
        return {}
    rows = session.connection().execute(_LOCAL_REVISIONS, {"record_ids": json.dumps(list(record_ids))})
    return {row["id"]: _rev(dict(row)) for row in rows.mappings()}


def _show_waiting(session: Session, state: RowWriter, outcomes: Mapping[Ref, Outcome]) -> int:
    """Write the rows of records kept without a row once the row each waits for has come: records an
    earlier import kept, and this import's own whose row came later in it; a row so written may be
    what others wait for, so on until no row comes.  ``waiting_rows`` then names those that still
    wait, each with the row it waits for (the others are not read); returns how many wait."""
    connection = session.connection()
    earlier = connection.execute(select(_WAITING.c.record_id).limit(1)).first() is not None
    retried: set[Ref] = set()
    arrived, first = set(state.arrived), True
    while arrived or first:
        stored = _waiting_for(connection, arrived, unnamed=first) if earlier else set()
        stored -= outcomes.keys() | retried  # what this import found about them is newer
        again = {
            ref
            for ref, row in state.awaited.items()
            if row in arrived and state.skipped[ref].reason == "parent-missing"
        }
        retried |= stored
        done = len(state.arrived)
        _retry(session, state, stored | again, outcomes)
        arrived, first = set(state.arrived[done:]), False
    if earlier:
        _no_longer_waiting(connection, outcomes.keys() | retried)
    still = sorted(ref for ref, skip in state.skipped.items() if skip.reason == "parent-missing")
    if still:
        connection.execute(
            insert(_WAITING),
            [
                {
                    "record_table": t,
                    "record_id": i,
                    "wait_table": state.awaited[t, i][0],
                    "wait_id": str(state.awaited[t, i][1]),
                }
                for t, i in still
            ],
        )
    return int(connection.execute(select(func.count()).select_from(_WAITING)).scalar_one())


def _no_longer_waiting(connection: Connection, refs: Iterable[Ref]) -> None:
    """``waiting_rows`` forgets these records: this import wrote their rows, or keeps them anew."""
    for table, group in itertools.groupby(sorted(refs), key=lambda ref: ref[0]):
        ids = json.dumps([record_id for _, record_id in group])
        connection.execute(_NO_LONGER_WAITING, {"record_table": table, "record_ids": ids})


def _waiting_for(connection: Connection, arrived: set[Ref], *, unnamed: bool) -> set[Ref]:
    """The records ``waiting_rows`` names as waiting for one of the ``arrived`` rows; with ``unnamed``
    also those that name nothing (kept before migration 0016)."""
    found: set[Ref] = set()
    if unnamed:
        asked = select(_WAITING.c.record_table, _WAITING.c.record_id).where(_WAITING.c.wait_table.is_(None))
        found.update((str(t), str(i)) for t, i in connection.execute(asked))
        found |= _waiting_for_deleted(connection)
    for table, group in itertools.groupby(sorted(arrived), key=lambda ref: ref[0]):
        ids = json.dumps([record_id for _, record_id in group])
        rows = connection.execute(_WAITING_FOR, {"wait_table": table, "wait_ids": ids})
        found.update((str(t), str(i)) for t, i in rows)
    return found


def _waiting_for_deleted(connection: Connection) -> set[Ref]:
    """The records waiting for a row that was deleted here (its history is here, its row is not):
    tried again at each import, in case only a key the database clears names it (kept waiting before
    ``RowWriter`` cleared such keys); the others go back to waiting."""
    found: set[Ref] = set()
    for table in sorted(CLEARED_TARGETS):
        waits = connection.execute(
            select(_WAITING.c.record_table, _WAITING.c.record_id, _WAITING.c.wait_id).where(
                _WAITING.c.wait_table == table
            )
        ).all()
        target = Base.metadata.tables[table]
        named = sorted({str(wait_id) for _, _, wait_id in waits})
        present = select(target.c.id).where(target.c.id.in_(id_list("ids")))
        here = set(connection.execute(present, {"ids": json.dumps(named)}).scalars())
        deleted = revisions.with_history(connection, table, set(named) - here)
        found.update((str(t), str(i)) for t, i, wait_id in waits if wait_id in deleted)
    return found


def _retry(session: Session, state: RowWriter, refs: Iterable[Ref], outcomes: Mapping[Ref, Outcome]) -> None:
    """Try again to write the rows of these records: this import's at the outcome it found, the
    others at their latest head (as the import that brings a revision of them would show it)."""
    ordered = sorted(refs, key=lambda ref: (_RANK.get(ref[0], len(_RANK)), ref[1]))
    by_record: dict[Ref, dict[str, Rev]] = defaultdict(dict)
    for rev in local_revisions(session, sorted({i for t, i in ordered if (t, i) not in outcomes})).values():
        by_record[rev.table, rev.record_id][rev.id] = rev
    shown: list[tuple[Ref, Outcome]] = []
    for ref in ordered:
        if ref in outcomes:
            shown.append((ref, outcomes[ref]))
            continue
        head = latest_head(by_record.get(ref, {}))
        if head is not None and not head.deleted and ref[0] in _RANK:  # else purged, or deleted since
            shown.append((ref, Outcome(Kind.UNCHANGED, head)))
    for table, group in itertools.groupby(shown, key=lambda item: item[0][0]):
        state.show_rows(table, list(group))


def _write_conflicts(session: Session, record_ids: Sequence[str], conflicts: Iterable[Conflict]) -> None:
    """The open conflicts of these records become ``conflicts`` (those of other records are kept)."""
    connection = session.connection()
    if record_ids:
        connection.execute(_CONFLICTS_OF, {"record_ids": json.dumps(list(record_ids))})
    rows = [
        {
            "merge_id": c.merge_id,
            "field": c.field,
            "record_table": c.table,
            "record_id": c.record_id,
            "candidates": [dataclasses.asdict(candidate) for candidate in c.candidates],
            "provisional": c.provisional,
            "found_at": utcnow(),
        }
        for c in conflicts
    ]
    if rows:
        connection.execute(insert(_CONFLICTS), rows)


def apply_revisions(
    session: Session,
    incoming: Iterable[Mapping[str, Any]],
    clock: HybridClock,
    actor: Actor,
    *,
    wall_ms: int | None = None,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge ``incoming`` revisions (``revision_row`` columns) into the vault, in the caller's
    transaction; TamperedRevisionError, before anything is written, when one is not what it claims.
    ``wall_ms``: this laptop's clock (ms since the epoch), to name revisions from the future.
    ``progress(done, total, "merge")`` counts the revisions checked, then the records merged, then
    the tables written; it may raise Cancelled, and the caller's transaction then undoes it all."""
    rows = list(incoming)
    tell = progress or (lambda done, total, message: None)
    arriving: dict[str, tuple[dict[str, Any], Rev]] = {}
    for done, row in enumerate(rows):
        if done % _TICK == 0:
            tell(done, 3 * len(rows), "merge")
        columns, rev = verified(row)
        arriving[rev.id] = (columns, rev)
    dropped = purged_revisions(session, [columns for columns, _ in arriving.values()], actor)  # T22, T36
    arriving = {rev_id: item for rev_id, item in arriving.items() if rev_id not in dropped}
    by_record: dict[Ref, list[Rev]] = defaultdict(list)
    for _, rev in arriving.values():
        by_record[rev.table, rev.record_id].append(rev)
    local = local_revisions(session, sorted({record_id for _, record_id in by_record}))
    local_by_record: dict[Ref, dict[str, Rev]] = defaultdict(dict)
    for rev in local.values():
        local_by_record[rev.table, rev.record_id][rev.id] = rev
    fresh = [columns for rev_id, (columns, _) in arriving.items() if rev_id not in local]
    revisions.add_revisions(session, [{**columns, "created_at": utcnow()} for columns in fresh])
    wall = time.time_ns() // 1_000_000 if wall_ms is None else wall_ms
    future = sorted(
        rev.id for _, rev in arriving.values() if HybridClock.parse(rev.hlc)[0] > wall + FUTURE_MS
    )
    for _, rev in arriving.values():
        if rev.id not in future:
            clock.observe(rev.hlc)

    state = RowWriter(session, CaseWriter(session, actor, clock))
    shown = state.read(sorted(by_record))
    outcomes: dict[Ref, tuple[Outcome, dict[str, Rev]]] = {}
    made: list[Rev] = []
    for done, ref in enumerate(sorted(by_record, key=lambda ref: (_RANK[ref[0]], ref[1]))):
        if done % _TICK == 0:
            tell(len(rows) + done * len(rows) // len(by_record), 3 * len(rows), "merge")
        known = dict(local_by_record.get(ref, {}))
        local_heads = heads(known, known)
        # What the row shows. Revisions kept while their history has a gap are heads too; without a
        # row (deleted, or waiting for its parent) the latest head, as a later import would show it.
        head = shown.get(ref)
        if head not in known:
            latest = latest_head(known)
            head = latest.id if latest is not None else None
        known.update((rev.id, rev) for rev in by_record[ref])
        extra = [known[rev_id] for rev_id in local_heads if rev_id != head]
        outcome = resolve(head, [*by_record[ref], *extra], known)
        known.update((rev.id, rev) for rev in outcome.made)
        made.extend(rev for rev in outcome.made if rev.id not in local)
        outcomes[ref] = (outcome, known)
    made += hold_deletions(session, outcomes, lambda ids: local_revisions(session, ids).values())
    revisions.add_revisions(session, [_columns(rev) for rev in made])

    for ref, (outcome, _) in sorted(outcomes.items(), key=lambda item: (-_RANK[item[0][0]], item[0][1])):
        if outcome.head.deleted and outcome.kind is not Kind.UNCHANGED:
            state.remove(ref)
    ordered = sorted(outcomes.items(), key=lambda item: (_RANK[item[0][0]], item[0][1]))
    for table, group in itertools.groupby(ordered, key=lambda item: item[0][0]):
        tell(2 * len(rows) + len(rows) * _RANK[table] // len(_RANK), 3 * len(rows), "merge")
        state.show_rows(table, [(ref, outcome) for ref, (outcome, _) in group])
    waiting = _show_waiting(session, state, {ref: outcome for ref, (outcome, _) in outcomes.items()})
    place_waiting_files(session)
    conflicts: list[Conflict] = []
    answered: list[str] = []  # records whose open conflicts are rewritten
    for ref, (outcome, known) in ordered:
        if outcome.kind is not Kind.UNCHANGED:
            found = open_conflicts(outcome.head.id, known)
            if found or outcome.kind is not Kind.NEW:  # a record new here has no conflicts to clear
                answered.append(ref[1])
            conflicts.extend(found)
    _write_conflicts(session, answered, conflicts)
    state.writer.finish()
    report = state.report
    return MergeReport(
        added=len(fresh) + len(made),
        new=tuple(report["new"]),
        fast_forwards=tuple(report["fast_forwards"]),
        merges=tuple(report["merges"]),
        conflicted=tuple(report["conflicted"]),
        deletions=tuple(report["deletions"]),
        unchanged=state.unchanged,
        conflicts=tuple(conflicts),
        skipped=tuple(state.skipped.values()),
        future_clock=tuple(future),
        waiting=waiting,
    )


class _DryRun(Exception):
    def __init__(self, report: MergeReport) -> None:
        super().__init__("dry run")
        self.report = report


class MergeService:
    """Imports revisions into the unlocked vault: one call, one transaction."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def apply(self, incoming: Iterable[Mapping[str, Any]], *, dry_run: bool = False) -> MergeReport:
        """Merge ``incoming``; a dry run does the same work, rolls it back and keeps only the report."""
        vault = self._vault
        try:
            with vault.db.transaction() as session:
                report = apply_revisions(session, incoming, vault.db.clock, vault.actor)
                if dry_run:
                    raise _DryRun(report)
        except _DryRun as done:
            return done.report
        return report
