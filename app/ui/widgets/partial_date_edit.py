# SPDX-License-Identifier: GPL-3.0-or-later
"""A date as a person remembers it, entered from the keyboard and read back in words.

``[year] [month ▾] [day] [qualifier ▾] – [year] [month ▾] [day]  [☐ unknown]``
``about May 2018`` (the read-back, under the fields)

The date comes first, as it is typed: the year, then the month and day if known.
The qualifier says how it was given: exact (as precise as the fields), *about*,
*early* / *mid* / *late* (a month or a year: the day is off), or *between* (the
second date's fields appear: some time from the first date to the second).  Tab
walks the fields in that order; a field that does not apply is disabled or hidden,
so Tab skips it, and a letter picks a qualifier ("a" for "about").

Pasting text that is not just digits (``12.05.2018``, ``2018-05~``, ``[2017..2019]``)
fills every field at once; text that is not a date gives an inline message and
changes nothing.  Under the fields, a qualified date is read back as it will be
saved, in the interface language ("about May 2018", "between 2017 and 2019").
"""

from __future__ import annotations

import calendar
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import RANGE_ORDER, DatePart, PartialDate
from app.domain.errors import ValidationError
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.text import InlineMessage

EXACT, ABOUT, BETWEEN = "exact", "about", "between"


