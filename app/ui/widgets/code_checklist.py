# SPDX-License-Identifier: GPL-3.0-or-later
"""A list of vocabulary codes to tick (several may hold at once); unknown codes are kept, not lost.

Keyboard-first: arrow keys move, Space ticks.  Options come from a ``vocab_labels`` table, or are
given as (code, label) pairs and replaced as they change (``set_options``: the relatives of a case).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.ui.models.vocab_labels import label, options

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class CodeChecklist(QListView):
    """Items are the codes of ``table``; ``codes()`` returns the ticked ones in the table's order.

    ``rows``: show at most this many rows before scrolling (None: every option).
    """

    #: A tick was set or cleared by the user (not by ``set_codes``).
    edited = Signal()

    def __init__(
        self,
        table: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        rows: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._table = table or {}
        self._rows = rows
        self._setting = False
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.set_options(options(self._table))
        self.items.itemChanged.connect(self.on_items_itemChanged)

    def set_options(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Offer (code, label) ``pairs`` instead; ticked codes that are still offered stay ticked."""
        ticked = self.codes()
        self._setting = True
        try:
            self.items.clear()
            for code, text in pairs:
                self._add(code, text)
            for item in self._all():
                if item.data(CODE_ROLE) in ticked:
                    item.setCheckState(Qt.CheckState.Checked)
        finally:
            self._setting = False
        if self.count():
            # current (Space ticks it) but not drawn as selected before the list has focus
            self.selectionModel().setCurrentIndex(
                self.items.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.updateGeometry()

    def _add(self, code: str, text: str) -> None:
        item = QStandardItem(text)
        item.setData(code, CODE_ROLE)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        self.items.appendRow(item)

    def _all(self) -> list[QStandardItem]:
        return [self.items.item(row) for row in range(self.items.rowCount())]

    def count(self) -> int:
        return self.items.rowCount()

    def set_codes(self, codes: Iterable[str]) -> None:
        """Tick exactly ``codes`` (no ``changed``); a code the table lacks is listed as itself."""
        wanted = [str(getattr(c, "value", c)) for c in codes]
        self._setting = True
        try:
            known = {str(item.data(CODE_ROLE)) for item in self._all()}
            for code in wanted:
                if code and code not in known:
                    # a newer office's code: shown rather than dropped
                    self._add(code, label(self._table, code))
                    known.add(code)
            for item in self._all():
                state = Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted else Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._setting = False

    def codes(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(CODE_ROLE)) for item in self._all() if item.checkState() == Qt.CheckState.Checked
        )

    def clear_codes(self) -> None:
        self.set_codes(())

    def sizeHint(self) -> QSize:
        """Tall enough to show every option (or ``rows`` of them) without scrolling."""
        rows = max(min(self.count(), self._rows or self.count()), 1)
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8
        return QSize(width, row_height * rows + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), min(self.sizeHint().height(), 4 * self.fontMetrics().height()))

    @Slot(QStandardItem)
    def on_items_itemChanged(self, item: QStandardItem) -> None:
        if not self._setting:
            self.edited.emit()
