# SPDX-License-Identifier: GPL-3.0-or-later
"""Revisions made by hand for the merge engine's tests: offices A, B, C and their clocks."""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.revision_id import revision_id
from app.exchange.merge import Rev

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
