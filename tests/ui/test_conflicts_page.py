# SPDX-License-Identifier: GPL-3.0-or-later
"""The conflict review: the queue and past-import models without a window, the page answering a
conflict through its button, and the dashboard's count leading to the queue."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.exchange.merge import DELETION
from app.services.bundle import Services
from app.services.cases import CaseService
from app.services.conflicts import ConflictItem, ConflictService, PastImport, Side
from app.services.session import UnlockedVault
from app.ui.conflicts_page import ConflictsPage
from app.ui.main_window import MainWindow
from app.ui.models.conflicts_model import (
    ConflictQueueModel,
    PastImportsModel,
    case_text,
    field_text,
    side_view,
)
from app.ui.tasks import TaskRunner
from tests.unit.services.conflict_kit import edit_apart, shared_case
from tests.unit.services.exchange_kit import make_office, partners

AT = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


def _side(index: int, value: object, *, deleted: bool = False, own: bool = False) -> Side:
    user = "aigerim" if own else ""
    return Side(index, value, deleted, user, "Office " + "AB"[index], own, AT, f"rev{index}")


def _item(field: str = "summary", **changes: Any) -> ConflictItem:
    values: dict[str, Any] = {
        "id": "c1",
        "record_table": "relatives",
        "record_id": "r1",
        "field": field,
        "case_id": "case1",
        "case_reference": "CF-1",
        "case_subject": "Гүлнар Асқарқызы",
        "person_name": "Ерлан",
        "record_values": {"relationship": "brother"},
        "sides": (_side(0, "Ghulja", own=True), _side(1, "Kuitun")),
        "provisional": "Kuitun",
        "found_at": AT.replace(tzinfo=None),
        "others_on_record": 0,
        "editable": True,
    }
    values.update(changes)
    return ConflictItem(**values)


def test_the_queue_model_names_case_record_and_field(qapp: Any, qtmodeltester: Any) -> None:
    model = ConflictQueueModel()
    deletion = _item(
        DELETION,
        id="c2",
        sides=(_side(0, None, deleted=True), _side(1, {"notes": "x"}, own=True)),
        provisional=False,
        editable=False,
    )
    model.set_rows([_item(field="village"), deletion])
    qtmodeltester.check(model)
    text = [[model.index(row, col).data() or "" for col in range(4)] for row in range(2)]
    assert "CF-1" in text[0][0] and case_text(model.record(0)) == "CF-1 · Гүлнар Асқарқызы"
    assert "Relative: Brother — Ерлан" in text[0][1] and text[0][2] == "Village"
    assert text[1][2] == "Deleted at one office, edited at another"

    mine, theirs = (side_view(model.record(0), side) for side in model.record(0).sides)
    assert (mine.who, mine.value, mine.shown_now) == ("aigerim, Office A (this office)", "Ghulja", False)
    assert (theirs.who, theirs.value, theirs.shown_now, theirs.keep_label) == (
        "Office B",
        "Kuitun",
        True,
        "Keep this value",
    )
    dead, alive = (side_view(deletion, side) for side in deletion.sides)
    assert (dead.value, dead.keep_label, dead.shown_now) == ("Deleted the record", "Delete the record", False)
    assert (alive.value, alive.keep_label, alive.shown_now) == ("Edited the record", "Keep the record", True)


def test_a_held_deletion_says_that_other_records_still_need_the_record(qapp: Any) -> None:
    kept = Side(1, {"reference": "CF-1"}, False, "", "", False, AT, "hold1", held=True)
    item = _item(DELETION, sides=(_side(0, None, deleted=True), kept), provisional=False, editable=False)
    assert item.held and field_text(item) == "Deleted at one office, still needed at another"
    shown = side_view(item, kept)
    assert (shown.who, shown.value, shown.keep_label, shown.shown_now) == (
        "Kept by the exchange",
        "Other records still need it",
        "Keep the record",
        True,
    )


def test_the_past_imports_model_shows_each_report(qapp: Any, qtmodeltester: Any) -> None:
    model = PastImportsModel()
    counts = {"new": 7, "updated": 1, "merged": 2, "conflicts": 1, "deleted": 0, "files": 3}
    model.set_rows(
        [PastImport("b1", AT.replace(tzinfo=None), AT.replace(tzinfo=None), "o2", "Office B", False, counts)]
    )
    qtmodeltester.check(model)
    row = [model.index(0, col).data() for col in range(model.columnCount())]
    assert "Office B" in row[1] and row[2:] == ["7", "1", "2", "1", "0", "3"]
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Conflicts"


@pytest.fixture
def in_conflict(tmp_path: Path) -> Iterator[tuple[UnlockedVault, str]]:
    """Office A with one open conflict on its case's summary (B is locked again)."""
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    case_id = shared_case(a, b, tmp_path)
    edit_apart(a, b, tmp_path, case_id)
    b.lock()
    yield a, case_id
    a.lock()


def _grab(widget: QWidget, name: str, tmp_path: Path) -> None:
    """A picture of ``widget`` (PANA_GRAB_DIR keeps a copy to look at)."""
    assert widget.grab().save(str(tmp_path / name))
    folder = os.environ.get("PANA_GRAB_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_the_page_answers_with_the_value_shown_and_the_conflict_leaves_the_queue(
    qtbot: Any, in_conflict: tuple[UnlockedVault, str], runner: TaskRunner, prompts: Any, tmp_path: Path
) -> None:
    vault, case_id = in_conflict
    page = ConflictsPage(ConflictService(vault), runner, prompts)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and len(page.cards) == 2 and page.cards[0].isVisible(),
        timeout=10_000,
    )
    assert page.imports_model.rowCount() == 1 and "1 open conflict" in page.counts_label.text()
    item = page.current()
    assert item is not None and page.answer_edit.toPlainText() == item.provisional
    shown = next(card for card in page.cards if card.shown_label.text())
    assert shown.value_edit.toPlainText() == item.provisional
    _grab(page, "conflicts-page.png", tmp_path)
    with qtbot.waitSignal(page.resolved, timeout=10_000) as answered:
        shown.keep_button.click()
    assert answered.args[0].record_id == case_id
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert page.empty_label.isVisible() and not page.detail.isVisible()
    assert ConflictService(vault).count() == 0
    assert CaseService(vault).get_case(case_id).case.summary == item.provisional


def test_the_dashboard_counts_open_conflicts_and_leads_to_the_queue(
    qtbot: Any, in_conflict: tuple[UnlockedVault, str], runner: TaskRunner, prompts: Any, tmp_path: Path
) -> None:
    vault, _ = in_conflict
    window = MainWindow(Services.for_vault(vault), runner, prompts)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.refresh()
    board = window.dashboard
    qtbot.waitUntil(lambda: board.conflicts_button.isVisible(), timeout=10_000)
    assert board.conflicts_label.text().startswith("1 merge conflict")
    _grab(window, "dashboard-conflicts.png", tmp_path)
    board.conflicts_button.click()
    assert window.home.currentWidget() is window.conflicts
    page = window.conflicts
    qtbot.waitUntil(lambda: len(page.cards) == 2 and page.cards[0].isVisible(), timeout=10_000)
    _grab(window, "conflicts-window.png", tmp_path)
    page.answer_edit.setPlainText("Detained in 2018, sentenced in 2019.")
    with qtbot.waitSignal(page.resolved, timeout=10_000):
        page.save_button.click()
    qtbot.waitUntil(
        lambda: not board.conflicts_button.isVisible() and page.model.rowCount() == 0, timeout=10_000
    )
    window.wipe()
    assert page.imports_model.rowCount() == 0
