# SPDX-License-Identifier: GPL-3.0-or-later
"""No plaintext at rest: canaries in every field never reach a file, a temp file or a backup (T05, T07)."""

from __future__ import annotations

import contextlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services.backups import read_backup
from app.services.session import UnlockedVault
from tests.conftest import PASSPHRASE
from tests.security.kit import (
    SQLITE_MAGIC,
    Canaries,
    Child,
    DirectoryWatch,
    child_env,
    make_canaries,
    raw_pragma,
    scan,
    text_needles,
)

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the temp-dir watch uses inotify"
)
SPILL_ROWS = 120_000  # ~25 MB to sort: far beyond the page cache, so a file-backed sort would spill


@dataclass
class Session:
    child: Child
    canaries: Canaries
    backup: Path
    temp_dir: Path
    home: Path
    watch: DirectoryWatch


def start_canary_session(vault_dir: Path, tmp_path: Path, temp_store: str) -> Session:
    """Start the canary worker: it writes canaries everywhere, sorts, fills a temp table, waits."""
    canaries = make_canaries()
    env = child_env(tmp_path)
    backup = tmp_path / "usb" / "office.panabackup"
    backup.parent.mkdir()
    watch = DirectoryWatch(Path(env["TMPDIR"]))  # watching before the child exists
    child = Child(
        "canary",
        str(vault_dir),
        str(backup),
        str(SPILL_ROWS),
        temp_store,
        env=env,
        stdin_lines=[PASSPHRASE, json.dumps(canaries.all)],
    )
    return Session(child, canaries, backup, Path(env["TMPDIR"]), Path(env["HOME"]), watch)


@linux_only
def test_no_canary_in_any_file_while_open_or_after_lock(vault_dir: Path, tmp_path: Path) -> None:
    """T05 + T07: vault folder (db, -wal, keys), backup, temp dir and home hold no canary."""
    session = start_canary_session(vault_dir, tmp_path, "default")
    child, backup, temp_dir, home = session.child, session.backup, session.temp_dir, session.home
    needles = [*session.canaries.needles(), *text_needles(PASSPHRASE)]
    with contextlib.closing(session.watch) as watch:
        assert child.expect("temp_store") == "temp_store 2"
        assert child.expect("sorted") == f"sorted {SPILL_ROWS} temp {SPILL_ROWS}"
        child.expect("OPEN", timeout=120)

        # While open: the new pages sit in the WAL, the temp table is alive in the child,
        # and the WAL index is on the heap (unix-excl VFS), not in a -shm file.
        present = {p.name for p in vault_dir.iterdir()}
        assert {"pana.db", "pana.db-wal", "pana.keys"} <= present
        assert "pana.db-shm" not in present
        assert (vault_dir / "pana.db-wal").stat().st_size > 0
        loose = {
            p.name: oct(p.stat().st_mode & 0o777) for p in vault_dir.iterdir() if p.stat().st_mode & 0o077
        }
        assert loose == {}, "vault files readable by other local users"
        assert scan([vault_dir, temp_dir, home], needles) == []
        assert (vault_dir / "pana.db").read_bytes()[:16] != SQLITE_MAGIC

        child.send("go on")
        child.expect("LOCKED", timeout=120)
        child.finish()
        assert child.proc.returncode == 0, child.stderr
        assert child.stderr == b""

        # After lock, and the backup written while the vault was open.
        assert backup.exists()
        assert backup.stat().st_mode & 0o077 == 0
        assert scan([vault_dir, backup.parent, temp_dir, home], needles) == []
        assert (vault_dir / "pana.db").read_bytes()[:16] != SQLITE_MAGIC
        parts = read_backup(backup)
        with backup.open("rb") as handle:
            handle.seek(parts.database_offset)
            assert handle.read(16) != SQLITE_MAGIC
        # Nothing was ever created in the temp dir, not even a file deleted right after opening.
        assert watch.poll() == []
    assert list(temp_dir.iterdir()) == []


@linux_only
def test_the_temp_dir_watch_sees_a_spill_when_temp_store_is_file(vault_dir: Path, tmp_path: Path) -> None:
    """Positive control for T07: the same workload with temp_store=FILE does create temp files."""
    session = start_canary_session(vault_dir, tmp_path, "FILE")
    child = session.child
    with contextlib.closing(session.watch) as watch:
        assert child.expect("temp_store") == "temp_store 1"
        child.expect("OPEN", timeout=120)
        child.send("go on")
        child.expect("LOCKED", timeout=120)
        child.finish()
        assert child.proc.returncode == 0, child.stderr
        assert watch.poll(), "a file-backed sort of this size spills to the temp dir: the watch is blind"


def test_every_connection_keeps_temporary_data_in_memory(vault: UnlockedVault) -> None:
    """T07: temp_store is 2 (MEMORY) on every pooled connection, not just the first."""
    engine = vault.db.engine
    connections = [engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            assert raw.execute("PRAGMA temp_store").fetchone()[0] == 2
    finally:
        for connection in connections:
            connection.close()
    assert raw_pragma(vault, "temp_store") == [(2,)]


def test_the_scan_finds_each_encoding_of_each_canary(tmp_path: Path) -> None:
    """The scanner itself: a plaintext file with the canaries is found in every form we look for."""
    canaries = make_canaries()
    sample = tmp_path / "plain.bin"
    sample.write_bytes(
        canaries.text().encode("utf-8")
        + canaries.text().encode("utf-16-le")
        + canaries.text().encode("utf-16-be")
        + json.dumps(canaries.text()).encode("ascii")
    )
    hits = scan([tmp_path], canaries.needles())
    assert len(hits) == len(canaries.needles()) == 15
    assert scan([tmp_path], make_canaries().needles()) == []  # unique per run
