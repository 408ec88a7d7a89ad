# SPDX-License-Identifier: GPL-3.0-or-later
"""A record's values to one row of cells, as the column rules of ``app.reports.columns`` say.

Full export: dates in their stored form with the precision kept ("2019-03-14", "2019-03",
"2019~", "[2017..2019]"), lists joined with ";".  Anonymised: see ``coarse_date``, ``birth_year``
and ``Pseudonyms``; the dropped columns are not written at all.  Counts in anonymised reports
go through ``suppressed``.
"""

from __future__ import annotations

import functools
import hmac
import secrets
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from app.domain.case_caches import forgotten_on_lock
from app.domain.dates import PartialDate
from app.petitions.words import citizenship_code, ethnicity_code
from app.reports.columns import LIST_SEPARATOR, SEPARATOR_STANDIN, Column, Rule, Table

#: What a ``Rule.USUAL`` column's ``source`` names: the code of its usual value, "" for other text.
USUAL_CODES: dict[str, Callable[[str], str]] = {"citizenship": citizenship_code, "ethnicity": ethnicity_code}

Cell = str | int | bool | None

#: Counts under this are shown as "<5" in anonymised reports (a small count can point at a family).
SUPPRESS_BELOW = 5
SUPPRESSED = f"<{SUPPRESS_BELOW}"


class Pseudonyms:
    """Stable per export, meaningless outside it: an HMAC of the record id under a key made for this
    export and then forgotten, so rows still join across the tables but never back to the vault.
    Kept per export in memory (an id recurs in every row of its case)."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)
        self._made: dict[str, str] = {}

    def of(self, record_id: str | None) -> str:
        if not record_id:
            return ""
        made = self._made.get(record_id)
        if made is None:
            made = hmac.digest(self._key, record_id.encode("utf-8"), "sha256").hex()[:16]
            self._made[record_id] = made
        return made


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


@forgotten_on_lock
@functools.lru_cache(maxsize=16384)
def date_cells(value: PartialDate | str | None, rule: Rule, anonymised: bool) -> tuple[str, str]:
    """A date (or its stored text) as (text, precision) after the rule; cached, dates repeat a lot."""
    date = value if isinstance(value, PartialDate) else PartialDate.parse(value)
    if anonymised:
        date = birth_year(date) if rule is Rule.BIRTH else coarse_date(date)
    return date.isoformat(), date.precision.value


Shape = Callable[[Mapping[str, Any]], Cell]


class Shaper:
    """Turns records (mappings of column name to value; a date as PartialDate or its stored text)
    into rows of cells for one export.  Each table's columns are planned once, then each row is one
    call per column."""

    def __init__(self, anonymised: bool, pseudonyms: Pseudonyms | None = None) -> None:
        self.anonymised = anonymised
        self._pseudonyms = pseudonyms or Pseudonyms()
        self._plans: dict[str, list[Shape]] = {}

    def _plan(self, table: Table) -> list[Shape]:
        if table.name not in self._plans:
            self._plans[table.name] = [self._shape(table, column) for column in table.kept(self.anonymised)]
        return self._plans[table.name]

    def _shape(self, table: Table, column: Column) -> Shape:
        name, rule, anonymised = column.name, column.rule, self.anonymised
        of = self._pseudonyms.of if anonymised else (lambda value: value or "")
        if rule is Rule.ID:
            return lambda record: of(record.get(name))
        if rule is Rule.IDS:
            return lambda record: LIST_SEPARATOR.join(of(v) for v in record.get(name) or ())
        if rule is Rule.LIST:
            return lambda record: LIST_SEPARATOR.join(_item(str(v)) for v in record.get(name) or ())
        if rule in (Rule.DATE, Rule.BIRTH):
            return lambda record: date_cells(record.get(name), rule, anonymised)[0]
        if rule is Rule.PRECISION:
            source = next(c for c in table.columns if c.name == column.source)
            return lambda record: date_cells(record.get(source.name), source.rule, anonymised)[1]
        if rule is Rule.USUAL and anonymised:
            code_of = USUAL_CODES[column.source]
            return lambda record: _usual(code_of, str(record.get(name) or ""))
        return lambda record: _plain(record.get(name))

    def row(self, table: Table, record: Mapping[str, Any]) -> list[Cell]:
        return [shape(record) for shape in self._plan(table)]

    def rows(self, table: Table, records: Iterable[Mapping[str, Any]]) -> Iterable[list[Cell]]:
        plan = self._plan(table)
        return ([shape(record) for shape in plan] for record in records)


def _usual(code_of: Callable[[str], str], text: str) -> str:
    return code_of(text) or ("other" if text.strip() else "")


def _plain(value: object) -> Cell:
    return value if isinstance(value, bool | int) else "" if value is None else str(value)
