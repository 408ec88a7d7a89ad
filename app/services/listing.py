# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list: a derived listing row per case (written by ``app.services.listing_rows``), paged and
sorted in SQL, and the dashboard.

Dates are compared as dates, never as text: a certificate "valid until October 2023"
runs to 31 October (``days_left``) in the dashboard, the deadline filter and the
deadline column alike, through the SQL functions of ``app.db.dates_sql``; ordering by
the opened date or the deadline uses the one chronological order, whose text the
listing row stores (``opened_order``, ``deadline_order``) so that it is indexed.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, String, bindparam, func, select, tuple_, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from app.db import models as m
from app.db.dates_sql import cached_date, last_day
from app.domain import records as r
from app.domain.vocab import CaseStatus
from app.services.case_refs import case_ids_with_reference
from app.services.session import UnlockedVault

#: What the case list reads per case: id, reference, subject, status, office, opened, deadline, updated.
_ListingQuery = Select[str, str, str, str, str, str, str, dt.datetime]

_Q = TypeVar("_Q", bound=Select[*tuple[Any, ...]])
_Key = ColumnElement[Any] | QueryableAttribute[Any]
#: Each order's key, indexed together with its table's case id, in ``case_listing`` or ``cases``
#: (migrations 0009 and 0011), so every order pages by key.
_SORT_COLUMNS: dict[str, _Key] = {
    r.CaseSort.REFERENCE: m.Case.reference,
    r.CaseSort.NAME: m.CaseListing.sort_name,
    r.CaseSort.STATUS: m.Case.status,
    r.CaseSort.OPENED: m.CaseListing.opened_order,
    r.CaseSort.DEADLINE: m.CaseListing.deadline_order,
    r.CaseSort.UPDATED: m.CaseListing.updated_at,
}


#: The tie-break of each order: the case id of the table its key lives in, as indexed with the key.
_TIE_BREAKS: dict[str, _Key] = {r.CaseSort.REFERENCE: m.Case.id, r.CaseSort.STATUS: m.Case.id}


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
        after: r.PageKey | None = None,
        before: r.PageKey | None = None,
        at: int = 0,
        from_end: bool = False,
        limit: int = 200,
        sort: str = r.CaseSort.UPDATED,
        descending: bool = True,
        today: dt.date | None = None,
        count: bool = True,
    ) -> r.Page:
        """One page of the case list in list order, found by key (keyset paging), and the total number
        of matching cases (-1 unless ``count``).  One read transaction; never raises for an empty page.

        ``after``: the rows that follow that key; ``before``: the ``limit`` rows just before it;
        ``from_end``: the last ``limit`` rows; otherwise the rows from position ``at`` (0: the first
        page; deeper, the key before ``at`` is found by a lean index walk, then paged from).  Every
        order walks its (key, case id) index of ``case_listing`` or ``cases``: no sort, no OFFSET scan.
        """
        today = today or dt.date.today()
        backwards = before is not None or from_end
        start = before if backwards else after
        offset = 0 if start is None and not backwards else -1
        with self._vault.db.transaction(readonly=True) as session:
            connection = session.connection()  # Core rows: the ORM adds nothing to plain columns
            total = _count(connection, case_filter, today) if count else -1
            if start is None and not backwards and at > 0:
                seek = _ordered(
                    _filtered(_key_query(sort, case_filter), case_filter, today), sort, descending
                )
                found = connection.execute(seek.offset(at - 1).limit(1)).first()
                if found is None:
                    return r.Page((), total, at)
                start, offset = (found[0], found[1]), at
            statement = _page_statement(
                sort, descending != backwards, start is not None, case_filter, today, limit
            )
            bounds = {"key": start[0], "key_id": start[1]} if start is not None else {}
            rows = list(connection.execute(statement, bounds).all())
        if backwards:
            rows.reverse()
            if from_end and total >= 0:
                offset = total - len(rows)
        keys: list[r.PageKey] = [(row[-1], row[0]) for row in rows]
        return r.Page(
            tuple(_case_row(*row[:-1]) for row in rows),
            total,
            offset,
            keys[0] if keys else None,
            keys[-1] if keys else None,
        )

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
        return [_case_row(*row) for row in rows]

    def ids_with_reference(self, reference: str) -> list[str]:
        """The case with this reference (letter case aside): one id, none, or several when two
        offices gave the same reference before a merge (``case_refs.case_ids_with_reference``)."""
        with self._vault.db.transaction(readonly=True) as session:
            return case_ids_with_reference(session, reference)

    def dashboard(self, *, within_days: int = 60, today: dt.date | None = None) -> Dashboard:
        """Certificates expiring within ``within_days`` or already expired, and counts."""
        today = today or dt.date.today()
        soon = (today + dt.timedelta(days=within_days)).isoformat()
        now = today.isoformat()
        base = _base_query().where(m.Case.status.not_in([CaseStatus.CLOSED, CaseStatus.ARCHIVED]))
        last, order = last_day(m.CaseListing.next_deadline), m.CaseListing.deadline_order
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
            tuple(_case_row(*x) for x in expiring),
            tuple(_case_row(*x) for x in expired),
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
    found = {row.id: _case_row(*row) for row in session.execute(query)}
    return [found[i] for i in case_ids if i in found]


