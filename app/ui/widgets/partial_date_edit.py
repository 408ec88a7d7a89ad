# SPDX-License-Identifier: GPL-3.0-or-later
"""A date as precisely as a person remembers it: year, month, day, approximate or unknown."""

from __future__ import annotations

import calendar

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from app.domain.dates import PartialDate


def format_partial_date(date: PartialDate, unknown: str | None = None) -> str:
    """``12.05.1990``, ``05.1990``, ``1990``, ``c. 1990`` or "unknown": never more precise than known."""
    if date.year is None:
        return QCoreApplication.translate("PartialDate", "unknown") if unknown is None else unknown
    if date.approximate:
        return QCoreApplication.translate("PartialDate", "c. %1").replace("%1", f"{date.year:04d}")
    if date.month is None:
        return f"{date.year:04d}"
    if date.day is None:
        return f"{date.month:02d}.{date.year:04d}"
    return f"{date.day:02d}.{date.month:02d}.{date.year:04d}"


def sort_key(date: PartialDate) -> str:
    """Chronological text key: a year (or "about" a year) before its months; unknown dates last."""
    if date.year is None:
        return "~"
    return f"{date.year:04d}-{date.month or 0:02d}-{date.day or 0:02d}"


class PartialDateEdit(QWidget):
    """Year / month / day / approximate / unknown; ``value()`` is always a valid PartialDate."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.year = QSpinBox(self)
        self.year.setRange(0, 9999)
        self.year.setSpecialValueText(self.tr("year"))
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setMinimumWidth(72)
        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Month"))
        self.month.addItem(self.tr("month"), 0)
        locale = QLocale()
        for number in range(1, 13):
            name = locale.monthName(number, QLocale.FormatType.ShortFormat)
            self.month.addItem(f"{number:02d} {name}", number)
        self.day = QSpinBox(self)
        self.day.setRange(0, 31)
        self.day.setSpecialValueText(self.tr("day"))
        self.day.setAccessibleName(self.tr("Day"))
        self.approximate = QCheckBox(self.tr("approx."), self)
        self.unknown = QCheckBox(self.tr("unknown"), self)
        for widget in (self.year, self.day, self.month):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a scrolling wheel must not change dates
        for widget in (self.year, self.month, self.day, self.approximate, self.unknown):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.year.valueChanged.connect(self.on_year_valueChanged)
        self.month.currentIndexChanged.connect(self.on_month_currentIndexChanged)
        self.day.valueChanged.connect(self.on_part_changed)
        self.approximate.toggled.connect(self.on_approximate_toggled)
        self.unknown.toggled.connect(self.on_unknown_toggled)
        self.unknown.setChecked(True)
        self._sync()

    def value(self) -> PartialDate:
        year = self.year.value()
        if year == 0:
            return PartialDate()
        if self.approximate.isChecked():
            return PartialDate(year, approximate=True)
        month = self.month.currentData() or None
        day = (self.day.value() or None) if month else None
        return PartialDate(year, month, day)

    def set_value(self, date: PartialDate) -> None:
        """Show ``date``; like QLineEdit.setText, ``changed`` follows when the value differs."""
        before = self.value()
        self._syncing = True
        try:
            self.year.setValue(date.year or 0)
            self.approximate.setChecked(date.approximate)
            self.month.setCurrentIndex(date.month or 0)
            self._limit_days()
            self.day.setValue(date.day or 0)
            self.unknown.setChecked(date.year is None)
        finally:
            self._syncing = False
        self._sync()
        if self.value() != before:
            self.changed.emit()

    def clear(self) -> None:
        self.set_value(PartialDate())

    def _limit_days(self) -> None:
        year, month = self.year.value(), self.month.currentData() or 0
        self.day.setMaximum(calendar.monthrange(year, month)[1] if year and month else 31)

    def _sync(self) -> None:
        known = self.year.value() > 0
        approximate = known and self.approximate.isChecked()
        self.approximate.setEnabled(known)
        self.month.setEnabled(known and not approximate)
        self.day.setEnabled(known and not approximate and bool(self.month.currentData()))
        self._limit_days()

    def _emit(self) -> None:
        self._sync()
        if not self._syncing:
            self.changed.emit()

    @Slot(int)
    def on_year_valueChanged(self, year: int) -> None:
        if not self._syncing:
            self._syncing = True
            self.unknown.setChecked(year == 0)
            if year == 0:
                self.approximate.setChecked(False)
                self.month.setCurrentIndex(0)
                self.day.setValue(0)
            self._syncing = False
        self._emit()

    @Slot(int)
    def on_month_currentIndexChanged(self, index: int) -> None:
        if index == 0 and not self._syncing:
            self.day.setValue(0)
        self._emit()

    @Slot()
    def on_part_changed(self) -> None:
        self._emit()

    @Slot(bool)
    def on_approximate_toggled(self, checked: bool) -> None:
        if checked and not self._syncing:
            self._syncing = True
            self.month.setCurrentIndex(0)
            self.day.setValue(0)
            self._syncing = False
        self._emit()

    @Slot(bool)
    def on_unknown_toggled(self, checked: bool) -> None:
        if self._syncing:
            return
        self._syncing = True
        if checked:
            self.year.setValue(0)
            self.approximate.setChecked(False)
            self.month.setCurrentIndex(0)
            self.day.setValue(0)
        elif self.year.value() == 0:
            self.unknown.setChecked(True)  # a known date starts by typing its year
            self.year.setFocus()
        self._syncing = False
        self._emit()
