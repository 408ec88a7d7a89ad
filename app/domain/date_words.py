# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates in plain English words, without Qt: "12 May 2018", "about May 2018", "between 2017 and 2019".

For text that is not the translated GUI (``pana show``, logs of tests).  The GUI has its
own formatter, ``app.ui.widgets.date_text``, with translated patterns and the month
names of the interface language; the phrasing here follows its English form.
"""

from __future__ import annotations

from app.domain.dates import PartialDate

#: Fixed English names (``calendar.month_name`` follows the process locale).
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _plain(year: int, month: int | None, day: int | None) -> str:
    words = [str(day)] if day is not None else []
    if month is not None:
        words.append(MONTHS[month - 1])
    return " ".join([*words, f"{year:04d}"])


def in_words(date: PartialDate, unknown: str = "unknown") -> str:
    """``date`` in English, as precise as it is known; ``unknown`` when it is not known at all."""
    if date.year is None:
        return unknown
    end = date.end
    if end is not None:
        assert end.year is not None
        return f"between {_plain(date.year, date.month, date.day)} and {_plain(end.year, end.month, end.day)}"
    text = _plain(date.year, date.month, date.day)
    if date.part is not None:
        return f"{date.part.value} {text}"
    return f"about {text}" if date.approximate else text
