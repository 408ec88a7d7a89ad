# SPDX-License-Identifier: GPL-3.0-or-later
"""A non-modal bar across the top of a screen: one plain-text message and a few buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.ui.widgets.text import PlainLabel


class NoticeBar(QFrame):
    """Shown instead of a dialog when the user should decide something but may carry on working."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#noticeBar { background: #fff6d5; border: 1px solid #d9b84a; border-radius: 3px; }"
        )
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.message = PlainLabel("", self)
        self._layout.addWidget(self.message, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self._layout.addWidget(button)
        self.buttons.append(button)
        return button

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.show()

    def dismiss(self) -> None:
        self.message.setText("")
        self.hide()
