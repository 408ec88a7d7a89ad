# SPDX-License-Identifier: GPL-3.0-or-later
"""Work that can wait until a widget is on screen: ``after_paint(widget, work)`` calls ``work`` once,
in the event loop pass after the widget's next paint.

A look-up started on the database worker while a screen is first laid out and painted competes
with it for the interpreter (the GUI thread waits for the worker at every call into Python), so
help that is not part of the screen (the possible duplicates of a case's person) starts here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _PaintWatch(QObject):
    """A child of the widget: gone with it, and ``work`` (timed with the widget as context) never runs
    for a widget that is gone."""

    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget, self._work = widget, work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._widget, self._work)
            self.deleteLater()
        return False


def after_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Call ``work`` (once) in the event loop pass after ``widget`` is next painted."""
    _PaintWatch(widget, work)
