# SPDX-License-Identifier: GPL-3.0-or-later
"""Merge by revision ancestry: what a record becomes when revisions from another office arrive.

Pure: revisions in, revisions and conflicts out; the vault is written by
``app.services.merge_apply``.  For one record:

- the incoming head is an ancestor of ours: nothing happens;
- it descends from ours (or we have none): the record fast-forwards to it;
- a revision between the heads has not arrived (bundles out of order): nothing is merged yet,
  the vault keeps what it shows (a record new here shows the later head) until the history is
  whole, so delivery in any order ends as delivery in order;
- the heads are concurrent: a **merge revision** is made, field by field against their
  lowest common ancestor.  A field changed on one side takes that side; changed on both to
  the same value takes it; changed differently is a **conflict** (long texts too: nothing
  is ever merged inside a text).  A deletion against an edit is a conflict and the record
  stays, with the edit; deletion against deletion stays deleted.  A ``WITHHELD`` value (a
  redacted field) never counts as a change, so it never overwrites a real value.

Every choice is a function of the revisions alone, never of which office merges: the
parents are sorted, a conflicted field provisionally shows the value of the side with the
greater (hlc, id), the author is the fixed ``MERGE_AUTHOR``, the clock is the greater of
the two heads' — so two offices merging the same heads make the same revision (same id),
and the exchange settles instead of ping-ponging.  Three or more heads are folded pairwise
in sorted order.  A merge revision's conflicts are not stored in it: ``open_conflicts``
recomputes them from its parents, and they stay open until an ordinary (human) revision
descends from it — the resolution, which travels like any edit and closes them everywhere.

A deletion other records still need (``app.services.merge_holds``: an event added at one office to
a case deleted at another) is **held**: ``hold`` makes a revision on top of the deletion that keeps
the record as it was, by ``MERGE_AUTHOR`` at the deletion's clock, so every office that finds the
need makes the same one.  It is a deletion conflict until a human revision descends from it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from app.domain.revision_id import revision_id
from app.domain.withheld import WITHHELD as WITHHELD
from app.domain.withheld import is_withheld as is_withheld

#: The author of every merge revision: nobody in particular, so every office writes the same one.
MERGE_AUTHOR: Final = ("", "", "")
#: The ``field`` of a conflict about whether the record exists at all (delete vs edit).
DELETION: Final = "(deleted)"

_MISSING: Final = object()


@dataclass(frozen=True, slots=True)
class Rev:
    """One revision as the engine sees it (values already in today's shape)."""

    id: str
    table: str
    record_id: str
    parents: tuple[str, ...]
    values: Mapping[str, object]
    deleted: bool
    #: user, device, office
    author: tuple[str, str, str]
    hlc: str

    @property
    def is_merge(self) -> bool:
        return self.author == MERGE_AUTHOR and len(self.parents) > 1

    @property
    def is_hold(self) -> bool:
        """A deletion held for the records that need it (``hold``)."""
        return self.author == MERGE_AUTHOR and len(self.parents) == 1 and not self.deleted

    @property
    def order(self) -> tuple[str, str]:
        """The tie-break between concurrent revisions: later clock, then greater id."""
        return self.hlc, self.id


@dataclass(frozen=True, slots=True)
class Candidate:
    """One side of a conflict: its value (None for a deletion), and who made it when."""

    revision_id: str
    value: object
    deleted: bool
    author: tuple[str, str, str]
    hlc: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field both sides changed differently (or ``DELETION``), as the review queue shows it."""

    table: str
    record_id: str
    field: str
    #: The merge revision that holds the provisional value.
    merge_id: str
    #: Both sides, ordered by (hlc, id): the last one is the provisional choice.
    candidates: tuple[Candidate, ...]
    provisional: object


class Kind(enum.StrEnum):
    UNCHANGED = "unchanged"
    NEW = "new"
    FAST_FORWARD = "fast_forward"
    MERGED = "merged"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one record becomes: its new head, the merge revisions made on the way, their conflicts."""

    kind: Kind
    head: Rev
    made: tuple[Rev, ...] = ()
    conflicts: tuple[Conflict, ...] = ()


def ancestors(rev_id: str, known: Mapping[str, Rev]) -> set[str]:
    """``rev_id`` and every revision it descends from (parents not known are left out)."""
    found: set[str] = set()
    stack = [rev_id]
    while stack:
        current = stack.pop()
        if current in found or current not in known:
            continue
        found.add(current)
        stack.extend(known[current].parents)
    return found


def heads(rev_ids: Iterable[str], known: Mapping[str, Rev]) -> list[str]:
    """The revisions among ``rev_ids`` that no other one descends from, sorted."""
    candidates = {rev_id for rev_id in rev_ids if rev_id in known}
    below: set[str] = set()
    for rev_id in candidates:
        for parent in known[rev_id].parents:
            below |= ancestors(parent, known)
    return sorted(candidates - below)


def latest_head(known: Mapping[str, Rev]) -> Rev | None:
    """Of a record's heads, the latest by (hlc, id): what a record without a row stands at, as
    ``resolve`` keeps the latest while a gap in its history waits."""
    return max((known[rev_id] for rev_id in heads(known, known)), key=lambda rev: rev.order, default=None)


def history_complete(rev_id: str, known: Mapping[str, Rev]) -> bool:
    """Every revision ``rev_id`` descends from is in ``known``: no gap in its history."""
    return all(parent in known for ancestor in ancestors(rev_id, known) for parent in known[ancestor].parents)


def common_base(a: Rev, b: Rev, known: Mapping[str, Rev]) -> Rev | None:
    """The lowest common ancestor, None without shared history.

    Several (criss-cross merges: each office merged the other's head) are merged into one
    virtual base, as git's recursive strategy does; any single one of them would make an
    edit made since another look unchanged, and that edit would be lost without a conflict.
    """
    common = ancestors(a.id, known) & ancestors(b.id, known)
    lowest = common.copy()
    for rev_id in common:
        for parent in known[rev_id].parents:
            lowest -= ancestors(parent, known)
    if not lowest:
        return None
    ordered = sorted(lowest)
    seen = dict(known)
    base = seen[ordered[0]]
    for rev_id in ordered[1:]:
        base, _ = merge_pair(base, seen[rev_id], seen)
        seen[base.id] = base
    return base


def _changed(value: object, base: object) -> bool:
    return value is not _MISSING and not is_withheld(value) and value != base


def _edited(side: Rev, base: Rev | None) -> bool:
    """Whether ``side`` changed any field since ``base`` (everything counts without a base)."""
    before: Mapping[str, object] = base.values if base is not None else {}
    return any(_changed(value, before.get(name, _MISSING)) for name, value in side.values.items())


def _candidate(rev: Rev, value: object) -> Candidate:
    return Candidate(rev.id, None if rev.deleted else value, rev.deleted, rev.author, rev.hlc)


def _merge_fields(
    first: Rev, last: Rev, base: Rev | None
) -> tuple[dict[str, object], list[tuple[str, Candidate, Candidate]]]:
    """Field-by-field three-way merge; ``last`` is the greater side by (hlc, id) and wins provisionally."""
    before: Mapping[str, object] = base.values if base is not None else {}
    merged: dict[str, object] = {}
    clashes: list[tuple[str, Candidate, Candidate]] = []
    for name in sorted(set(first.values) | set(last.values) | set(before)):
        old = before.get(name, _MISSING)
        one, two = first.values.get(name, _MISSING), last.values.get(name, _MISSING)
        changed_one, changed_two = _changed(one, old), _changed(two, old)
        if changed_one and changed_two and one != two:
            clashes.append((name, _candidate(first, one), _candidate(last, two)))
            value = two
        elif changed_two:
            value = two
        elif changed_one:
            value = one
        else:  # unchanged on both sides: the ancestor's value, else whichever side has a real one
            present = [v for v in (old, two, one) if v is not _MISSING]
            value = next((v for v in present if not is_withheld(v)), present[0] if present else _MISSING)
        if value is not _MISSING:
            merged[name] = value
    return merged, clashes


def merge_pair(a: Rev, b: Rev, known: Mapping[str, Rev]) -> tuple[Rev, tuple[Conflict, ...]]:
    """The merge revision of two concurrent heads of one record, and its conflicts (symmetric in a, b)."""
    first, last = sorted((a, b), key=lambda rev: rev.order)
    base = common_base(a, b, known)
    values, clashes = _merge_fields(first, last, base)
    deleted = first.deleted and last.deleted
    dead = [rev for rev in (first, last) if rev.deleted]
    live = [rev for rev in (first, last) if not rev.deleted]
    contested = len(dead) == 1 and _edited(live[0], base)
    if len(dead) == 1 and not contested:
        deleted = True  # deleted on one side, untouched on the other
    parents = tuple(sorted((a.id, b.id)))
    hlc = max(first.hlc, last.hlc)
    rev_id = revision_id(a.table, a.record_id, parents, values, deleted, MERGE_AUTHOR, hlc)
    merged = Rev(rev_id, a.table, a.record_id, parents, values, deleted, MERGE_AUTHOR, hlc)
    conflicts = [
        Conflict(a.table, a.record_id, name, rev_id, (one, two), two.value)
        for name, one, two in clashes
        if not deleted
    ]
    if contested:
        sides = (_candidate(first, dict(first.values)), _candidate(last, dict(last.values)))
        conflicts.insert(0, Conflict(a.table, a.record_id, DELETION, rev_id, sides, False))
    return merged, tuple(conflicts)


def hold(deletion: Rev) -> Rev:
    """The revision that keeps a deleted record, as it was, for the records that need it: a function
    of the deletion alone, so two offices that hold it apart make the same revision."""
    parents = (deletion.id,)
    table, record_id, values, hlc = deletion.table, deletion.record_id, deletion.values, deletion.hlc
    rev_id = revision_id(table, record_id, parents, values, False, MERGE_AUTHOR, hlc)
    return Rev(rev_id, table, record_id, parents, values, False, MERGE_AUTHOR, hlc)


def _held(kept: Rev, deletion: Rev) -> Conflict:
    """The deletion conflict of a hold: the deletion against the record kept."""
    first, last = sorted((deletion, kept), key=lambda rev: rev.order)
    sides = (_candidate(first, dict(first.values)), _candidate(last, dict(last.values)))
    return Conflict(kept.table, kept.record_id, DELETION, kept.id, sides, False)


def merge_heads(
    head_ids: Sequence[str], known: Mapping[str, Rev]
) -> tuple[Rev, tuple[Rev, ...], tuple[Conflict, ...]]:
    """Fold several concurrent heads into one, pairwise in id order: (head, merge revisions, conflicts)."""
    seen = dict(known)
    ordered = sorted(head_ids)
    head = seen[ordered[0]]
    made: list[Rev] = []
    conflicts: list[Conflict] = []
    for rev_id in ordered[1:]:
        head, found = merge_pair(head, seen[rev_id], seen)
        seen[head.id] = head
        made.append(head)
        conflicts.extend(found)
    return head, tuple(made), tuple(conflicts)


def resolve(local_head: str | None, incoming: Iterable[Rev], known: Mapping[str, Rev]) -> Outcome:
    """What one record becomes when ``incoming`` revisions meet its local head.

    ``known`` holds every revision of the record either side has (local and incoming);
    ``local_head`` is the revision the vault shows (a tombstone for a deleted record), None
    when the vault has never seen the record.
    """
    candidates = {rev.id for rev in incoming}
    if local_head is not None:
        candidates.add(local_head)
    found = heads(candidates, known)
    if len(found) > 1 and not all(history_complete(rev_id, known) for rev_id in found):
        # A revision between them has not arrived (bundles delivered out of order): one head may
        # well descend from the other. Merging now would make a merge revision that delivery in
        # order never makes, and the offices would not converge; wait for the history instead.
        if local_head is not None and local_head in known:
            return Outcome(Kind.UNCHANGED, known[local_head])
        return Outcome(Kind.NEW, known[max(found, key=lambda rev_id: known[rev_id].order)])
    if len(found) == 1:
        head = known[found[0]]
        if found[0] == local_head:
            return Outcome(Kind.UNCHANGED, head)
        return Outcome(Kind.NEW if local_head is None else Kind.FAST_FORWARD, head)
    head, made, conflicts = merge_heads(found, known)
    return Outcome(Kind.CONFLICT if conflicts else Kind.MERGED, head, made, conflicts)


def open_conflicts(head_id: str, known: Mapping[str, Rev]) -> tuple[Conflict, ...]:
    """The conflicts no human has answered yet: those of the merge revisions and holds reached from
    the head through merge revisions only (an ordinary revision on the way is the answer)."""
    found: list[Conflict] = []
    visited: set[str] = set()
    stack = [head_id]
    while stack:
        rev = known.get(stack.pop())
        if rev is None or rev.id in visited:
            continue
        visited.add(rev.id)
        if rev.is_hold and rev.parents[0] in known:
            found.append(_held(rev, known[rev.parents[0]]))
        if not rev.is_merge:
            continue
        sides = [known[parent] for parent in rev.parents if parent in known]
        if len(sides) == 2:
            found.extend(conflict for conflict in merge_pair(sides[0], sides[1], known)[1])
        stack.extend(rev.parents)
    return tuple(sorted(found, key=lambda c: (c.merge_id, c.field)))
