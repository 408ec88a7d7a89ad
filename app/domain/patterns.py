# SPDX-License-Identifier: GPL-3.0-or-later
"""Patterns across cases: what is counted (pressure reports, detentions), by what, under which filter.

Shared by the patterns screen, the analysts' PDF report and the benchmark; filled by
``app.services.patterns.PatternService``.

What a count means:

* A **pressure report** is counted once per bar it falls under.  A report of two kinds
  (a police visit that was also a threat) counts once under each kind; a report aimed at
  two relatives in two counties counts once under each county (and once under each of
  their relationships).  Within one bar a record counts once, however many of its kinds
  or targets fall under that bar.  So the bars of the "kind", "county" and
  "relationship" breakdowns may add up to more than ``Breakdown.total``; those of
  "actor" and "month" add up to exactly ``total`` (a report has one actor and one date).
* A **detention** (of a relative, or of the case's own person) counts once under the
  relationship and county of its relative and once under the month it started.
* ``Breakdown.total``, ``Patterns.pressure_reports``, ``Patterns.detentions`` and
  ``Patterns.cases`` are true totals of distinct records (distinct cases), never sums of bars.
* A record whose dimension is not known is not dropped: it counts under the bar
  ``UNKNOWN`` (a report dated only "2019" has no month, a relative with no county, a
  report with no kind or aimed at no recorded relative).  A detention of the case's own
  person counts under ``PERSON`` for relationship.
* The month of a date is the month it surely falls in: "2019-03-14", "2019-03",
  "about March 2019", "early March 2019" and "[2019-03-02..2019-03-09]" are March 2019;
  "2019", "late 2019" and "[2019-02..2019-03]" have no month (``UNKNOWN``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.dates import PartialDate


class Subject(StrEnum):
    """What is counted."""

    PRESSURE = "pressure"
    DETENTION = "detention"


class Dimension(StrEnum):
    """What the records are counted by."""

    KIND = "kind"  # pressure kinds (vocab ``PressureKind``)
    ACTOR = "actor"  # pressure actor (vocab ``PressureActor``)
    COUNTY = "county"  # county text of the targeted / detained relative, as written
    RELATIONSHIP = "relationship"  # vocab ``Relationship`` of that relative, or ``PERSON``
    MONTH = "month"  # "YYYY-MM" of the report's date / the detention's start


#: The dimensions each subject is counted by, in the order screens and reports show them.
DIMENSIONS: dict[Subject, tuple[Dimension, ...]] = {
    Subject.PRESSURE: (
        Dimension.KIND,
        Dimension.ACTOR,
        Dimension.COUNTY,
        Dimension.RELATIONSHIP,
        Dimension.MONTH,
    ),
    Subject.DETENTION: (Dimension.RELATIONSHIP, Dimension.COUNTY, Dimension.MONTH),
}

#: The key of the bar of records whose dimension is not known (no month, no county, no kind...).
UNKNOWN = ""
#: The relationship key of a detention of the case's own person (not of a relative).
PERSON = "person"

#: Reliability codes, best first (Admiralty / HURIDOCS scale).
RELIABILITY_ORDER = ("A", "B", "C", "D", "E", "F")


def reliability_at_least(code: str) -> tuple[str, ...]:
    """The codes as reliable as ``code`` or more: "B" → ("A", "B").  ValueError on an unknown code."""
    return RELIABILITY_ORDER[: RELIABILITY_ORDER.index(code) + 1]


def month_of(date: PartialDate) -> str:
    """The "YYYY-MM" month ``date`` surely falls in, or ``UNKNOWN`` (see the module docstring)."""
    earliest, latest = date.earliest(), date.latest()
    if earliest is None or latest is None or (earliest.year, earliest.month) != (latest.year, latest.month):
        return UNKNOWN
    return f"{earliest.year:04d}-{earliest.month:02d}"


@dataclass(frozen=True, slots=True)
class PatternFilter:
    """Which records are counted; an empty field does not filter.

    * ``date_from`` / ``date_to`` (inclusive): a record counts when the days its date can
      mean overlap the period — a report dated "2019" counts for March–June 2019, so a
      short period never loses the vaguely dated; a record with no date is left out
      as soon as either end is set.  The date is a report's ``occurred_on`` and a
      detention's ``started_on``.
    * ``office_ids``: cases of these offices only.
    * ``kinds``: pressure reports of at least one of these kinds.  Detentions have no
      kind: this filter does not touch them.
    * ``min_reliability``: pressure reports at least this reliable ("B" = A or B).
      Detentions carry no reliability of their own: this filter does not touch them.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    office_ids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    min_reliability: str | None = None

    def __post_init__(self) -> None:
        if self.min_reliability is not None and self.min_reliability not in RELIABILITY_ORDER:
            raise ValueError("reliability is one of A–F")


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: ``key`` is the vocabulary code, county text, "YYYY-MM" or ``UNKNOWN``;
    ``label`` is what to show when the key is not a code the UI translates (it may equal key)."""

    key: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The records of one subject counted by one dimension.

    Bars are ordered by count (highest first, then key) except by month, which runs in
    time order; the ``UNKNOWN`` bar, when there is one, comes last.  Bars with no record
    are left out.  ``total`` is the number of distinct records counted (see the module
    docstring: not always the sum of the bars).
    """

    subject: str  # a Subject
    dimension: str  # a Dimension
    bars: tuple[Bar, ...]
    total: int

    def bar(self, key: str) -> Bar | None:
        return next((b for b in self.bars if b.key == key), None)


@dataclass(frozen=True, slots=True)
class Patterns:
    """Everything the patterns screen shows for one filter; every count is a true total."""

    filter: PatternFilter
    pressure_reports: int  # distinct pressure reports that pass the filter
    detentions: int  # distinct detentions that pass the filter
    cases: int  # distinct cases with at least one of those reports or detentions
    breakdowns: tuple[Breakdown, ...] = field(default=())

    def breakdown(self, subject: str, dimension: str) -> Breakdown | None:
        return next((b for b in self.breakdowns if b.subject == subject and b.dimension == dimension), None)


@dataclass(frozen=True, slots=True)
class CaseBehind:
    """A case behind a bar, and how many of its records the bar counts."""

    id: str
    reference: str
    subject_name: str
    office_name: str
    records: int
