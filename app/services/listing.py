# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list: a derived listing row per case, paged and sorted in SQL, and the dashboard.

Dates are compared as dates, never as text: a certificate "valid until October 2023"
runs to 31 October (``days_left``) in the dashboard, the deadline filter and the
deadline column alike; ordering by a date column uses the one chronological order.
Both go through the SQL functions of ``app.db.dates_sql``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Row, Select, bindparam, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.base import utcnow
from app.db.dates_sql import date_order, deadline_order, last_day
from app.db.mapping import table_of
from app.domain import records as r
from app.domain.dates import PartialDate, deadline_key
from app.domain.vocab import EXPIRING_EVENT_KINDS, CaseStatus
from app.names.collation import sort_key
from app.services.session import UnlockedVault

#: What the case list reads per case: id, reference, subject, status, office, opened, deadline, updated.
_ListingQuery = Select[str, str, str, str, str, PartialDate, str, dt.datetime]
_ListingRow = Row[str, str, str, str, str, PartialDate, str, dt.datetime]

_SORT_COLUMNS = {
    r.CaseSort.REFERENCE: m.Case.reference,
    r.CaseSort.NAME: m.CaseListing.sort_name,
    r.CaseSort.STATUS: m.Case.status,
    r.CaseSort.OPENED: date_order(m.Case.opened_on),
    r.CaseSort.DEADLINE: deadline_order(m.CaseListing.next_deadline),
    r.CaseSort.UPDATED: m.CaseListing.updated_at,
}


def refresh_listings(session: Session, case_ids: Iterable[str]) -> None:
    """Recompute the listing rows of cases (subject's name, certificate deadline, last change), a few
    statements per hundreds of cases; a case that is not in the vault is passed over."""
    ids = sorted(set(case_ids))
    connection = session.connection()
    now = utcnow()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        subjects = dict(
            connection.execute(select(m.Case.id, m.Case.subject_id).where(m.Case.id.in_(chunk))).all()
        )
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
            rows.append(
                {
                    "case_id": case_id,
                    "subject_name": name,
                    "sort_name": sort_key(name),
                    "next_deadline": deadline.isoformat() if deadline else "",
                    "updated_at": now,
                }
            )
        if rows:
            connection.execute(_UPSERT, rows)


def touch_listing(session: Session, case_ids: Iterable[str]) -> None:
    """Mark cases as changed now, when nothing else their listing rows show has changed."""
    ids = sorted(set(case_ids))
    if ids:
        session.connection().execute(_TOUCH, {"case_ids": ids, "now": utcnow()})


_LISTING = table_of(m.CaseListing)
_CHUNK = 500  # ids per statement (SQLite's bound-parameter limit)
_NEW_LISTING = sqlite_insert(_LISTING)
_UPSERT = _NEW_LISTING.on_conflict_do_update(
    index_elements=[_LISTING.c.case_id],
    set_={
        name: _NEW_LISTING.excluded[name]
        for name in ("subject_name", "sort_name", "next_deadline", "updated_at")
    },
)
#: Built once: a statement object keeps its compiled form, so each save skips that work.
_TOUCH = (
    update(_LISTING)
    .where(_LISTING.c.case_id.in_(bindparam("case_ids", expanding=True)))
    .values(updated_at=bindparam("now"))
)


#: How many cases each of the dashboard's certificate lists holds (the counts beside them are true totals).
DASHBOARD_ROWS = 100


@dataclass(frozen=True, slots=True)
class Dashboard:
    """What needs attention today."""

    expiring: tuple[r.CaseRow, ...]
    expired: tuple[r.CaseRow, ...]
    intake_count: int
    open_count: int
    draft_count: int
    #: The true numbers of cases; ``expiring`` and ``expired`` hold at most ``DASHBOARD_ROWS`` of them.
    expiring_total: int
    expired_total: int


