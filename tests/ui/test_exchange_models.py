# SPDX-License-Identifier: GPL-3.0-or-later
"""The lists of the exchange dialogs, without a window: choices to tick, same-person suggestions."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.dates import PartialDate
from app.domain.errors import ExchangeFileError, ExchangeRefusal
from app.services.exchange_suggestions import LocalCase, SamePersonHint
from app.ui.errors import REFUSALS, message_for
from app.ui.exchange_files import neutral_file_name
from app.ui.models.exchange_models import CheckListModel, Choice, KeyRole, SamePersonModel
from app.ui.widgets.text import isolate

CHECK = Qt.ItemDataRole.CheckStateRole


def test_ticking_a_choice_changes_the_checked_keys_and_says_so(qtbot) -> None:
    model = CheckListModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_choices(
        [Choice("office-b", "Office B (fictional)"), Choice("office-c", "Кеңсе C", checked=False)]
    )
    assert model.checked_keys() == ["office-b"] and model.keys() == ["office-b", "office-c"]
    first = model.index(0)
    assert first.data() == isolate("Office B (fictional)") and first.data(KeyRole) == "office-b"
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(model.checked_changed):
        assert model.setData(model.index(1), Qt.CheckState.Checked.value, CHECK)
    assert model.checked_keys() == ["office-b", "office-c"]
    with qtbot.assertNotEmitted(model.checked_changed):
        model.setData(model.index(1), Qt.CheckState.Checked.value, CHECK)  # no change, no signal
    assert not model.setData(first, "renamed", Qt.ItemDataRole.EditRole)
    model.setData(first, Qt.CheckState.Unchecked, CHECK)
    assert model.checked_keys() == ["office-c"] and first.data(CHECK) == Qt.CheckState.Unchecked


def test_a_suggestion_shows_both_names_the_cases_here_and_how_alike(qtbot) -> None:
    model = SamePersonModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    hint = SamePersonHint(
        "in-1",
        "Nurlan Serikuly (fictional)",
        "here-1",
        "Нұрлан Серікұлы (fictional)",
        0.873,
        (LocalCase("case-1", "B-7"), LocalCase("case-2abcdefgh", "")),
        PartialDate(1985),
    )
    model.set_rows([hint])
    texts = [model.index(0, column).data(Qt.ItemDataRole.EditRole) for column in range(model.columnCount())]
    assert texts == [
        "Nurlan Serikuly (fictional)",
        "1985",
        "Нұрлан Серікұлы (fictional)",
        "",  # not known here
        "B-7, case-2ab",
        "87 %",
    ]
    assert model.index(0, SamePersonModel.HERE).data() == isolate("Нұрлан Серікұлы (fictional)")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Arriving person"


def test_a_birth_date_here_that_cannot_be_the_arriving_persons_stands_out(qtbot) -> None:
    """1985 against 1962 is marked; 1985 against 14 May 1985, or against an unknown date, is not."""
    model = SamePersonModel()
    hints = [
        SamePersonHint("in-1", "Nurlan (fictional)", f"here-{n}", "Нұрлан", 1.0, (), PartialDate(1985), born)
        for n, born in enumerate((PartialDate(1962), PartialDate(1985, 5, 14), PartialDate()))
    ]
    model.set_rows(hints)
    colours = [
        model.index(row, SamePersonModel.HERE_BORN).data(Qt.ItemDataRole.ForegroundRole) for row in range(3)
    ]
    assert colours[0] is not None and colours[1:] == [None, None]
    assert "namesake" in model.index(0, SamePersonModel.HERE_BORN).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, SamePersonModel.HERE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_new_file_name_names_only_the_day() -> None:
    name = neutral_file_name(dt.date(2026, 12, 6))
    assert re.fullmatch(r"pana-20261206-[0-9a-f]{6}\.age", name)
    assert neutral_file_name() != neutral_file_name()


def test_every_refusal_of_an_exchange_file_has_its_own_message(qapp) -> None:
    assert set(REFUSALS) == set(ExchangeRefusal)
    assert len(set(REFUSALS.values())) == len(REFUSALS)
    error = ExchangeFileError(ExchangeRefusal.REVOKED_SENDER, "detail never shown")
    assert message_for(error) == REFUSALS[ExchangeRefusal.REVOKED_SENDER]
