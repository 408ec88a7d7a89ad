# SPDX-License-Identifier: GPL-3.0-or-later
"""Case list benchmark: keyset pages, counts and the GIL, beside a raw SQLCipher baseline in the same run.

    PYTHONPATH=$PWD .venv/bin/python bench/listing.py [--cases 10000] [--repeat 20] [--dir DIR]
    PYTHONPATH=$PWD .venv/bin/python bench/listing.py --vault DIR --passphrase-stdin   # an existing vault

A vault is built with ``populate`` in a temporary folder (deleted afterwards), or an existing one
is COPIED (``--vault``: an upgrade would change it) into that folder, unless ``--in-place`` says
the folder is already a throw-away copy.
Fictional demo data only; no network.  Raw baseline: a plain ``sqlcipher3`` connection with the
vault's own key and exactly the pragmas of ``app/db/engine.py``, running the statements the case list
needs, written by hand.  Figures (median of ``--repeat``):

  1. count: ``ListingService``'s total with no filter, beside raw ``count(*)`` on ``case_listing``;
     for reference, what the app counted before (a 3-table join) run raw;
  2. first page (200): count + page from ``ListingService.page``, last update (newest first), by
     name, by opened date and by deadline (both oldest first); open (KDF excluded) + first page on a
     freshly opened vault; raw: connect + count + page;
  3. deep pages at N/2 and at the end: by key (``after`` the row above), by position (``at``, after
     a jump of the scrollbar), the last page (``from_end``, the End key), beside the raw keyset page;
     for reference, the raw OFFSET page the app issued before (by date: sorted by the SQL function);
  4. filtered (status "open"): count + first page, beside raw;
  5. the GIL: the longest stall (and the gaps over 50 ms) of a thread that only reads the clock,
     for 3 s while another thread (a) sleeps (the machine's own noise), (b) runs a long pure-SQLite
     statement through ``sqlcipher3`` again and again (does the driver let go of the GIL during
     ``sqlite3_step``?), (c) runs ``ListingService.page`` by key again and again (Python work
     between steps: result rows, DTOs).  CPU times are printed beside the wall times of pages:
     on a busy machine a page waits for a core more than it works.

The last line printed is one JSON object with every figure (seconds, ratios).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import (  # bench/common.py (scripts run from bench/)
    kdf_stopwatch,
    ms,
    print_report,
    raw_connect,
    say,
    timed,
)

from app.db import dates_sql
from app.db.engine import DB_FILENAME, database_key
from app.domain import records as r
from app.domain.vocab import CaseStatus
from app.services.demo import populate
from app.services.listing import ListingService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

PASSPHRASE = "bench passphrase Қазақ 馬"  # fictional
PAGE = 200
GOAL_COUNT_S = 0.005
GOAL_OPEN_PAGE_S = 0.3
GOAL_DEEP_S = 0.010
GOAL_STALL_S = 0.050

_COLUMNS = (
    "cases.id, cases.reference, case_listing.subject_name, cases.status, offices.name, "
    "cases.opened_on, case_listing.next_deadline, case_listing.updated_at"
)
_FROM = (
    "FROM case_listing JOIN cases ON cases.id = case_listing.case_id "
    "JOIN offices ON offices.id = cases.office_id"
)
#: (label, sort, descending, key column, the key the app sorted by before keyset paging): the two
#: orders the case list opens with or is asked for most, and the two whose keys are partial dates
#: (stored since migration 0011; before, computed per case by a SQL function at every page).
ORDERS = (
    ("updated", r.CaseSort.UPDATED, True, "case_listing.updated_at", "case_listing.updated_at"),
    ("name", r.CaseSort.NAME, False, "case_listing.sort_name", "case_listing.sort_name"),
    ("opened", r.CaseSort.OPENED, False, "case_listing.opened_order", "pana_date_order(cases.opened_on)"),
    (
        "deadline",
        r.CaseSort.DEADLINE,
        False,
        "case_listing.deadline_order",
        "pana_deadline_order(case_listing.next_deadline)",
    ),
)
RAW_COUNT = "SELECT count(*) FROM case_listing"
RAW_COUNT_OPEN = f"SELECT count(*) {_FROM} WHERE cases.status = 'open'"


def _direction(descending: bool) -> tuple[str, str]:
    return ("DESC", "<") if descending else ("ASC", ">")


def raw_first(key: str, descending: bool, where: str = "") -> str:
    way, _ = _direction(descending)
    return f"SELECT {_COLUMNS} {_FROM} {where} ORDER BY {key} {way}, case_listing.case_id {way} LIMIT {PAGE}"


def raw_after(key: str, descending: bool) -> str:
    way, compare = _direction(descending)
    return (
        f"SELECT {_COLUMNS} {_FROM} WHERE ({key}, case_listing.case_id) {compare} (?, ?) "
        f"ORDER BY {key} {way}, case_listing.case_id {way} LIMIT {PAGE}"
    )


def raw_anchor(key: str, descending: bool) -> str:
    way, _ = _direction(descending)
    return (
        f"SELECT {key}, case_listing.case_id FROM case_listing "
        f"ORDER BY {key} {way}, case_listing.case_id {way} LIMIT 1 OFFSET ?"
    )


def old_offset(key: str, descending: bool) -> str:
    """The page statement the app issued before keyset paging (cases first, OFFSET, id always ascending)."""
    way, _ = _direction(descending)
    return (
        f"SELECT {_COLUMNS} FROM cases JOIN case_listing ON case_listing.case_id = cases.id "
        f"JOIN offices ON offices.id = cases.office_id ORDER BY {key} {way}, cases.id LIMIT {PAGE} OFFSET ?"
    )


OLD_COUNT = (
    f"SELECT count(*) FROM (SELECT {_COLUMNS} FROM cases "
    "JOIN case_listing ON case_listing.case_id = cases.id JOIN offices ON offices.id = cases.office_id)"
)
#: Pure SQLite work, 0.1-0.8 s here, with no table and no Python in between: what a step alone does.
BUSY_SQL = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT count(*) FROM c"
)


def median_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    fn()  # warm: statement cache, pages in SQLCipher's cache
    samples, result = [], None
    for _ in range(repeat):
        elapsed, result = timed(fn)
        samples.append(elapsed)
    return statistics.median(samples), result


def cpu_of(repeat: int, fn: Callable[[], Any]) -> float:
    """Median CPU seconds of ``fn()`` (this process, one thread running): what waiting for a core on a
    busy machine does not inflate."""
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def open_without_kdf(directory: Path, passphrase: str) -> tuple[UnlockedVault, float]:
    """Open the vault; returns it and the seconds spent outside the KDF step."""
    with kdf_stopwatch() as spent:
        total, vault = timed(lambda: VaultService(directory).open(passphrase))
    return vault, total - sum(spent)


def longest_stall(work: Callable[[], None], *, at_least: float) -> tuple[float, int, float, int]:
    """Runs ``work`` on a thread again and again for ``at_least`` seconds while this thread reads the
    clock in a loop: (longest gap between two readings, gaps over 50 ms, seconds per run, runs)."""
    done = threading.Event()
    runs = [0]

    def worker() -> None:
        end = time.perf_counter() + at_least
        while time.perf_counter() < end:
            work()
            runs[0] += 1
        done.set()

    thread = threading.Thread(target=worker)
    start = last = time.perf_counter()
    thread.start()
    gap, over = 0.0, 0
    while not done.is_set():
        now = time.perf_counter()
        gap, over, last = max(gap, now - last), over + (now - last > GOAL_STALL_S), now
    thread.join()
    return gap, over, (time.perf_counter() - start) / max(1, runs[0]), runs[0]


def measure(vault_dir: Path, passphrase: str, repeat: int) -> dict[str, Any]:
    """Every figure on the vault in ``vault_dir`` (opened with the app, then raw with its key)."""
    fig: dict[str, Any] = {}
    vault, _ = open_without_kdf(vault_dir, passphrase)  # upgrades an older schema (once)
    key = database_key(vault.master_key)
    vault.lock()
    raw = raw_connect(vault_dir / DB_FILENAME, key)
    dates_sql.register(raw)  # for the old orders by partial date (``old_offset``) alone
    vault, _ = open_without_kdf(vault_dir, passphrase)
    listing = ListingService(vault)
    try:
        n = raw.execute(RAW_COUNT).fetchone()[0]
        fig["cases"] = n
        say(f"{n:,} cases: counts")
        fig["count_app_s"], total = median_of(repeat, lambda: listing.page(r.CaseFilter(), limit=0).total)
        fig["count_raw_s"], raw_total = median_of(repeat, lambda: raw.execute(RAW_COUNT).fetchone()[0])
        fig["count_old_join_raw_s"], _ = median_of(
            max(3, repeat // 4), lambda: raw.execute(OLD_COUNT).fetchone()
        )
        assert total == raw_total == n
        fig["count_ratio"] = fig["count_app_s"] / fig["count_raw_s"]
        for label, sort, descending, column, old_key in ORDERS:
            order = {"sort": sort, "descending": descending}
            say(f"first page and deep pages, order {label}")
            fig[f"first_{label}_s"], page = median_of(
                repeat, lambda order=order: listing.page(r.CaseFilter(), limit=PAGE, **order)
            )

            def raw_first_page(column: str = column, descending: bool = descending) -> list[Any]:
                raw.execute(RAW_COUNT).fetchone()
                return raw.execute(raw_first(column, descending)).fetchall()

            fig[f"first_{label}_raw_s"], raw_rows = median_of(repeat, raw_first_page)
            fig[f"first_{label}_cpu_s"] = cpu_of(
                repeat, lambda order=order: listing.page(r.CaseFilter(), limit=PAGE, **order)
            )
            assert [row.id for row in page.rows] == [row[0] for row in raw_rows]
            fig[f"first_{label}_ratio"] = fig[f"first_{label}_s"] / fig[f"first_{label}_raw_s"]
            for depth_label, depth in (("middle", n // 2), ("end", max(0, n - PAGE))):
                if depth < 1:
                    continue
                anchor = listing.page(r.CaseFilter(), at=depth - 1, limit=1, count=False, **order).last_key
                raw_key = raw.execute(raw_anchor(column, descending), (depth - 1,)).fetchone()
                by_key_s, page = median_of(
                    repeat,
                    lambda anchor=anchor, order=order: listing.page(
                        r.CaseFilter(), after=anchor, limit=PAGE, count=False, **order
                    ),
                )
                by_position_s, at_page = median_of(
                    repeat,
                    lambda depth=depth, order=order: listing.page(
                        r.CaseFilter(), at=depth, limit=PAGE, count=False, **order
                    ),
                )
                raw_s, raw_rows = median_of(
                    repeat,
                    lambda column=column, descending=descending, raw_key=raw_key: raw.execute(
                        raw_after(column, descending), tuple(raw_key)
                    ).fetchall(),
                )
                old_s, old_rows = median_of(
                    max(3, repeat // 4),
                    lambda old_key=old_key, descending=descending, depth=depth: raw.execute(
                        old_offset(old_key, descending), (depth,)
                    ).fetchall(),
                )
                ids = [row.id for row in page.rows]
                assert ids == [row.id for row in at_page.rows] == [row[0] for row in raw_rows], depth
                assert {row[0] for row in old_rows} | set(ids) and len(ids) == len(old_rows)
                prefix = f"deep_{label}_{depth_label}"
                fig[f"{prefix}_key_cpu_s"] = cpu_of(
                    repeat,
                    lambda anchor=anchor, order=order: listing.page(
                        r.CaseFilter(), after=anchor, limit=PAGE, count=False, **order
                    ),
                )
                fig[f"{prefix}_raw_cpu_s"] = cpu_of(
                    repeat,
                    lambda column=column, descending=descending, raw_key=raw_key: raw.execute(
                        raw_after(column, descending), tuple(raw_key)
                    ).fetchall(),
                )
                fig[f"{prefix}_key_s"], fig[f"{prefix}_position_s"] = by_key_s, by_position_s
                fig[f"{prefix}_raw_s"], fig[f"{prefix}_old_offset_raw_s"] = raw_s, old_s
                fig[f"{prefix}_key_ratio"] = by_key_s / raw_s
            fig[f"tail_{label}_s"], tail = median_of(
                repeat,
                lambda order=order: listing.page(
                    r.CaseFilter(), from_end=True, limit=PAGE, count=False, **order
                ),
            )
            assert len(tail.rows) == min(PAGE, n)
        say("filtered by status")
        open_only = r.CaseFilter(status=CaseStatus.OPEN)
        fig["filtered_open_s"], page = median_of(repeat, lambda: listing.page(open_only, limit=PAGE))

        def raw_filtered() -> int:
            raw.execute(raw_first("case_listing.updated_at", True, "WHERE cases.status = 'open'")).fetchall()
            return int(raw.execute(RAW_COUNT_OPEN).fetchone()[0])

        fig["filtered_open_raw_s"], raw_open = median_of(repeat, raw_filtered)
        assert page.total == raw_open
        fig["filtered_open_total"] = raw_open
        fig["filtered_open_ratio"] = fig["filtered_open_s"] / fig["filtered_open_raw_s"]

        say("GIL: a thread reading the clock while another runs SQL")
        stalls = {
            "idle": lambda: time.sleep(0.05),
            "sqlite": lambda: raw.execute(BUSY_SQL).fetchone(),
            "pages": lambda: listing.page(r.CaseFilter(), after=next(cursor), limit=PAGE, count=False),
        }
        step = max(1, n // 50)
        keys = [
            listing.page(r.CaseFilter(), at=at, limit=1, count=False).first_key for at in range(0, n, step)
        ]
        cursor = iter(keys * 10_000)
        for name, work in stalls.items():
            gap, over, each, _ = longest_stall(work, at_least=3.0)
            fig[f"gil_{name}_gap_s"], fig[f"gil_{name}_over_goal"], fig[f"gil_{name}_each_s"] = (
                gap,
                over,
                each,
            )
        fig["switch_interval_s"] = sys.getswitchinterval()
    finally:
        vault.lock()
        raw.close()

    say("open + first page, each on a freshly opened vault")
    path = vault_dir / DB_FILENAME
    for label, sort, descending, column, _ in ORDERS:
        apps, raws = [], []
        for _ in range(max(3, repeat // 4)):
            vault, opened = open_without_kdf(vault_dir, passphrase)
            try:
                page_s, _ = timed(
                    lambda vault=vault, sort=sort, descending=descending: ListingService(vault).page(
                        r.CaseFilter(), limit=PAGE, sort=sort, descending=descending
                    )
                )
            finally:
                vault.lock()
            apps.append(opened + page_s)

            def raw_open(column: str = column, descending: bool = descending) -> None:
                conn = raw_connect(path, key)
                try:
                    conn.execute(RAW_COUNT).fetchone()
                    conn.execute(raw_first(column, descending)).fetchall()
                finally:
                    conn.close()

            raws.append(timed(raw_open)[0])
        fig[f"open_first_{label}_s"] = statistics.median(apps)
        fig[f"open_first_{label}_raw_s"] = statistics.median(raws)
        fig[f"open_first_{label}_ratio"] = fig[f"open_first_{label}_s"] / fig[f"open_first_{label}_raw_s"]
    return fig


def report(fig: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []

    def row(name: str, value: float, goal: float | None = None, ratio: float | None = None) -> None:
        verdict = "" if goal is None else "PASS" if value <= goal else "FAIL"
        goal_text = "" if goal is None else f"<= {ms(goal)}"
        rows.append((name, ms(value), goal_text, "" if ratio is None else f"{ratio:.2f}x", verdict))

    row("1 count, no filter (app)", fig["count_app_s"], GOAL_COUNT_S, fig["count_ratio"])
    row("1   raw count(*) on case_listing", fig["count_raw_s"], None, 1.0)
    row("1   before: count over the 3-table join (raw)", fig["count_old_join_raw_s"])
    for label, *_ in ORDERS:
        row(f"2 count + first page ({label})", fig[f"first_{label}_s"], None, fig[f"first_{label}_ratio"])
        row("2   its CPU time", fig[f"first_{label}_cpu_s"])
        row(f"2   raw count + keyset first page ({label})", fig[f"first_{label}_raw_s"], None, 1.0)
        row(
            f"2 open (excl. KDF) + first page ({label})",
            fig[f"open_first_{label}_s"],
            GOAL_OPEN_PAGE_S,
            fig[f"open_first_{label}_ratio"],
        )
        row(f"2   raw connect + count + first page ({label})", fig[f"open_first_{label}_raw_s"], None, 1.0)
        for depth in ("middle", "end"):
            prefix = f"deep_{label}_{depth}"
            if f"{prefix}_key_s" not in fig:
                continue
            row(
                f"3 page at the {depth}, by key ({label})",
                fig[f"{prefix}_key_s"],
                GOAL_DEEP_S,
                fig[f"{prefix}_key_ratio"],
            )
            raw_s = fig[f"{prefix}_raw_s"]
            cpu, raw_cpu = fig[f"{prefix}_key_cpu_s"], fig[f"{prefix}_raw_cpu_s"]
            row("3   its CPU time (raw keyset page's)", cpu, None, cpu / raw_cpu if raw_cpu else None)
            row(
                f"3   by position ({label})",
                fig[f"{prefix}_position_s"],
                GOAL_DEEP_S,
                fig[f"{prefix}_position_s"] / raw_s,
            )
            row(f"3   raw keyset page ({label})", raw_s, None, 1.0)
            row(f"3   before: OFFSET page, raw ({label})", fig[f"{prefix}_old_offset_raw_s"])
        row(f"3 last page, End key ({label})", fig[f"tail_{label}_s"], GOAL_DEEP_S)
    row(
        f"4 status open ({fig['filtered_open_total']:,}): count + page",
        fig["filtered_open_s"],
        None,
        fig["filtered_open_ratio"],
    )
    row("4   raw count + page", fig["filtered_open_raw_s"], None, 1.0)
    for name, label in (
        ("idle", "another thread sleeping"),
        ("sqlite", f"SQLite runs {ms(fig['gil_sqlite_each_s'])} statements"),
        ("pages", f"pages run ({ms(fig['gil_pages_each_s'])} each)"),
    ):
        row(f"5 GIL: longest clock gap, {label}", fig[f"gil_{name}_gap_s"], GOAL_STALL_S)
        rows.append(("5   gaps over 50 ms in 3 s", str(fig[f"gil_{name}_over_goal"]), "", "", ""))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000, help="demo cases to build (default 10000)")
    parser.add_argument("--repeat", type=int, default=20, help="samples per figure (default 20)")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temporary directory")
    parser.add_argument(
        "--vault", type=Path, default=None, help="copy this existing vault instead of building one"
    )
    parser.add_argument("--passphrase-stdin", action="store_true", help="the --vault passphrase, on stdin")
    parser.add_argument(
        "--in-place", action="store_true", help="use --vault without copying it (only a copy of your own)"
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="pana-bench-listing-", dir=args.dir))
    fig: dict[str, Any] = {}
    try:
        load_before = os.getloadavg()
        vault_dir, passphrase = work / "vault", PASSPHRASE
        if args.vault:
            passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else PASSPHRASE
            if args.in_place:
                vault_dir = args.vault
            else:
                say(f"copying {args.vault} (never used in place)")
                fig["copy_s"], _ = timed(lambda: shutil.copytree(args.vault, vault_dir))
        else:
            say(f"populate({args.cases:,})")
            created = VaultService(vault_dir, kdf=KdfParams.minimum()).create(
                office_name="Fictional Office Almaty", username="bench", passphrase=PASSPHRASE
            )
            try:
                fig["populate_s"], _ = timed(lambda: populate(created.vault, args.cases))
            finally:
                created.vault.lock()
        started = time.perf_counter()
        fig.update(measure(vault_dir, passphrase, args.repeat))
        fig["measure_wall_s"] = time.perf_counter() - started
        fig["loadavg_before"], fig["loadavg_after"] = load_before, os.getloadavg()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    before, after = fig["loadavg_before"], fig["loadavg_after"]
    print(
        f"Pana case list benchmark: {fig['cases']:,} cases, {args.repeat} samples, {os.cpu_count()} CPUs, "
        f"load average {before[0]:.2f} {before[1]:.2f} {before[2]:.2f} before / "
        f"{after[0]:.2f} {after[1]:.2f} {after[2]:.2f} after, "
        f"GIL switch interval {fig['switch_interval_s'] * 1000:g} ms, "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
    )
    print_report(fig, report(fig))
    return 0


if __name__ == "__main__":
    sys.exit(main())
