# SPDX-License-Identifier: GPL-3.0-or-later
"""A record's values to one row of cells, as the column rules of ``app.reports.columns`` say.

Full export: dates in their stored form with the precision kept ("2019-03-14", "2019-03",
"2019~", "[2017..2019]"), lists joined with ";".  Anonymised: see ``coarse_date``, ``birth_year``
and ``Pseudonyms``; the dropped columns are not written at all.  Counts in anonymised reports
go through ``suppressed``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.dates import PartialDate
from app.reports.columns import LIST_SEPARATOR, SEPARATOR_STANDIN, Rule, Table

Cell = str | int | bool | None

#: Counts under this are shown as "<5" in anonymised reports (a small count can point at a family).
SUPPRESS_BELOW = 5
SUPPRESSED = f"<{SUPPRESS_BELOW}"


class Pseudonyms:
    """Stable per export, meaningless outside it: an HMAC of the record id under a key made for this
    export and then forgotten, so rows still join across the tables but never back to the vault."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)

    def of(self, record_id: str | None) -> str:
        if not record_id:
            return ""
        return hmac.new(self._key, record_id.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def coarse_date(date: PartialDate) -> PartialDate:
    """``date`` no finer than a month: a day (or early/mid/late part of a month) becomes its month,
    "about 12 May" becomes "about May"; a range's ends become their months (one month if both fall
    in it).  Years, parts of a year and coarser ranges stay as they are."""
    if not date.is_known:
        return date
    if date.is_range:
        start = PartialDate(date.year, date.month)
        end = PartialDate(date.end_year, date.end_month)
        if start == end:
            return start
        return PartialDate(date.year, date.month, end_year=date.end_year, end_month=date.end_month)
    if date.day is None and (date.part is None or date.month is None):
        return date
    return PartialDate(date.year, date.month, approximate=date.approximate)


def birth_year(date: PartialDate) -> PartialDate:
    """A birth date no finer than its year ("about 1954" stays about; a range of years stays)."""
    if not date.is_known:
        return date
    if date.is_range and date.end_year != date.year:
        return PartialDate(date.year, end_year=date.end_year)
    return PartialDate(date.year, approximate=date.approximate)


def suppressed(count: int, anonymised: bool) -> str:
    """A count as printed: "<5" for 1–4 when anonymised (0 is shown: it points at nobody)."""
    return SUPPRESSED if anonymised and 0 < count < SUPPRESS_BELOW else str(count)


def _item(text: str) -> str:
    return text.replace(LIST_SEPARATOR, SEPARATOR_STANDIN)


class Shaper:
    """Turns records (mappings of column name to value) into rows of cells for one export."""

    def __init__(self, anonymised: bool, pseudonyms: Pseudonyms | None = None) -> None:
        self.anonymised = anonymised
        self._pseudonyms = pseudonyms or Pseudonyms()

    def _id(self, value: str | None) -> str:
        return self._pseudonyms.of(value) if self.anonymised else value or ""

    def _date(self, value: PartialDate | None, rule: Rule) -> PartialDate:
        date = value or PartialDate()
        if not self.anonymised:
            return date
        return birth_year(date) if rule is Rule.BIRTH else coarse_date(date)

    def row(self, table: Table, record: Mapping[str, Any]) -> list[Cell]:
        cells: list[Cell] = []
        for column in table.kept(self.anonymised):
            value = record.get(column.name)
            rule = column.rule
            if rule is Rule.ID:
                cells.append(self._id(value))
            elif rule is Rule.IDS:
                cells.append(LIST_SEPARATOR.join(self._id(v) for v in value or ()))
            elif rule is Rule.LIST:
                cells.append(LIST_SEPARATOR.join(_item(str(v)) for v in value or ()))
            elif rule in (Rule.DATE, Rule.BIRTH):
                cells.append(self._date(value, rule).isoformat())
            elif rule is Rule.PRECISION:
                source = next(c for c in table.columns if c.name == column.source)
                cells.append(self._date(record.get(source.name), source.rule).precision.value)
            else:
                cells.append(value if isinstance(value, bool | int) else "" if value is None else str(value))
        return cells

    def rows(self, table: Table, records: Iterable[Mapping[str, Any]]) -> Iterable[list[Cell]]:
        return (self.row(table, record) for record in records)
