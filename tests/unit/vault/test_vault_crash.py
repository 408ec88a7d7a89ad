# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash and storage failure during key file writes: kill -9, ENOSPC, read-only media (T10, T43)."""

from __future__ import annotations

import errno
import os
import random
import time
from pathlib import Path

import pytest
from vault_child import NEW_PASS
from vault_kit import (
    ALICE,
    ALICE_ID,
    ALICE_PASS,
    BOB,
    BOB_ID,
    BOB_PASS,
    FAST,
    Vault,
    kill,
    posix_only,
    read_doc,
    slot_of,
    start_child,
    wait_for,
)

from app.domain.errors import StorageError, WrongPassphraseError
from app.vault import KeyRing


def opens(ring: KeyRing, passphrase: str, username: str) -> bool:
    try:
        ring.unlock(passphrase, username)
    except WrongPassphraseError:
        return False
    return True


def check_after_crash(vault: Vault, bob_slot: dict[str, object], recovery_slot: dict[str, object]) -> str:
    """Exactly one of Alice's passphrases works, everyone else is untouched; returns which."""
    ring = KeyRing.load(vault.dir)
    assert not (vault.dir / "pana.keys.tmp").exists()
    old, new = opens(ring, ALICE_PASS, ALICE), opens(ring, NEW_PASS, ALICE)
    assert old != new
    doc = read_doc(vault.key_file)
    assert slot_of(doc, BOB_ID) == bob_slot
    assert slot_of(doc, None) == recovery_slot
    assert ring.unlock(BOB_PASS, BOB).master_key == vault.master_key
    assert ring.unlock(NEW_PASS if new else ALICE_PASS, ALICE).master_key == vault.master_key
    return "new" if new else "old"


@posix_only
@pytest.mark.parametrize(
    ("point", "expected"),
    [("kdf", "old"), ("write", "old"), ("fsync", "old"), ("replace", "old"), ("after-replace", "new")],
)
def test_kill_during_change_passphrase(vault: Vault, point: str, expected: str) -> None:
    """T10: SIGKILL at each step of the write leaves the old or the new passphrase working."""
    doc = read_doc(vault.key_file)
    child = start_child("change", vault.dir, point)
    wait_for(child, "PAUSED")
    if point in ("write", "fsync", "replace"):
        assert (vault.dir / "pana.keys.tmp").exists()  # the crash really left a temporary file
    kill(child)
    assert check_after_crash(vault, slot_of(doc, BOB_ID), slot_of(doc, None)) == expected


@posix_only
@pytest.mark.slow
def test_kill_at_random_moments_during_change_passphrase(tmp_path: Path, vault: Vault) -> None:
    """T10: 20 runs killed at random moments; never neither passphrase, never a damaged file."""
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    doc = read_doc(vault.key_file)
    outcomes = []
    for run in range(20):
        copy = Vault(tmp_path / f"run{run}", vault.ring, vault.master_key, vault.recovery_key)
        copy.dir.mkdir()
        copy.key_file.write_bytes(vault.key_file.read_bytes())
        child = start_child("change", copy.dir, "none")
        wait_for(child, "START")
        time.sleep(rng.uniform(0.0, 0.25))
        kill(child)
        outcomes.append(check_after_crash(copy, slot_of(doc, BOB_ID), slot_of(doc, None)))
    print(f"seed={seed} outcomes={outcomes}")


def test_leftover_tmp_is_removed_on_load(vault: Vault) -> None:
    tmp = vault.dir / "pana.keys.tmp"
    tmp.write_bytes(vault.key_file.read_bytes())
    KeyRing.load(vault.dir)
    assert not tmp.exists()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_storage_failure_keeps_the_old_file(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, step: str, code: int
) -> None:
    """T43: an injected ENOSPC or EIO while writing → StorageError; the old file and passphrase work."""
    before = vault.key_file.read_bytes()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, step, fail)
    with pytest.raises(StorageError):
        vault.ring.change_passphrase(user_id=ALICE_ID, username=ALICE, old=ALICE_PASS, new=NEW_PASS, kdf=FAST)
    monkeypatch.undo()
    assert vault.key_file.read_bytes() == before
    assert not (vault.dir / "pana.keys.tmp").exists()
    assert vault.ring.unlock(ALICE_PASS, ALICE).master_key == vault.master_key


def test_read_only_directory(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """T43/T44: a read-only medium: the ring still opens; changes fail cleanly with StorageError."""
    real_open = os.open

    def read_only(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    def no_unlink(self: Path, missing_ok: bool = False) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    (vault.dir / "pana.keys.tmp").write_bytes(b"leftover")
    monkeypatch.setattr(os, "open", read_only)
    monkeypatch.setattr(Path, "unlink", no_unlink)
    ring = KeyRing.load(vault.dir)
    assert ring.unlock(ALICE_PASS, ALICE).master_key == vault.master_key
    with pytest.raises(StorageError):
        ring.add_user(vault.master_key, user_id="00000000-0000-4000-8000-000000000003",
                      username="Carol", passphrase="c", kdf=FAST)  # fmt: skip


def test_create_on_unwritable_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError):
        KeyRing.create(tmp_path, user_id=ALICE_ID, username=ALICE, passphrase=ALICE_PASS, kdf=FAST)
    assert list(tmp_path.iterdir()) == []
