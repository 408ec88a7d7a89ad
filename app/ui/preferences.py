# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences (language, idle minutes, restart on lock) kept in QSettings, and the dialog that edits
them; with a vault open, the dialog also has the "Partner offices" page (``app.ui.partner_offices``).

Only interface choices are stored: never a name, a case reference or a user name.
"""

from __future__ import annotations

from typing import SupportsInt

from PySide6.QtCore import QEvent, QSettings, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.ui.restart import SUPPORTED as RESTART_SUPPORTED
from app.ui.widgets.text import PlainLabel

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 120


class Preferences:
    """Typed access to the settings store; the QSettings object is injected (tests use a temp folder)."""

    LANGUAGE_KEY = "ui/language"
    IDLE_KEY = "security/idle_minutes"
    RESTART_KEY = "security/restart_on_lock"

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def language(self) -> str:
        value = str(self._settings.value(self.LANGUAGE_KEY, DEFAULT_LANGUAGE))
        return value if value in dict(LANGUAGES) else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue(self.LANGUAGE_KEY, value if value in dict(LANGUAGES) else DEFAULT_LANGUAGE)

    @property
    def idle_minutes(self) -> int:
        stored = self._settings.value(self.IDLE_KEY, DEFAULT_IDLE_MINUTES)
        if not isinstance(stored, str | bytes | SupportsInt):
            return DEFAULT_IDLE_MINUTES
        try:
            value = int(stored)
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return min(max(value, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._settings.setValue(self.IDLE_KEY, min(max(int(value), MIN_IDLE_MINUTES), MAX_IDLE_MINUTES))

    @property
    def restart_on_lock(self) -> bool:
        """Whether a lock restarts the app (``app.ui.restart``); on unless the user turned it off."""
        value = self._settings.value(self.RESTART_KEY, True)
        return value not in (False, "false", "0", 0)

    @restart_on_lock.setter
    def restart_on_lock(self, value: bool) -> None:
        self._settings.setValue(self.RESTART_KEY, bool(value))

    def sync(self) -> None:
        self._settings.sync()


class PreferencesDialog(QDialog):
    """Edits a ``Preferences``; the caller applies the changes after ``accept``."""

    def __init__(
        self, preferences: Preferences, parent: QWidget | None = None, *, partners: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(preferences.language)))
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_spin.setValue(preferences.idle_minutes)
        self.restart_check = QCheckBox()
        self.restart_check.setChecked(preferences.restart_on_lock)
        self.restart_note = PlainLabel()
        self.restart_note.setWordWrap(True)
        for widget in (self.restart_check, self.restart_note):
            widget.setVisible(RESTART_SUPPORTED)  # where a process cannot replace itself, no choice
        self.language_label = PlainLabel()
        self.idle_label = PlainLabel()
        self.note_label = PlainLabel()
        self.note_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.idle_label, self.idle_spin)
        form.addRow(self.restart_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(440)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(self.note_label)
        general_layout.addWidget(self.restart_note)
        general_layout.addStretch(1)
        self.partners_page = partners
        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        if partners is not None:
            self.tabs.addTab(partners, "")
            self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs.setTabText(0, self.tr("General"))
        if self.partners_page is not None:
            self.tabs.setTabText(1, self.tr("Partner offices"))
        self.language_label.setText(self.tr("Language:"))
        self.idle_label.setText(self.tr("Lock after idle:"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.restart_check.setText(self.tr("Restart Pana when it locks"))
        self.note_label.setText(
            self.tr(
                "Pana locks itself when nobody has used it for this long. An open case file "
                "keeps its unsaved changes as an encrypted draft."
            )
        )
        self.restart_note.setText(
            self.tr(
                "Restarting on lock clears what the session showed from Pana's memory, which "
                "locking alone cannot do."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @property
    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())

    @Slot()
    def on_buttons_accepted(self) -> None:
        self._preferences.language = self.chosen_language
        self._preferences.idle_minutes = self.idle_spin.value()
        self._preferences.restart_on_lock = self.restart_check.isChecked()
        self._preferences.sync()
        self.accept()
