# SPDX-License-Identifier: GPL-3.0-or-later
"""An indeterminate progress bar with a short message, shown while a worker runs (unlock, create)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from app.ui.widgets.text import PlainLabel


class BusyIndicator(QWidget):
    """Hidden until ``start(message)``; ``stop()`` hides it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        self.label = PlainLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.setVisible(False)

    def start(self, message: str) -> None:
        self.label.setText(message)
        self.setVisible(True)

    def stop(self) -> None:
        self.label.setText("")
        self.setVisible(False)
