# SPDX-License-Identifier: GPL-3.0-or-later
"""The analysts' export (``pana report``, Exchange → Report for analysts…): CSV, XLSX, Uwazi CSV, PDF.

The rows are read in one read transaction (``report_rows``) and streamed, shaped by
``app.reports.shape`` (anonymised on request), into the file the user chose: written under a
temporary name beside it and renamed only when complete (``app.reports.output``); a cancel or a
failure leaves nothing.  The audit log records the export (format, anonymised, row counts).

Threading: any thread (a worker); ``progress(done, total, message)`` may raise Cancelled, which
stops the export before the rename.  Messages: "collect", "cases", "events", "relatives",
"pressure-reports", "patterns", "pdf", "done".
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.db import audit
from app.domain.errors import Cancelled, ValidationError
from app.domain.progress import Progress
from app.domain.vocab import AuditAction
from app.files import removed_on_failure
from app.reports import output, uwazi
from app.reports.columns import CASES, EVENTS, PRESSURE_REPORTS, RELATIVES, Table
from app.reports.pdf_report import ReportLabels
from app.reports.shape import Shaper
from app.reports.tabular import write_csv_zip
from app.services.report_rows import Counter, Period, Reader
from app.services.session import UnlockedVault


class ReportFormat(StrEnum):
    CSV = "csv"  # a zip of one CSV per table
    XLSX = "xlsx"  # a workbook, a sheet per table
    UWAZI = "uwazi"  # pressure reports for Uwazi's CSV import
    PDF = "pdf"  # totals, pattern charts and tables of counts


@dataclass(frozen=True, slots=True)
class ReportRequest:
    format: ReportFormat
    anonymised: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError("--from", "the period ends before it starts", "period-order")

    @property
    def period(self) -> Period:
        return Period(self.date_from, self.date_to)


@dataclass(frozen=True, slots=True)
class ReportWritten:
    path: Path
    request: ReportRequest
    #: Rows written per table (CSV, XLSX, Uwazi); for a PDF, the records counted.
    rows: dict[str, int] = field(default_factory=dict)
    size: int = 0


def _quiet(done: int, total: int, message: str) -> None:
    pass


class ReportService:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def export(
        self,
        out: Path,
        request: ReportRequest,
        progress: Progress | None = None,
        labels: ReportLabels | None = None,
    ) -> ReportWritten:
        """Write the report ``request`` asks for to ``out`` (never over an existing file: ValidationError
        ``exists``; a missing folder: ``folder``).  OSError when the disk refuses; Cancelled from
        ``progress``.  Either way nothing is left behind.  ``labels``: the PDF's words, translated."""
        tell = progress or _quiet
        output.check_target(out)
        tell(0, 1, "collect")
        with output.written(out) as target:
            if request.format is ReportFormat.PDF:
                from app.services.report_pdf import write_pdf  # matplotlib loads only for a PDF

                rows = write_pdf(self._vault, target.partial, request, tell, labels)
            else:
                rows = self._tables(target, request, tell)
        with removed_on_failure(out):
            written = ReportWritten(out, request, rows, out.stat().st_size)
            self._audit(written)
        with contextlib.suppress(Cancelled):  # the file is complete: too late to cancel
            tell(1, 1, "done")
        return written

    def _tables(self, target: output.Target, request: ReportRequest, tell: Progress) -> dict[str, int]:
        shaper = Shaper(request.anonymised)
        with self._vault.db.transaction(readonly=True) as session:
            counter = Counter(tell, Reader.total(session))
            reader = Reader(session, request.period, not request.anonymised, counter)
            if request.format is ReportFormat.UWAZI:
                header = PRESSURE_REPORTS.header(request.anonymised)
                rows = shaper.rows(PRESSURE_REPORTS, reader.pressure_reports())
                return {PRESSURE_REPORTS.name: uwazi.write_uwazi(target.partial, header, rows)}
            sources: list[tuple[Table, Callable[[], Iterator[dict[str, Any]]]]] = [
                (CASES, reader.cases),
                (EVENTS, reader.events),
                (RELATIVES, reader.relatives),
                (PRESSURE_REPORTS, reader.pressure_reports),
            ]
            tables = (
                (table, table.header(request.anonymised), shaper.rows(table, records()))
                for table, records in sources
            )
            if request.format is ReportFormat.XLSX:
                from app.reports.workbook import write_xlsx  # openpyxl: ~0.15 s, only when a workbook is made

                return write_xlsx(target.partial, tables, target.scratch)
            return write_csv_zip(target.partial, tables)

    def _audit(self, written: ReportWritten) -> None:
        request, actor = written.request, self._vault.actor
        with self._vault.db.transaction() as session:
            audit.append(
                session,
                AuditAction.EXPORT,
                actor.user_id,
                actor.device_id,
                report=request.format.value,
                anonymised=request.anonymised,
                period=[str(request.date_from or ""), str(request.date_to or "")],
                rows=written.rows,
            )
