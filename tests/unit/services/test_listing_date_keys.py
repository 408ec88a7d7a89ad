# SPDX-License-Identifier: GPL-3.0-or-later
"""The opened-date and deadline orders of the case list by their stored keys (migration 0011): the
chronological order of partial dates, both ways by key, kept in step by every writer of cases."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.domain import records as r
from app.domain.dates import PartialDate, deadline_key
from app.domain.vocab import CaseStatus, LegalEventKind
from app.services.case_edit import CaseEdit, CaseEditService
from app.services.cases import CaseService
from app.services.demo import populate
from app.services.exchange import ExchangeService
from app.services.listing import ListingService
from app.services.session import UnlockedVault
from tests.unit.services.exchange_kit import partnered

#: Opened dates and certificate deadlines of every precision, with ties ("" is unknown, no certificate).
DATES = ["2019", "2019-10", "2019-10-01", "2019~", "", "[2017..2019]", "2021-04", "2019-10", "2019-12-31"]
#: The stored keys against the SQL functions the case list ordered by before them: no row differs.
MISMATCHED = text(
    "SELECT count(*) FROM case_listing AS l JOIN cases AS c ON c.id = l.case_id "
    "WHERE l.opened_order != pana_date_order(c.opened_on) "
    "OR l.deadline_order != pana_deadline_order(l.next_deadline)"
)


def _mismatched(vault: UnlockedVault) -> int:
    with vault.db.transaction(readonly=True) as session:
        return int(session.execute(MISMATCHED).scalar_one())


def _case(cases: CaseService, number: int, opened: str, until: str) -> str:
    case = r.Case("", "", status=CaseStatus.OPEN, opened_on=PartialDate.parse(opened))
    case_id = cases.open_case(r.Person(), [r.PersonName("", f"Fictional Person {number}")], case)
    if until:
        cases.save(
            r.LegalEvent(case_id, LegalEventKind.CERTIFICATE_EXTENDED, valid_until=PartialDate.parse(until))
        )
    return case_id


@pytest.fixture
def mixed(vault: UnlockedVault) -> list[str]:
    """27 cases: every pair of an opened date and a deadline of ``DATES`` shifted, ties included."""
    cases = CaseService(vault)
    return [
        _case(cases, n, DATES[n % len(DATES)], DATES[(n * 4 + 1) % len(DATES)]) for n in range(len(DATES) * 3)
    ]


def _expected(listing: ListingService, sort: str, descending: bool) -> list[str]:
    """Every case sorted in Python by ``PartialDate.sort_key`` or ``deadline_key``, then case id."""
    rows = listing.rows(sorted(_all_ids(listing)))

    def key(row: r.CaseRow) -> tuple[Any, str]:
        if sort == r.CaseSort.OPENED:
            return row.opened_on.sort_key(), row.id
        return deadline_key(row.next_deadline or PartialDate()), row.id

    return [row.id for row in sorted(rows, key=key, reverse=descending)]


def _all_ids(listing: ListingService) -> list[str]:
    return [row.id for row in listing.page(r.CaseFilter(), limit=1000).rows]


def _forwards(listing: ListingService, limit: int, **order: Any) -> list[str]:
    seen, page = [], listing.page(r.CaseFilter(), limit=limit, **order)
    while page.rows:
        seen += [row.id for row in page.rows]
        page = listing.page(r.CaseFilter(), after=page.last_key, limit=limit, count=False, **order)
    return seen


def _backwards(listing: ListingService, limit: int, **order: Any) -> list[str]:
    page = listing.page(r.CaseFilter(), from_end=True, limit=limit, **order)
    seen = []
    while page.rows:
        seen = [row.id for row in page.rows] + seen
        page = listing.page(r.CaseFilter(), before=page.first_key, limit=limit, count=False, **order)
    return seen


@pytest.mark.parametrize("sort", [r.CaseSort.OPENED, r.CaseSort.DEADLINE])
@pytest.mark.parametrize("descending", [False, True])
def test_paging_both_ways_gives_the_python_order_of_partial_dates(
    vault: UnlockedVault, mixed: list[str], sort: str, descending: bool
) -> None:
    listing = ListingService(vault)
    expected = _expected(listing, sort, descending)
    assert sorted(expected) == sorted(mixed)
    order: dict[str, Any] = {"sort": sort, "descending": descending}
    for limit in (1, 4, 9, 30):
        assert _forwards(listing, limit, **order) == expected
        assert _backwards(listing, limit, **order) == expected
    for at in (0, 5, 13, 26):
        assert [row.id for row in listing.page(r.CaseFilter(), at=at, limit=3, **order).rows] == (
            expected[at : at + 3]
        )
    assert _mismatched(vault) == 0


def _position(listing: ListingService, case_id: str, sort: str) -> int:
    return [row.id for row in listing.page(r.CaseFilter(), sort=sort, descending=False).rows].index(case_id)


def test_editing_the_opened_date_or_a_certificate_moves_the_case(
    vault: UnlockedVault, mixed: list[str]
) -> None:
    cases, edits, listing = CaseService(vault), CaseEditService(vault), ListingService(vault)
    moved = mixed[4]  # opened on an unknown date: among the last three
    assert _position(listing, moved, r.CaseSort.OPENED) >= len(mixed) - 3
    loaded = cases.get_case(moved)
    earliest = dataclasses.replace(loaded.case, opened_on=PartialDate(2010, 5))
    edits.save(CaseEdit(dataclasses.replace(loaded, case=earliest), loaded))
    assert _position(listing, moved, r.CaseSort.OPENED) == 0

    cases.save(dataclasses.replace(earliest, opened_on=PartialDate(2030)))  # the single-record save
    assert _position(listing, moved, r.CaseSort.OPENED) == len(mixed) - 3  # before the two other unknowns

    loaded = cases.get_case(moved)
    (certificate,) = loaded.legal_events
    soonest = dataclasses.replace(certificate, valid_until=PartialDate(2001))
    edits.save(CaseEdit(dataclasses.replace(loaded, legal_events=(soonest,)), loaded))
    assert _position(listing, moved, r.CaseSort.DEADLINE) == 0
    cases.save(dataclasses.replace(soonest, valid_until=PartialDate()))  # no deadline known: with the last
    rows = listing.page(r.CaseFilter(), sort=r.CaseSort.DEADLINE, descending=False).rows
    assert [row.id for row in rows].index(moved) >= len([row for row in rows if row.next_deadline])
    assert _mismatched(vault) == 0


def test_demo_cases_and_cases_from_a_partner_office_carry_their_keys(tmp_path: Path) -> None:
    with partnered(tmp_path, "AB") as (a, b):
        populate(a, 12)
        opened = CaseService(a).open_case(
            r.Person(),
            [r.PersonName("", "Fictional Person A")],
            r.Case("", "", opened_on=PartialDate(2018, 3)),
        )
        ExchangeService(a).export(tmp_path / "1.pana", to=[b.actor.office_id])
        ExchangeService(b).import_bundle((tmp_path / "1.pana").read_bytes())
        case = CaseService(a).get_case(opened).case
        CaseService(a).save(dataclasses.replace(case, opened_on=PartialDate(1999)))
        ExchangeService(a).export(tmp_path / "2.pana", to=[b.actor.office_id])
        ExchangeService(b).import_bundle((tmp_path / "2.pana").read_bytes())

        for vault in (a, b):
            assert _mismatched(vault) == 0
            first = ListingService(vault).page(r.CaseFilter(), sort=r.CaseSort.OPENED, descending=False)
            assert first.total == 13 and first.rows[0].id == opened