def _keep_width(combo: QComboBox) -> None:
    """As wide as its longest item, never squeezed by the read-back beside it (Kazakh is long)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class MonthCombo(QComboBox):
    """The month list, which also takes the month's number typed: "5" or "05" is May, "1" then "2"
    within a second is December (a plain combo searches item texts, so only "05" found May)."""

    TYPING_MS = 1000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        digit = event.text()
        if not (len(digit) == 1 and digit.isdigit() and digit.isascii()):
            super().keyPressEvent(event)
            return
        recent = self._since.isValid() and self._since.elapsed() < self.TYPING_MS
        typed = self._typed + digit if recent and len(self._typed) == 1 else digit
        if not 0 <= int(typed) <= 12:
            typed = digit
        self._typed = typed
        self._since.start()
        if int(typed):
            self.setCurrentIndex(self.findData(int(typed)))
        event.accept()


class PartialDateEdit(QWidget):
    """Exact / about / early / mid / late / between / unknown; ``value()`` is always a valid PartialDate.

    While a "between" range is incomplete or its second date is not after the first,
    ``value()`` is the first date alone and the message says so.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self._problem = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.year, self.month, self.day = self._date_fields()
        self.qualifier = QComboBox(self)
        self.qualifier.setAccessibleName(self.tr("How the date is known"))
        _keep_width(self.qualifier)
        self.dash = QLabel("–", self)
        self.end_year, self.end_month, self.end_day = self._date_fields()
        self.unknown = QCheckBox(self.tr("unknown"), self)
        # The read-back goes under the fields: beside them, Kazakh at 1366 px would be clipped.
        self.message = InlineMessage(self)
        self.setToolTip(self.tr("You can also paste a date, such as 12.05.2018."))
        for widget in (self.year, self.month, self.day, self.qualifier, self.dash):
            layout.addWidget(widget)
        for end in (self.end_year, self.end_month, self.end_day, self.unknown):
            layout.addWidget(end)
        layout.addStretch(1)
        outer.addWidget(self.message)
        self._fill_qualifiers()
        self.qualifier.currentIndexChanged.connect(self.on_qualifier_currentIndexChanged)
        self.year.valueChanged.connect(self.on_year_valueChanged)
        for field in (self.day, self.end_year, self.end_day):
            field.valueChanged.connect(self.on_part_changed)
        for combo in (self.month, self.end_month):
            combo.currentIndexChanged.connect(self.on_month_currentIndexChanged)
        self.unknown.toggled.connect(self.on_unknown_toggled)
        self.unknown.setChecked(True)
        self._sync()

    def _date_fields(self) -> tuple[QSpinBox, QComboBox, QSpinBox]:
        year = QSpinBox(self)
        year.setRange(0, 9999)
        year.setSpecialValueText(self.tr("year"))
        year.setAccessibleName(self.tr("Year"))
        year.setMinimumWidth(72)
        month = MonthCombo(self)
        month.setAccessibleName(self.tr("Month"))
        _keep_width(month)
        day = QSpinBox(self)
        day.setRange(0, 31)
        day.setSpecialValueText(self.tr("day"))
        day.setAccessibleName(self.tr("Day"))
        for widget in (year, month, day):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a scrolling wheel must not change dates
        for spin in (year, day):  # typing over "year" / "day", pasting a whole date
            spin.installEventFilter(self)
            spin.lineEdit().installEventFilter(self)
        self._fill_months(month)
        return year, month, day

    def _fill_months(self, combo: QComboBox) -> None:
        index = max(combo.currentIndex(), 0)
        combo.clear()
        combo.addItem(self.tr("month"), 0)
        locale = QLocale()
        for number in range(1, 13):
            combo.addItem(f"{number:02d} {locale.monthName(number, QLocale.FormatType.ShortFormat)}", number)
        combo.setCurrentIndex(index)

    def _fill_qualifiers(self) -> None:
        """Each way a date is given, as one short word (the read-back shows the whole phrase)."""
        index = max(self.qualifier.currentIndex(), 0)
        self.qualifier.clear()
        for text, mode in (
            (self.tr("exact"), EXACT),
            (self.tr("about"), ABOUT),
            (self.tr("early"), DatePart.EARLY.value),
            (self.tr("mid"), DatePart.MID.value),
            (self.tr("late"), DatePart.LATE.value),
            (self.tr("between"), BETWEEN),
        ):
            self.qualifier.addItem(text, mode)
        self.qualifier.setCurrentIndex(index)

    # -- the value -------------------------------------------------------------------------------

    def _mode(self) -> Any:
        """EXACT, ABOUT, BETWEEN or a DatePart (Qt hands item data back as plain text)."""
        mode = self.qualifier.currentData() or EXACT
        return DatePart(mode) if mode in {part.value for part in DatePart} else mode

    def _fields(self, year: QSpinBox, month: QComboBox, day: QSpinBox) -> tuple[int, int | None, int | None]:
        number = month.currentData() or None
        return year.value(), number, (day.value() or None) if number else None

    def value(self) -> PartialDate:
        year, month, day = self._fields(self.year, self.month, self.day)
        if year == 0:
            return PartialDate()
        mode = self._mode()
        if mode == ABOUT:
            return PartialDate(year, month, day, approximate=True)
        if isinstance(mode, DatePart):
            return PartialDate(year, month, part=mode)
        start = PartialDate(year, month, day)
        end_year, end_month, end_day = self._fields(self.end_year, self.end_month, self.end_day)
        if mode == BETWEEN and end_year:
            try:
                return PartialDate.between(start, PartialDate(end_year, end_month, end_day))
            except ValidationError:
                pass  # not (yet) a range: the first date alone, and the message says so
        return start

    def problem(self) -> str:
        """The ``ValidationError.kind`` shown inline (a range in the wrong order), or ""."""
        return self._problem

    def set_value(self, date: PartialDate) -> None:
        """Show ``date``; like QLineEdit.setText, ``changed`` follows when the value differs."""
        before = self.value()
        self._syncing = True
        try:
            mode: Any = EXACT
            if date.approximate:
                mode = ABOUT
            elif date.part is not None:
                mode = date.part
            elif date.is_range:
                mode = BETWEEN
            self.qualifier.setCurrentIndex(max(self.qualifier.findData(mode), 0))
            end = date.end or PartialDate()
            start_fields, end_fields = (
                (self.year, self.month, self.day),
                (self.end_year, self.end_month, self.end_day),
            )
            for (year, month, day), part in ((start_fields, date), (end_fields, end)):
                year.setValue(part.year or 0)
                month.setCurrentIndex(part.month or 0)
                self._limit_days(year, month, day)
                day.setValue(part.day or 0)
            self.unknown.setChecked(date.year is None)
            self._problem = ""
        finally:
            self._syncing = False
        self._sync()
        if self.value() != before:
            self.changed.emit()

    def clear(self) -> None:
        self.set_value(PartialDate())

    def set_text(self, text: str) -> bool:
        """Fill the fields from a typed or pasted date; False (and an inline message) if it is none."""
        try:
            date = PartialDate.parse(text)
        except ValidationError as error:
            self._problem = error.kind
            self._show_problem(error.kind)
            return False
        self.set_value(date)
        return True

    # -- keeping the fields consistent -------------------------------------------------------------

    def _limit_days(self, year: QSpinBox, month: QComboBox, day: QSpinBox) -> None:
        y, m = year.value(), month.currentData() or 0
        day.setMaximum(calendar.monthrange(y, m)[1] if y and m else 31)

    def _sync(self) -> None:
        known = self.year.value() > 0
        mode = self._mode()
        between = mode == BETWEEN
        self.qualifier.setEnabled(known)
        self.month.setEnabled(known)
        self.day.setEnabled(known and bool(self.month.currentData()) and not isinstance(mode, DatePart))
        for widget in (self.dash, self.end_year, self.end_month, self.end_day):
            widget.setVisible(between)
        self.end_month.setEnabled(self.end_year.value() > 0)
        self.end_day.setEnabled(self.end_year.value() > 0 and bool(self.end_month.currentData()))
        self._limit_days(self.year, self.month, self.day)
        self._limit_days(self.end_year, self.end_month, self.end_day)
        self._problem = self._range_problem() if between else ""
        self._show_problem(self._problem)

    def _range_problem(self) -> str:
        end_year = self.end_year.value()
        # A four-digit year, or the field left: no message while the year is being typed.
        if not end_year or (end_year < 1000 and self.end_year.hasFocus()):
            return ""
        return "" if self.value().is_range else RANGE_ORDER

    def _show_problem(self, kind: str) -> None:
        if kind == RANGE_ORDER:
            self.message.show_message(
                self.tr("The second date must come after the first; only the first is kept.")
            )
        elif kind:
            self.message.show_message(self.tr("This is not a date Pana can read."))
        else:  # a qualified date is read back in words ("about May 2018"); the fields say the rest
            value = self.value()
            qualified = value.approximate or value.part is not None or value.is_range
            self.message.show_message(format_partial_date(value) if qualified else "", "info")

    def _emit(self) -> None:
        self._sync()
        if not self._syncing:
            self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._syncing = True
        try:
            self._fill_qualifiers()
            self._fill_months(self.month)
            self._fill_months(self.end_month)
            self.unknown.setText(self.tr("unknown"))
        finally:
            self._syncing = False
        self._sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text().strip()
            if text and not text.isdigit():
                self.set_text(text)
                return True  # a whole date is never pasted into one field
        spin = watched if isinstance(watched, QSpinBox) else watched.parent()
        if isinstance(spin, QSpinBox) and event.text().isdigit() and spin.value() == spin.minimum():
            spin.selectAll()  # the first digit replaces the "year" / "day" placeholder
        return super().eventFilter(watched, event)

    # -- slots -------------------------------------------------------------------------------------

    @Slot(int)
    def on_year_valueChanged(self, year: int) -> None:
        if not self._syncing:
            self._syncing = True
            self.unknown.setChecked(year == 0)
            if year == 0:
                self._reset_fields()
            self._syncing = False
        self._emit()

    @Slot(int)
    def on_month_currentIndexChanged(self, index: int) -> None:
        if index == 0 and not self._syncing:
            combo = self.sender()
            (self.end_day if combo is self.end_month else self.day).setValue(0)
        self._emit()

    @Slot(int)
    def on_qualifier_currentIndexChanged(self, index: int) -> None:
        if not self._syncing:
            self._syncing = True
            mode = self._mode()
            if isinstance(mode, DatePart):
                self.day.setValue(0)  # early / mid / late qualify a month or a year
            if mode != BETWEEN:
                self._clear_end()
            self._syncing = False
        self._emit()

    @Slot()
    def on_part_changed(self) -> None:
        self._emit()

    @Slot(bool)
    def on_unknown_toggled(self, checked: bool) -> None:
        if self._syncing:
            return
        self._syncing = True
        if checked:
            self.year.setValue(0)
            self._reset_fields()
        elif self.year.value() == 0:
            self.unknown.setChecked(True)  # a known date starts by typing its year
            self.year.setFocus()
        self._syncing = False
        self._emit()

    def _reset_fields(self) -> None:
        self.qualifier.setCurrentIndex(0)
        self.month.setCurrentIndex(0)
        self.day.setValue(0)
        self._clear_end()

    def _clear_end(self) -> None:
        self.end_year.setValue(0)
        self.end_month.setCurrentIndex(0)
        self.end_day.setValue(0)
