# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates: what a person remembers ("spring 2017", "about 1985") kept with its precision.

The canonical text form is what the database stores and what sorts:
``"1990-05-12"`` (day), ``"1990-05"`` (month), ``"1990"`` (year), ``"1990~"``
(approximate year) and ``""`` (unknown).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import ValidationError


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"
    UNKNOWN = "unknown"


_FORM = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<approx>~)?$")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to a given precision; ``year`` is None only when unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        if self.year is None:
            if self.month is not None or self.day is not None or self.approximate:
                raise ValidationError("date", "a month or day needs a year")
            return
        if not 1 <= self.year <= 9999:
            raise ValidationError("date", f"year {self.year} is out of range")
        if self.day is not None and self.month is None:
            raise ValidationError("date", "a day needs a month")
        if self.approximate and self.month is not None:
            raise ValidationError("date", "an approximate date is a year only")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError("date", f"month {self.month} is out of range")
        if self.day is not None:
            try:
                dt.date(self.year, self.month or 1, self.day)
            except ValueError as exc:
                raise ValidationError("date", "no such day") from exc

    @property
    def precision(self) -> DatePrecision:
        if self.year is None:
            return DatePrecision.UNKNOWN
        if self.approximate:
            return DatePrecision.APPROXIMATE
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @property
    def is_known(self) -> bool:
        return self.year is not None

    @classmethod
    def unknown(cls) -> PartialDate:
        return cls()

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str | None) -> PartialDate:
        """Read the canonical form (also accepts ``DD.MM.YYYY`` as typed in Kazakhstan)."""
        text = (text or "").strip()
        if not text:
            return cls()
        dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        if dotted:
            return cls(int(dotted[3]), int(dotted[2]), int(dotted[1]))
        match = _FORM.match(text)
        if not match:
            raise ValidationError("date", f"not a date: {text[:40]!r}")
        return cls(
            int(match["y"]),
            int(match["m"]) if match["m"] else None,
            int(match["d"]) if match["d"] else None,
            bool(match["approx"]),
        )

    def isoformat(self) -> str:
        """The canonical, sortable text form (empty when unknown)."""
        if self.year is None:
            return ""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text + ("~" if self.approximate else "")

    def earliest(self) -> dt.date | None:
        """First calendar day the date can mean (None when unknown)."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date | None:
        """Last calendar day the date can mean (None when unknown)."""
        if self.year is None:
            return None
        if self.day is not None and self.month is not None:
            return dt.date(self.year, self.month, self.day)
        if self.month is not None:
            following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    def __str__(self) -> str:
        return self.isoformat()


def days_left(valid_until: PartialDate, today: dt.date) -> int | None:
    """Days from ``today`` to the last day ``valid_until`` can mean; negative once expired."""
    last = valid_until.latest()
    return None if last is None else (last - today).days
