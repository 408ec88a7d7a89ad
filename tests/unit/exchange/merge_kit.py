# SPDX-License-Identifier: GPL-3.0-or-later
"""Revisions made by hand for the merge engine's tests: offices A, B, C and their clocks."""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.revision_id import revision_id
from app.exchange.merge import DELETION, MERGE_AUTHOR, Rev, ancestors, merge_pair

#: 2026-01-01 in ms; a stamp is this plus the step given, so stamps sort by step.
EPOCH = 1_767_225_600_000
FIVE_YEARS_MS = 5 * 365 * 24 * 3600 * 1000


def stamp(step: int, *, skew_ms: int = 0) -> str:
    return f"{EPOCH + step * 1000 + skew_ms:013d}.0000"


def rev(
    values: Mapping[str, object],
    *parents: Rev,
    office: str = "A",
    step: int = 0,
    deleted: bool = False,
    record: str = "rec-1",
    table: str = "persons",
    hlc: str = "",
) -> Rev:
    """An ordinary revision by a worker of ``office``."""
    author = (f"user-{office}", f"device-{office}", f"office-{office}")
    parent_ids = tuple(parent.id for parent in parents)
    when = hlc or stamp(step)
    rev_id = revision_id(table, record, parent_ids, values, deleted, author, when)
    return Rev(rev_id, table, record, parent_ids, dict(values), deleted, author, when)


def edit(parent: Rev, office: str, step: int, **changes: object) -> Rev:
    return rev({**parent.values, **changes}, parent, office=office, step=step, record=parent.record_id,
               table=parent.table)  # fmt: skip


def tombstone(parent: Rev, office: str, step: int) -> Rev:
    return rev(parent.values, parent, office=office, step=step, deleted=True, record=parent.record_id,
               table=parent.table)  # fmt: skip


def known(*revs: Rev) -> dict[str, Rev]:
    return {r.id: r for r in revs}


def _changes(child: Rev, parent: Rev) -> set[str]:
    names = set(child.values) | set(parent.values)
    return {name for name in names if child.values.get(name) != parent.values.get(name)}


def lost_edits(revs: Mapping[str, Rev], head: Rev) -> list[tuple[str, str]]:
    """(revision id, field) of edits to one record neither shown by ``head``, nor changed again later,
    nor shown in a conflict: lost updates.  ``revs``: the record's revisions.

    Not counted as lost: an edit back to a value an ancestor had (against that ancestor as base
    a three-way merge rightly sees no change), and an edit to the same value as another edit
    that is accounted for (both offices typed the same; the later one saw it).
    """
    history = {rev_id: revs[rev_id] for rev_id in ancestors(head.id, revs)}
    below = {rev_id: ancestors(rev_id, history) for rev_id in history}
    ordinary = [r for r in history.values() if r.author != MERGE_AUTHOR and r.parents]
    contested: dict[str, set[str]] = {}
    for merge in (r for r in history.values() if r.author == MERGE_AUTHOR and len(r.parents) == 2):
        _, found = merge_pair(history[merge.parents[0]], history[merge.parents[1]], history)
        contested[merge.id] = {c.field for c in found}

    def accounted(made: Rev, name: str) -> bool:
        shown = not head.deleted and head.values.get(name) == made.values.get(name)
        later = any(
            made.id in below[other.id]
            and other is not made
            and (other.deleted or name in _changes(other, history[other.parents[0]]))
            for other in ordinary
        )
        surfaced = any(
            made.id in below[merge_id] and (name in fields or DELETION in fields)
            for merge_id, fields in contested.items()
        )
        reverted = any(history[a].values.get(name) == made.values.get(name) for a in below[made.parents[0]])
        return shown or later or surfaced or reverted

    edits = [(made, name) for made in ordinary for name in _changes(made, history[made.parents[0]])]
    covered = {(name, repr(made.values.get(name))) for made, name in edits if accounted(made, name)}
    return [(made.id, name) for made, name in edits if (name, repr(made.values.get(name))) not in covered]
