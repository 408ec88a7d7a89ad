# SPDX-License-Identifier: GPL-3.0-or-later
"""User text shown safely: plain text only, bidi-isolated in sentences, laid out by its own direction."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QPlainTextEdit, QStyledItemDelegate, QWidget

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE

_STYLES = {
    "error": "color: #a40000;",
    "warning": "color: #8a4b00;",
    "info": "color: #1d4f91;",
    "ok": "color: #2c6e2f;",
}


def isolate(text: str) -> str:
    """``text`` wrapped in FSI…PDI so its direction (or an RLO inside it) cannot reorder a sentence."""
    return f"{FSI}{text}{PDI}"


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` as it is: Qt reads tooltips as rich text when they look like it, so
    user text is escaped into a paragraph of its own (and isolated), never taken for markup."""
    return QtGui.Qt.convertFromPlainText(isolate(text), Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def text_direction(text: str) -> Qt.LayoutDirection:
    """Direction of the first strong character (UAX #9 rules P2–P3); left-to-right when there is none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def leading_alignment(text: str) -> Qt.AlignmentFlag:
    """Where a cell holding ``text`` should start: the right edge for right-to-left text."""
    if text_direction(text) == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class PlainLabel(QLabel):
    """A label that never interprets its text as rich text (user data may contain ``<img …>``)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, selectable: bool = False) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(text)


class InlineMessage(PlainLabel):
    """A message shown next to the field it is about; hidden while empty.  Never a modal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.kind = kind
        self.setStyleSheet(_STYLES.get(kind, ""))
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


class ScriptLineEdit(QLineEdit):
    """A line edit whose direction and alignment follow the script being typed (Arabic: right to left)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.textChanged.connect(self._follow_direction)

    def _follow_direction(self, text: str) -> None:
        direction = text_direction(text)
        if direction != self.layoutDirection():
            self.setLayoutDirection(direction)


class ScriptTextEdit(QPlainTextEdit):
    """Plain-text editor (never rich text) where each paragraph takes the direction of its own text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)

    def set_lines(self, lines: int) -> None:
        """A short field (notes, a reason): about ``lines`` lines high, not growing with the form."""
        height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 8
        self.setFixedHeight(height)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


class ScriptDelegate(QStyledItemDelegate):
    """Edits a cell of user text in a ScriptLineEdit, so an Arabic-script name is typed right to left."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        editor = ScriptLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))


def inline_completer(words: list[str], parent: QWidget) -> QCompleter:
    """Completes in the field itself: a popup list would cover the next field, and a click meant for
    that field would pick an entry here (a county landed in the prefecture field)."""
    completer = QCompleter(words, parent)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return completer
