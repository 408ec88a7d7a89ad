# SPDX-License-Identifier: GPL-3.0-or-later
"""The base of every record table: rows are frozen records, columns say how to show them.

Views ask ``data()`` for each cell many times over (eight or nine roles per cell, in every size
pass and paint), so what a row shows is worked out once and kept until the row changes,
``refresh()`` is called or the interface language changes (``forget_cell_texts``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.names.collation import collation_key
from app.ui.widgets.text import isolate, leading_alignment

RecordRole = Qt.ItemDataRole.UserRole + 1  # the frozen record of the row
SortRole = Qt.ItemDataRole.UserRole + 2  # a key that sorts the column correctly (dates, numbers)
IdRole = Qt.ItemDataRole.UserRole + 3  # the record's id
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
#: Not kept per row: the record itself, and sort keys that may be ranks moving with other rows (a typed
#: text's own key is kept: ``_sorted_by_typed_text``).
_UNCACHED = (RecordRole, IdRole, SortRole)
_language = 0  # bumped by forget_cell_texts(): every model works its cells out again


def forget_cell_texts() -> None:
    """The interface language changed: cached cell texts (labels, dates) are out of date everywhere."""
    global _language
    _language += 1


@dataclass(frozen=True, slots=True)
class Column:
    """One column: ``header`` is an untranslated source text (QT_TRANSLATE_NOOP in ``context``)."""

    header: str
    text: Callable[[Any], str]
    user_text: bool = False  # user data: bidi-isolated, aligned by its own direction, sorted by alphabet
    sort: Callable[[Any], object] | None = None


class RecordTableModel(QAbstractTableModel):
    """A read-only table of frozen records with an ``id``; subclasses declare ``COLUMNS``."""

    CONTEXT = "RecordTableModel"
    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._ranks: dict[str, int] = {}
        self._cells: list[dict[tuple[int, int], Any] | None] = []  # per row: (column, role) -> value
        self._language = _language

    # -- the one chronological order ---------------------------------------------------------
    def in_order(self, rows: list[Any]) -> list[Any] | None:
        """Timelines return ``rows`` in the one order (``app.domain.chronology``); others None."""
        return None

    def rank(self, record: Any) -> int:
        """The record's place in the one order: the sort key of a timeline's date column."""
        return self._ranks.get(self.record_id(record), len(self._ranks))

    def _rerank(self) -> bool:
        """Recompute the ranks; True when rows that were there before changed their relative order."""
        ordered = self.in_order(self._rows)
        before = list(self._ranks)  # ids in their previous order
        self._ranks = {} if ordered is None else {self.record_id(r): i for i, r in enumerate(ordered)}
        old = set(before)
        return [key for key in self._ranks if key in old] != [key for key in before if key in self._ranks]

    # -- the table ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].header)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row, column = index.row(), index.column()  # -1 for an invalid index
        if not (0 <= row < len(self._rows) and 0 <= column < len(self.COLUMNS)):
            return None
        if role in _UNCACHED and not self._sorted_by_typed_text(column, role):
            record = self._rows[row]
            if role == RecordRole:
                return record
            if role == IdRole:
                return self.record_id(record)
            return (self.COLUMNS[column].sort or self.COLUMNS[column].text)(record)
        if self._language != _language:
            self._forget()
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = {}
        key = (column, role)
        if key not in cells:
            cells[key] = self._cell(self._rows[row], column, role)
        return cells[key]

    def _sorted_by_typed_text(self, column: int, role: int) -> bool:
        """A column of what people typed, ordered by its own text: its key is worked out once a row."""
        described = self.COLUMNS[column]
        return role == SortRole and described.user_text and described.sort is None

    def _cell(self, record: Any, column_number: int, role: int) -> Any:
        column = self.COLUMNS[column_number]
        if role == SortRole:  # names in any script as their readers expect: Ә after А, not after Я
            return collation_key(column.text(record))
        if role == DISPLAY:
            text = column.text(record)
            return isolate(text) if column.user_text and text else text
        if role == EDIT:
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.user_text:
            return int(leading_alignment(column.text(record)))
        return self.extra_data(record, column_number, role)

    def _forget(self) -> None:
        self._cells = [None] * len(self._rows)
        self._language = _language

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        """Colours, check states and so on; ToolTipRole never carries user text (tooltips are rich text)."""
        return None

    # -- rows ---------------------------------------------------------------------------------
    @staticmethod
    def record_id(record: Any) -> str:
        return str(record.id)

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._forget()
        self._rerank()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self._rows):
            if self.record_id(record) == record_id:
                return row
        return -1

    def upsert(self, record: Any) -> int:
        """Replace the row with the same id, or append; returns the row."""
        row = self.row_of(self.record_id(record))
        if row < 0:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(record)
            self._cells.append(None)
            moved = self._rerank()
            self.endInsertRows()
        elif self._rows[row] != record:
            self._rows[row] = record
            self._cells[row] = None
            moved = self._rerank()
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        else:
            return row
        if moved:
            self.refresh()  # a new date can move other rows (manual orders among overlapping dates)
        return row

    def remove(self, record_id: str) -> Any:
        row = self.row_of(record_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        record = self._rows.pop(row)
        del self._cells[row]
        moved = self._rerank()
        self.endRemoveRows()
        if moved:
            self.refresh()
        return record

    def refresh(self) -> None:
        """Every cell may show something else (e.g. a relative's name changed elsewhere)."""
        self._forget()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
