# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list's derived rows (``case_listing``), kept in step with what they derive from.

Whatever writes case records calls these inside its own transaction (``CaseWriter.finish``,
attachments, purge, the demo's bulk build through ``order_keys``): a row is recomputed when the
subject's spellings, a certificate deadline or the opened date changed, or the case is new, and
otherwise only marked as changed now.  ``app.services.listing`` reads the rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import String, bindparam, select, type_coerce, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.db import direct
from app.db import models as m
from app.db.base import utcnow
from app.db.dates_sql import date_order_text, deadline_order_text
from app.db.many_rows import id_list
from app.db.mapping import table_of
from app.domain.dates import PartialDate, deadline_key
from app.domain.vocab import EXPIRING_EVENT_KINDS
from app.names.collation import sort_key


def refresh_listings(session: Session, case_ids: Iterable[str]) -> None:
    """Recompute the listing rows of cases (subject's name, certificate deadline, the keys of the opened
    and deadline orders, last change), a few statements per hundreds of cases; a case that is not in
    the vault is passed over."""
    ids = sorted(set(case_ids))
    connection = session.connection()
    now = utcnow()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        cases = connection.execute(
            select(m.Case.id, m.Case.subject_id, type_coerce(m.Case.opened_on, String)).where(
                m.Case.id.in_(chunk)
            )
        ).all()
        subjects = {case_id: subject_id for case_id, subject_id, _ in cases}
        opened = {case_id: opened_on for case_id, _, opened_on in cases}
        names: dict[str, tuple[bool, str]] = {}  # the primary spelling, else the first by text
        spellings = connection.execute(
            select(m.PersonName.person_id, m.PersonName.is_primary, m.PersonName.text).where(
                m.PersonName.person_id.in_(sorted(set(subjects.values())))
            )
        )
        for person_id, primary, text in spellings:
            best = names.get(person_id)
            if best is None or (not primary, text) < (not best[0], best[1]):
                names[person_id] = (primary, text)
        valid_until: dict[str, list[PartialDate]] = defaultdict(list)
        events = connection.execute(
            select(m.LegalEvent.case_id, m.LegalEvent.valid_until).where(
                m.LegalEvent.case_id.in_(chunk),
                m.LegalEvent.kind.in_([k.value for k in EXPIRING_EVENT_KINDS]),
                m.LegalEvent.valid_until != PartialDate(),
            )
        )
        for case_id, until in events:
            valid_until[case_id].append(until)
        rows = []
        for case_id, subject_id in subjects.items():
            name = names.get(subject_id, (False, ""))[1]
            deadline = max(valid_until[case_id], key=deadline_key, default=None)  # the longest, as dates
            deadline_text = deadline.isoformat() if deadline else ""
            rows.append(
                {
                    "case_id": case_id,
                    "subject_name": name,
                    "sort_name": sort_key(name),
                    "next_deadline": deadline_text,
                    **order_keys(opened[case_id], deadline_text),
                    "updated_at": now,
                }
            )
        if rows:
            connection.execute(_UPSERT, rows)


def order_keys(opened_on: str, next_deadline: str) -> dict[str, str]:
    """The stored keys of the opened and deadline orders of a listing row, from the canonical texts
    of the case's opened date and of the row's ``next_deadline``: whatever writes a row sets them."""
    return {"opened_order": date_order_text(opened_on), "deadline_order": deadline_order_text(next_deadline)}


def touch_listing(session: Session, case_ids: Iterable[str]) -> None:
    """Mark cases as changed now, when nothing else their listing rows show has changed."""
    ids = sorted(set(case_ids))
    if ids:
        direct.write(session.connection(), _TOUCH, {"case_ids": json.dumps(ids), "now": utcnow()})


_LISTING = table_of(m.CaseListing)
_CHUNK = 500  # ids per statement (SQLite's bound-parameter limit)
_NEW_LISTING = sqlite_insert(_LISTING)
_UPSERT = _NEW_LISTING.on_conflict_do_update(
    index_elements=[_LISTING.c.case_id],
    set_={
        column.name: _NEW_LISTING.excluded[column.name]
        for column in _LISTING.columns
        if column.name != "case_id"
    },
)
#: Built once: a statement object keeps its compiled form, so each save skips that work.
_TOUCH = (
    update(_LISTING).where(_LISTING.c.case_id.in_(id_list("case_ids"))).values(updated_at=bindparam("now"))
)
