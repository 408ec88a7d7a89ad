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
from app.domain import bounded_json
from app.domain.errors import ValidationError
from app.domain.records import new_id
from app.services.session import UnlockedVault

MAX_DRAFT = 4_000_000
#: An editor draft nests about six levels (case, relatives, person, names, ...); far deeper is not one.
MAX_DRAFT_DEPTH = 32


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
        """Create or overwrite a draft (JSON-serialisable payload); returns its id.

        ``ValidationError`` (field ``draft``) when it is too large, nested too deeply
        or holds text that is not valid Unicode (a lone surrogate); nothing is written then.
        """
        if bounded_json.depth_exceeds(payload, MAX_DRAFT_DEPTH):
            raise ValidationError("draft", f"nested deeper than {MAX_DRAFT_DEPTH} levels", "too-deep")
        try:
            text = json.dumps(payload, ensure_ascii=False, allow_nan=False)
        except ValueError:
            raise ValidationError("draft", "holds a number that is not finite", "not-a-number") from None
        if len(text) > MAX_DRAFT:
            raise ValidationError("draft", "too large", "too-long")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError(
                "draft", "contains characters that are not valid text", "not-text"
            ) from None
        with self._vault.db.transaction() as session:
            row = session.get(m.Draft, draft_id) if draft_id else None
            if row is None:
                row = m.Draft(id=draft_id or new_id(), user_id=self._vault.actor.user_id)
                session.add(row)
            row.case_id, row.payload, row.updated_at = case_id, text, utcnow()
            return row.id

    def pending(self) -> list[DraftView]:
        """This user's drafts that can be read, newest first.

        A draft that cannot be read back (not a JSON object, nested too deeply, invalid
        text) is not offered; its row stays as it is and the saved case is untouched.
        """
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.scalars(
                select(m.Draft)
                .where(m.Draft.user_id == self._vault.actor.user_id)
                .order_by(m.Draft.updated_at.desc())
            )
            views = []
            for draft in rows:
                payload = _readable(draft.payload)
                if payload is not None:
                    views.append(DraftView(draft.id, draft.case_id, draft.updated_at, payload))
            return views

    def discard(self, draft_id: str) -> None:
        with self._vault.db.transaction() as session:
            delete_draft(session, draft_id)


def delete_draft(session: Session, draft_id: str) -> None:
    """Remove a draft in the caller's transaction (gone already: nothing to do)."""
    session.execute(delete(m.Draft).where(m.Draft.id == draft_id))


def _readable(text: str) -> dict[str, object] | None:
    try:
        payload = bounded_json.loads(text, max_depth=MAX_DRAFT_DEPTH, floats=True)
    except bounded_json.JsonRefused:
        return None
    return payload if isinstance(payload, dict) else None
