# SPDX-License-Identifier: GPL-3.0-or-later
"""The append-only audit log, hash-chained so that an edited or removed entry is detected."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from datetime import datetime

from sqlalchemy import Connection, bindparam, exists, func, insert, literal_column, select
from sqlalchemy.orm import Session

from app.db import direct
from app.db.base import utcnow
from app.db.mapping import table_of
from app.db.models import AuditEntry
from app.domain.canonical import canonical_json

GENESIS = "0" * 64

_TABLE = table_of(AuditEntry)
_LAST = select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
_APPEND = insert(_TABLE)
_COLUMNS = ("seq", "at", "action", "user_id", "device_id", "detail", "prev_hash", "hash")
#: The entry, added only if the entry it follows is still the last one, with that hash: the chain
#: head a connection remembers is checked by the very statement that extends it.
_PARAMS = {name: bindparam(name, type_=_TABLE.c[name].type) for name in _COLUMNS}
_PREVIOUS = _PARAMS["seq"] - literal_column("1")
_APPEND_AFTER = _APPEND.from_select(
    list(_COLUMNS),
    select(*_PARAMS.values()).where(
        select(func.max(_TABLE.c.seq)).scalar_subquery() == _PREVIOUS,
        exists().where(_TABLE.c.seq == _PREVIOUS, _TABLE.c.hash == _PARAMS["prev_hash"]),
    ),
)
#: Where a connection keeps the last entry it wrote or read (``Connection.info`` lives as long as the
#: driver connection: it is gone when the vault locks).
HEAD = "pana.audit_head"


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
    at = (at or utcnow()).replace(microsecond=0)
    text = json.dumps(detail, sort_keys=True, ensure_ascii=False)
    head = connection.info.get(HEAD)
    if head is not None:
        entry = entry_after(head, at, action, user_id, device_id, text)
        if direct.write(connection, _APPEND_AFTER, entry):
            connection.info[HEAD] = (head[0] + 1, entry["hash"])
            return
    # No head remembered, or another connection (or a rolled-back transaction) moved it: look it up.
    head = _last(connection)
    entry = entry_after(head, at, action, user_id, device_id, text)
    direct.write(connection, _APPEND, entry)
    connection.info[HEAD] = (head[0] + 1, entry["hash"])


def _last(connection: Connection) -> tuple[int, str]:
    """(seq, hash) of the last entry; (0, GENESIS) when there is none."""
    last = direct.rows(connection, _LAST, {})
    return (last[0][0], last[0][1]) if last else (0, GENESIS)


def entry_after(
    head: tuple[int, str], at: datetime, action: str, user_id: str, device_id: str, detail: str
) -> dict[str, object]:
    """The columns of the entry that follows ``head`` (seq, hash)."""
    seq, prev_hash = head[0] + 1, head[1]
    return {
        "seq": seq,
        "at": at,
        "action": action,
        "user_id": user_id,
        "device_id": device_id,
        "detail": detail,
        "prev_hash": prev_hash,
        "hash": _entry_hash(seq, at, action, user_id, device_id, detail, prev_hash),
    }


def first_broken_entry(session: Session) -> int | None:
    """Sequence number of the first entry whose chain does not hold, or None if all is intact."""
    previous, expected_seq = GENESIS, 1
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        expected_hash = _entry_hash(e.seq, e.at, e.action, e.user_id, e.device_id, e.detail, e.prev_hash)
        if e.seq != expected_seq or e.prev_hash != previous or e.hash != expected_hash:
            return e.seq
        previous, expected_seq = e.hash, expected_seq + 1
    return None
