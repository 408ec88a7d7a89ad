# SPDX-License-Identifier: GPL-3.0-or-later
"""Waiting-records benchmark: what an office holding many records that wait for a row another office
has not sent pays for each later import, beside the same import into an office holding none.

    .venv/bin/python bench/waiting.py [--cases 1000] [--quick] [--dir DIR]

Everything happens in a temporary directory (under ``--dir`` or the system temp folder) that is
deleted afterwards; all data is fictional; no network.  Office A gets ``--cases`` demo cases.  Office B
merges every revision of A but those of cases and persons, so every other record of A waits at B for
its case or person.  Office B0 merges nothing (the raw baseline).  Then, 15 times, office C opens a
new case and its revisions (only those not sent before) are merged into B and into B0, each going
first in turn.

Figures: the small merge into B and into B0, wall and CPU p50 (and the ratio of B to B0, goal <= 2x:
the cost of an import must not grow with records it brings nothing for), the waiting count, and the
first large merge.  The last line printed is one JSON object with every figure (seconds, ratios).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

from common import TableRows, make_office, ms, print_report, say  # bench/common.py (scripts run from bench/)
from sqlalchemy import func, select

from app.db import models as m
from app.domain import records as r
from app.services.cases import CaseService
from app.services.demo import populate
from app.services.exchange_scope import Scope, revisions_in_scope
from app.services.merge_apply import MergeService
from app.services.session import UnlockedVault

GOAL_RATIO = 2.0
SMALL_IMPORTS = 15


def revisions(vault: UnlockedVault) -> list[dict[str, Any]]:
    with vault.db.transaction(readonly=True) as session:
        return [dict(row) for row in revisions_in_scope(session.connection(), Scope())]


def timed_merge(vault: UnlockedVault, rows: list[dict[str, Any]]) -> tuple[float, float]:
    """(wall, CPU) seconds of merging ``rows`` into ``vault``."""
    wall, cpu = time.perf_counter(), time.process_time()
    MergeService(vault).apply(rows)
    return time.perf_counter() - wall, time.process_time() - cpu


def bench(work: Path, n_cases: int) -> dict[str, Any]:
    a, b, baseline, c = (make_office(work, name) for name in ("a", "b", "b0", "c"))
    try:
        say(f"populating office A with {n_cases} demo cases")
        populate(a, n_cases)
        orphans = [row for row in revisions(a) if row["record_table"] not in ("cases", "persons")]
        say(f"merging {len(orphans)} revisions without their cases and persons into office B")
        first_wall, _ = timed_merge(b, orphans)
        with b.db.transaction(readonly=True) as session:
            waiting = session.scalar(select(func.count()).select_from(m.WaitingRow)) or 0
        samples: dict[str, list[tuple[float, float]]] = {"waiting": [], "raw": []}
        sent: set[str] = set()
        for number in range(SMALL_IMPORTS):
            CaseService(c).open_case(r.Person(), [r.PersonName("", f"Fictional Applicant {number}")])
            small = [row for row in revisions(c) if row["id"] not in sent]  # the new case's only
            sent.update(row["id"] for row in small)
            turns = [("raw", baseline), ("waiting", b)]
            for name, office in turns if number % 2 else reversed(turns):  # neither always goes first
                samples[name].append(timed_merge(office, small))
    finally:
        for vault in (a, b, baseline, c):
            vault.lock()
    fig: dict[str, Any] = {"cases": n_cases, "waiting_records": waiting, "first_merge_s": first_wall}
    for name, pairs in samples.items():
        fig[f"{name}_merge_p50_s"] = median(wall for wall, _ in pairs)
        fig[f"{name}_merge_cpu_p50_s"] = median(cpu for _, cpu in pairs)
    fig["waiting_ratio"] = fig["waiting_merge_p50_s"] / fig["raw_merge_p50_s"]
    fig["waiting_cpu_ratio"] = fig["waiting_merge_cpu_p50_s"] / fig["raw_merge_cpu_p50_s"]
    return fig


def report(fig: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    row = TableRows()
    row("records waiting at B", str(fig["waiting_records"]), "> 0", None, fig["waiting_records"] > 0)
    row("first merge into B (everything but cases and persons)", ms(fig["first_merge_s"]))
    row("one new case merged into B0, nothing waiting p50", ms(fig["raw_merge_p50_s"]), "baseline", 1.0)
    row("one new case merged into B0 CPU p50", ms(fig["raw_merge_cpu_p50_s"]), "baseline", 1.0)
    ok = fig["waiting_ratio"] <= GOAL_RATIO
    goal = f"<= {GOAL_RATIO:g}x raw"
    row("one new case merged into B, records waiting p50", ms(fig["waiting_merge_p50_s"]), goal,
        fig["waiting_ratio"], ok)  # fmt: skip
    row(
        "one new case merged into B CPU p50",
        ms(fig["waiting_merge_cpu_p50_s"]),
        "(info)",
        fig["waiting_cpu_ratio"],
    )
    return row.rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cases", type=int, default=None, help="cases in office A (default 1000, 100 with --quick)"
    )
    parser.add_argument("--quick", action="store_true", help="100 cases")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temporary directory")
    args = parser.parse_args(argv)
    n_cases = args.cases or (100 if args.quick else 1000)
    work = Path(tempfile.mkdtemp(prefix="pana-bench-", dir=args.dir))
    try:
        started, load_before = time.perf_counter(), os.getloadavg()[0]
        fig = bench(work, n_cases)
        fig["bench_wall_s"] = time.perf_counter() - started
        fig["loadavg_1min_before"], fig["loadavg_1min_after"] = load_before, os.getloadavg()[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"Pana waiting-records benchmark: {n_cases} cases at A, {fig['waiting_records']} records waiting "
        f"at B, python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
        f"{fig['loadavg_1min_before']:.2f} before / {fig['loadavg_1min_after']:.2f} after"
    )
    print_report(fig, report(fig))
    return 0


if __name__ == "__main__":
    sys.exit(main())
