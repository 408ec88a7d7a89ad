# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list model, without any window: lazy pages, sorting through the service, stale pages, roles."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.dates import PartialDate
from app.domain.records import CaseFilter, CaseRow, CaseSort, MatchedBy, Page
from app.domain.vocab import CaseStatus
from app.services.demo import populate
from app.services.listing import ListingService
from app.ui.models.case_table_model import KEPT_BLOCKS, CaseTableModel
from app.ui.widgets.text import isolate
from tests.ui.conftest import SyncRunner, add_case

TODAY = dt.date(2026, 6, 1)


def row(number: int, **changes: object) -> CaseRow:
    values: dict[str, object] = {
        "id": f"case-{number}",
        "reference": f"D-{number:06d}",
        "subject_name": f"Person {number}",
        "status": CaseStatus.OPEN,
        "office_name": "Almaty",
        "opened_on": PartialDate(2020, 1),
        "next_deadline": PartialDate(2026, 7, 1),
        "updated_at": dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC),
    }
    values.update(changes)
    return CaseRow(**values)  # type: ignore[arg-type]


class FakeListing:
    """``ListingService.page`` by key over ``total`` virtual cases (key of case n: (n, "case-n"))."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.calls: list[dict[str, object]] = []
        self.threads: list[int] = []

    def page(self, case_filter: CaseFilter, **kwargs: Any) -> Page:
        self.calls.append({"filter": case_filter, **kwargs})
        self.threads.append(threading.get_ident())
        limit = int(kwargs["limit"])
        if kwargs.get("after") is not None:
            start = int(kwargs["after"][0]) + 1
        elif kwargs.get("before") is not None:
            start = max(0, int(kwargs["before"][0]) - limit)
        elif kwargs.get("from_end"):
            start = max(0, self.total - limit)
        else:
            start = int(kwargs.get("at", 0))
        numbers = range(start, min(start + limit, self.total))
        rows = tuple(row(n) for n in numbers)
        keys = [(n, f"case-{n}") for n in numbers]
        total = self.total if kwargs.get("count", True) else -1
        return Page(rows, total, start, keys[0] if keys else None, keys[-1] if keys else None)

    def ways(self) -> list[str]:
        """How each page was found."""
        return [
            next((w for w in ("after", "before", "from_end", "at") if c.get(w)), "first") for c in self.calls
        ]


def loaded(model: CaseTableModel) -> list[int]:
    return [i for i in range(model.rowCount()) if model.row(i) is not None]


def test_first_page_then_blocks_on_demand_by_key_with_100000_cases() -> None:
    listing = FakeListing(100_000)
    model = CaseTableModel(SyncRunner(), listing.page, today=lambda: TODAY)
    model.set_query(CaseFilter(status=CaseStatus.OPEN))
    assert model.rowCount() == 100_000 and model.total == 100_000  # one row per case, counted
    assert loaded(model) == list(range(200))
    assert listing.calls[-1]["limit"] == 200 and listing.calls[-1]["count"] is True
    assert listing.calls[-1]["filter"] == CaseFilter(status=CaseStatus.OPEN)
    assert model.index(250, 0).data() is None  # not loaded yet: painting it asks for its block
    QCoreApplication.processEvents()
    assert model.case_id(250) == "case-250" and model.case_id(399) == "case-399"
    assert listing.calls[-1]["after"] == (199, "case-199")  # found by key, after the block above
    assert [call["count"] for call in listing.calls] == [True, False]  # counted once per query
    assert len(listing.calls) == 2  # nothing fetched that the view did not ask for


def test_the_end_is_one_query_and_jumps_seek_by_position() -> None:
    listing = FakeListing(100_050)
    model = CaseTableModel(SyncRunner(), listing.page)
    model.set_query(CaseFilter())
    model.load_row(100_049)  # End key
    assert listing.calls[-1]["from_end"] is True and listing.calls[-1]["limit"] == 50
    assert model.case_id(100_000) == "case-100000" and model.case_id(100_049) == "case-100049"
    model.load_row(99_999)  # Page Up from the end: the block above, found before the key
    assert listing.calls[-1]["before"] == (100_000, "case-100000")
    assert model.case_id(99_800) == "case-99800"
    model.load_row(50_123)  # scrollbar dragged to the middle
    assert listing.calls[-1]["at"] == 50_000
    assert model.case_id(50_000) == "case-50000" and model.case_id(50_199) == "case-50199"
    model.load_row(50_300)
    assert listing.calls[-1]["after"] == (50_199, "case-50199")
    calls = len(listing.calls)
    model.load_row(50_123)  # loaded: no query
    assert len(listing.calls) == calls
    assert listing.ways() == ["first", "from_end", "before", "at", "after"]
    assert model.loaded == len(model.rows) == 200 + 50 + 200 + 200 + 200


def test_only_the_newest_wanted_blocks_are_fetched_and_each_once() -> None:
    runner = SyncRunner(deferred=True)
    listing = FakeListing(100_000)
    model = CaseTableModel(runner, listing.page)
    model.set_query(CaseFilter())
    runner.run_pending()
    for row_number in range(1_000, 40_000, 1_000):  # a fast drag paints many places on the way
        model.index(row_number, 0).data()
    QCoreApplication.processEvents()
    while runner.pending:
        runner.run_pending()
    fetched = [int(c.get("at", 0) or 0) for c in listing.calls[1:]]
    assert len(fetched) == 3 and 39_000 in fetched  # the last place asked for, and two before it
    calls = len(listing.calls)
    model.load_row(39_000)
    assert len(listing.calls) == calls


def test_far_blocks_are_let_go_and_fetched_again_by_key() -> None:
    listing = FakeListing(100_000)
    model = CaseTableModel(SyncRunner(), listing.page, page_size=100)
    model.set_query(CaseFilter())
    for row_number in range(100, 100 * (KEPT_BLOCKS + 10), 100):  # scrolling down block by block
        model.load_row(row_number)
    assert model.loaded == KEPT_BLOCKS * 100  # memory stays bounded however far one scrolls
    assert model.row(0) is None and model.row(100 * (KEPT_BLOCKS + 9)) is not None
    assert set(listing.ways()[1:]) == {"after"}
    model.load_row(950)  # scrolled back up: fetched again
    assert model.case_id(950) == "case-950" and listing.ways()[-1] == "before"  # the block below is kept
    assert model.loaded == KEPT_BLOCKS * 100


def test_a_failed_page_is_reported_and_not_asked_for_again() -> None:
    listing = FakeListing(1_000)
    model = CaseTableModel(SyncRunner(), listing.page)
    model.set_query(CaseFilter())
    errors: list[Exception] = []
    model.load_failed.connect(errors.append)

    def broken(case_filter: CaseFilter, **kwargs: Any) -> Page:
        raise OSError("disk")

    model._fetch_page = broken  # type: ignore[assignment]
    model.load_row(500)
    model.load_row(500)
    assert len(errors) == 1 and not model.loading and model.row(500) is None


def test_sorting_is_a_new_query_to_the_service() -> None:
    listing = FakeListing(1000)
    model = CaseTableModel(SyncRunner(), listing.page)
    model.set_query(CaseFilter())
    assert listing.calls[0]["sort"] == CaseSort.UPDATED and listing.calls[0]["descending"] is True
    model.load_row(300)
    model.sort(CaseTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert listing.calls[-1]["sort"] == CaseSort.NAME
    assert listing.calls[-1]["descending"] is False
    assert listing.ways()[-1] == "first"
    assert loaded(model) == list(range(200))  # started again from the first page
    calls = len(listing.calls)
    model.sort(CaseTableModel.OFFICE, Qt.SortOrder.AscendingOrder)  # not sortable in SQL: ignored
    assert len(listing.calls) == calls


def test_a_page_of_an_older_query_is_dropped() -> None:
    runner = SyncRunner(deferred=True)
    listing = FakeListing(1000)
    model = CaseTableModel(runner, listing.page)
    model.set_query(CaseFilter(status=CaseStatus.OPEN))
    model.set_query(CaseFilter(status=CaseStatus.CLOSED))
    assert model.loading
    runner.run_pending()  # both land; only the second counts
    assert model.rowCount() == 1000 and loaded(model) == list(range(200))
    assert not model.loading


def test_clear_empties_and_drops_a_page_in_flight() -> None:
    runner = SyncRunner(deferred=True)
    model = CaseTableModel(runner, FakeListing(1000).page)
    model.set_query(CaseFilter())
    runner.run_pending()
    model.load_row(600)
    model.clear()
    runner.run_pending()
    assert model.rowCount() == 0
    assert model.total == 0 and not model.loading


def test_fixed_rows_keep_their_order_and_sort_in_memory() -> None:
    model = CaseTableModel(SyncRunner())
    rows = [row(3, subject_name="Бақыт"), row(1, subject_name="Asqar"), row(2, subject_name="Марат")]
    model.set_rows(rows)
    assert [model.case_id(i) for i in range(3)] == ["case-3", "case-1", "case-2"]  # rank order kept
    model.sort(CaseTableModel.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert [model.case_id(i) for i in range(3)] == ["case-1", "case-2", "case-3"]


def test_fixed_rows_sort_names_by_each_scripts_alphabet_as_the_service_does() -> None:
    """By code point Ә comes after Я; the service sorts by ``app.names.collation`` and so must a
    fixed list (name-search results) when its Name header is clicked."""
    names = ["Ясин Әбілұлы", "Әсел Тұрсынқызы", "Айгүл Маратқызы", "Zhanar", "Asqar", "Бақыт"]
    model = CaseTableModel(SyncRunner())
    model.set_rows([row(n, subject_name=name) for n, name in enumerate(names)])
    model.sort(CaseTableModel.NAME, Qt.SortOrder.AscendingOrder)
    shown = [model.rows[i].subject_name for i in range(len(names))]
    assert shown == ["Asqar", "Zhanar", "Айгүл Маратқызы", "Әсел Тұрсынқызы", "Бақыт", "Ясин Әбілұлы"]


def test_display_and_roles() -> None:
    model = CaseTableModel(SyncRunner(), today=lambda: TODAY)
    expired = row(
        1, subject_name="\u202eevil", next_deadline=PartialDate(2026, 5, 1), status=CaseStatus.WAITING
    )
    model.set_rows([expired, row(2, next_deadline=None)])
    name = model.index(0, CaseTableModel.NAME)
    assert name.data() == isolate("\u202eevil")  # the RLO cannot leak into the next column
    assert model.index(0, CaseTableModel.STATUS).data() == "Waiting for an answer"
    assert model.index(0, CaseTableModel.REFERENCE).data(CaseTableModel.CASE_ID_ROLE) == "case-1"
    assert model.index(0, 0).data(CaseTableModel.ROW_ROLE) == expired
    deadline = model.index(0, CaseTableModel.DEADLINE)
    assert deadline.data() == "1 May 2026"
    assert deadline.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "31" in deadline.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, CaseTableModel.DEADLINE).data() == ""
    assert model.headerData(CaseTableModel.NAME, Qt.Orientation.Horizontal) == "Name"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_a_month_deadline_counts_to_the_month_end_and_says_so() -> None:
    """The same 21 days as ``days_left`` and the dashboard: not red, and the tooltip names the month end."""
    model = CaseTableModel(SyncRunner(), today=lambda: dt.date(2023, 10, 10))
    model.set_rows([row(1, next_deadline=PartialDate(2023, 10))])
    deadline = model.index(0, CaseTableModel.DEADLINE)
    assert deadline.data() == "Oct 2023"
    assert deadline.data(Qt.ItemDataRole.ForegroundRole) is None  # not expired
    assert deadline.data(Qt.ItemDataRole.ToolTipRole) == "Days left: 21 (until the end of October 2023)"


def test_fixed_rows_sort_dates_as_dates_like_the_service() -> None:
    model = CaseTableModel(SyncRunner())
    texts = [("2019-10", "2023-10"), ("2019-10-01", "2023-10-15"), ("2021~", "2023~"), ("", "")]
    rows = [
        row(n, opened_on=PartialDate.parse(opened), next_deadline=PartialDate.parse(until) if until else None)
        for n, (opened, until) in enumerate(texts)
    ]
    model.set_rows(rows)
    model.sort(CaseTableModel.OPENED, Qt.SortOrder.AscendingOrder)
    assert [model.case_id(i) for i in range(4)] == ["case-1", "case-0", "case-2", "case-3"]
    model.sort(CaseTableModel.DEADLINE, Qt.SortOrder.AscendingOrder)
    assert [model.case_id(i) for i in range(4)] == ["case-1", "case-0", "case-2", "case-3"]
    assert model.index(0, CaseTableModel.OPENED).data() == "1 Oct 2019"  # short month names in the list


def test_model_tester_with_paged_data(qtbot: object) -> None:
    listing = FakeListing(650)
    model = CaseTableModel(SyncRunner(), listing.page)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_query(CaseFilter())
    for row_number in (300, 649, 450):
        model.load_row(row_number)
    model.sort(CaseTableModel.REFERENCE, Qt.SortOrder.AscendingOrder)
    model.set_rows([row(n) for n in range(30)])
    model.sort(CaseTableModel.NAME, Qt.SortOrder.DescendingOrder)
    model.clear()
    assert model.rowCount() == 0


def test_real_vault_real_runner_pages_arrive_on_the_gui_thread(
    qtbot: object, vault: object, runner: object
) -> None:
    populate(vault, 250, seed=7)  # type: ignore[arg-type]
    add_case(vault, "Zzz Canary")  # type: ignore[arg-type]
    listing = ListingService(vault)  # type: ignore[arg-type]
    seen_threads: list[bool] = []
    model = CaseTableModel(runner, listing.page)  # type: ignore[arg-type]
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.dataChanged.connect(lambda *_: seen_threads.append(QThread.currentThread() is model.thread()))
    with qtbot.waitSignal(model.total_changed, timeout=10_000):  # type: ignore[attr-defined]
        model.set_query(CaseFilter())
    assert model.total == 251
    assert model.rowCount() == 251 and len(model.rows) == 200
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):  # type: ignore[attr-defined]
        model.load_row(250)
    assert len(model.rows) == 251
    assert [row.id for row in model.rows] == [row.id for row in listing.page(CaseFilter(), limit=300).rows]
    assert seen_threads and all(seen_threads)
    with qtbot.waitSignal(model.loading_changed, timeout=10_000, check_params_cb=lambda busy: not busy):  # type: ignore[attr-defined]
        model.sort(CaseTableModel.NAME, Qt.SortOrder.DescendingOrder)
    expected = listing.page(CaseFilter(), sort=CaseSort.NAME, descending=True, limit=200).rows
    assert model.rows == list(expected)
    assert "Zzz Canary" in {r.subject_name for r in listing.page(CaseFilter(), limit=300).rows}


@pytest.mark.parametrize("column", range(len(CaseTableModel.COLUMNS)))
def test_every_column_has_a_header(column: int) -> None:
    assert CaseTableModel(SyncRunner()).headerData(column, Qt.Orientation.Horizontal)


def test_a_search_result_says_what_matched_when_the_row_does_not_show_it() -> None:
    model = CaseTableModel(SyncRunner())
    model.set_rows(
        [
            row(1, matched="N 0471", matched_by=MatchedBy.DOCUMENT),
            row(2, matched="Aigul Ospan", matched_by=MatchedBy.NAME),
            row(3, matched="Person 3", matched_by=MatchedBy.NAME),
            row(4, matched="D-000004", matched_by=MatchedBy.REFERENCE),
        ]
    )
    names = [model.data(model.index(i, CaseTableModel.NAME)) for i in range(4)]
    assert names == [
        f"{isolate('Person 1')} (document {isolate('N 0471')})",
        f"{isolate('Person 2')} (matched {isolate('Aigul Ospan')})",
        isolate("Person 3"),
        isolate("Person 4"),
    ]


def test_loading_is_told_once_per_change_even_when_one_page_leads_to_the_next() -> None:
    """A page whose arrival started the next wanted one said "loading" twice with no end between."""
    runner = SyncRunner(deferred=True)
    model = CaseTableModel(runner, FakeListing(100_000).page)
    told: list[bool] = []
    model.loading_changed.connect(told.append)
    model.set_query(CaseFilter())
    runner.run_pending()  # the first page and the count
    model.index(5_000, 0).data()  # two places painted: the second is fetched first, then the other
    model.index(9_000, 0).data()
    QCoreApplication.processEvents()
    while runner.pending:
        runner.run_pending()
    assert model.case_id(5_000) == "case-5000" and model.case_id(9_000) == "case-9000"
    assert told == [True, False, True, False]
