# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates: a date kept as precisely, and in the words, a person remembers it.

A ``PartialDate`` is ONE point in time that is known only so far: a day, a month or
a year; *about* a day, month or year; the *early*, *mid* or *late* part of a month or
a year; somewhere *between* two dates; or unknown.  Its canonical text form is what
the database stores (``PartialDateType``), what revisions and exchange files carry,
and what ``pana show --json`` prints.  The forms follow ISO 8601-2 / EDTF where those
have one:

=============================  ===============================  =====================
text                           meaning                          bounds (earliest–latest)
=============================  ===============================  =====================
``""``                         unknown                          none (sorts last)
``1990-05-12``                 12 May 1990                      that day
``1990-05``                    May 1990                         1–31 May 1990
``1990``                       1990                             1 Jan–31 Dec 1990
``1990-05-12~`` ``1990-05~``   about 12 May 1990 / about May    as without ``~``
``1990~``                      about 1990 (EDTF "approximate")  as without ``~``
``2019-12-early|mid|late``     early / mid / late December      days 1–10 / 11–20 / 21–end
``2017-early|mid|late``        early / mid / late 2017          Jan–Apr / May–Aug / Sep–Dec
``[2017..2019]``               some time between 2017 and 2019  1 Jan 2017–31 Dec 2019
``[2019-12-21..2019-12-31]``   between 21 and 31 December       those days
=============================  ===============================  =====================

Every v1 value (``1990-05-12``, ``1990-05``, ``1990``, ``1990~``, ``""``) keeps its
meaning, so stored dates need no migration.  ``DD.MM.YYYY`` (as typed in Kazakhstan)
is read too but never written.

Choices, and why:

* *Approximate* (``~``, EDTF level 1) is allowed at any precision and does not move
  the bounds: "about May 2018" sorts and counts as May 2018 and is shown as "about".
