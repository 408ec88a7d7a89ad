# SPDX-License-Identifier: GPL-3.0-or-later
"""A filter's combo box that never widens its screen (long Kazakh or vocabulary names): closed, it may
show only the start of its choice, ending in "…" so it never reads as a different word, its tooltip
holds the whole of it, and its open list is as wide as its longest item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from app.ui.widgets.text import plain_tooltip


class FilterCombo(QComboBox):
    """At least ``min_characters`` wide; wider where its layout gives it room."""

    def __init__(self, min_characters: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min_characters)
        # A new choice, or its text in a new language; an office's name comes from a partner office.
        self.currentTextChanged.connect(lambda text: self.setToolTip(plain_tooltip(text)))

    def showPopup(self) -> None:
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())
        super().showPopup()

    def shown_text(self) -> str:
        """The current text as drawn: cut with "…" to the width of the field."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._elided(option)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._elided(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _elided(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width())
