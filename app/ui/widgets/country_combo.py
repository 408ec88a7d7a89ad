# SPDX-License-Identifier: GPL-3.0-or-later
"""A country: chosen from the usual ones, shown translated and stored as its ISO 3166 code ("CN"),
or typed freely when it is not listed (kept as typed, as older records' "PRC" or "China" are)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.ui.models.vocab_labels import COUNTRY, label

#: Where a relative is presumed to live until told otherwise: Xinjiang.
DEFAULT_RELATIVE_COUNTRY = "CN"


class CountryCombo(QComboBox):
    """``value()`` is a listed country's code, or the text typed; ``set_value`` takes either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in COUNTRY:
            self.addItem(label(COUNTRY, code), code)
        self.set_value("")

    def value(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        return str(self.itemData(index)) if text and index >= 0 else text

    def set_value(self, value: str) -> None:
        index = self.findData(value) if value else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(value)
