# SPDX-License-Identifier: GPL-3.0-or-later
"""Keyset paging of the case list: ties in the sort key, both ways through every order, seeking a
position, the tail, filters with true totals, and query plans that walk an index without a sort."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, update

from app.db import models as m
from app.domain import records as r
from app.domain.vocab import CaseStatus
from app.services.cases import CaseService
from app.services.listing import ListingService
from app.services.session import UnlockedVault

CASES = 23
STATUSES = (CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.CLOSED)
ORDERS = [
    (sort, descending)
    for sort in (
        r.CaseSort.UPDATED,
        r.CaseSort.NAME,
        r.CaseSort.REFERENCE,
        r.CaseSort.STATUS,
        r.CaseSort.OPENED,
        r.CaseSort.DEADLINE,
    )
    for descending in (True, False)
]


@pytest.fixture
def tied(vault: UnlockedVault) -> list[str]:
    """23 cases whose names and last changes fall on only three values each (ties inside every page)."""
    cases = CaseService(vault)
    ids = [
        cases.open_case(
            r.Person(), [r.PersonName("", f"Person {n % 3}")], r.Case("", "", status=STATUSES[n % 3])
        )
        for n in range(CASES)
    ]
    with vault.db.transaction() as session:
        for n, case_id in enumerate(ids):
            session.execute(
                update(m.CaseListing)
                .where(m.CaseListing.case_id == case_id)
                .values(updated_at=dt.datetime(2026, 1, 1 + n % 3, 12, 0))
            )
    return ids


def everything(listing: ListingService, sort: str, descending: bool) -> list[str]:
    return [row.id for row in listing.page(r.CaseFilter(), sort=sort, descending=descending, limit=1000).rows]


def forwards(listing: ListingService, case_filter: r.CaseFilter, limit: int, **order: Any) -> list[str]:
    seen, page = [], listing.page(case_filter, limit=limit, **order)
    while page.rows:
        seen += [row.id for row in page.rows]
        page = listing.page(case_filter, after=page.last_key, limit=limit, count=False, **order)
    return seen


@pytest.mark.parametrize(("sort", "descending"), ORDERS)
def test_paging_forwards_returns_each_case_once_in_order(
    vault: UnlockedVault, tied: list[str], sort: str, descending: bool
) -> None:
    listing = ListingService(vault)
    whole = everything(listing, sort, descending)
    assert sorted(whole) == sorted(tied)
    for limit in (1, 4, 5, 22, 23):
        assert forwards(listing, r.CaseFilter(), limit, sort=sort, descending=descending) == whole


def test_ties_are_broken_by_case_id_the_same_way_as_the_key(vault: UnlockedVault, tied: list[str]) -> None:
    listing = ListingService(vault)
    rows = listing.page(r.CaseFilter(), sort=r.CaseSort.NAME, descending=False, limit=100).rows
    keys = [(row.subject_name, row.id) for row in rows]
    assert keys == sorted(keys)
    rows = listing.page(r.CaseFilter(), limit=100).rows
    keys = [(row.updated_at, row.id) for row in rows]
    assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize(("sort", "descending"), ORDERS)
def test_backwards_from_the_end_and_seeking_a_position(
    vault: UnlockedVault, tied: list[str], sort: str, descending: bool
) -> None:
    listing = ListingService(vault)
    order: dict[str, Any] = {"sort": sort, "descending": descending}
    whole = everything(listing, sort, descending)
    tail = listing.page(r.CaseFilter(), from_end=True, limit=5, **order)
    assert [row.id for row in tail.rows] == whole[-5:]
    assert (tail.offset, tail.total) == (CASES - 5, CASES)
    seen, page = [row.id for row in tail.rows], tail
    while page.rows:
        page = listing.page(r.CaseFilter(), before=page.first_key, limit=5, count=False, **order)
        seen = [row.id for row in page.rows] + seen
    assert seen == whole
    for at in (0, 1, 7, 22, 23, 40):
        page = listing.page(r.CaseFilter(), at=at, limit=4, **order)
        assert [row.id for row in page.rows] == whole[at : at + 4]
        assert page.offset == at and page.total == CASES
        if page.rows:
            after = listing.page(r.CaseFilter(), after=page.last_key, limit=4, **order)
            assert [row.id for row in after.rows] == whole[at + 4 : at + 8]


def test_filters_page_by_key_and_count_true_totals(vault: UnlockedVault, tied: list[str]) -> None:
    listing = ListingService(vault)
    waiting = {case_id for n, case_id in enumerate(tied) if STATUSES[n % 3] is CaseStatus.WAITING}
    wanted = r.CaseFilter(status=CaseStatus.WAITING)
    assert listing.page(wanted, limit=2).total == len(waiting)
    for sort, descending in ORDERS:
        found = forwards(listing, wanted, 3, sort=sort, descending=descending)
        assert sorted(found) == sorted(waiting)
        assert found == [i for i in everything(listing, sort, descending) if i in waiting]
        deep = listing.page(wanted, at=4, limit=2, sort=sort, descending=descending)
        assert [row.id for row in deep.rows] == found[4:6]
    office = listing.offices()[0].id
    assert listing.page(r.CaseFilter(office_id=office), limit=1).total == CASES
    assert listing.page(r.CaseFilter(office_id="no such office")).total == 0
    assert listing.page(r.CaseFilter(), limit=1).total == CASES


@pytest.fixture
def statements(vault: UnlockedVault) -> Iterator[list[tuple[str, Any]]]:
    """Every SQL statement the vault's engine runs, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(vault.db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(vault.db.engine, "before_cursor_execute", record)


