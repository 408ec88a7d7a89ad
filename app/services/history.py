# SPDX-License-Identifier: GPL-3.0-or-later
"""A case's history from its revisions: who changed what and when, field by field.

Values are shown in today's shape (``app.db.upcast``): a revision written before a data
model change reads as the rows read now, and its diff with its parent shows no change the
upgrade made on its own."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from app.db import models as m
from app.db.upcast import upcast
from app.domain.records import FieldChange, RevisionView
from app.services.session import UnlockedVault


def diff(old: dict[str, object], new: dict[str, object]) -> tuple[FieldChange, ...]:
    """Fields whose value differs between two revisions' values (absent counts as None)."""
    return tuple(
        FieldChange(key, old.get(key), new.get(key))
        for key in sorted(old.keys() | new.keys())
        if old.get(key) != new.get(key)
    )


class HistoryService:
    """Read-only history queries."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def case_history(self, case_id: str) -> list[RevisionView]:
        """Every revision of the case's records (deleted ones included), oldest first."""
        with self._vault.db.transaction(readonly=True) as session:
            case = session.get(m.Case, case_id)
            person_ids = [case.subject_id] if case else []
            person_ids += list(
                session.scalars(select(m.Relative.person_id).where(m.Relative.case_id == case_id))
            )
            revisions = list(
                session.scalars(
                    select(m.Revision)
                    .where(
                        or_(
                            m.Revision.record_id.in_([case_id, *person_ids]),
                            func.json_extract(m.Revision.values, "$.case_id") == case_id,
                            # a link kept with another case that points into this one
                            func.json_extract(m.Revision.values, "$.target_case_id") == case_id,
                            func.json_extract(m.Revision.values, "$.person_id").in_(person_ids),
                        )
                    )
                    .order_by(m.Revision.hlc)
                )
            )
            shaped = {rev.id: upcast(rev.record_table, rev.values) for rev in revisions}
            # A revision's parents are revisions of the same record, nearly always loaded above; the
            # others (the record belonged elsewhere then) are read by their key, and shaped too.
            missing = {p for rev in revisions for p in rev.parents} - shaped.keys()
            if missing:
                record_ids = {rev.record_id for rev in revisions if set(rev.parents) & missing}
                of_records = m.Revision.record_id.in_(record_ids) & m.Revision.id.in_(missing)
                shaped |= {
                    rev.id: upcast(rev.record_table, rev.values)
                    for rev in session.scalars(select(m.Revision).where(of_records))
                }
            users = dict(session.execute(select(m.User.id, m.User.username)).all())
        return [
            RevisionView(
                id=rev.id,
                table=rev.record_table,
                record_id=rev.record_id,
                parents=tuple(rev.parents),
                values=shaped[rev.id],
                deleted=rev.deleted,
                author=users.get(rev.author_user_id, ""),
                device_id=rev.author_device_id,
                office_id=rev.author_office_id,
                hlc=rev.hlc,
                at=rev.created_at,
                changes=diff(shaped.get(rev.parents[0], {}) if rev.parents else {}, shaped[rev.id]),
            )
            for rev in revisions
        ]
