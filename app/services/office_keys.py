# SPDX-License-Identifier: GPL-3.0-or-later
"""This office's key pairs in the vault: made with the vault (or at the first unlock after the
upgrade that brought them), rotated on request, retired keys kept so old bundles stay readable.

Functions take the caller's session: they are parts of a service's transaction.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db import audit
from app.db.base import utcnow
from app.db.models import OfficeKey
from app.domain.records import Actor, new_id
from app.domain.vocab import AuditAction
from app.exchange.office_card import new_identity, new_signing_key

RECEIVE = "x25519"
SIGN = "ed25519"


def has_keys(session: Session) -> bool:
    """Whether this office has a current key of each kind."""
    kinds = session.scalars(select(OfficeKey.kind).where(OfficeKey.retired_at.is_(None))).all()
    return {RECEIVE, SIGN} <= set(kinds)


def ensure_keys(session: Session, actor: Actor) -> bool:
    """Make the office's keys if it has none (a new vault, or one made before they existed)."""
    if has_keys(session):
        return False
    _add_pair(session)
    audit.append(session, AuditAction.OFFICE_KEYS_CREATED, actor.user_id, actor.device_id)
    return True


def rotate(session: Session, actor: Actor) -> None:
    """Retire the current keys (kept, dated) and make new ones."""
    session.execute(update(OfficeKey).where(OfficeKey.retired_at.is_(None)).values(retired_at=utcnow()))
    _add_pair(session)
    audit.append(session, AuditAction.OFFICE_KEYS_ROTATED, actor.user_id, actor.device_id)


def keys(session: Session, kind: str) -> list[OfficeKey]:
    """Every key of ``kind``, the current one first, then retired ones, newest first."""
    rows = session.scalars(select(OfficeKey).where(OfficeKey.kind == kind)).all()
    return sorted(rows, key=lambda k: (k.retired_at is not None, -(k.retired_at or k.created_at).timestamp()))


def current(session: Session, kind: str) -> OfficeKey:
    found = keys(session, kind)
    if not found or found[0].retired_at is not None:
        raise LookupError(f"no current {kind} key")  # ensure_keys runs at every unlock: a bug
    return found[0]


def _add_pair(session: Session) -> None:
    now = utcnow()
    secret, recipient = new_identity()
    private, public = new_signing_key()
    session.add(OfficeKey(id=new_id(), kind=RECEIVE, secret=secret, public=recipient, created_at=now))
    session.add(OfficeKey(id=new_id(), kind=SIGN, secret=private, public=public, created_at=now))
    session.flush()
