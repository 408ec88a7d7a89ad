# SPDX-License-Identifier: GPL-3.0-or-later
"""Crypto-erase of the key file (T50) and the one-instance lock (T45)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from vault_kit import ALICE_PASS, Vault, kill, posix_only, start_child, wait_for

from app.domain.errors import VaultLockedByOtherError, VaultNotFoundError
from app.vault import InstanceLock, KeyRing, erase


def test_erase_makes_unlock_impossible_quickly(vault: Vault, tmp_path: Path) -> None:
    """T50: after erase no key file remains; a pre-erase copy of the database is useless."""
    (vault.dir / "pana.db").write_bytes(b"stand-in for the encrypted database")
    (vault.dir / "pana.keys.tmp").write_bytes(vault.key_file.read_bytes())
    # A second name for the same inode stands in for a forensic view of the old blocks.
    witness = tmp_path / "witness"
    os.link(vault.key_file, witness)
    original = witness.read_bytes()

    start = time.perf_counter()
    erase(vault.dir)
    assert time.perf_counter() - start < 1.0

    assert not vault.key_file.exists()
    assert not (vault.dir / "pana.keys.tmp").exists()
    assert witness.read_bytes() != original  # overwritten in place, not just unlinked
    assert b"argon2id" not in witness.read_bytes()
    with pytest.raises(VaultNotFoundError):
        KeyRing.load(vault.dir)
    with pytest.raises(VaultNotFoundError):
        vault.ring.unlock(ALICE_PASS)
    erase(vault.dir)  # erasing twice is fine


def test_lock_is_exclusive_in_process(tmp_path: Path) -> None:
    with InstanceLock(tmp_path) as first:
        assert first.held
        with pytest.raises(VaultLockedByOtherError):
            InstanceLock(tmp_path).acquire()
    with InstanceLock(tmp_path) as again:
        assert again.held
    assert (tmp_path / "pana.lock").read_bytes() == b""


def test_lock_on_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError):
        InstanceLock(tmp_path / "nowhere").acquire()


@posix_only
def test_lock_held_by_a_child_and_freed_by_its_death(tmp_path: Path) -> None:
    """T45: a second instance is refused; a holder killed with SIGKILL leaves no stale lock."""
    child = start_child("lock", tmp_path, "none")
    try:
        wait_for(child, "LOCKED")
        with pytest.raises(VaultLockedByOtherError):
            InstanceLock(tmp_path).acquire()
    finally:
        kill(child)
    lock = InstanceLock(tmp_path)
    lock.acquire()
    assert lock.held
    lock.release()
    lock.release()
    assert not lock.held
