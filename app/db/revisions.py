# SPDX-License-Identifier: GPL-3.0-or-later
"""Immutable revisions: every saved change to a synced record, addressed by its content hash."""

from __future__ import annotations

import hashlib
import json
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.mapping import revision_values, row_values, with_defaults
from app.db.models import Revision, SyncedRecord
from app.domain.hlc import HybridClock
from app.domain.records import Actor, new_id

M = TypeVar("M", bound=SyncedRecord)


def canonical_json(obj: object) -> bytes:
    """Deterministic JSON bytes: the same content hashes the same on every office's laptop."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


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
    """The columns of a revision; its id is the SHA-256 of everything else."""
    body = {
        "table": table,
        "record": record_id,
        "parents": parents,
        "values": values,
        "deleted": deleted,
        "author": [actor.user_id, actor.device_id, actor.office_id],
        "hlc": hlc,
    }
    return {
        "id": hashlib.sha256(canonical_json(body)).hexdigest(),
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


def _record(session: Session, row: SyncedRecord, actor: Actor, clock: HybridClock, deleted: bool) -> None:
    revision = revision_row(
        row.__tablename__,
        row.id,
        revision_values(row),
        [row.rev] if row.rev else [],
        actor,
        clock.now(),
        deleted=deleted,
    )
    session.add(Revision(**revision))
    row.rev = revision["id"]


def save(session: Session, model: type[M], record: object, actor: Actor, clock: HybridClock) -> M:
    """Insert or update the row for ``record`` and, when anything changed, add its revision."""
    values = row_values(record, model)
    record_id = getattr(record, "id", "")
    row = session.get(model, record_id) if record_id else None
    if row is None:
        # Defaults filled in here, not at flush: the revision holds full values and the row
        # is written with one INSERT (its rev included).
        row = model(id=record_id or new_id(), **with_defaults(model, values))
        session.add(row)
    else:
        changed = {k: v for k, v in values.items() if getattr(row, k) != v}
        if not changed:
            return row
        for key, value in changed.items():
            setattr(row, key, value)
    _record(session, row, actor, clock, deleted=False)
    return row


def delete(session: Session, row: SyncedRecord, actor: Actor, clock: HybridClock) -> None:
    """Delete a row, keeping a tombstone revision so the deletion has an author and can travel."""
    _record(session, row, actor, clock, deleted=True)
    session.delete(row)
