# SPDX-License-Identifier: GPL-3.0-or-later
"""The analysts' workbook (XLSX, openpyxl): a sheet per table, the header row bold and frozen.

openpyxl's write-only mode streams rows (100,000 rows in flat memory), but by default it spools each
sheet to a file in the system's temporary folder: case data where nobody chose.  Each sheet here is
spooled to a scratch file beside the target instead (``app.reports.output.Target.scratch``), removed
when the export ends.  ``WorksheetWriter(ws, out)`` is openpyxl's own hook for where a sheet goes;
only its clean-up, which expects openpyxl's own temporary-file list, is left to the export.

Every text is written as text, never as a formula (openpyxl reads a string starting with "=" as one).
Dates stay text in their stored precision ("2019-03"), so the spreadsheet does not turn them into days.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._writer import WorksheetWriter

from app.reports.shape import Cell
from app.reports.tabular import Tables


class _BesideWriter(WorksheetWriter):  # type: ignore[misc]  # openpyxl is untyped
    def cleanup(self) -> None:
        """Nothing: the scratch file goes with the export (``Target.scratch``), unnamed or not."""


def _cell(sheet: object, value: Cell) -> object:
    if value == "":
        return None
    if isinstance(value, str) and value.startswith("="):
        made = WriteOnlyCell(sheet, value=value)
        made.data_type = "s"  # text, not a formula
        return made
    return value


def write_xlsx(path: Path, tables: Tables, scratch: Callable[[str], Path]) -> dict[str, int]:
    """Write the workbook to ``path``; ``scratch(label)`` gives a file beside it for each sheet's rows."""
    book = Workbook(write_only=True)
    try:
        counts = _sheets(book, tables, scratch)
    except BaseException:
        for sheet in book.worksheets:  # end each sheet's XML stream now, not when it is collected
            with contextlib.suppress(Exception):
                sheet.close()
        raise
    book.save(path)
    return counts


def _sheets(book: Workbook, tables: Tables, scratch: Callable[[str], Path]) -> dict[str, int]:
    bold = Font(bold=True)
    counts: dict[str, int] = {}
    for table, header, rows in tables:
        sheet = book.create_sheet(table.name)
        sheet.freeze_panes = "A2"
        sheet._writer = _BesideWriter(sheet, out=str(scratch(table.name)))
        sheet._writer.write_top()
        title_row = []
        for name in header:
            title = WriteOnlyCell(sheet, value=name)
            title.font = bold
            title_row.append(title)
        sheet.append(title_row)
        count = 0
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
            count += 1
        counts[table.name] = count
    return counts
