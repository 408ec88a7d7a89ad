# SPDX-License-Identifier: GPL-3.0-or-later
"""The analysts' CSV files, zipped: one ``<table>.csv`` per table, in UTF-8 with a byte order mark.

Why a zip: ``--out`` names one file, written whole or not at all (a folder of files could be left
half written), and four tables travel together.  Why the BOM: Excel opens a CSV without one in the
computer's legacy code page, so Kazakh, Chinese and Arabic text turns to mojibake; with it, Excel
reads UTF-8, LibreOffice preselects UTF-8 in its import dialog, and Python (``utf-8-sig``), R and
pandas skip it.  Comma-separated, every field quoted when needed (RFC 4180), CRLF line ends.

A text that starts like a formula (``= + - @``, tab, carriage return) is written with a leading
apostrophe, so a spreadsheet shows it instead of running it (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from app.reports.columns import Table
from app.reports.shape import Cell

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Tables = Iterable[tuple[Table, tuple[str, ...], Iterable[list[Cell]]]]


def inert(cell: Cell) -> str:
    """A cell as CSV text: booleans as true/false, formula-like text defused."""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if cell is None:
        return ""
    text = str(cell)
    return "'" + text if isinstance(cell, str) and text.startswith(_FORMULA_START) else text


def write_rows(file: io.TextIOBase, header: tuple[str, ...], rows: Iterable[list[Cell]]) -> int:
    """Header and rows to an open text file; returns the number of rows."""
    writer = csv.writer(file, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        # the common case (text that is no formula) without a call per cell
        writer.writerow(
            [c if c.__class__ is str and not c.startswith(_FORMULA_START) else inert(c) for c in row]
        )
        count += 1
    return count


def write_csv_zip(path: Path, tables: Tables) -> dict[str, int]:
    """Write the zip of CSV files to ``path``; ``tables`` yields (table, header, rows) lazily, so rows
    stream from the database into the archive.  Returns the rows written per table."""
    counts: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for table, header, rows in tables:
            with archive.open(f"{table.name}.csv", "w") as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                counts[table.name] = write_rows(text, header, rows)
                text.flush()
                text.detach()
    return counts