class ListingService:
    """Read-only queries behind the case list and the dashboard."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def page(
        self,
        case_filter: r.CaseFilter,
        *,
        offset: int = 0,
        limit: int = 200,
        sort: str = r.CaseSort.UPDATED,
        descending: bool = True,
        today: dt.date | None = None,
        count: bool = True,
    ) -> r.Page:
        """One page of the case list, with the total number of matching cases (-1 unless ``count``)."""
        query = _filtered(_base_query(), case_filter, today or dt.date.today())
        column = _SORT_COLUMNS.get(sort, m.CaseListing.updated_at)
        ordered = query.order_by(column.desc() if descending else column.asc(), m.Case.id)
        with self._vault.db.transaction(readonly=True) as session:
            total = (session.scalar(select(func.count()).select_from(query.subquery())) or 0) if count else -1
            rows = session.execute(ordered.offset(offset).limit(limit)).all()
        return r.Page(tuple(_case_row(row) for row in rows), total, offset)

    def rows(
        self, case_ids: list[str], case_filter: r.CaseFilter | None = None, *, today: dt.date | None = None
    ) -> list[r.CaseRow]:
        """Listing rows for the given cases that pass ``case_filter``, in the given order (name search)."""
        with self._vault.db.transaction(readonly=True) as session:
            return filtered_rows(session, case_ids, case_filter, today or dt.date.today())

    def by_reference(self, text: str, *, limit: int = 20) -> list[r.CaseRow]:
        """Cases whose reference starts with ``text`` (any case), by reference: to pick another case."""
        prefix = text.strip()
        if not prefix:
            return []
        query = _base_query().where(m.Case.reference.startswith(prefix, autoescape=True))
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.execute(query.order_by(m.Case.reference).limit(limit)).all()
        return [_case_row(row) for row in rows]

    def dashboard(self, *, within_days: int = 60, today: dt.date | None = None) -> Dashboard:
        """Certificates expiring within ``within_days`` or already expired, and counts."""
        today = today or dt.date.today()
        soon = (today + dt.timedelta(days=within_days)).isoformat()
        now = today.isoformat()
        base = _base_query().where(m.Case.status.not_in([CaseStatus.CLOSED, CaseStatus.ARCHIVED]))
        last, order = last_day(m.CaseListing.next_deadline), deadline_order(m.CaseListing.next_deadline)
        expiring_query, expired_query = base.where(last >= now, last <= soon), base.where(last < now)
        with self._vault.db.transaction(readonly=True) as session:
            expiring = session.execute(expiring_query.order_by(order, m.Case.id).limit(DASHBOARD_ROWS)).all()
            expired = session.execute(
                expired_query.order_by(order.desc(), m.Case.id).limit(DASHBOARD_ROWS)
            ).all()
            expiring_total, expired_total = (
                session.scalar(select(func.count()).select_from(query.subquery())) or 0
                for query in (expiring_query, expired_query)
            )
            counts = dict(session.execute(select(m.Case.status, func.count()).group_by(m.Case.status)).all())
            drafts = session.scalar(
                select(func.count()).select_from(m.Draft).where(m.Draft.user_id == self._vault.actor.user_id)
            )
        return Dashboard(
            tuple(_case_row(x) for x in expiring),
            tuple(_case_row(x) for x in expired),
            counts.get(CaseStatus.INTAKE.value, 0),
            counts.get(CaseStatus.OPEN.value, 0),
            drafts or 0,
            expiring_total,
            expired_total,
        )

    def offices(self) -> list[r.Office]:
        with self._vault.db.transaction(readonly=True) as session:
            return [
                r.Office(o.name, id=o.id) for o in session.scalars(select(m.Office).order_by(m.Office.name))
            ]


def filtered_rows(
    session: Session, case_ids: list[str], case_filter: r.CaseFilter | None, today: dt.date
) -> list[r.CaseRow]:
    """``ListingService.rows`` within the caller's transaction."""
    query = _base_query().where(m.Case.id.in_(case_ids))
    if case_filter is not None:
        query = _filtered(query, case_filter, today)
    found = {row.id: _case_row(row) for row in session.execute(query)}
    return [found[i] for i in case_ids if i in found]


def _base_query() -> _ListingQuery:
    return (
        select(
            m.Case.id,
            m.Case.reference,
            m.CaseListing.subject_name,
            m.Case.status,
            m.Office.name,
            m.Case.opened_on,
            m.CaseListing.next_deadline,
            m.CaseListing.updated_at,
        )
        .join(m.CaseListing, m.CaseListing.case_id == m.Case.id)
        .join(m.Office, m.Office.id == m.Case.office_id)
    )


def _filtered(query: _ListingQuery, case_filter: r.CaseFilter, today: dt.date) -> _ListingQuery:
    if case_filter.status is not None:
        query = query.where(m.Case.status == case_filter.status.value)
    if case_filter.office_id:
        query = query.where(m.Case.office_id == case_filter.office_id)
    if case_filter.deadline is None:
        return query
    if case_filter.status is None:
        query = query.where(m.Case.status.not_in([CaseStatus.CLOSED, CaseStatus.ARCHIVED]))
    last = last_day(m.CaseListing.next_deadline)  # NULL when no deadline is known
    if case_filter.deadline is r.DeadlineFilter.OVERDUE:
        return query.where(last < today.isoformat())
    if case_filter.deadline is r.DeadlineFilter.DUE_WITHIN:
        limit = (today + dt.timedelta(days=case_filter.deadline_days)).isoformat()
        return query.where(last >= today.isoformat(), last <= limit)
    return query.where(last.is_(None))


def _case_row(row: _ListingRow) -> r.CaseRow:
    case_id, reference, name, status, office, opened, deadline, updated = row
    return r.CaseRow(
        id=case_id,
        reference=reference,
        subject_name=name,
        status=CaseStatus(status),
        office_name=office,
        opened_on=opened,
        next_deadline=PartialDate.parse(deadline) if deadline else None,
        updated_at=updated,
    )