* *Early / mid / late* is a Pana extension (ISO 8601-2 has seasons and quarters but
  no part of a month).  It is kept as a word rather than turned into a range so the
  lawyer reads back what the field worker heard; the bounds above (a month's three
  "decades", a year's thirds) are used only to sort and to count.
* A *range* is EDTF's "one of a set" ``[a..b]``: ONE unknown day somewhere from the
  start of ``a`` to the end of ``b``.  It is **not** EDTF's interval ``a/b``, which
  means the whole span.  Something that lasted ("held from 2016 until March 2023")
  is two partial dates on a record that has a start and an end (``Detention.started_on``
  / ``ended_on``), each of which may itself be a range.  Range ends are plain dates
  (no ``~`` or part) and the start must end before the end begins.
* Ordering is by the bounds, never by the text: see ``PartialDate.sort_key`` and
  ``app.domain.chronology``.  A deadline counts to its last day (``days_left``):
  "valid until October 2023" runs to 31 October.

Bad text raises ``ValidationError`` (field ``"date"``) with a ``kind`` code
(``DATE_ERRORS``), never another exception; the message never quotes the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import ValidationError

#: The longest text ``parse`` looks at; the longest canonical form has 24 characters.
MAX_TEXT = 40

#: ``ValidationError.kind`` codes for dates.
FORMAT, OUT_OF_RANGE, NO_SUCH_DAY, INCOMPLETE, QUALIFIER, RANGE_ORDER = (
    "date-format",
    "date-out-of-range",
    "date-no-such-day",
    "date-incomplete",
    "date-qualifier",
    "date-range-order",
)
DATE_ERRORS = (FORMAT, OUT_OF_RANGE, NO_SUCH_DAY, INCOMPLETE, QUALIFIER, RANGE_ORDER)


class DatePrecision(StrEnum):
    """How much of a date is known (a range's ends each have their own)."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    UNKNOWN = "unknown"


class DatePart(StrEnum):
    """Early, mid or late in a month (days 1–10, 11–20, 21–end) or a year (Jan–Apr, May–Aug, Sep–Dec)."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"


#: First and last day of each part of a month (31 stands for the month's last day).
_MONTH_PARTS = {DatePart.EARLY: (1, 10), DatePart.MID: (11, 20), DatePart.LATE: (21, 31)}
#: First and last month of each part of a year.
_YEAR_PARTS = {DatePart.EARLY: (1, 4), DatePart.MID: (5, 8), DatePart.LATE: (9, 12)}

# ASCII digits only: ``int()`` would also read other scripts' digits and the text would change.
_PLAIN = r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?"
_POINT = re.compile(_PLAIN + r"(~)?")
_PART = re.compile(r"([0-9]{4})(?:-([0-9]{2}))?-(early|mid|late)")
_RANGE = re.compile(r"\[" + _PLAIN + r"\.\." + _PLAIN + r"\]")
_DOTTED = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")


def _bad(kind: str, message: str) -> ValidationError:
    return ValidationError("date", message, kind)


def days_in_month(year: int, month: int) -> int:
    """How many days ``month`` of ``year`` has."""
    return calendar.monthrange(year, month)[1]


def _check_plain(year: int | None, month: int | None, day: int | None) -> None:
    if year is None:
        if month is not None or day is not None:
            raise _bad(INCOMPLETE, "a month or day needs a year")
        return
    if not 1 <= year <= 9999:
        raise _bad(OUT_OF_RANGE, "the year is out of range")
    if day is not None and month is None:
        raise _bad(INCOMPLETE, "a day needs a month")
    if month is not None and not 1 <= month <= 12:
        raise _bad(OUT_OF_RANGE, "the month is out of range")
    if day is not None and month is not None and not 1 <= day <= days_in_month(year, month):
        raise _bad(NO_SUCH_DAY, "no such day")


def _int(text: str | None) -> int | None:
    return int(text) if text else None


@dataclass(frozen=True, slots=True)
class PartialDate:
    """One point in time known to a precision; see the module docstring for the forms.

    ``year``/``month``/``day`` are the date, or a range's start (``end_*`` its end).
    ``year`` is None only when the date is unknown.  Instances are valid by
    construction (``ValidationError`` otherwise).  Compare with ``sort_key``, never
    with ``<`` on the fields or on the text.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    part: DatePart | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None

    def __post_init__(self) -> None:
        _check_plain(self.year, self.month, self.day)
        if self.part is not None and not isinstance(self.part, DatePart):
            if self.part not in set(DatePart):
                raise _bad(QUALIFIER, "early, mid or late")
            object.__setattr__(self, "part", DatePart(self.part))
        if self.year is None:
            if self.approximate or self.part is not None or self.end_year is not None:
                raise _bad(INCOMPLETE, "an unknown date has no qualifier or end")
            return
        if self.part is not None and (self.day is not None or self.approximate):
            raise _bad(QUALIFIER, "early/mid/late qualifies a month or a year only")
        if self.end_year is None:
            if self.end_month is not None or self.end_day is not None:
                raise _bad(INCOMPLETE, "a range end needs a year")
            return
        _check_plain(self.end_year, self.end_month, self.end_day)
        if self.approximate or self.part is not None:
            raise _bad(QUALIFIER, "the ends of a range are plain dates")
        if not self.start.latest() < self.end.earliest():  # type: ignore[operator,union-attr]
            raise _bad(RANGE_ORDER, "a range must start before it ends")

    # -- construction ----------------------------------------------------------------------

    @classmethod
    def unknown(cls) -> PartialDate:
        return cls()

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def between(cls, start: PartialDate, end: PartialDate) -> PartialDate:
        """Some time from the start of ``start`` to the end of ``end`` (both plain, known dates)."""
        if start.is_range or end.is_range or not start.is_known or not end.is_known:
            raise _bad(QUALIFIER, "the ends of a range are plain dates")
        if start.approximate or end.approximate or start.part or end.part:
            raise _bad(QUALIFIER, "the ends of a range are plain dates")
        return cls(
            start.year, start.month, start.day, end_year=end.year, end_month=end.month, end_day=end.day
        )

    @classmethod
    def parse(cls, text: str | None) -> PartialDate:
        """Read a canonical form (or ``DD.MM.YYYY``); ValidationError with a ``kind`` otherwise."""
        if text is not None and not isinstance(text, str):
            raise _bad(FORMAT, "a date is text")
        text = (text or "").strip()
        if not text:
            return cls()
        if len(text) > MAX_TEXT:
            raise _bad(FORMAT, "too long to be a date")
        if match := _POINT.fullmatch(text):
            year, month, day, approx = match.groups()
            return cls(int(year), _int(month), _int(day), bool(approx))
        if match := _PART.fullmatch(text):
            year, month, part = match.groups()
            return cls(int(year), _int(month), part=DatePart(part))
        if match := _RANGE.fullmatch(text):
            y1, m1, d1, y2, m2, d2 = match.groups()
            return cls(int(y1), _int(m1), _int(d1), end_year=int(y2), end_month=_int(m2), end_day=_int(d2))
        if match := _DOTTED.fullmatch(text):
            return cls(int(match[3]), int(match[2]), int(match[1]))
        raise _bad(FORMAT, "not a date")

    # -- what is known ---------------------------------------------------------------------

    @property
    def is_known(self) -> bool:
        return self.year is not None

    @property
    def is_range(self) -> bool:
        return self.end_year is not None

    @property
    def precision(self) -> DatePrecision:
        if self.year is None:
            return DatePrecision.UNKNOWN
        if self.end_year is not None:
            return DatePrecision.RANGE
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @property
    def start(self) -> PartialDate:
        """The date itself, or a range's start, without qualifiers (unknown stays unknown)."""
        return PartialDate(self.year, self.month, self.day)

    @property
    def end(self) -> PartialDate | None:
        """A range's end; None for a single date."""
        if self.end_year is None:
            return None
        return PartialDate(self.end_year, self.end_month, self.end_day)

    # -- bounds and order --------------------------------------------------------------------

    def earliest(self) -> dt.date | None:
        """First calendar day the date can mean (None when unknown)."""
        if self.year is None:
            return None
        month, day = self.month or 1, self.day or 1
        if self.part is not None:
            if self.month is None:
                month = _YEAR_PARTS[self.part][0]
            else:
                day = _MONTH_PARTS[self.part][0]
        return dt.date(self.year, month, day)

    def latest(self) -> dt.date | None:
        """Last calendar day the date can mean (None when unknown); a deadline counts to it."""
        if self.year is None:
            return None
        year, month, day = self.year, self.month, self.day
        if self.end_year is not None:
            year, month, day = self.end_year, self.end_month, self.end_day
        elif self.part is not None:
            if month is None:
                month = _YEAR_PARTS[self.part][1]
            else:
                day = min(_MONTH_PARTS[self.part][1], days_in_month(year, month))
        month = month or 12
        return dt.date(year, month, day or days_in_month(year, month))

    def sort_key(self) -> tuple[bool, dt.date, dt.date]:
        """The one chronological key: earliest day, then latest day; unknown dates last.

        Two dates with equal keys cannot be told apart (e.g. ``2019`` and ``2019~``);
        ``app.domain.chronology`` orders such items, and overlapping ones, by hand.
        """
        earliest, latest = self.earliest(), self.latest()
        if earliest is None or latest is None:
            return (True, dt.date.max, dt.date.max)
        return (False, earliest, latest)

    def overlaps(self, other: PartialDate) -> bool:
        """True when neither date is known to end before the other begins (unknown overlaps unknown)."""
        mine, theirs = self.sort_key(), other.sort_key()
        if mine[0] or theirs[0]:
            return mine[0] and theirs[0]
        return not (mine[2] < theirs[1] or theirs[2] < mine[1])

    def contradicts(self, other: PartialDate) -> bool:
        """True when both dates are known and cannot be the same day (two birth dates of what would be
        one person): ``1993`` and ``13 Jan 1993`` agree, ``1956`` and ``1993`` do not."""
        return self.is_known and other.is_known and not self.overlaps(other)

    # -- text ------------------------------------------------------------------------------

    def isoformat(self) -> str:
        """The canonical text form (empty when unknown); see the module docstring."""
        if self.year is None:
            return ""
        if self.end_year is not None:
            end = _plain(self.end_year, self.end_month, self.end_day)
            return f"[{_plain(self.year, self.month, self.day)}..{end}]"
        text = _plain(self.year, self.month, self.day)
        if self.part is not None:
            return f"{text}-{self.part.value}"
        return text + ("~" if self.approximate else "")

    def __str__(self) -> str:
        return self.isoformat()


def _plain(year: int, month: int | None, day: int | None) -> str:
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def days_left(valid_until: PartialDate, today: dt.date) -> int | None:
    """Days from ``today`` to the last day ``valid_until`` can mean; negative once expired.

    "Valid until October 2023" counts to 31 October, "until 2023" to 31 December, a
    range to the end of its end; an approximate deadline counts the same (the screen
    says "about").  This is the one rule behind the dashboard, the case list and the
    legal timeline.
    """
    last = valid_until.latest()
    return None if last is None else (last - today).days


def deadline_key(valid_until: PartialDate) -> tuple[bool, dt.date, dt.date]:
    """Deadlines sort by the day they run to (what ``days_left`` counts), then by start; unknown last."""
    unknown, earliest, latest = valid_until.sort_key()
    return (unknown, latest, earliest)


def key_text(key: tuple[bool, dt.date, dt.date]) -> str:
    """A text whose string order is the order of ``key`` (``sort_key``, ``deadline_key``).

    For sorting where only text compares (SQL, Qt sort roles); unknown is ``"~"``, after
    every digit.
    """
    unknown, first, second = key
    return "~" if unknown else f"{first.isoformat()} {second.isoformat()}"


def known_first(date: PartialDate) -> tuple[bool, dt.date, dt.date]:
    """A key under which an unknown date comes before every known one (``max`` takes the latest known)."""
    unknown, earliest, latest = date.sort_key()
    return (not unknown, earliest, latest)
