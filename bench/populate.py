# SPDX-License-Identifier: GPL-3.0-or-later
"""Demo populate as the vault grows: cost per case, bytes written per case, and what takes the space.

    PYTHONPATH=$PWD .venv/bin/python bench/populate.py [--cases 10000] [--step 1000] [--quick]
        [--on VAULT_DIR --passphrase-stdin] [--space] [--dir DIR]

A new vault (the 64 MiB / 1-pass test KDF) gets ``--cases`` demo cases in steps of ``--step``
(each step one ``populate`` call); with ``--on`` a COPY of an existing vault gets them instead
(the original is never opened).  Per step: wall and CPU milliseconds per case, KiB the process
wrote per case (``/proc/self/io`` write_bytes: the WAL, its checkpoints into the database, the
database file), the sizes, and the process's peak memory so far (populate's page cache included).
``--space`` then counts the pages of every table and index by dropping them one by one from a
checkpointed copy with ``VACUUM`` after each (this SQLCipher has no ``dbstat``).  Fictional data,
no network; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import print_table, raw_connect, say  # bench/common.py (scripts run from bench/)

from app.db.engine import DB_FILENAME, database_key
from app.services.demo import populate
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

PASSPHRASE = "bench passphrase Қазақ 馬"  # fictional
GOAL_10K_S = 45.0
#: The last step's CPU per case may exceed the first step's by this much and still count as flat.
GOAL_FLAT = 1.25


def written_bytes() -> int:
    """Bytes this process has caused to be written to storage (Linux), or 0 where unknown."""
    try:
        with open("/proc/self/io", encoding="ascii") as io:
            return next(int(line.split()[1]) for line in io if line.startswith("write_bytes"))
    except (OSError, StopIteration):
        return 0


def file_size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def grow(vault: UnlockedVault, folder: Path, cases: int, step: int, start: int) -> list[dict[str, float]]:
    """Add ``cases`` in steps; one row of figures per step."""
    steps = []
    done = 0
    while done < cases:
        size = min(step, cases - done)
        wall, cpu, wrote = time.perf_counter(), time.process_time(), written_bytes()
        populate(vault, size, seed=start + done + 1)
        done += size
        steps.append(
            {
                "cases_after": start + done,
                "wall_ms_per_case": (time.perf_counter() - wall) * 1000 / size,
                "cpu_ms_per_case": (time.process_time() - cpu) * 1000 / size,
                "written_kib_per_case": (written_bytes() - wrote) / 1024 / size,
                "db_mib": file_size(folder / DB_FILENAME) / 2**20,
                "wal_mib": file_size(folder / f"{DB_FILENAME}-wal") / 2**20,
                "load": os.getloadavg()[0],
                "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
        say(f"{start + done} cases: {steps[-1]['cpu_ms_per_case']:.2f} ms CPU per case")
    return steps


def space(database: Path, key: bytes, cases: int) -> list[tuple[str, int]]:
    """(table or index, pages) of a checkpointed copy, largest first; tables count with their
    primary-key index, and ``VACUUM`` is the first entry (pages the populated file had beyond a
    vacuumed one)."""
    copy = database.with_name("space-copy.db")
    shutil.copyfile(database, copy)
    wal = database.with_name(f"{DB_FILENAME}-wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name("space-copy.db-wal"))
    conn = raw_connect(copy, key)
    try:

        def pages() -> int:
            return int(conn.execute("PRAGMA page_count").fetchone()[0])

        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA foreign_keys = OFF")
        found = [("(free space in pages: populated size minus VACUUM)", pages())]
        conn.execute("VACUUM")
        found[0] = (found[0][0], found[0][1] - pages())
        objects = conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'table') "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table', name"
        ).fetchall()
        say(f"space: dropping {len(objects)} tables and indexes one by one, VACUUM after each")
        for kind, name in objects:  # indexes first, so a table's figure is its rows and primary key
            before = pages()
            conn.execute(f'DROP {kind.upper()} "{name}"')
            conn.execute("VACUUM")
            found.append((f"{kind} {name}", before - pages()))
    finally:
        conn.close()
    return sorted(found, key=lambda item: -item[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=None, help="cases to add (10000; 2000 with --quick)")
    parser.add_argument("--step", type=int, default=None, help="cases per step (1000; 500 with --quick)")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--on", type=Path, default=None, help="add to a copy of this vault folder")
    parser.add_argument("--passphrase-stdin", action="store_true", help="the --on vault's passphrase")
    parser.add_argument("--space", action="store_true", help="pages per table and index at the end")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temporary folder")
    args = parser.parse_args(argv)
    cases = args.cases or (2000 if args.quick else 10000)
    step = args.step or (500 if args.quick else 1000)
    passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else PASSPHRASE

    work = Path(tempfile.mkdtemp(prefix="pana-populate-", dir=args.dir))
    fig: dict[str, Any] = {"cases": cases, "step": step, "loadavg_1min_before": os.getloadavg()[0]}
    try:
        folder = work / "vault"
        if args.on:
            say(f"copying {args.on}")
            shutil.copytree(args.on, folder, ignore=shutil.ignore_patterns("pana.lock"))
            vault = VaultService(folder).open(passphrase)
        else:
            vault = (
                VaultService(folder, kdf=KdfParams.minimum())
                .create(office_name="Fictional Office", username="bench", passphrase=passphrase)
                .vault
            )
        key = bytes(database_key(vault.master_key))
        try:
            with vault.db.transaction(readonly=True) as session:
                start = int(session.connection().exec_driver_sql("SELECT count(*) FROM cases").scalar() or 0)
            fig["cases_before"] = start
            wall, wrote = time.perf_counter(), written_bytes()
            fig["steps"] = grow(vault, folder, cases, step, start)
            fig["total_s"] = time.perf_counter() - wall
            fig["written_mib"] = (written_bytes() - wrote) / 2**20
        finally:
            vault.lock()
        fig["db_mib_after_lock"] = file_size(folder / DB_FILENAME) / 2**20
        if args.space:
            fig["space_pages"] = space(folder / DB_FILENAME, key, start + cases)
        fig["loadavg_1min_after"] = os.getloadavg()[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(fig)
    return 0


def report(fig: dict[str, Any]) -> None:
    steps, cases = fig["steps"], fig["cases"]
    print(
        f"Pana populate benchmark: {cases} demo cases on a vault of {fig['cases_before']}, steps of "
        f"{fig['step']}, {os.cpu_count()} CPUs, load average {fig['loadavg_1min_before']:.2f} before / "
        f"{fig['loadavg_1min_after']:.2f} after"
    )
    print()
    print("cases after  ms/case wall  ms/case CPU  KiB written/case  db MiB  WAL MiB  max RSS MiB  load")
    for s in steps:
        print(
            f"{s['cases_after']:>11}  {s['wall_ms_per_case']:>12.2f}  {s['cpu_ms_per_case']:>11.2f}  "
            f"{s['written_kib_per_case']:>16.1f}  {s['db_mib']:>6.0f}  {s['wal_mib']:>7.0f}  "
            f"{s['max_rss_mib']:>11.0f}  {s['load']:>4.2f}"
        )
    print()
    flat = steps[-1]["cpu_ms_per_case"] / steps[0]["cpu_ms_per_case"]
    amplification = fig["written_mib"] / max(fig["db_mib_after_lock"], 1e-9)
    goal_s = GOAL_10K_S * cases / 10000
    rows = [
        (f"populate {cases} cases, total", f"{fig['total_s']:.1f} s", f"<= {goal_s:.0f} s", "", ""),
        ("CPU per case, last step / first step", f"{flat:.2f}", f"<= {GOAL_FLAT}", f"{flat:.2f}x", ""),
        (
            "written / database size (WAL + checkpoint: 2x)",
            f"{fig['written_mib']:.0f} MiB / {fig['db_mib_after_lock']:.0f} MiB",
            "",
            f"{amplification:.2f}x",
            "",
        ),
    ]
    if not fig["cases_before"]:
        rows[0] = (*rows[0][:4], "PASS" if fig["total_s"] <= goal_s else "FAIL")
    rows[1] = (*rows[1][:4], "PASS" if flat <= GOAL_FLAT else "FAIL")
    print_table(rows)
    if "space_pages" in fig:
        total = sum(pages for _, pages in fig["space_pages"])
        everything = fig["cases_before"] + cases
        print()
        print("pages    share  KiB/case  table (with its primary key) or index")
        for name, pages in fig["space_pages"]:
            if pages:
                print(f"{pages:>8} {100 * pages / total:5.1f}%  {pages * 4 / everything:8.2f}  {name}")
    print()
    print(json.dumps(fig, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main())
