# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates in words of the interface language: "12 May 2018", "about May 2018", "late December 2019".

One formatter for every screen (tables, forms, the date editor's read-back), so a
lawyer reads back what the field worker heard, never more precise than known.
Month names come from ``QLocale()`` (the interface language, set by ``Translations``);
word order and grammar come from translated patterns (context ``PartialDate``).
Russian needs the genitive month after "about", "early", "until the end of"
("около мая 2018") and the nominative alone ("май 2018"): ``QLocale.monthName`` and
``standaloneMonthName`` give exactly those two forms.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.dates import DatePart, PartialDate, deadline_key, key_text
from app.ui.tr_noop import QT_TRANSLATE_NOOP

C = "PartialDate"
_PART_PATTERNS = {
    DatePart.EARLY: QT_TRANSLATE_NOOP("PartialDate", "early %1"),
    DatePart.MID: QT_TRANSLATE_NOOP("PartialDate", "mid %1"),
    DatePart.LATE: QT_TRANSLATE_NOOP("PartialDate", "late %1"),
}


def _fill(pattern: str, *values: str) -> str:
    # Replace %1…%n in one pass, so a value containing "%2" is never replaced again.
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "%" and i + 1 < len(pattern) and pattern[i + 1].isdigit():
            index = int(pattern[i + 1]) - 1
            out.append(values[index] if 0 <= index < len(values) else pattern[i : i + 2])
            i += 2
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def month_name(month: int, *, inflected: bool, short: bool = False) -> str:
    """The month's name; ``inflected`` inside a phrase (Russian genitive), else as it stands alone."""
    locale = QLocale()
    size = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    formatted = locale.monthName(month, size)
    alone = locale.standaloneMonthName(month, size)
    # Kazakh capitalises only the stand-alone form; keep the running-text form unless the word differs.
    return formatted if inflected or alone.casefold() == formatted.casefold() else alone


def _year(year: int) -> str:
    return f"{year:04d}"


def _plain(year: int, month: int | None, day: int | None, *, inflected: bool, short: bool = False) -> str:
    if month is None:
        return _year(year)
    if day is None:
        pattern = QCoreApplication.translate("PartialDate", "%1 %2", "month and year")
        return _fill(pattern, month_name(month, inflected=inflected, short=short), _year(year))
    pattern = QCoreApplication.translate("PartialDate", "%1 %2 %3", "day, month and year")
    return _fill(pattern, str(day), month_name(month, inflected=True, short=short), _year(year))


def format_partial_date(date: PartialDate, unknown: str | None = None, *, short: bool = False) -> str:
    """``date`` in words, as precise as it is known; ``unknown`` (default "unknown") when it is not.

    ``short`` uses abbreviated month names ("1 Dec 2017"), for dense tables such as the case list.
    """
    if date.year is None:
        return QCoreApplication.translate("PartialDate", "unknown") if unknown is None else unknown
    end = date.end
    if end is not None:
        start = date.start
        assert start.year is not None and end.year is not None
        return _fill(
            QCoreApplication.translate("PartialDate", "between %1 and %2"),
            _plain(start.year, start.month, start.day, inflected=False, short=short),
            _plain(end.year, end.month, end.day, inflected=False, short=short),
        )
    if date.part is not None:
        return _fill(
            QCoreApplication.translate(C, _PART_PATTERNS[date.part]),
            _plain(date.year, date.month, None, inflected=True, short=short),
        )
    if date.approximate:
        return _fill(
            QCoreApplication.translate("PartialDate", "about %1"),
            _plain(date.year, date.month, date.day, inflected=True, short=short),
        )
    return _plain(date.year, date.month, date.day, inflected=False, short=short)


def deadline_note(valid_until: PartialDate) -> str:
    """What a deadline is counted to, when the date alone does not say: "until the end of October 2023".

    Empty for an exact day and for an unknown date.  The count itself is ``days_left``.
    """
    last = valid_until.latest()
    if last is None:
        return ""
    about = valid_until.approximate
    end = valid_until.end or valid_until
    assert end.year is not None
    if end.day is not None or valid_until.part in (DatePart.EARLY, DatePart.MID):
        if not about and end.day is not None:
            return ""  # the date shown is the day itself
        if about:
            return _fill(QCoreApplication.translate("PartialDate", "until about %1"), _day(last))
        return _fill(QCoreApplication.translate("PartialDate", "until %1"), _day(last))
    period = _plain(end.year, end.month, None, inflected=True) if end.month else _year(end.year)
    if about:
        return _fill(QCoreApplication.translate("PartialDate", "until about the end of %1"), period)
    return _fill(QCoreApplication.translate("PartialDate", "until the end of %1"), period)


def _day(day: dt.date) -> str:
    return _plain(day.year, day.month, day.day, inflected=True)


def date_sort_text(date: PartialDate) -> str:
    """A date column's sort role: the one order (earliest day, then latest; unknown last)."""
    return key_text(date.sort_key())


def deadline_sort_text(valid_until: PartialDate) -> str:
    """A deadline column's sort role: by the day it runs to, as ``days_left`` counts."""
    return key_text(deadline_key(valid_until))
