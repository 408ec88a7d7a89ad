# SPDX-License-Identifier: GPL-3.0-or-later
"""A case-editor tab that is one record panel over one list of the working copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.case_editor.record_form import RecordForm
from app.ui.case_editor.record_panel import RecordPanel


class PanelTab(QWidget):
    """A tab that is one RecordPanel over one list of the working copy (``STATE_FIELD``).

    Subclasses build ``self.form`` and a panel over it, and ``host`` the panel.  A form whose
    choices come from elsewhere in the case (its files, its people) refreshes them in
    ``refresh_choices``: on load, whenever the tab is shown (they may have changed on another
    tab), and with None when the editor is cleared (the choices are case text too).
    """

    edited = Signal()
    RECORD_TYPE: type[Any] = object
    STATE_FIELD = ""
    panel: RecordPanel
    form: RecordForm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: Any = None

    def host(self, panel: RecordPanel) -> None:
        """Make ``panel`` the whole tab; its edits go to the working copy."""
        self.panel = panel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)
        panel.edited.connect(self.on_panel_edited)

    def refresh_choices(self, state: Any) -> None:
        """Offer the form the choices ``state`` holds (None: none); most forms have none."""

    def load(self, state: Any, is_new: bool) -> None:
        self._state = state
        self.refresh_choices(state)
        self.panel.set_rows(getattr(state, self.STATE_FIELD))
        self.panel.bind(state)

    def clear(self) -> None:
        self._state = None
        self.refresh_choices(None)
        self.panel.bind(None)
        self.panel.clear()

    def showEvent(self, event: Any) -> None:
        if self._state is not None:
            self.refresh_choices(self._state)
        super().showEvent(event)

    def show_error(self, record: Any, field: str, message: str) -> bool:
        if not isinstance(record, self.RECORD_TYPE):
            return False
        self.panel.select(record.id)
        return self.form.show_error(field, message)

    @Slot()
    def on_panel_edited(self) -> None:
        if self._state is not None:
            setattr(self._state, self.STATE_FIELD, self.panel.rows())
            self.edited.emit()
