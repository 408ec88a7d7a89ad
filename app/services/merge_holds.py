# SPDX-License-Identifier: GPL-3.0-or-later
"""Deletions that other records still need: held as a conflict instead of carried out unseen (T35).

The merge (``app.exchange.merge``) judges each record alone, and adding a record to a case does not
edit the case: an event one office adds to a case another office deletes meanwhile would let the
deletion stand, the database's cascade would take the event at the office that added it, and the
office that deleted the case would keep the event waiting for a case that never comes.

Once the merge has said what each record of an import becomes, ``hold_deletions`` looks at the live
records that refer (by a foreign key) to a record whose head is a deletion: the import's own, and the
rows here that refer to a record this import deletes.  Such a deletion is held: the record gets a
hold revision (``app.exchange.merge.hold``), it stays with a deletion conflict for someone to answer,
and what it refers to in turn is held too (a case's subject).  A hold depends on the deletion alone,
so the office that meets the deletion and the office that meets the new record make the same one.

- A live record holds every record it refers to; a reference the database sets to NULL holds nothing.
- A record whose own deletion is in conflict (an edit met it) is not shown without its parents and
  holds none of them: it waits, with its conflict, as ``tests/unit/services/test_exchange_matrix.py``
  has it.  Once shown it holds what the database will not remove under it (a case's subject).
- A link holds nothing: it goes with either of its ends.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.keys import CASCADE, KEYS, SET_NULL
from app.db.many_rows import id_list
from app.db.mapping import table_of
from app.exchange.merge import DELETION, Kind, Outcome, Rev, hold, latest_head, open_conflicts
from app.services.merge_rows import Ref

#: Of each table, the keys that make a record need the row it names (the database removes the record
#: with it, or refuses the deletion); a key it clears does not, nor a link's ends.
_NEEDS = {
    table: tuple(key for key in keys if key.on_delete != SET_NULL)
    for table, keys in KEYS.items()
    if table != "links"
}

Outcomes = MutableMapping[Ref, tuple[Outcome, dict[str, Rev]]]
History = Callable[[Sequence[str]], Iterable[Rev]]


@dataclass(frozen=True, slots=True)
class _Holder:
    """A live record and what it refers to: (record, whether it belongs to it)."""

    ref: Ref
    refers: tuple[tuple[Ref, bool], ...]


def refers(table: str, values: Mapping[str, object]) -> tuple[tuple[Ref, bool], ...]:
    """The records a record with these values needs (its foreign keys but those set to NULL), each
    with whether the record belongs to it (the database would remove the record with it)."""
    return tuple(
        ((key.table, str(values[key.column])), key.on_delete == CASCADE)
        for key in _NEEDS.get(table, ())
        if isinstance(values.get(key.column), str)
    )


def hold_deletions(session: Session, outcomes: Outcomes, history: History) -> list[Rev]:
    """Hold the deletions live records need: their outcomes become the hold (a conflict), ``outcomes``
    gains the records held that this import did not bring; returns the revisions made."""
    return _Holds(session, outcomes, history).run()


class _Holds:
    def __init__(self, session: Session, outcomes: Outcomes, history: History) -> None:
        self.connection, self.outcomes, self.history = session.connection(), outcomes, history
        #: Of records this import did not bring: (deletion, revisions) when deleted here, None when live
        #: or never seen (a record that waits for one never seen keeps waiting).
        self.deleted: dict[Ref, tuple[Rev, dict[str, Rev]] | None] = {}
        self.contested: dict[Ref, bool] = {}
        self.made: list[Rev] = []

    def run(self) -> list[Rev]:
        pending = [
            _Holder(ref, refers(ref[0], outcome.head.values))
            for ref, (outcome, _) in self.outcomes.items()
            if not outcome.head.deleted
        ]
        pending += self._rows_referring()
        while pending:
            self._look_up({ref for holder in pending for ref, _ in holder.refers})
            waiting: list[_Holder] = []
            held: list[_Holder] = []
            for holder in pending:
                gone = [(ref, cascade) for ref, cascade in holder.refers if self._gone(ref)]
                if gone and self._is_contested(holder.ref) and any(cascade for _, cascade in gone):
                    waiting.append(holder)  # for its parent: another record may hold it yet
                    continue
                held += [self._hold(ref) for ref, _ in gone if self._gone(ref)]
            if not held:
                break
            pending = held + waiting
        return self.made

    def _gone(self, ref: Ref) -> bool:
        if ref in self.outcomes:
            return self.outcomes[ref][0].head.deleted
        return self.deleted.get(ref) is not None

    def _hold(self, ref: Ref) -> _Holder:
        if ref in self.outcomes:
            outcome, known = self.outcomes[ref]
            deletion, made = outcome.head, outcome.made
        else:
            found = self.deleted.pop(ref)
            assert found is not None  # only what _gone says is deleted is held
            (deletion, known), made = found, ()
        kept = hold(deletion)
        if kept.id not in known:
            self.made.append(kept)
        known = {**known, kept.id: kept}
        self.outcomes[ref] = (
            Outcome(Kind.CONFLICT, kept, (*made, kept), open_conflicts(kept.id, known)),
            known,
        )
        return _Holder(ref, refers(ref[0], kept.values))

    def _is_contested(self, ref: Ref) -> bool:
        """Whether the record's own deletion is in conflict with an edit of it (not held)."""
        if ref not in self.contested:
            if ref in self.outcomes:
                outcome, known = self.outcomes[ref]
                self.contested[ref] = any(
                    c.field == DELETION and known[c.merge_id].is_merge
                    for c in open_conflicts(outcome.head.id, known)
                )
            else:  # a row here: its stored conflicts say
                conflicts, revisions = table_of(m.MergeConflict), table_of(m.Revision)
                parents = self.connection.execute(
                    select(revisions.c.parents)
                    .join(conflicts, revisions.c.id == conflicts.c.merge_id)
                    .where(conflicts.c.field == DELETION, conflicts.c.record_id == ref[1])
                ).scalars()
                self.contested[ref] = any(len(found) > 1 for found in parents)
        return self.contested[ref]

    def _rows_referring(self) -> list[_Holder]:
        """The rows here, not in this import, that refer to a record this import deletes."""
        removed = [
            ref
            for ref, (outcome, _) in self.outcomes.items()
            if outcome.head.deleted and outcome.kind is not Kind.UNCHANGED
        ]
        found: dict[Ref, _Holder] = {}
        for parent, group in itertools.groupby(sorted(removed), key=lambda ref: ref[0]):
            ids = [record_id for _, record_id in group]
            for child, keys in _NEEDS.items():
                table = table_of(m.SYNCED_MODELS[child])
                query = select(table.c.id, *(table.c[key.column] for key in keys))
                for column in (key.column for key in keys if key.table == parent):
                    rows = self.connection.execute(
                        query.where(table.c[column].in_(id_list("ids"))), {"ids": json.dumps(ids)}
                    )
                    for row in rows.mappings():
                        ref = (child, str(row["id"]))
                        if ref not in self.outcomes:
                            found[ref] = _Holder(ref, refers(child, dict(row)))
        return list(found.values())

    def _look_up(self, refs: set[Ref]) -> None:
        """Find out which of these records, not in this import, are deleted here (their revisions)."""
        asked = sorted(ref for ref in refs if ref not in self.outcomes and ref not in self.deleted)
        absent: list[Ref] = []
        for table, group in itertools.groupby(asked, key=lambda ref: ref[0]):
            target, ids = table_of(m.SYNCED_MODELS[table]), [record_id for _, record_id in group]
            present = set(
                self.connection.execute(
                    select(target.c.id).where(target.c.id.in_(id_list("ids"))), {"ids": json.dumps(ids)}
                ).scalars()
            )
            self.deleted.update(((table, record_id), None) for record_id in present)
            absent += [(table, record_id) for record_id in ids if record_id not in present]
        by_record: dict[Ref, dict[str, Rev]] = {ref: {} for ref in absent}
        for rev in self.history(sorted({record_id for _, record_id in absent})):
            if (rev.table, rev.record_id) in by_record:
                by_record[rev.table, rev.record_id][rev.id] = rev
        for ref, known in by_record.items():
            head = latest_head(known)
            self.deleted[ref] = (head, known) if head is not None and head.deleted else None