@pytest.mark.parametrize(("sort", "descending"), ORDERS)
@pytest.mark.parametrize("deep", [False, True])
@pytest.mark.parametrize(
    "case_filter",
    [
        r.CaseFilter(),
        r.CaseFilter(status=CaseStatus.OPEN, office_id="o"),
        r.CaseFilter(deadline=r.DeadlineFilter.DUE_WITHIN, deadline_days=30),
    ],
)
def test_page_query_walks_the_keyset_index_without_sort_or_offset(
    vault: UnlockedVault,
    tied: list[str],
    statements: list[tuple[str, Any]],
    sort: str,
    descending: bool,
    deep: bool,
    case_filter: r.CaseFilter,
) -> None:
    """With a status or office filter too: the page walks its order's index and tests each case,
    rather than taking every case of a common status and sorting them at every page."""
    listing = ListingService(vault)
    first = listing.page(r.CaseFilter(), sort=sort, descending=descending, limit=5, count=False)
    statements.clear()
    if deep:
        listing.page(
            case_filter, after=first.last_key, sort=sort, descending=descending, limit=5, count=False
        )
    else:
        listing.page(case_filter, from_end=True, sort=sort, descending=descending, limit=5, count=False)
    ((sql, parameters),) = [s for s in statements if "LIMIT" in s[0]]
    assert "OFFSET" not in sql or (
        sql.endswith("LIMIT ? OFFSET ?") and parameters[-1] == 0
    )  # SQLAlchemy's "OFFSET 0"
    index = {
        r.CaseSort.UPDATED: "ix_case_listing_updated_case",
        r.CaseSort.NAME: "ix_case_listing_name_case",
        r.CaseSort.REFERENCE: "ix_cases_reference_id",
        r.CaseSort.STATUS: "ix_cases_status_id",
        r.CaseSort.OPENED: "ix_case_listing_opened_case",
        r.CaseSort.DEADLINE: "ix_case_listing_deadline_case",
    }[sort]
    with vault.db.transaction(readonly=True) as session:
        cursor = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters)
        plan = " | ".join(str(row[-1]) for row in cursor)
    assert f"USING INDEX {index}" in plan and "TEMP B-TREE" not in plan, plan


def test_count_with_no_filter_reads_the_listing_alone(
    vault: UnlockedVault, tied: list[str], statements: list[tuple[str, Any]]
) -> None:
    ListingService(vault).page(r.CaseFilter(), limit=1)
    (count,) = [sql for sql, _ in statements if "count(" in sql]
    assert "case_listing" in count and "cases" not in count.replace("case_listing", "")
