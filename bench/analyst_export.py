# SPDX-License-Identifier: GPL-3.0-or-later
"""Analysts' export benchmark (issue #11): the anonymised CSV export of the patterns benchmark's vault
(100,000 pressure reports and their cases, relatives and detentions), beside a raw baseline: the
same rows read through sqlcipher3 and written as plain CSV, without pseudonyms or date handling.

A section of ``bench/patterns.py`` (``SECTION``); run alone it adds itself to that benchmark:

    cd bench && PYTHONPATH=.. ../.venv/bin/python analyst_export.py [--reports 100000] [--repeat 2]

Files are written into the benchmark's temporary folder and deleted with it.
"""

from __future__ import annotations

import csv
import io
import statistics
import sys
import time
import zipfile
from typing import Any

import patterns  # bench/patterns.py (scripts run from bench/)
from common import ms, raw_connect, say, timed

from app.db.engine import DB_FILENAME
from app.services.reports import ReportFormat, ReportRequest, ReportService

GOAL_S = 10.0  # anonymised CSV of 100,000 pressure reports and what goes with them
TABLES = ("cases", "detentions", "relatives", "pressure_reports")


def export_section(ctx: patterns.Context) -> dict[str, Any]:
    service = ReportService(ctx.vault)
    fig: dict[str, Any] = {}
    runs, cpu = [], []
    for n in range(max(1, ctx.repeat)):
        out = ctx.work / f"export-{n}.zip"
        say(f"anonymised CSV export {n + 1}")
        started = time.process_time()
        seconds, written = timed(lambda out=out: service.export(out, ReportRequest(ReportFormat.CSV, True)))
        cpu.append(time.process_time() - started)
        runs.append(seconds)
        fig["export_rows"] = sum(written.rows.values())
        fig["export_bytes"] = written.size
        out.unlink()
    fig["export_s"] = statistics.median(runs)
    fig["export_cpu_s"] = statistics.median(cpu)  # others' work on the machine inflates wall time only

    say("raw: the same tables read through sqlcipher3, written as plain CSV")
    raw = raw_connect(ctx.work / "vault" / DB_FILENAME, ctx.db_key)
    try:

        def plain() -> None:
            with zipfile.ZipFile(ctx.work / "raw.zip", "w", zipfile.ZIP_DEFLATED) as archive:
                for table in TABLES:
                    text = io.StringIO()
                    writer = csv.writer(text)
                    writer.writerows(raw.execute(f"SELECT * FROM {table}"))
                    archive.writestr(f"{table}.csv", text.getvalue())

        fig["export_raw_s"], _ = timed(plain)
    finally:
        raw.close()
    fig["export_goal_s"] = GOAL_S * ctx.reports / patterns.GOAL_REPORTS
    fig["export_ratio"] = fig["export_s"] / fig["export_raw_s"]
    fig["export_pass"] = fig["export_s"] <= fig["export_goal_s"]
    return fig


def export_rows(fig: dict[str, Any]) -> list[patterns.Row]:
    return [
        (
            f"2 anonymised CSV export ({fig['export_rows']} rows, {fig['export_bytes'] // 1024} KiB zip)",
            ms(fig["export_s"]),
            f"<= {fig['export_goal_s']:.2f} s",
            f"{fig['export_ratio']:.1f}x",
            "PASS" if fig["export_pass"] else "FAIL",
        ),
        ("2   CPU time", ms(fig["export_cpu_s"]), "(info)", "", ""),
        ("2 raw: SELECT * to plain CSV, sqlcipher3 directly", ms(fig["export_raw_s"]), "baseline", "", ""),
    ]


SECTION = patterns.Section("analyst-export", export_section, export_rows)


if __name__ == "__main__":
    patterns.SECTIONS[:] = [SECTION]
    raise SystemExit(patterns.main(sys.argv[1:]))
