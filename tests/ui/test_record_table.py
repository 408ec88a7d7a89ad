# SPDX-License-Identifier: GPL-3.0-or-later
"""#13 item 3: a record table works out each row's cells once, not on every call of ``data()``, and
works them out again when the row, the model's context or the interface language changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.ui.models.record_table import Column, RecordRole, RecordTableModel, SortRole, forget_cell_texts
from app.ui.widgets.text import isolate

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Thing:
    id: str
    name: str


class CountingModel(RecordTableModel):
    """Two columns; ``asked`` counts how often a column's text was worked out."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0
        self.suffix = ""
        self.COLUMNS = (
            Column("Name", self._name, user_text=True),
            Column("Id", lambda thing: thing.id),
        )

    def _name(self, thing: Thing) -> str:
        self.asked += 1
        return thing.name + self.suffix


def cell(model: RecordTableModel, row: int, column: int = 0, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, column), role)


def test_each_cell_is_worked_out_once_however_often_it_is_asked(qapp: Any) -> None:
    model = CountingModel()
    QAbstractItemModelTester(model)
    model.set_rows([Thing("a", "Айгүл"), Thing("b", "Nurlan")])
    model.asked = 0
    for _ in range(50):  # paints and size passes ask again and again
        texts = [cell(model, row) for row in range(2)]
        aligned = [cell(model, row, 0, Qt.ItemDataRole.TextAlignmentRole) for row in range(2)]
    assert model.asked == 4 and "Айгүл" in texts[0] and all(isinstance(a, int) for a in aligned)
    assert cell(model, 1, 0, RecordRole) == Thing("b", "Nurlan") and cell(model, 0, 1, SortRole) == "a"
    assert cell(model, 2) is None and model.data(model.index(-1, 0)) is None


def test_a_changed_row_a_refresh_and_a_new_language_show_new_text(qapp: Any) -> None:
    model = CountingModel()
    model.set_rows([Thing("a", "Aigul"), Thing("b", "Nurlan")])
    assert [cell(model, row) for row in range(2)] == [isolate("Aigul"), isolate("Nurlan")]
    model.upsert(Thing("b", "Nurlan S."))
    model.asked = 0
    assert cell(model, 1) == isolate("Nurlan S.") and cell(model, 0) == isolate("Aigul")
    assert model.asked == 1  # only the changed row was worked out again
    model.suffix = " (fictional)"
    assert cell(model, 0) == isolate("Aigul")  # kept until the model is told
    model.refresh()
    assert cell(model, 0) == isolate("Aigul (fictional)")
    model.suffix = ""
    forget_cell_texts()  # Translations.install does this
    assert cell(model, 0) == isolate("Aigul")
    model.upsert(Thing("c", "Serik"))
    model.remove("a")
    assert [cell(model, row, 1) for row in range(2)] == ["b", "c"]


def test_what_people_typed_sorts_by_each_scripts_alphabet(qapp: Any) -> None:
    """A relative's or a source's name: Ә right after А, not after Я; ids and codes by their text."""
    model = CountingModel()
    model.set_rows([Thing("b", "Ясин"), Thing("a", "Әсел"), Thing("c", "Айгүл")])
    keys = {cell(model, row, 0): cell(model, row, 0, SortRole) for row in range(3)}
    assert sorted(keys, key=keys.__getitem__) == [isolate("Айгүл"), isolate("Әсел"), isolate("Ясин")]
    assert [cell(model, row, 1, SortRole) for row in range(3)] == ["b", "a", "c"]
    asked = model.asked
    assert [cell(model, row, 0, SortRole) for row in range(3)] == list(keys.values())
    assert model.asked == asked  # a typed text's key is worked out once a row, and goes with the model
