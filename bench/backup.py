# SPDX-License-Identifier: GPL-3.0-or-later
"""Backup and restore benchmark: the app's against the same work done by hand on the driver, and how
soon a Cancel is seen.

    cd bench && PYTHONPATH=.. ../.venv/bin/python backup.py [--cases 2000] [--repeat 3] [--dir DIR]

A new vault (the 64 MiB / 1-pass test KDF) gets ``--cases`` fictional demo cases in a temporary
folder that is deleted afterwards; no network.  Figures, medians of ``--repeat``:
  1. raw backup: on a raw connection keyed and set up like the app's, ``VACUUM INTO`` a file, hash
     it, copy it with an fsync: the work ``write_backup`` does, without its progress;
  2. the app's backup (``AdminService.backup``) with a progress callable, and without;
  3. raw restore: hash the backup's database part as it is copied, open it raw, ``cipher_integrity_check``,
     ``integrity_check``, ``foreign_key_check``;
  4. the app's restore (``VaultService.restore``: the same, the unlock with its key derivation, the
     check of revisions and audit chain, the audit entry and the swap) with a progress callable;
  5. the check's page check (``app.db.page_check``) against SQLCipher's ``cipher_integrity_check`` on a
     raw connection, over the same file;
  6. cancel latency: seconds from a cancel, asked halfway through, to the ``Cancelled`` it raises, in
     the backup's copy and in the restore's page check and ``integrity_check``, and how often progress
     was told;
  7. key rotation (``AdminService.rotate_master_key``: KDF, new slots, export, two row digests, page
     and structure checks, swap) against ``sqlcipher_export`` and the two checks done by hand, and
     how soon a cancel in its export is seen.
The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from common import TableRows, ms, print_report, raw_connect, say, timed  # bench/common.py

from app.db.engine import DB_FILENAME, database_key
from app.db.page_check import damaged_pages
from app.domain.errors import Cancelled
from app.services.admin import PAGE_CHECK_SHARE, AdminService
from app.services.backups import read_backup
from app.services.demo import populate
from app.services.told import STEPS
from app.services.vault import VaultService
from app.vault import KdfParams

PASSPHRASE = "bench passphrase Қазақ 馬"  # fictional
KDF = KdfParams(memory_kib=65536, iterations=1, lanes=1)
#: A cancel must be seen within this (the brief: long work can be cancelled).
GOAL_CANCEL_S = 0.5
#: The progress may cost at most this share of the work it reports on (runs vary by a few %).
GOAL_PROGRESS_COST = 1.10
_BLOCK = 1 << 20


def blocks(path: Path, offset: int = 0, length: int | None = None) -> Iterator[bytes]:
    """A file (or ``length`` bytes of it from ``offset``), a MiB at a time."""
    with path.open("rb") as reading:
        reading.seek(offset)
        left = path.stat().st_size - offset if length is None else length
        while left:
            block = reading.read(min(_BLOCK, left))
            yield block
            left -= len(block)


def copy_hashing(
    source: Path, destination: Path, offset: int = 0, length: int | None = None, *, one_pass: bool = False
) -> str:
    """Hash a file (or a part) and copy it with an fsync: in two passes as a backup does, or in
    one as a restore does."""
    digest = hashlib.sha256()
    if not one_pass:
        for block in blocks(source, offset, length):
            digest.update(block)
    with destination.open("wb") as out:
        for block in blocks(source, offset, length):
            if one_pass:
                digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def raw_backup(database: Path, key: bytes, work: Path) -> None:
    snapshot, copy = work / "raw-snapshot.db", work / "raw-backup"
    conn = raw_connect(database, key)
    try:
        conn.execute("VACUUM INTO ?", (str(snapshot),))
    finally:
        conn.close()
    copy_hashing(snapshot, copy)
    snapshot.unlink()
    copy.unlink()


def raw_restore(backup: Path, key: bytes, work: Path) -> None:
    parts = read_backup(backup)  # header and the part's place only; its hash is redone below
    staged = work / "raw-restored.db"
    copy_hashing(backup, staged, parts.database_offset, parts.database_length, one_pass=True)
    conn = raw_connect(staged, key)
    try:
        for pragma in ("cipher_integrity_check", "integrity_check", "foreign_key_check"):
            conn.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        conn.close()
    for leftover in work.glob("raw-restored.db*"):
        leftover.unlink()


def raw_rotate(database: Path, key: bytes, work: Path) -> None:
    """What a key rotation does by hand: export every table under a new key, then check the copy."""
    target, new_key = work / "raw-rotated.db", os.urandom(32)
    conn = raw_connect(database, key)
    try:
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), f"x'{new_key.hex()}'"))
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute("DETACH DATABASE rekeyed")
    finally:
        conn.close()
    conn = raw_connect(target, new_key)
    try:
        for pragma in ("cipher_integrity_check", "integrity_check"):
            conn.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        conn.close()
    for leftover in work.glob("raw-rotated.db*"):
        leftover.unlink()


def raw_page_check(database: Path, key: bytes) -> None:
    conn = raw_connect(database, key)
    try:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        conn.close()


def cancel_latency(start: Callable[[Any], object], halfway: Callable[[int, str], bool]) -> tuple[float, int]:
    """Run ``start(progress)`` in a thread; once ``halfway(done, message)``, ask it to stop (the next
    progress call raises, as the app's worker does); returns (seconds from asking to the
    ``Cancelled`` coming out, progress calls)."""
    asked, calls, outcome = threading.Event(), [0], {}

    def progress(done: int, total: int, message: str) -> None:
        calls[0] += 1
        if asked.is_set():
            raise Cancelled()
        if halfway(done, message):
            outcome["asked_at"] = time.perf_counter()
            asked.set()

    def run() -> None:
        try:
            start(progress)
        except Cancelled:
            outcome["stopped_at"] = time.perf_counter()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if "stopped_at" not in outcome:
        raise RuntimeError("the work ended without seeing the cancel")
    return outcome["stopped_at"] - outcome["asked_at"], calls[0]


def bench(work: Path, n_cases: int, repeat: int) -> tuple[dict[str, Any], TableRows]:
    fig: dict[str, Any] = {"cases": n_cases, "repeat": repeat}
    row = TableRows()
    vault_dir = work / "vault"
    created = VaultService(vault_dir, kdf=KDF).create(
        office_name="Fictional Office Almaty", username="bench", passphrase=PASSPHRASE
    )
    vault = created.vault
    key = bytes(database_key(vault.master_key))
    say(f"populate({n_cases})")
    populate(vault, n_cases)
    database = vault_dir / DB_FILENAME
    fig["database_mb"] = database.stat().st_size / 1e6
    admin, backup = AdminService(vault), work / "office.panabackup"
    told: list[int] = []

    def app_backup(progress: Any) -> None:
        backup.unlink(missing_ok=True)
        admin.backup(backup, progress)

    say(f"backup x{repeat}: raw, app with progress, app without")
    samples: dict[str, list[float]] = {"raw": [], "progress": [], "quiet": []}

    def with_progress() -> None:
        told.clear()
        app_backup(lambda done, *_: told.append(done))

    runs: dict[str, Callable[[], object]] = {
        "raw": lambda: raw_backup(database, key, work),
        "progress": with_progress,
        "quiet": lambda: app_backup(None),
    }
    for turn in range(repeat):
        order = ["raw", "progress", "quiet"] if turn % 2 == 0 else ["quiet", "progress", "raw"]
        for name in order:  # each in turn first, so none always inherits the others' caches
            samples[name].append(timed(runs[name])[0])
    raw_s, app_s, quiet_s = (statistics.median(samples[k]) for k in ("raw", "progress", "quiet"))
    fig.update(backup_raw_s=raw_s, backup_s=app_s, backup_quiet_s=quiet_s, backup_progress_calls=len(told))
    fig["backup_mb"] = backup.stat().st_size / 1e6
    row("raw backup: VACUUM INTO, hash, copy + fsync", ms(raw_s), "baseline", 1.0)
    row("backup with progress (AdminService.backup)", ms(app_s), "", app_s / raw_s)
    row("backup without progress", ms(quiet_s), "", quiet_s / raw_s)
    row(
        "  cost of telling progress",
        f"{app_s / quiet_s:.3f}x",
        f"<= {GOAL_PROGRESS_COST}x",
        None,
        app_s / quiet_s <= GOAL_PROGRESS_COST,
    )
    row("  progress calls (thousandths, or 0.1 s quiet)", str(len(told)))
    vault.lock()

    say(f"restore x{repeat}: raw, app with progress")
    restored = {"raw": [], "app": []}
    target = work / "restored"
    for _ in range(repeat):
        restored["raw"].append(timed(lambda: raw_restore(backup, key, work))[0])
        shutil.rmtree(target, ignore_errors=True)
        restored["app"].append(
            timed(
                lambda: VaultService(target, kdf=KDF).restore(backup, PASSPHRASE, progress=lambda *_: None)
            )[0]
        )
    raw_r, app_r = statistics.median(restored["raw"]), statistics.median(restored["app"])
    fig.update(restore_raw_s=raw_r, restore_s=app_r)
    row("raw restore: hash while copying + fsync, open, 3 checks", ms(raw_r), "baseline", 1.0)
    row("restore with progress (VaultService.restore)", ms(app_r), "", app_r / raw_r)

    say(f"page check x{repeat}: raw cipher_integrity_check, app.db.page_check")
    checked: dict[str, list[float]] = {"raw": [], "app": []}
    for _ in range(repeat):
        checked["raw"].append(timed(lambda: raw_page_check(database, key))[0])
        checked["app"].append(timed(lambda: damaged_pages(database, key, lambda share: None))[0])
    raw_p, app_p = statistics.median(checked["raw"]), statistics.median(checked["app"])
    fig.update(page_check_raw_s=raw_p, page_check_s=app_p)
    row("raw cipher_integrity_check (one SQLite step)", ms(raw_p), "baseline", 1.0)
    row("page check (app.db.page_check, tells and stops)", ms(app_p), "", app_p / raw_p)

    say("cancel latency: backup's copy, restore's page check and integrity_check")
    vault = VaultService(vault_dir, kdf=KDF).open(PASSPHRASE)
    admin = AdminService(vault)
    copy_latency, copy_calls = cancel_latency(
        lambda progress: admin.backup(work / "cancelled.panabackup", progress),
        lambda done, message: done >= 375,
    )
    vault.lock()
    shutil.rmtree(target, ignore_errors=True)
    pages_checked = int(PAGE_CHECK_SHARE * STEPS)
    latencies, check_calls = {}, 0
    for part, asked_at in (("pages", pages_checked // 2), ("check", pages_checked)):
        shutil.rmtree(target, ignore_errors=True)
        latencies[part], calls = cancel_latency(
            lambda progress: VaultService(target, kdf=KDF).restore(backup, PASSPHRASE, progress=progress),
            lambda done, message, asked_at=asked_at: message == "checking" and done >= asked_at,
        )
        check_calls += calls
    page_latency, check_latency = latencies["pages"], latencies["check"]
    fig.update(cancel_in_copy_s=copy_latency, cancel_in_pages_s=page_latency, cancel_in_check_s=check_latency)
    row(
        "cancel seen, backup halfway through its copy",
        ms(copy_latency),
        f"<= {GOAL_CANCEL_S} s",
        None,
        copy_latency <= GOAL_CANCEL_S,
    )
    row(
        "cancel seen, restore halfway through its page check",
        ms(page_latency),
        f"<= {GOAL_CANCEL_S} s",
        None,
        page_latency <= GOAL_CANCEL_S,
    )
    row(
        "cancel seen, restore inside integrity_check",
        ms(check_latency),
        f"<= {GOAL_CANCEL_S} s",
        None,
        check_latency <= GOAL_CANCEL_S,
    )
    fig["cancel_progress_calls"] = copy_calls + check_calls

    # Last: a rotation changes the database key the raw baselines above open the file with.
    say(f"key rotation x{repeat}: raw export + checks, app (AdminService.rotate_master_key)")
    rotated: dict[str, list[float]] = {"raw": [], "app": []}
    for _ in range(repeat):
        rotated["raw"].append(timed(lambda key=key: raw_rotate(database, key, work))[0])
        vault = VaultService(vault_dir, kdf=KDF).open(PASSPHRASE)
        try:
            admin = AdminService(vault, kdf=KDF)
            rotated["app"].append(timed(lambda admin=admin: admin.rotate_master_key("bench", PASSPHRASE))[0])
            key = bytes(database_key(vault.master_key))
        finally:
            vault.lock()
    raw_k, app_k = statistics.median(rotated["raw"]), statistics.median(rotated["app"])
    fig.update(rotate_raw_s=raw_k, rotate_s=app_k)
    row("raw rotation: sqlcipher_export, cipher_integrity_check, integrity_check", ms(raw_k), "baseline", 1.0)
    row("key rotation with progress (+ 2 row digests, KDF, slots)", ms(app_k), "", app_k / raw_k)
    vault = VaultService(vault_dir, kdf=KDF).open(PASSPHRASE)
    try:
        rotate = AdminService(vault, kdf=KDF).rotate_master_key
        rotate_latency, _ = cancel_latency(
            lambda progress: rotate("bench", PASSPHRASE, progress), lambda done, message: done >= 100
        )
    finally:
        vault.lock()
    fig["cancel_in_rotation_s"] = rotate_latency
    row(
        "cancel seen, rotation halfway through its export",
        ms(rotate_latency),
        f"<= {GOAL_CANCEL_S} s",
        None,
        rotate_latency <= GOAL_CANCEL_S,
    )
    return fig, row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None, help="where the temporary folder goes")
    args = parser.parse_args()
    before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="pana-bench-backup-", dir=args.dir) as folder:
        fig, row = bench(Path(folder), args.cases, args.repeat)
    fig["load_before"], fig["load_after"] = before, os.getloadavg()[0]
    print(
        f"Pana backup/restore benchmark: {args.cases} cases ({fig['database_mb']:.0f} MB database), "
        f"median of {args.repeat}, {os.cpu_count()} CPUs, load average {before:.2f} before / "
        f"{fig['load_after']:.2f} after"
    )
    print_report(fig, row.rows)


if __name__ == "__main__":
    main()
