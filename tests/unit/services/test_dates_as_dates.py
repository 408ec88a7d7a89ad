# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates compared as dates in the services: case list, deadline filter, dashboard, timelines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from app.db.dates_sql import date_order_text, deadline_order_text, last_day_text
from app.domain import records as r
from app.domain.dates import PartialDate, days_left
from app.domain.vocab import CaseStatus, LegalEventKind
from app.services.cases import CaseService
from app.services.listing import ListingService
from app.services.session import UnlockedVault

K = LegalEventKind
TODAY = dt.date(2023, 10, 10)


def _case(cases: CaseService, name: str, opened: str = "") -> str:
    case = r.Case("", "", status=CaseStatus.OPEN, opened_on=PartialDate.parse(opened))
    return cases.open_case(r.Person(), [r.PersonName("", name)], case)


def _certificate(cases: CaseService, case_id: str, until: str, kind: K = K.CERTIFICATE_EXTENDED) -> None:
    cases.save(r.LegalEvent(case_id, kind, valid_until=PartialDate.parse(until)))


def test_a_month_deadline_counts_to_the_month_end_in_dashboard_filter_and_list(vault: UnlockedVault) -> None:
    """ "Valid until October 2023" on 10 October: 21 days left everywhere, not expired."""
    cases, listing = CaseService(vault), ListingService(vault)
    october = _case(cases, "Айгүл Серікқызы")
    _certificate(cases, october, "2023-10")
    board = listing.dashboard(within_days=60, today=TODAY)
    assert [row.id for row in board.expiring] == [october]
    assert board.expired == ()
    (row,) = listing.page(r.CaseFilter(), today=TODAY).rows
    assert row.next_deadline == PartialDate(2023, 10)
    assert days_left(row.next_deadline, TODAY) == 21
    within = r.CaseFilter(deadline=r.DeadlineFilter.DUE_WITHIN, deadline_days=21)
    assert [x.id for x in listing.page(within, today=TODAY).rows] == [october]
    shorter = r.CaseFilter(deadline=r.DeadlineFilter.DUE_WITHIN, deadline_days=20)
    assert listing.page(shorter, today=TODAY).rows == ()
    after = listing.dashboard(within_days=60, today=dt.date(2023, 11, 1))
    assert ([x.id for x in after.expired], after.expiring) == ([october], ())


def test_the_next_deadline_is_the_one_running_longest_as_dates(vault: UnlockedVault) -> None:
    cases, listing = CaseService(vault), ListingService(vault)
    case_id = _case(cases, "Марат Ахметұлы")
    _certificate(cases, case_id, "2023-10-15", K.CERTIFICATE_ISSUED)
    _certificate(cases, case_id, "2023-10")  # runs to 31 October: later than the 15th
    (row,) = listing.page(r.CaseFilter(), today=TODAY).rows
    assert row.next_deadline == PartialDate(2023, 10)


def test_the_case_list_sorts_deadlines_and_opening_dates_as_dates(vault: UnlockedVault) -> None:
    cases, listing = CaseService(vault), ListingService(vault)
    ids = {}
    for name, opened, until in (
        ("month", "2019-10", "2023-10"),
        ("day", "2019-10-01", "2023-10-15"),
        ("about-year", "2021~", "2023~"),
        ("month-2021", "2021-04", ""),
        ("unknown", "", "[2023-11..2024-02]"),
    ):
        ids[name] = _case(cases, name, opened)
        if until:
            _certificate(cases, ids[name], until)
    names = {v: k for k, v in ids.items()}

    def order(sort: str, descending: bool = False) -> list[str]:
        page = listing.page(r.CaseFilter(), sort=sort, descending=descending, today=TODAY)
        return [names[row.id] for row in page.rows]

    assert order(r.CaseSort.OPENED) == ["day", "month", "about-year", "month-2021", "unknown"]
    assert order(r.CaseSort.DEADLINE) == ["day", "month", "about-year", "unknown", "month-2021"]
    assert order(r.CaseSort.DEADLINE, descending=True) == [
        "month-2021",
        "unknown",
        "about-year",
        "month",
        "day",
    ]


def test_sql_functions_agree_with_partial_date_and_never_raise(vault: UnlockedVault) -> None:
    texts = ["", "2019-10", "2019-10-01", "2021~", "2019-12-late", "[2017..2019]", "junk", "2019-02-30"]
    with vault.db.transaction(readonly=True) as session:
        for value in texts:
            got = session.execute(
                text("SELECT pana_date_order(:v), pana_deadline_order(:v), pana_last_day(:v)"), {"v": value}
            ).one()
            assert tuple(got) == (date_order_text(value), deadline_order_text(value), last_day_text(value))
        assert session.execute(text("SELECT pana_last_day(NULL), pana_last_day(12)")).one() == (None, None)
    assert last_day_text("2019-10") == "2019-10-31"
    assert last_day_text("junk") is None  # unreadable text counts as unknown
    assert sorted(texts, key=date_order_text) == [
        "[2017..2019]",
        "2019-10-01",
        "2019-10",
        "2019-12-late",
        "2021~",
        "",
        "junk",
        "2019-02-30",
    ]


def test_get_case_returns_timelines_in_the_one_order(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    case_id = _case(cases, "Болат Тұрсынұлы")
    for kind, date in (
        (K.TRAVEL_DOCUMENT_REPLY, "2021"),
        (K.ARREST, "2019-10"),
        (K.OTHER, ""),
        (K.TRAVEL_DOCUMENT_REQUESTED, "2021-04"),
        (K.BORDER_CROSSING, "2019-10-01"),
        (K.SENTENCE, "2020-03-02"),
        (K.TRIAL, "2020-03-02"),
    ):
        cases.save(r.LegalEvent(case_id, kind, date=PartialDate.parse(date)))
    cases.save(r.Detention(case_id, started_on=PartialDate.parse("2018")))
    cases.save(r.Detention(case_id, started_on=PartialDate.parse("2018-05~")))
    cases.save(r.Detention(case_id, started_on=PartialDate.parse("2017~")))
    file = cases.get_case(case_id)
    assert [e.date.isoformat() for e in file.legal_events] == [
        "2019-10-01",
        "2019-10",
        "2020-03-02",
        "2020-03-02",
        "2021",
        "2021-04",
        "",
    ]
    assert [e.kind for e in file.legal_events][2:4] == [K.TRIAL, K.SENTENCE]  # same day: the procedure
    assert [d.started_on.isoformat() for d in file.detentions] == ["2017~", "2018", "2018-05~"]
