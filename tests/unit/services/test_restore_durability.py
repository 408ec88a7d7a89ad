# SPDX-License-Identifier: GPL-3.0-or-later
"""Restore writes the key file and the database owner-only and durably: fsynced files and renames."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.copies_kit import backup_of


@pytest.fixture
def backup(vault_dir: Path, kdf: KdfParams, tmp_path: Path) -> Path:
    return backup_of(vault_dir, kdf, tmp_path / "usb" / "office.panabackup")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common desktop umask: without explicit modes, new files would be readable by everyone."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("usual_umask")
def test_a_restored_vault_is_owner_only(vault_dir: Path, kdf: KdfParams, backup: Path) -> None:
    VaultService(vault_dir, kdf=kdf).restore(backup, PASSPHRASE)
    assert _mode(vault_dir) == 0o700
    assert {p.name: _mode(p) for p in vault_dir.iterdir() if p.name.startswith("pana.")} == {
        "pana.keys": 0o600,
        "pana.db": 0o600,
        "pana.lock": 0o600,
    }
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()


def test_restore_fsyncs_both_files_and_the_folders_after_the_renames(
    vault_dir: Path, kdf: KdfParams, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    real_fsync, real_rename = os.fsync, Path.rename

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def rename(self: Path, target: Path) -> Path:
        events.append(("rename", str(target)))
        return real_rename(self, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(Path, "rename", rename)
    kept = VaultService(vault_dir, kdf=kdf).restore(backup, PASSPHRASE)
    synced = [path for what, path in events if what == "fsync"]
    staging = next(Path(p).parent for p in synced if Path(p).name == "pana.keys.tmp")
    assert staging.name.startswith(".vault.restoring-")
    assert str(staging / "pana.db") in synced
    assert str(staging) in synced  # the names inside it, before it is opened
    renames = [i for i, (what, _) in enumerate(events) if what == "rename"]
    assert [events[i][1] for i in renames] == [str(kept), str(vault_dir)]
    assert ("fsync", str(vault_dir.parent)) in events[renames[-1] :]
