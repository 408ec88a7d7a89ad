# SPDX-License-Identifier: GPL-3.0-or-later
"""Pressure reports as a CSV that Uwazi's CSV import (Settings → Import CSV) reads into an entity
template "Pressure report" (``docs/analyst-export.md`` lists the template's properties).

Uwazi's rules, as its importer reads a file (huridocs/uwazi ``app/api/csv``): a ``title`` column in
every row; other headers are property names (lower case, ``_`` for spaces); several values in one
cell separated by ``|`` (multi-select: a label Uwazi's thesaurus does not have yet is added to it);
a date range as ``from:to``, each ``YYYY-MM-DD``.  So each partial date goes in as the range of days
it can mean ("2019-03" → ``2019-03-01:2019-03-31``), with its text beside it.  Plain UTF-8, no byte
order mark (the importer would read it as part of the first header).  The rows are those of the
``pressure_reports`` table already shaped (anonymised or not), so both exports hide the same things.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.domain.dates import PartialDate
from app.reports.columns import LIST_SEPARATOR
from app.reports.shape import Cell
from app.reports.tabular import inert

MULTI = "|"
#: (Uwazi property, Pana column, how): "text", "select", "multi" (a ";" list), "range" (a date).
MAPPING: tuple[tuple[str, str, str], ...] = (
    ("pana_id", "report_id", "text"),
    ("case_id", "case_id", "text"),
    ("kinds", "kinds", "multi"),
    ("actor", "actor", "select"),
    ("channel", "channel", "select"),
    ("frequency", "frequency", "select"),
    ("reliability", "reliability", "select"),
    ("source_connection", "source_connection", "select"),
    ("occurred", "occurred_on", "range"),
    ("occurred_text", "occurred_on", "text"),
    ("reported", "reported_on", "range"),
    ("target_relationships", "target_relationships", "multi"),
    ("target_counties", "target_counties", "multi"),
    ("description", "description", "text"),
    ("words", "words", "text"),
)
TITLE = "Pressure report {id}"


def header(columns: Sequence[str]) -> list[str]:
    """``title``, then the properties whose Pana column the shaped rows have."""
    return ["title", *(prop for prop, column, _ in MAPPING if column in columns)]


def _label(text: str) -> str:
    # "|" splits values and "::" names a thesaurus group: neither may appear inside one label.
    return text.replace(MULTI, "/").replace("::", ":")


def _range(text: str) -> str:
    date = PartialDate.parse(text)
    first, last = date.earliest(), date.latest()
    return "" if first is None or last is None else f"{first.isoformat()}:{last.isoformat()}"


def row(columns: Sequence[str], cells: Sequence[Cell]) -> list[str]:
    values = {name: "" if cell is None else str(cell) for name, cell in zip(columns, cells, strict=True)}
    out = [TITLE.format(id=values["report_id"])]
    for _, column, how in MAPPING:
        if column not in values:
            continue
        value = values[column]
        if how == "multi":
            value = MULTI.join(_label(v) for v in value.split(LIST_SEPARATOR) if v)
        elif how == "select":
            value = _label(value)
        elif how == "range":
            value = _range(value)
        out.append(inert(value))
    return out


def write_uwazi(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write the Uwazi CSV of the shaped pressure-report ``rows`` (with header ``columns``)."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        writer.writerow(header(columns))
        for cells in rows:
            writer.writerow(row(columns, cells))
            count += 1
    return count
