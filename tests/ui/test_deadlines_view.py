# SPDX-License-Identifier: GPL-3.0-or-later
"""The deadlines view and the dashboard's deadlines: loaded on the worker, true totals, the rule and
its source beside the selected row, the rules file in force, and a double-click opens the case."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import CaseStatus, RequestKind
from app.services.bundle import Services
from app.ui.deadlines_view import DeadlinesView
from app.ui.main_window import MainWindow
from tests.ui.conftest import FakeEditor

TODAY = dt.date.today()


def add_requests(services: Services, overdue: int, due: int) -> str:
    """A case with ``overdue`` requests filed 60 days ago and ``due`` filed today (no answer yet)."""
    case_id = services.cases.open_case(
        r.Person(),
        [r.PersonName("", "Ерлан Тұрсынұлы (fictional)")],
        r.Case("", "", "DV-1", CaseStatus.OPEN),
    )
    filed = [PartialDate.of(TODAY - dt.timedelta(days=60))] * overdue + [PartialDate.of(TODAY)] * due
    services.cases.save_all([r.Request(case_id, RequestKind.OTHER, filed_on=day) for day in filed])
    return case_id


def test_the_view_loads_true_totals_shows_the_rule_and_opens_the_case(qtbot, vault, services, runner) -> None:
    case_id = add_requests(services, overdue=130, due=3)
    view = DeadlinesView(services.deadlines, runner)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()  # shown: it loads
    qtbot.waitUntil(lambda: view.model.rowCount() == 133, timeout=10_000)
    assert view.totals_label.text() == "Overdue: 130 · due in the next 30 days: 3"
    assert "lawyer's aid, not legal advice" in view.disclaimer_label.text()
    assert (
        view.rules_label.text() == "Rules in force: those shipped with Pana"
        and not view.rules_warning.isVisible()
    )
    assert view.rules_label.toolTip().endswith("rules.toml")  # no install path on screen
    first_due = view.model.index(130, 0)  # what is still to come is in sight, the overdue above it
    assert view.table.visualRect(first_due).intersects(view.table.viewport().rect())

    view.table.selectRow(0)
    detail = view.detail_label.text()
    assert "Administrative Procedure Code of the Republic of Kazakhstan, Art. 76" in detail
    assert "Confidence: high" in detail and "Answer awaited" in detail

    view.set_days(7)  # 15 working days from today are more than 7 days ahead
    qtbot.waitUntil(lambda: view.model.rowCount() == 130, timeout=10_000)
    assert view.totals_label.text() == "Overdue: 130 · due in the next 7 days: 0"

    view.table.scrollToTop()
    rect = view.table.visualRect(view.model.index(0, 2))
    with qtbot.waitSignal(view.case_activated) as opened:  # a real double-click: press, release, double
        QTest.mousePress(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseRelease(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [case_id]
    view.table.setFocus()
    with qtbot.waitSignal(view.case_activated) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [case_id]


def test_a_broken_office_rules_file_is_named_and_the_shipped_rules_count(
    qtbot, vault, services, runner
) -> None:
    add_requests(services, overdue=1, due=0)
    (vault.directory / "deadlines.toml").write_text('[[rule]]\nid = "x"\ncounts = = 3\n', encoding="utf-8")
    view = DeadlinesView(services.deadlines, runner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    assert view.rules_warning.isVisible()
    assert "deadlines.toml" in view.rules_warning.text() and "line 3" in view.rules_warning.text()


def test_the_dashboard_counts_deadlines_and_opens_the_deadlines_tab(
    qtbot, vault, services, runner, prompts
) -> None:
    add_requests(services, overdue=12, due=2)
    main = MainWindow(services, runner, prompts, FakeEditor)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    board = main.dashboard
    qtbot.waitUntil(lambda: board.deadlines_model.rowCount() > 0, timeout=10_000)
    assert board.overdue_label.text() == "Overdue: 12"
    assert board.due_label.text() == "Due in the next 30 days: 2"
    assert board.deadlines_model.rowCount() == 5  # the nearest few; the counts are the totals
    assert main.deadlines.model.rowCount() == 0  # not loaded while hidden
    board.deadlines_button.click()
    assert main.home.currentWidget() is main.deadlines
    qtbot.waitUntil(lambda: main.deadlines.model.rowCount() == 14, timeout=10_000)
    assert main.home.tabText(1) == "Deadlines"
