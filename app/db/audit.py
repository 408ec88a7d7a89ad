# SPDX-License-Identifier: GPL-3.0-or-later
"""The append-only audit log, hash-chained so that an edited or removed entry is detected."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import AuditEntry
from app.db.revisions import canonical_json

GENESIS = "0" * 64


def _entry_hash(entry: AuditEntry) -> str:
    body = {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "action": entry.action,
        "user": entry.user_id,
        "device": entry.device_id,
        "detail": entry.detail,
        "prev": entry.prev_hash,
    }
    return hashlib.sha256(canonical_json(body)).hexdigest()


def append(
    session: Session,
    action: str,
    user_id: str,
    device_id: str,
    *,
    at: datetime | None = None,
    **detail: object,
) -> AuditEntry:
    """Add an entry after the last one, dated ``at`` (default: now).

    ``detail`` holds ids and counts, never case content.
    """
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    entry = AuditEntry(
        seq=(last.seq + 1) if last else 1,
        at=(at or utcnow()).replace(microsecond=0),
        action=action,
        user_id=user_id,
        device_id=device_id,
        detail=json.dumps(detail, sort_keys=True, ensure_ascii=False),
        prev_hash=last.hash if last else GENESIS,
    )
    entry.hash = _entry_hash(entry)
    session.add(entry)
    return entry


def first_broken_entry(session: Session) -> int | None:
    """Sequence number of the first entry whose chain does not hold, or None if all is intact."""
    previous, expected_seq = GENESIS, 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.seq != expected_seq or entry.prev_hash != previous or entry.hash != _entry_hash(entry):
            return entry.seq
        previous, expected_seq = entry.hash, expected_seq + 1
    return None
