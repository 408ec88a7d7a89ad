# SPDX-License-Identifier: GPL-3.0-or-later
"""The analysts' tables and their stable columns: one row per record, one rule per column.

``docs/analyst-export.md`` documents every column; a test holds the two together.  A column's
``Rule`` says what it holds and what the anonymised export makes of it (``app.reports.shape``):
codes, numbers and county-level places are kept; a citizenship or an ethnicity becomes its usual
value's code or ``other``; record ids become per-export pseudonyms; dates are cut to the month
(birth dates to the year); names, document and reference numbers, places finer than a county and
free text are left out (the column is absent, not empty).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Rule(StrEnum):
    KEEP = "keep"  # a code, number, flag or county-level place: the same in both exports
    #: Free text with usual values (a citizenship, an ethnicity; ``source`` names which): as typed, or,
    #: anonymised, the usual value's code (``CN``, ``kazakh``) or ``other`` (a rare one singles out).
    USUAL = "usual"
    ID = "id"  # a record id: a pseudonym when anonymised
    IDS = "ids"  # record ids joined with ";": pseudonyms when anonymised
    LIST = "list"  # codes (or county-level places) joined with ";"
    DATE = "date"  # a partial date as stored ("2019-03", "[2017..2019]"); to the month when anonymised
    BIRTH = "birth"  # a birth date: to the year when anonymised (a strong identifier with a county)
    PRECISION = "precision"  # the precision of the date in column ``source`` (after anonymising)
    DROP = "drop"  # a name, number or free text: not in the anonymised export


#: Rules whose values are free text a user typed (CSV/XLSX guard them against formula injection).
TEXT_RULES = frozenset({Rule.DROP, Rule.KEEP, Rule.LIST, Rule.USUAL})

#: What the ";" lists put in place of a ";" inside one item (a county typed with a semicolon).
LIST_SEPARATOR = ";"
SEPARATOR_STANDIN = ","


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    rule: Rule
    source: str = ""  # for PRECISION: the date column it describes; for USUAL: which values


@dataclass(frozen=True, slots=True)
class Table:
    """One file of the CSV zip, one sheet of the workbook."""

    name: str
    columns: tuple[Column, ...]

    def header(self, anonymised: bool) -> tuple[str, ...]:
        return tuple(c.name for c in self.kept(anonymised))

    def kept(self, anonymised: bool) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not (anonymised and c.rule is Rule.DROP))


def _columns(*spec: str) -> tuple[Column, ...]:
    """``"name rule"`` or ``"name precision source"`` per column (reads like the docs' tables)."""
    made = []
    for text in spec:
        name, rule, *source = text.split()
        made.append(Column(name, Rule(rule), *source))
    return tuple(made)


CASES = Table(
    "cases",
    _columns(
        "case_id id",
        "reference drop",
        "office_id keep",
        "office_name keep",
        "status keep",
        "confidentiality keep",
        "opened_on date",
        "opened_on_precision precision opened_on",
        "closed_on date",
        "subject_id id",
        "subject_name drop",
        "subject_sex keep",
        "subject_birth_date birth",
        "subject_citizenship usual citizenship",
        "subject_ethnicity usual ethnicity",
        "summary drop",
    ),
)

EVENTS = Table(
    "events",
    _columns(
        "event_id id",
        "case_id id",
        "type keep",
        "kind keep",
        "date date",
        "date_precision precision date",
        "end_date date",
        "relative_id id",
        "status keep",
        "outcome keep",
        "answered_on date",
        "valid_until date",
        "term_months keep",
        "suspended keep",
        "destination_country keep",
        "consent_given keep",
        "consent_scope list",
        "language keep",
        "authority drop",
        "reference_number drop",
        "answer_reference drop",
        "place drop",
        "facility drop",
        "interviewer drop",
        "description drop",
        "notes drop",
    ),
)

RELATIVES = Table(
    "relatives",
    _columns(
        "relative_id id",
        "case_id id",
        "person_id id",
        "relationship keep",
        "minor keep",
        "sex keep",
        "birth_date birth",
        "country keep",
        "prefecture keep",
        "county keep",
        "last_contact date",
        "statuses list",
        "name drop",
        "township drop",
        "village drop",
        "description drop",
        "notes drop",
    ),
)

PRESSURE_REPORTS = Table(
    "pressure_reports",
    _columns(
        "report_id id",
        "case_id id",
        "kinds list",
        "target_ids ids",
        "target_relationships list",
        "target_counties list",
        "frequency keep",
        "occurred_on date",
        "occurred_on_precision precision occurred_on",
        "reported_on date",
        "actor keep",
        "channel keep",
        "reliability keep",
        "source_connection keep",
        "relayed_by_id id",
        "relayed_by_name drop",
        "place drop",
        "description drop",
        "words drop",
    ),
)

#: In the order of the zip's files and the workbook's sheets.
TABLES = (CASES, EVENTS, RELATIVES, PRESSURE_REPORTS)

#: The ``type`` of an events row: which table of the vault it comes from.
EVENT_TYPES = ("legal-event", "request", "detention", "interview")
