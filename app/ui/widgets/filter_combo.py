# SPDX-License-Identifier: GPL-3.0-or-later
"""A filter's combo box that never widens its screen (long Kazakh or vocabulary names): closed, it may
show only the start of its choice, so its tooltip holds the whole of it and its open list is as wide
as its longest item."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


class FilterCombo(QComboBox):
    """At least ``min_characters`` wide; wider where its layout gives it room."""

    def __init__(self, min_characters: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min_characters)
        self.currentTextChanged.connect(self.setToolTip)  # a new choice, or its text in a new language

    def showPopup(self) -> None:
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())
        super().showPopup()
