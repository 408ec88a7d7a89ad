# SPDX-License-Identifier: GPL-3.0-or-later
"""Relatives v2 without a window: unnamed relatives, status histories, pressure reports with several
kinds and targets, and the checklist that picks them (plus QAbstractItemModelTester)."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from app.domain import records as r
from app.domain import vocab
from app.domain.dates import PartialDate
from app.ui.models.entries import RelativeEntry
from app.ui.models.family_models import (
    PressureReportsModel,
    RelativesModel,
    RelativeStatusesModel,
    current_statuses,
)
from app.ui.models.record_table import SortRole
from app.ui.widgets.code_checklist import CodeChecklist
from app.ui.widgets.text import FSI, PDI

EDIT = Qt.ItemDataRole.EditRole
S = vocab.RelativeStatus


M = TypeVar("M", bound=QAbstractItemModel)
_TESTERS: list[QAbstractItemModelTester] = []


def watched(model: M) -> M:
    """``model`` checked by QAbstractItemModelTester for as long as the test runs."""
    _TESTERS.append(QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal))
    return model


def column(model: QAbstractItemModel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def status(
    status: S, start: PartialDate, end: PartialDate | None = None, rid: str = "rel1", **kw: Any
) -> Any:
    return r.RelativeStatusEntry("c1", rid, status, start, end or PartialDate.unknown(), **kw)


def unnamed_mother() -> RelativeEntry:
    relative = r.Relative(
        "c1", "p2", vocab.Relationship.MOTHER, description="her mother, about 70", id="rel1"
    )
    return RelativeEntry(relative, r.PersonFile(r.Person(age=70, age_on=PartialDate(2019), id="p2")))


def test_an_unnamed_relative_is_listed_by_description_with_the_statuses_that_hold_now(qapp: Any) -> None:
    model = watched(RelativesModel())
    model.set_rows([unnamed_mother()])
    model.set_statuses(
        [
            status(S.FORBIDDEN_TO_LEAVE, PartialDate(2019, 5), id="s2"),
            status(S.IN_CAMP, PartialDate(2017), PartialDate(2018), id="s0"),  # over: not shown
            status(S.UNDER_SURVEILLANCE, PartialDate(2018, 11), id="s1"),
            status(S.DECEASED, PartialDate(2020), rid="rel9", id="s9"),  # another relative
        ]
    )
    assert column(model, model.NAME) == [f"{FSI}her mother, about 70{PDI}"]
    assert column(model, model.STATUS) == ["Under surveillance, Forbidden to leave"]
    model.set_statuses([])
    assert column(model, model.STATUS) == [""]


def test_current_statuses_are_the_open_ones_in_date_order() -> None:
    rows = [
        status(S.RELEASED, PartialDate(2023, 3), id="b"),
        status(S.IMPRISONED, PartialDate(2019), PartialDate(2023, 3), id="a"),
        status(S.UNKNOWN, PartialDate.unknown(), id="c"),  # undated: last
        status(S.UNDER_SURVEILLANCE, PartialDate(2023), id="d"),
    ]
    assert current_statuses(rows, "rel1") == ["under-surveillance", "released", "unknown"]
    assert current_statuses(rows, "nobody") == []


def test_status_history_rows_in_date_order_with_open_ends_blank(qapp: Any) -> None:
    model = watched(RelativeStatusesModel())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(model.FROM)
    model.set_rows(
        [
            status(S.RELEASED, PartialDate(2023, 3), notes="ill\nsecond line", id="b"),
            status(S.DETAINED, PartialDate(2018, 4), PartialDate(2023, 3), id="a"),
        ]
    )
    assert column(proxy, model.STATUS) == ["Detained", "Released"]
    assert column(proxy, model.UNTIL) == ["March 2023", ""]
    assert column(proxy, model.NOTES, EDIT) == ["", "ill"]


def test_pressure_reports_show_kinds_and_targets_joined(qapp: Any) -> None:
    model = watched(PressureReportsModel())
    model.set_people({None: "Нұрлан", "rel1": "her mother, about 70", "rel2": "Серік"})
    report = r.PressureReport(
        "c1",
        ("threat-of-forced-return", "inducement"),
        ("rel1", "rel2", "gone"),
        vocab.Frequency.REPEATED,
        PartialDate(2021, 6),
        reported_on=PartialDate(2021, 8),
        words="Come back and the house is yours",
        id="p1",
    )
    model.set_rows([report])
    assert column(model, model.KINDS) == [
        "Threat of forced return or abduction, Inducement (property or money promised)"
    ]
    assert column(model, model.TARGETS, EDIT) == ["her mother, about 70, Серік, ?"]
    assert column(model, model.FREQUENCY) == ["Repeated"]
    assert column(model, model.RELIABILITY) == ["F"]
    assert column(model, model.DESCRIPTION, EDIT) == ["Come back and the house is yours"]


def test_targets_checklist_takes_new_options_and_keeps_ticks_still_offered(qtbot: Any) -> None:
    box = CodeChecklist(None, rows=5)
    box.set_options([("a", "Alpha"), ("b", "Beta"), ("c", "Gamma")])
    qtbot.addWidget(box)
    edits: list[int] = []
    box.edited.connect(lambda: edits.append(1))
    box.set_codes(["c", "a", "from-newer-vocab"])
    assert box.codes() == ("a", "c", "from-newer-vocab")
    assert edits == []  # set by the program, not edited
    box.setCurrentIndex(box.items.index(1, 0))
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.codes() == ("a", "b", "c", "from-newer-vocab")
    assert edits == [1]
    box.set_options([("b", "Beta"), ("d", "Delta")])  # what is still offered stays checked
    assert box.codes() == ("b",)
    assert box.sizeHint().height() < 5 * box.sizeHintForRow(0)  # two options: no empty rows
