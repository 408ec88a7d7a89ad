# SPDX-License-Identifier: GPL-3.0-or-later
"""The filter bar of the patterns screen: period (from month to month), office, kind of pressure and
reliability at least X, read as one ``PatternFilter``."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from app.domain.patterns import RELIABILITY_ORDER, PatternFilter
from app.domain.records import Office
from app.ui.models.vocab_labels import PRESSURE_KIND, RELIABILITY, options
from app.ui.widgets.filter_combo import FilterCombo
from app.ui.widgets.text import PlainLabel

FIRST_YEAR = 1949  # no year before it: the spin box's lowest value means "any"
LAST_YEAR = 2100
#: The filters are never narrower than this many characters, however long their words.
FILTER_CHARACTERS = 14


class MonthPicker(QWidget):
    """A year (its lowest value reads "any") and an optional month."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR - 1, LAST_YEAR)
        self.year.setValue(FIRST_YEAR - 1)
        self.month = QComboBox(self)
        self.month.addItem("", None)
        for number in range(1, 13):
            self.month.addItem("", number)
        self.month.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.year)
        layout.addWidget(self.month)
        self.year.valueChanged.connect(self._on_year_changed)
        self.month.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.retranslate()

    def _on_year_changed(self, year: int) -> None:
        self.month.setEnabled(year >= FIRST_YEAR)
        self.changed.emit()

    def retranslate(self) -> None:
        self.year.setSpecialValueText(self.tr("any"))
        self.month.setItemText(0, "—")
        for number in range(1, 13):
            self.month.setItemText(number, QLocale().standaloneMonthName(number))

    def set_value(self, year: int | None, month: int | None = None) -> None:
        self.year.setValue(year or FIRST_YEAR - 1)
        self.month.setCurrentIndex(month or 0)

    def first_day(self) -> dt.date | None:
        if self.year.value() < FIRST_YEAR:
            return None
        return dt.date(self.year.value(), self.month.currentData() or 1, 1)

    def last_day(self) -> dt.date | None:
        if self.year.value() < FIRST_YEAR:
            return None
        year, month = self.year.value(), self.month.currentData() or 12
        return dt.date(year, month, calendar.monthrange(year, month)[1])


class PatternFilterBar(QWidget):
    """``changed`` whenever a filter changes; ``value()`` is the filter now shown."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_label, self.to_label = PlainLabel("", self), PlainLabel("", self)
        self.date_from, self.date_to = MonthPicker(self), MonthPicker(self)
        self.office = FilterCombo(FILTER_CHARACTERS, self)
        self.office.addItem("", None)
        self.kind = FilterCombo(FILTER_CHARACTERS, self)
        self.kind.addItem("", None)
        for code, _ in options(PRESSURE_KIND):
            self.kind.addItem("", code)
        self.reliability_label = PlainLabel("", self)
        self.reliability = FilterCombo(FILTER_CHARACTERS, self)
        self.reliability.addItem("", None)
        for code in RELIABILITY_ORDER[:-1]:  # "at least F" is everything
            self.reliability.addItem("", code)
        period, what = QHBoxLayout(), QHBoxLayout()
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            period.addWidget(widget)
        # Where the screen has room, the office and the kind are shown whole: they take part of it.
        period.addWidget(self.office, 1)
        period.addStretch(1)
        what.addWidget(self.kind, 1)
        for part in (self.reliability_label, self.reliability):
            what.addWidget(part)
        what.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(period)
        layout.addLayout(what)
        for picker in (self.date_from, self.date_to):
            picker.changed.connect(self.changed)
        for combo in (self.office, self.kind, self.reliability):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self._retranslate()

    def set_offices(self, offices: list[Office]) -> None:
        """Offer the offices (with more than one office only: one office filters nothing)."""
        chosen = self.office.currentData()
        self.office.blockSignals(True)
        while self.office.count() > 1:
            self.office.removeItem(1)
        for office in offices:
            self.office.addItem(office.name, office.id)
        self.office.setCurrentIndex(max(0, self.office.findData(chosen)))
        self.office.blockSignals(False)
        self.office.setVisible(len(offices) > 1)

    def value(self) -> PatternFilter:
        office, kind = self.office.currentData(), self.kind.currentData()
        return PatternFilter(
            date_from=self.date_from.first_day(),
            date_to=self.date_to.last_day(),
            office_ids=(office,) if office else (),
            kinds=(kind,) if kind else (),
            min_reliability=self.reliability.currentData(),
        )

    def _retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.office.setItemText(0, self.tr("Every office"))
        self.kind.setItemText(0, self.tr("Every kind of pressure"))
        for row, (_, text) in enumerate(options(PRESSURE_KIND), 1):
            self.kind.setItemText(row, text)
        self.reliability_label.setText(self.tr("Reliability at least"))
        self.reliability.setItemText(0, self.tr("any"))
        for row, (_, text) in enumerate(options(RELIABILITY)[:-1], 1):
            self.reliability.setItemText(row, text)
        for picker in (self.date_from, self.date_to):
            picker.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
