# SPDX-License-Identifier: GPL-3.0-or-later
"""The deadlines table model, without a window: due day, days left or overdue, case, name, what is due
and the rule; a filed request whose 15 working days have passed shows as overdue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import CaseStatus, RequestKind
from app.services.cases import CaseService
from app.services.deadlines import DeadlineService
from app.ui.models.deadlines_model import OVERDUE_COLOUR, DeadlinesModel

M = DeadlinesModel
DISPLAY = Qt.ItemDataRole.DisplayRole


def test_a_filed_request_whose_15_working_days_passed_shows_as_overdue(qapp, vault) -> None:
    cases = CaseService(vault)
    case_id = cases.open_case(
        r.Person(),
        [r.PersonName("", "Айгүл Маратқызы (fictional)")],
        r.Case("", "", "DL-7", CaseStatus.OPEN),
    )
    filed = r.Request(case_id, RequestKind.IIN_REGISTRATION, filed_on=PartialDate(2025, 3, 18))
    soon = r.Request(case_id, RequestKind.MARRIAGE_REGISTRATION, filed_on=PartialDate(2025, 4, 14))
    cases.save_all([filed, soon])
    upcoming = DeadlineService(vault).upcoming(days=30, today=dt.date(2025, 4, 16))
    model = DeadlinesModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_upcoming(upcoming)

    assert (model.rowCount(), model.columnCount()) == (2, 6)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Due",
        "Days left",
        "Case",
        "Name",
        "What is due",
        "Rule",
    ]
    # Without the English plural file installed, Qt shows the source text's "day(s)".
    cells = [model.index(0, c).data(DISPLAY).replace("day(s)", "days") for c in range(6)]
    assert cells[0] == "11 Apr 2025" and cells[1] == "overdue by 5 days"  # 15 working days, Nauryz skipped
    assert cells[2] == "DL-7" and "Айгүл Маратқызы (fictional)" in cells[3]
    assert cells[4:] == ["Answer awaited", "Answer to a request or application"]
    assert model.index(0, M.LEFT).data(Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOUR
    assert model.index(1, M.LEFT).data(DISPLAY).replace("day(s)", "days") == "in 20 days"
    assert model.index(1, M.LEFT).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 0).data(M.CASE_ID_ROLE) == case_id
    assert model.index(0, 0).data(M.DEADLINE_ROLE).record_id == upcoming.deadlines[0].record_id

    model.set_upcoming(upcoming, nearest=1)  # the dashboard's few: the one nearest to today
    assert model.rowCount() == 1
    assert model.index(0, M.LEFT).data(DISPLAY).replace("day(s)", "days") == "overdue by 5 days"
    model.clear()
    assert model.rowCount() == 0 and model.upcoming is None
