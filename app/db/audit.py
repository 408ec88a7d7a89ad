# SPDX-License-Identifier: GPL-3.0-or-later
"""The append-only audit log, hash-chained so that an edited or removed entry is detected."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.mapping import table_of
from app.db.models import AuditEntry
from app.domain.revision_id import canonical_json

GENESIS = "0" * 64

_LAST = select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
_APPEND = insert(table_of(AuditEntry))


def _entry_hash(
    seq: int, at: dt.datetime, action: str, user_id: str, device_id: str, detail: str, prev_hash: str
) -> str:
    body = {
        "seq": seq,
        "at": at.isoformat(),
        "action": action,
        "user": user_id,
        "device": device_id,
        "detail": detail,
        "prev": prev_hash,
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
) -> None:
    """Add an entry after the last one, dated ``at`` (default: now).

    ``detail`` holds ids and counts, never case content.
    """
    connection = session.connection()
    last = connection.execute(_LAST).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = (at or utcnow()).replace(microsecond=0)
    text = json.dumps(detail, sort_keys=True, ensure_ascii=False)
    entry_hash = _entry_hash(seq, at, action, user_id, device_id, text, prev_hash)
    connection.execute(
        _APPEND,
        {
            "seq": seq,
            "at": at,
            "action": action,
            "user_id": user_id,
            "device_id": device_id,
            "detail": text,
            "prev_hash": prev_hash,
            "hash": entry_hash,
        },
    )


def first_broken_entry(session: Session) -> int | None:
    """Sequence number of the first entry whose chain does not hold, or None if all is intact."""
    previous, expected_seq = GENESIS, 1
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        expected_hash = _entry_hash(e.seq, e.at, e.action, e.user_id, e.device_id, e.detail, e.prev_hash)
        if e.seq != expected_seq or e.prev_hash != previous or e.hash != expected_hash:
            return e.seq
        previous, expected_seq = e.hash, expected_seq + 1
    return None
