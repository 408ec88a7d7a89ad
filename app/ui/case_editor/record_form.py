# SPDX-License-Identifier: GPL-3.0-or-later
"""The form half of a record panel: shows one frozen record and rebuilds it on every edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from app.ui.widgets.field_message import FieldMessage
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import InlineMessage


class RecordForm(QWidget):
    """Shows one record; every edit rebuilds the frozen record and emits ``changed``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: Any = None
        self._loading = False
        self._messages: dict[str, InlineMessage] = {}
        self._fields: dict[str, QWidget] = {}

    # subclasses implement these three
    def fill(self, record: Any) -> None:
        raise NotImplementedError

    def build(self, base: Any) -> Any:
        raise NotImplementedError

    def clear_fields(self) -> None:
        raise NotImplementedError

    def load(self, record: Any) -> None:
        self._record = record
        self._loading = True
        try:
            self.clear_fields() if record is None else self.fill(record)
        finally:
            self._loading = False
        self.setEnabled(record is not None)
        self.clear_messages()
        self.after_load()

    def after_load(self) -> None:
        """Hook: refresh derived messages (e.g. an ID check) once a record is shown."""

    def current(self) -> Any:
        return self._record

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            signal: Any
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                signal = widget.textChanged
            elif isinstance(widget, QComboBox):
                signal = widget.editTextChanged if widget.isEditable() else widget.currentIndexChanged
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                signal = widget.valueChanged
            elif isinstance(widget, QCheckBox | QAbstractButton):
                signal = widget.toggled
            elif isinstance(widget, PartialDateEdit):
                signal = widget.changed
            else:  # a composite field (a checklist, the names) has an edited signal
                signal = widget.edited  # type: ignore[attr-defined]
            signal.connect(self.on_field_edited)

    @Slot()
    def on_field_edited(self, *_: object) -> None:
        if self._loading or self._record is None:
            return
        edited = self.sender()
        for field, widget in self._fields.items():
            message = self._messages.get(field)
            if widget is edited and isinstance(message, FieldMessage):
                message.clear_message()  # the user is correcting it; its bubble would hide the next row
        record = self.build(self._record)
        if record != self._record:
            self._record = record
            self.changed.emit()

    def field_message(self, field: str, widget: QWidget) -> FieldMessage:
        """The message shown under ``widget``, over the rows below, for validation errors of ``field``."""
        message = FieldMessage(self, widget)
        self._messages[field] = message
        self._fields[field] = widget
        return message

    def show_error(self, field: str, text: str) -> bool:
        message = self._messages.get(field)
        if message is None:
            return False
        message.show_message(text)
        self._fields[field].setFocus()
        return True

    def clear_messages(self) -> None:
        for message in self._messages.values():
            message.clear_message()

    @Slot()
    def focus_first(self) -> None:
        widget = self.first_field()
        if widget is not None:
            widget.setFocus()

    def first_field(self) -> QWidget | None:
        """The field a keyboard user starts with after adding a row."""
        return None


def scrolled(form: QWidget) -> QScrollArea:
    """A long form in a scroll area (vertical only: the panel keeps it wide enough)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll
