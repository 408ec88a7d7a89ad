# SPDX-License-Identifier: GPL-3.0-or-later
"""A combo box of vocabulary codes shown by their translated labels; unknown codes are kept, not lost."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget


def code_of(combo: VocabCombo, vocabulary: type[Any], default: Any) -> Any:
    """The combo's code as a member of ``vocabulary`` when it is one; an unknown code stays a string."""
    code = combo.code()
    return vocabulary(code) if code in {v.value for v in vocabulary} else (code or default)


class VocabCombo(QComboBox):
    """Items are (code, label); ``code()`` returns the stored code, never the label."""

    def __init__(
        self, options: Iterable[tuple[str, str]], parent: QWidget | None = None, *, empty: str | None = None
    ) -> None:
        super().__init__(parent)
        if empty is not None:
            self.addItem(empty, "")
        for code, label in options:
            self.addItem(label, code)

    def code(self) -> str:
        data = self.currentData()
        return "" if data is None else str(data)

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0:
            self.addItem(code, code)  # a code from a newer vocabulary: show it rather than change it
            index = self.count() - 1
        self.setCurrentIndex(index)

    def set_options(self, options: Iterable[tuple[str, str]], *, empty: str | None = None) -> None:
        """Replace the items, keeping the current code selected when it is still offered."""
        current = self.code()
        blocked = self.blockSignals(True)
        self.clear()
        if empty is not None:
            self.addItem(empty, "")
        for code, label in options:
            self.addItem(label, code)
        index = self.findData(current)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(blocked)


class VocabDelegate(QStyledItemDelegate):
    """Edits a coded cell with a VocabCombo; the model receives the code (EditRole)."""

    def __init__(self, options: Iterable[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options = list(options)

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        return VocabCombo(self._options, parent)

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, VocabCombo)
        editor.set_code(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, VocabCombo)
        model.setData(index, editor.code(), Qt.ItemDataRole.EditRole)