def _base_query() -> _ListingQuery:
    return (
        select(
            m.Case.id,
            m.Case.reference,
            m.CaseListing.subject_name,
            m.Case.status,
            m.Office.name,
            type_coerce(m.Case.opened_on, String),  # read through the cache of parsed dates below
            m.CaseListing.next_deadline,
            m.CaseListing.updated_at,
        )
        .join(m.CaseListing, m.CaseListing.case_id == m.Case.id)
        .join(m.Office, m.Office.id == m.Case.office_id)
    )


@functools.lru_cache(maxsize=64)
def _page_statement(
    sort: str, descending: bool, keyed: bool, case_filter: r.CaseFilter, today: dt.date, limit: int
) -> Select[*tuple[Any, ...]]:
    """A page query in one direction, from the start or from the bound key (``key``, ``key_id``), the
    key appended as the last column.  Built once per shape: building and hashing a statement costs
    more than a page of rows."""
    # Every order's (key, id) is indexed: walk it, whatever the filter.
    query = _filtered(_base_query().add_columns(_key_text(sort)), case_filter, today, walk=sort)
    if keyed:
        bound = tuple_(_key_text(sort), _walked(sort)[1])
        wanted = tuple_(bindparam("key", type_=String), bindparam("key_id", type_=String))
        query = query.where(bound < wanted if descending else bound > wanted)
    return _ordered(query, sort, descending).limit(limit)


def _walked(sort: str) -> tuple[_Key, _Key]:
    """The key and tie-break an order walks (an unknown order is the last update's)."""
    return _SORT_COLUMNS.get(sort, m.CaseListing.updated_at), _TIE_BREAKS.get(sort, m.CaseListing.case_id)


def _key_text(sort: str) -> ColumnElement[Any]:
    """The sort key as the text SQLite compares (a key goes back to SQL exactly as it came out)."""
    return type_coerce(_walked(sort)[0], String)


def _key_query(sort: str, case_filter: r.CaseFilter) -> Select[Any, str]:
    """The sort key and case id alone, for seeking a position with the fewest table reads: with no
    filter and an indexed order, only that index is read."""
    query = select(_key_text(sort), _walked(sort)[1])
    if case_filter == r.CaseFilter():
        return query
    return query.select_from(m.CaseListing).join(m.Case, m.Case.id == m.CaseListing.case_id)


def _ordered(query: _Q, sort: str, descending: bool) -> _Q:
    """``query`` in a case-list order: the sort key, then the case id, both the same way (as indexed)."""
    key, tie = _walked(sort)
    if descending:
        return query.order_by(key.desc(), tie.desc())
    return query.order_by(key.asc(), tie.asc())


def _count(connection: Connection, case_filter: r.CaseFilter, today: dt.date) -> int:
    """Matching cases.  Every case has exactly one listing row (written with it, removed by cascade), so
    with no filter the listing alone is counted, and a status or office filter counts cases by index."""
    if case_filter == r.CaseFilter():
        return connection.scalar(select(func.count()).select_from(m.CaseListing)) or 0
    counted = select(func.count()).select_from(m.Case)
    if case_filter.deadline is not None:  # the deadline is the listing's; status and office are indexed
        counted = counted.join(m.CaseListing, m.CaseListing.case_id == m.Case.id)
    return connection.scalar(_filtered(counted, case_filter, today)) or 0


def _filtered(query: _Q, case_filter: r.CaseFilter, today: dt.date, *, walk: str | None = None) -> _Q:
    """``query`` keeping the cases ``case_filter`` keeps.  ``walk``: the order whose index a page walks;
    the status and office tests may not use their own indexes then (SQLite's unary ``+``), so the
    page stops after ``limit`` matches instead of sorting every case of a common status at every
    page; a status test in the status order narrows that order's own index."""
    status: ColumnElement[str] = m.Case.status.expression
    office: ColumnElement[str] = m.Case.office_id.expression
    if walk is not None:
        office = _unindexed(office)
        status = status if walk == r.CaseSort.STATUS else _unindexed(status)
    if case_filter.status is not None:
        query = query.where(status == case_filter.status.value)
    if case_filter.office_id:
        query = query.where(office == case_filter.office_id)
    if case_filter.deadline is None:
        return query
    if case_filter.status is None:
        query = query.where(status.not_in([CaseStatus.CLOSED, CaseStatus.ARCHIVED]))
    last = last_day(m.CaseListing.next_deadline)  # NULL when no deadline is known
    if case_filter.deadline is r.DeadlineFilter.OVERDUE:
        return query.where(last < today.isoformat())
    if case_filter.deadline is r.DeadlineFilter.DUE_WITHIN:
        limit = (today + dt.timedelta(days=case_filter.deadline_days)).isoformat()
        return query.where(last >= today.isoformat(), last <= limit)
    return query.where(last.is_(None))


def _unindexed(column: ColumnElement[str]) -> ColumnElement[str]:
    return UnaryExpression(column, operator=custom_op("+"), type_=String())


def _case_row(
    case_id: str,
    reference: str,
    name: str,
    status: str,
    office: str,
    opened: str,
    deadline: str,
    updated: dt.datetime,
    *_: object,
) -> r.CaseRow:
    return r.CaseRow(
        id=case_id,
        reference=reference,
        subject_name=name,
        status=CaseStatus(status),
        office_name=office,
        opened_on=cached_date(opened),  # dates repeat across rows: parsed once each (a page's main cost)
        next_deadline=cached_date(deadline) if deadline else None,
        updated_at=updated,
    )
