# SPDX-License-Identifier: GPL-3.0-or-later
"""A field's validation message that appears over the form, just under its field, so no row moves
when it comes or goes (issue #12: typing landed in the wrong field when a message pushed rows down).

The message object stays wherever a form's layout put it, always hidden and taking no room; what
the user sees is its bubble, a child of the form drawn above the rows.  The bubble follows the field
when the form is laid out again, goes above the field when there is no room below, and goes away
when clicked, when the field is edited (``RecordForm``) or when the message is cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from app.ui.widgets.text import InlineMessage, PlainLabel

_BUBBLE = {
    "error": "color: #a40000; background: #fff3f0; border: 1px solid #e0a0a0; padding: 3px;",
    "warning": "color: #8a4b00; background: #fff8e6; border: 1px solid #e0c080; padding: 3px;",
}
_MIN_WIDTH = 240


class _Bubble(PlainLabel):
    def __init__(self, owner: FieldMessage, host: QWidget) -> None:
        super().__init__("", host)
        self._owner = owner
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._owner.clear_message()
        event.accept()


class FieldMessage(InlineMessage):
    """The message of ``field``, shown as a bubble over ``host`` (the form holding the field)."""

    def __init__(self, host: QWidget, field: QWidget) -> None:
        super().__init__(host)
        self._host, self._field = host, field
        self.bubble = _Bubble(self, host)

    @property
    def shown(self) -> bool:
        return self.bubble.isVisible()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.kind = kind
        self.setText(text)
        self.setVisible(False)  # its place in a layout stays empty
        self.bubble.setText(text)
        self.bubble.setStyleSheet(_BUBBLE.get(kind, _BUBBLE["error"]))
        if text:
            self._place()
            self.bubble.show()
            self.bubble.raise_()
            self._host.installEventFilter(self)  # once only, however often it is called
        else:
            self._hide_bubble()

    def clear_message(self) -> None:
        super().clear_message()
        self._hide_bubble()

    def _hide_bubble(self) -> None:
        """Hidden, and no longer following the form: a form's every event went through Python before."""
        self.bubble.hide()
        self._host.removeEventFilter(self)

    def _place(self) -> None:
        host, field = self._host, self._field
        left = field.mapTo(host, QPoint(0, 0)).x()
        width = max(min(max(field.width(), _MIN_WIDTH), host.width() - left), 1)
        self.bubble.setFixedWidth(width)
        self.bubble.setFixedHeight(self.bubble.heightForWidth(width))
        below = field.mapTo(host, QPoint(0, field.height() + 1))
        if below.y() + self.bubble.height() > host.height():
            below = field.mapTo(host, QPoint(0, -self.bubble.height() - 1))
        self.bubble.move(below)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._host
            and self.bubble.isVisible()
            and event.type()
            in (
                QEvent.Type.Resize,
                QEvent.Type.LayoutRequest,
                QEvent.Type.Show,
            )
        ):
            self._place()
        return False
