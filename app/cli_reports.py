# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana report``: the analysts' export, the same as Exchange → Report for analysts… in the GUI.

``--format csv`` (a zip of one CSV per table), ``xlsx``, ``pdf`` (totals, charts, tables of counts)
or ``uwazi`` (pressure reports for Uwazi's CSV import); ``--anonymised``; ``--from``/``--to`` a day
(``2019-03-14``), a month (``2019-03``: from its first / to its last day) or a year.  The file is
written only at ``--out``, never over an existing one.  Bad input is refused before the vault is
unlocked, in one line, and nothing is written.  On a terminal, how far it is shows on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from typing import Any

from app.cli_progress import terminal_progress
from app.domain.dates import DatePrecision, PartialDate
from app.domain.errors import ValidationError
from app.services.session import UnlockedVault

OpenVault = Callable[[argparse.Namespace], UnlockedVault]
FORMATS = ("csv", "xlsx", "pdf", "uwazi")


def add_report_command(
    command: Callable[..., argparse.ArgumentParser],
    open_vault: OpenVault,
    types: dict[str, Callable[[str], Any]],
) -> None:
    """Register ``report`` with the CLI's ``command`` factory (``types``: ``path``)."""

    def handler(args: argparse.Namespace) -> None:
        run_report(args, open_vault)

    sub = command("report", handler, "write the analysts' export: CSV, XLSX, Uwazi CSV or a PDF of patterns")
    sub.add_argument("--format", required=True, type=_format, help="csv, xlsx, pdf or uwazi")
    sub.add_argument(
        "--anonymised",
        action="store_true",
        help="no names or numbers, dates to the month, counts under 5 hidden",
    )
    sub.add_argument("--from", dest="date_from", type=_day("--from", first=True), metavar="DATE")
    sub.add_argument("--to", dest="date_to", type=_day("--to", first=False), metavar="DATE")
    sub.add_argument("--out", type=types["path"], required=True, help="the file to write (never overwritten)")


def _format(value: str) -> str:
    if value not in FORMATS:
        raise ValidationError("--format", "is one of csv, xlsx, pdf, uwazi", "format")
    return value


def _day(name: str, *, first: bool) -> Callable[[str], dt.date]:
    """A year, month or day, as its first (``--from``) or last (``--to``) day."""

    def parse(value: str) -> dt.date:
        try:
            date = PartialDate.parse(value)
        except ValidationError:
            date = PartialDate()
        plain = date.precision in (DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR)
        if not plain or date.approximate or date.part is not None or "." in value:
            raise ValidationError(name, "is a date as YYYY-MM-DD, YYYY-MM or YYYY", "date-format")
        day = date.earliest() if first else date.latest()
        assert day is not None
        return day

    return parse


def run_report(args: argparse.Namespace, open_vault: OpenVault) -> None:
    from app.services.reports import ReportFormat, ReportRequest, ReportService

    request = ReportRequest(ReportFormat(args.format), args.anonymised, args.date_from, args.date_to)
    out = args.out
    if out.exists():
        raise ValidationError(str(out), "exists already; choose another file name", "exists")
    if not out.parent.is_dir() or not os.access(out.parent, os.W_OK):
        raise ValidationError(
            str(out), "cannot be written there (no such folder, or no permission)", "folder"
        )
    vault = open_vault(args)
    try:
        with terminal_progress(sys.stderr) as progress:
            written = ReportService(vault).export(out, request, progress=progress)
    finally:
        vault.lock()
    counts = "\t".join(f"{name} {count}" for name, count in written.rows.items())
    anonymised = "\tanonymised" if request.anonymised else ""
    print(f"{written.path}\t{request.format.value}{anonymised}\t{counts}")
