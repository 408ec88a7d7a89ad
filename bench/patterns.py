# SPDX-License-Identifier: GPL-3.0-or-later
"""Analysis benchmark (issue #11): patterns over 100,000 pressure reports beside a raw GROUP BY on the
same vault through sqlcipher3, in the same run.

    PYTHONPATH=$PWD .venv/bin/python bench/patterns.py [--reports 100000] [--quick] [--repeat 5] [--dir DIR]

Everything happens in a temporary directory (under ``--dir`` or the system temp folder) that is
deleted afterwards; all data is fictional; no network.  One vault gets ``--reports`` pressure
reports over ``reports / 5`` cases in two offices: three relatives per case in one of 40 counties
(Cyrillic, Latin, Chinese and Arabic-script names), 1 to 3 kinds and 0 to 2 targeted relatives per
report, dates of every precision (day, month, about, early/mid/late, year, range, unknown), and one
detention per case.  Rows are written with Core INSERTs and no revisions: no query here reads them.

The benchmark is a list of ``SECTIONS``, each a name, a function of the shared ``Context`` returning
a dict of figures, and a function turning those figures into table rows.  Figures of all sections
go into one JSON object, the last line printed.  The three sections are the patterns themselves,
the anonymised CSV export of those records (``bench/analyst_export.py``) and the case timeline
(``bench/timeline.py``); each of those two scripts also runs alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import ms, print_report, raw_connect, say, timed  # bench/common.py (scripts run from bench/)
from sqlalchemy import insert

from app.db import models as m
from app.db.engine import DB_FILENAME, database_key
from app.domain.dates import PartialDate
from app.domain.patterns import Dimension, PatternFilter, Subject
from app.domain.vocab import PressureActor, PressureKind, Relationship
from app.services.listing_rows import order_keys
from app.services.patterns import PatternService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

PASSPHRASE = "bench passphrase Қазақ 馬"  # fictional
GOAL_REPORTS = 100_000
GOAL_PATTERNS_S = 1.0  # at 100,000 reports, scaled linearly for other sizes
CHUNK = 5_000

Row = tuple[str, str, str, str, str]


@dataclass
class Context:
    """What every section shares: the folder, the vault and its raw key, the sizes."""

    work: Path
    vault: UnlockedVault
    db_key: bytes
    reports: int
    repeat: int
    figures: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    name: str
    run: Callable[[Context], dict[str, Any]]
    rows: Callable[[dict[str, Any]], list[Row]]


# -- the data ---------------------------------------------------------------------------------------------

COUNTIES = [
    *(f"{stem} ауданы" for stem in ("Құлжа", "Текес", "Күнес", "Нылқы", "Моңғолкүре", "Шапшал", "Қорғас")),
    *(f"{stem} County" for stem in ("Ghulja", "Tekes", "Künes", "Nilka", "Mongghulkure", "Qapqal")),
    *("伊宁县", "特克斯县", "巩留县", "新源县", "昭苏县", "尼勒克县", "霍城县", "察布查尔县"),
    *("قۇلجا ناھىيىسى", "تېكەس ناھىيىسى", "كۈنەس ناھىيىسى", "نىلقا ناھىيىسى"),
    *(f"Fictional county {n}" for n in range(14)),
    "",
]


def _date(rng: random.Random) -> PartialDate:
    year, month = rng.randint(2014, 2023), rng.randint(1, 12)
    form = rng.randrange(10)
    if form < 4:
        return PartialDate(year, month, rng.randint(1, 28))
    if form < 6:
        return PartialDate(year, month)
    if form == 6:
        return PartialDate(year, month, approximate=True)
    if form == 7:
        return PartialDate(year, month, part=rng.choice(["early", "mid", "late"]))  # type: ignore[arg-type]
    if form == 8:
        return PartialDate(year)
    return PartialDate() if rng.random() < 0.5 else PartialDate(year, end_year=year + 1)


def build(vault: UnlockedVault, n_reports: int) -> dict[str, int]:
    """Write the data set with Core INSERTs, ``CHUNK`` cases' worth per statement."""
    rng = random.Random(2026)
    kinds = [k.value for k in PressureKind]
    actors = [a.value for a in PressureActor]
    relationships = [r.value for r in Relationship]
    n_cases = max(1, n_reports // 5)
    with vault.db.transaction() as session:
        office_b = str(uuid.uuid4())
        session.execute(insert(m.Office), [{"id": office_b, "name": "Fictional office B"}])
        offices = [vault.actor.office_id, office_b]
    written = {"cases": 0, "relatives": 0, "pressure_reports": 0, "detentions": 0}
    per_case = [n_reports // n_cases + (1 if i < n_reports % n_cases else 0) for i in range(n_cases)]
    for start in range(0, n_cases, CHUNK):
        rows: dict[Any, list[dict[str, Any]]] = {model: [] for model in _ORDER}
        for number in range(start, min(start + CHUNK, n_cases)):
            person, case = str(uuid.uuid4()), str(uuid.uuid4())
            rows[m.Person].append({"id": person})
            rows[m.Case].append(
                {
                    "id": case,
                    "reference": f"P-{number:06d}",
                    "subject_id": person,
                    "office_id": rng.choice(offices),
                    "opened_on": PartialDate(2020),
                }
            )
            rows[m.CaseListing].append(
                {"case_id": case, "subject_name": f"Fictional person {number}", **order_keys("2020", "")}
            )
            relatives = []
            for _ in range(3):
                relative_person, relative = str(uuid.uuid4()), str(uuid.uuid4())
                rows[m.Person].append({"id": relative_person})
                rows[m.Relative].append(
                    {
                        "id": relative,
                        "case_id": case,
                        "person_id": relative_person,
                        "relationship": rng.choice(relationships),
                        "county": rng.choice(COUNTIES),
                    }
                )
                relatives.append(relative)
            for _ in range(per_case[number]):
                rows[m.PressureReport].append(
                    {
                        "id": str(uuid.uuid4()),
                        "case_id": case,
                        "kinds": rng.sample(kinds, rng.randint(1, 3)),
                        "target_ids": rng.sample(relatives, rng.randint(0, 2)),
                        "actor": rng.choice(actors),
                        "reliability": rng.choice("ABCDEF"),
                        "occurred_on": _date(rng),
                    }
                )
            rows[m.Detention].append(
                {
                    "id": str(uuid.uuid4()),
                    "case_id": case,
                    "relative_id": rng.choice([None, *relatives]),
                    "started_on": _date(rng),
                }
            )
        with vault.db.transaction() as session:
            for model in _ORDER:
                session.execute(insert(model), rows[model])
        for model, key in (
            (m.Case, "cases"),
            (m.Relative, "relatives"),
            (m.PressureReport, "pressure_reports"),
            (m.Detention, "detentions"),
        ):
            written[key] += len(rows[model])
        say(f"   {written['pressure_reports']} / {n_reports} reports")
    return written


_ORDER = (m.Person, m.Case, m.CaseListing, m.Relative, m.Detention, m.PressureReport)


# -- section: patterns ------------------------------------------------------------------------------------

FILTERED = PatternFilter(
    date_from=dt.date(2017, 1, 1),
    date_to=dt.date(2020, 12, 31),
    kinds=(PressureKind.VISIT_BY_POLICE.value, PressureKind.THREAT.value, PressureKind.EXIT_REFUSED.value),
    min_reliability="C",
)

#: The raw baseline: the same breakdowns hand-written as plain GROUP BYs (month by its text's first
#: seven characters, no partial-date functions: what SQLite alone costs).
RAW_QUERIES = {
    "totals": "SELECT count(*), count(DISTINCT case_id) FROM pressure_reports",
    "kind": "SELECT k.value, count(DISTINCT p.id) FROM pressure_reports p, json_each(p.kinds) k GROUP BY 1",
    "actor": "SELECT actor, count(*) FROM pressure_reports GROUP BY 1",
    "county": "SELECT r.county, count(DISTINCT p.id) FROM pressure_reports p, json_each(p.target_ids) t"
    " JOIN relatives r ON r.id = t.value GROUP BY 1",
    "relationship": "SELECT r.relationship, count(DISTINCT p.id) FROM pressure_reports p,"
    " json_each(p.target_ids) t JOIN relatives r ON r.id = t.value GROUP BY 1",
    "month": "SELECT substr(occurred_on, 1, 7), count(*) FROM pressure_reports GROUP BY 1",
    "detention_totals": "SELECT count(*) FROM detentions",
    "cases": "SELECT count(*) FROM"
    " (SELECT case_id FROM pressure_reports UNION SELECT case_id FROM detentions)",
    "detention_relationship": "SELECT r.relationship, count(*) FROM detentions d"
    " LEFT JOIN relatives r ON r.id = d.relative_id GROUP BY 1",
    "detention_county": "SELECT r.county, count(*) FROM detentions d"
    " LEFT JOIN relatives r ON r.id = d.relative_id GROUP BY 1",
    "detention_month": "SELECT substr(started_on, 1, 7), count(*) FROM detentions GROUP BY 1",
}


def _median(fn: Callable[[], Any], repeat: int, cpu: list[float] | None = None) -> tuple[float, float, Any]:
    """First run (cold caches), median of ``repeat`` more, and the result; the CPU seconds of those
    runs go into ``cpu`` (other work on the machine inflates wall time, not CPU time)."""
    first, result = timed(fn)
    runs = []
    for _ in range(repeat):
        started = time.process_time()
        runs.append(timed(fn)[0])
        if cpu is not None:
            cpu.append(time.process_time() - started)
    return first, statistics.median(runs), result


def patterns_section(ctx: Context) -> dict[str, Any]:
    service = PatternService(ctx.vault)
    fig: dict[str, Any] = {}
    say("patterns, no filter")
    cpu: list[float] = []
    fig["patterns_first_s"], fig["patterns_s"], everything = _median(
        lambda: service.patterns(PatternFilter()), ctx.repeat, cpu
    )
    fig["patterns_cpu_s"] = statistics.median(cpu)
    assert everything.pressure_reports == ctx.reports, everything.pressure_reports
    fig["patterns_bars"] = sum(len(b.bars) for b in everything.breakdowns)
    say("patterns, filtered (period, kinds, reliability)")
    fig["patterns_filtered_first_s"], fig["patterns_filtered_s"], filtered = _median(
        lambda: service.patterns(FILTERED), ctx.repeat
    )
    fig["patterns_filtered_reports"] = filtered.pressure_reports
    counties = everything.breakdown(Subject.PRESSURE, Dimension.COUNTY)
    assert counties is not None
    top = counties.bars[0]
    say("cases behind the largest county bar")
    _, fig["cases_behind_s"], behind = _median(
        lambda: service.cases_behind(Subject.PRESSURE, Dimension.COUNTY, top.key, PatternFilter()), ctx.repeat
    )
    fig["cases_behind_cases"] = len(behind)

    say("raw GROUP BYs through sqlcipher3")
    raw = raw_connect(ctx.work / "vault" / DB_FILENAME, ctx.db_key)
    try:

        def run_raw() -> None:
            for query in RAW_QUERIES.values():
                raw.execute(query).fetchall()

        _, fig["raw_all_s"], _ = _median(run_raw, ctx.repeat)
        _, fig["raw_kind_s"], _ = _median(lambda: raw.execute(RAW_QUERIES["kind"]).fetchall(), ctx.repeat)
    finally:
        raw.close()
    fig["patterns_goal_s"] = GOAL_PATTERNS_S * ctx.reports / GOAL_REPORTS
    fig["patterns_ratio"] = fig["patterns_s"] / fig["raw_all_s"]
    fig["patterns_filtered_ratio"] = fig["patterns_filtered_s"] / fig["raw_all_s"]
    fig["patterns_pass"] = max(fig["patterns_s"], fig["patterns_filtered_s"]) <= fig["patterns_goal_s"]
    return fig


def patterns_rows(fig: dict[str, Any]) -> list[Row]:
    goal = f"<= {fig['patterns_goal_s']:.2f} s"
    verdict = "PASS" if fig["patterns_pass"] else "FAIL"
    return [
        (
            "1 patterns, no filter (8 breakdowns, totals)",
            ms(fig["patterns_s"]),
            goal,
            f"{fig['patterns_ratio']:.1f}x",
            verdict,
        ),
        ("1   CPU time", ms(fig["patterns_cpu_s"]), "(info)", "", ""),
        ("1   first run (cold page cache)", ms(fig["patterns_first_s"]), "(info)", "", ""),
        (
            "1 patterns, period + 3 kinds + reliability >= C",
            ms(fig["patterns_filtered_s"]),
            goal,
            f"{fig['patterns_filtered_ratio']:.1f}x",
            verdict,
        ),
        ("1 cases behind the largest county bar", ms(fig["cases_behind_s"]), "(info)", "", ""),
        ("1 raw: the same GROUP BYs, sqlcipher3 directly", ms(fig["raw_all_s"]), "baseline", "", ""),
        ("1 raw: by kind alone (json_each)", ms(fig["raw_kind_s"]), "(info)", "", ""),
    ]


def timeline_section(ctx: Context) -> dict[str, Any]:
    """bench/timeline.py's figures (a 500-item case drawn offscreen), prefixed ``timeline_``."""
    import timeline  # bench/timeline.py; imported late, it starts Qt

    say("case timeline")
    return {
        f"timeline_{key}": value for key, value in timeline.measure(quick=ctx.reports < GOAL_REPORTS).items()
    }


def timeline_rows(fig: dict[str, Any]) -> list[Row]:
    p95, goal = fig["timeline_total_p95_s"], fig["timeline_goal_s"]
    verdict = "PASS" if p95 <= goal else "FAIL"
    return [
        (
            f"3 timeline of {int(fig['timeline_items'])} items, p95",
            ms(p95),
            f"<= {goal * 1000:.0f} ms",
            f"{fig['timeline_total_vs_raw']:.1f}x",
            verdict,
        ),
        ("3 raw: QPainter rectangles and texts", ms(fig["timeline_raw_paint_p50_s"]), "baseline", "", ""),
    ]


def _all_sections() -> list[Section]:
    """Every section: the analysts' export (its module imports this one, so it is imported late)."""
    import analyst_export  # bench/analyst_export.py

    return [
        Section("patterns", patterns_section, patterns_rows),
        analyst_export.SECTION,
        Section("timeline", timeline_section, timeline_rows),
    ]


#: The sections run in order on one vault; empty means all of them (``_all_sections``).
SECTIONS: list[Section] = []


# -- run ---------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--reports", type=int, default=None, help="pressure reports (default 100000, 10000 with --quick)"
    )
    parser.add_argument("--quick", action="store_true", help="10000 reports")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs after the first (median)")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temporary directory")
    args = parser.parse_args(argv)
    n_reports = args.reports or (10_000 if args.quick else GOAL_REPORTS)

    work = Path(tempfile.mkdtemp(prefix="pana-bench-", dir=args.dir))
    fig: dict[str, Any] = {"reports": n_reports}
    rows: list[Row] = []
    try:
        started, load_before = time.perf_counter(), os.getloadavg()[0]
        say("vault (minimum KDF)")
        vault = (
            VaultService(work / "vault", kdf=KdfParams.minimum())
            .create(office_name="Fictional office A", username="bench", passphrase=PASSPHRASE)
            .vault
        )
        try:
            say(f"building {n_reports} pressure reports")
            fig["build_s"], written = timed(lambda: build(vault, n_reports))
            fig.update(written)
            ctx = Context(work, vault, bytes(database_key(vault.master_key)), n_reports, args.repeat, fig)
            for section in SECTIONS or _all_sections():
                figures = section.run(ctx)
                fig.update(figures)
                rows += section.rows(figures)
        finally:
            vault.lock()
        fig["bench_wall_s"] = time.perf_counter() - started
        fig["loadavg_1min_before"], fig["loadavg_1min_after"] = load_before, os.getloadavg()[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rows.append(
        (f"  building the vault ({n_reports} reports, Core INSERTs)", ms(fig["build_s"]), "(setup)", "", "")
    )
    print(
        f"Pana analysis benchmark: {fig['pressure_reports']} pressure reports, {fig['cases']} cases, "
        f"{fig['relatives']} relatives, {fig['detentions']} detentions; python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs, load average {fig['loadavg_1min_before']:.2f} before / "
        f"{fig['loadavg_1min_after']:.2f} after; medians of {args.repeat} runs after a first one"
    )
    if n_reports != GOAL_REPORTS:
        print(f"Goals scaled linearly from {GOAL_REPORTS} reports.")
    print_report(fig, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
