# SPDX-License-Identifier: GPL-3.0-or-later
"""Editor drafts: unsaved form state kept encrypted in the vault, offered back after a crash or lock."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.base import utcnow
from app.domain.errors import ValidationError
from app.domain.records import new_id
from app.services.session import UnlockedVault

MAX_DRAFT = 4_000_000


@dataclass(frozen=True, slots=True)
class DraftView:
    id: str
    case_id: str | None
    updated_at: dt.datetime
    payload: dict[str, object]


class DraftService:
    """Drafts belong to the user who wrote them."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def save(self, payload: dict[str, object], *, draft_id: str = "", case_id: str | None = None) -> str:
        """Create or overwrite a draft (JSON-serialisable payload); returns its id."""
        text = json.dumps(payload, ensure_ascii=False)
        if len(text) > MAX_DRAFT:
            raise ValidationError("draft", "too large")
        with self._vault.db.transaction() as session:
            row = session.get(m.Draft, draft_id) if draft_id else None
            if row is None:
                row = m.Draft(id=draft_id or new_id(), user_id=self._vault.actor.user_id)
                session.add(row)
            row.case_id, row.payload, row.updated_at = case_id, text, utcnow()
            return row.id

    def pending(self) -> list[DraftView]:
        """This user's drafts, newest first."""
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.scalars(
                select(m.Draft)
                .where(m.Draft.user_id == self._vault.actor.user_id)
                .order_by(m.Draft.updated_at.desc())
            )
            return [DraftView(d.id, d.case_id, d.updated_at, json.loads(d.payload)) for d in rows]

    def discard(self, draft_id: str) -> None:
        with self._vault.db.transaction() as session:
            delete_draft(session, draft_id)


def delete_draft(session: Session, draft_id: str) -> None:
    """Remove a draft in the caller's transaction (gone already: nothing to do)."""
    session.execute(delete(m.Draft).where(m.Draft.id == draft_id))
