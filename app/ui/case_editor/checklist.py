# SPDX-License-Identifier: GPL-3.0-or-later
"""A short scrolling list of checkable codes (several pressure kinds, several targeted relatives).

Interim: a shared ``CodeChecklist`` widget is being written on another branch; this one is to be
replaced by it once both are merged.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

CODE = Qt.ItemDataRole.UserRole


class Checklist(QListWidget):
    """Items are (code, label); ``codes()`` lists the checked codes in item order; Space toggles one."""

    edited = Signal()

    def __init__(
        self, options: Iterable[tuple[str, str]] = (), parent: QWidget | None = None, *, rows: int = 5
    ) -> None:
        super().__init__(parent)
        self._rows = rows
        self._filling = False
        self.setUniformItemSizes(True)
        self.set_options(options)
        self.itemChanged.connect(self.on_itemChanged)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 4
        return QSize(hint.width(), row * self._rows + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def set_options(self, options: Iterable[tuple[str, str]]) -> None:
        """Replace the items, keeping the checked codes that are still offered."""
        checked = self.codes()
        self._filling = True
        self.clear()
        for code, text in options:
            self._add(code, text).setCheckState(
                Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked
            )
        self._filling = False
        self.updateGeometry()

    def _add(self, code: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self)
        item.setData(CODE, code)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        return item

    def codes(self) -> tuple[str, ...]:
        return tuple(
            str(self.item(i).data(CODE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_codes(self, codes: Iterable[str]) -> None:
        """Check exactly ``codes`` (``edited`` when that changes anything); a code that is not offered
        (from a newer vocabulary) is added as an item rather than lost."""
        wanted = list(codes)
        before = self.codes()
        self._filling = True
        offered = {str(self.item(i).data(CODE)) for i in range(self.count())}
        for code in wanted:
            if code not in offered:
                self._add(code, code)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(CODE) in wanted else Qt.CheckState.Unchecked
            )
        self._filling = False
        if self.codes() != before:
            self.edited.emit()

    @Slot(QListWidgetItem)
    def on_itemChanged(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.edited.emit()
