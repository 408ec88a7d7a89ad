# SPDX-License-Identifier: GPL-3.0-or-later
"""VMK rotation in two crash-safe steps, including kill -9 between and during them (T09)."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
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
    start_child,
    wait_for,
)

from app.domain.errors import (
    KeyRotationPendingError,
    ValidationError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from app.vault import KeyRing


def _new_key(lines: list[str]) -> tuple[bytearray, str] | None:
    for line in lines:
        if line.startswith("NEW "):
            _, hex_key, recovery_key = line.split()
            return bytearray.fromhex(hex_key), recovery_key
    return None


@posix_only
def test_kill_between_begin_and_commit(vault: Vault) -> None:
    """T09: after a crash between the steps both generations open; commit then retires the old one."""
    child = start_child("rotate", vault.dir, "between")
    new = _new_key(wait_for(child, "PAUSED"))
    kill(child)
    assert new is not None
    new_key, new_recovery = new

    ring = KeyRing.load(vault.dir)
    assert ring.rotation_pending
    found = ring.candidates(ALICE_PASS, ALICE)
    assert [(u.generation, u.master_key) for u in found] == [(2, new_key), (1, vault.master_key)]
    assert ring.unlock(ALICE_PASS, ALICE).master_key == new_key
    assert ring.unlock(BOB_PASS, BOB).master_key == vault.master_key
    assert ring.unlock_with_recovery(vault.recovery_key).master_key == vault.master_key
    assert ring.unlock_with_recovery(new_recovery).master_key == new_key
    with pytest.raises(KeyRotationPendingError):
        ring.add_user(new_key, user_id=BOB_ID, username=BOB, passphrase=BOB_PASS, kdf=FAST)
    with pytest.raises(KeyRotationPendingError):
        ring.change_passphrase(user_id=ALICE_ID, username=ALICE, old=ALICE_PASS, new="x", kdf=FAST)

    with pytest.raises(ValueError):
        ring.rotation_commit(vault.master_key)
    assert ring.rotation_commit(new_key) == [BOB_ID]
    assert ring.rotation_commit(new_key) == []  # idempotent

    ring = KeyRing.load(vault.dir)
    assert not ring.rotation_pending
    assert [u.master_key for u in ring.candidates(ALICE_PASS)] == [new_key]
    with pytest.raises(WrongPassphraseError):
        ring.unlock(BOB_PASS)
    with pytest.raises(WrongRecoveryKeyError):
        ring.unlock_with_recovery(vault.recovery_key)
    ring.add_user(new_key, user_id=BOB_ID, username=BOB, passphrase=BOB_PASS, kdf=FAST)
    assert ring.unlock(BOB_PASS, BOB).master_key == new_key
    assert ring.user_ids() == [ALICE_ID, BOB_ID]


@posix_only
@pytest.mark.slow
def test_kill_at_random_moments_during_rotation(tmp_path: Path, vault: Vault) -> None:
    """T09: whatever the moment of death, the old or the new VMK still opens, never neither."""
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    outcomes = []
    for run in range(12):
        directory = tmp_path / f"run{run}"
        directory.mkdir()
        (directory / "pana.keys").write_bytes(vault.key_file.read_bytes())
        child = start_child("rotate", directory, "none")
        lines = wait_for(child, "START")
        time.sleep(rng.uniform(0.0, 0.3))
        lines += kill(child)
        new = _new_key(lines)
        ring = KeyRing.load(directory)
        assert not (directory / "pana.keys.tmp").exists()
        keys = [u.master_key for u in ring.candidates(ALICE_PASS, ALICE)]
        if vault.master_key in keys:
            outcomes.append("pending" if ring.rotation_pending else "old")
            assert ring.unlock(BOB_PASS, BOB).master_key == vault.master_key
        else:
            assert new is not None and keys == [new[0]], f"seed={seed}"
            outcomes.append("new")
    print(f"seed={seed} outcomes={outcomes}")


def test_abort_drops_the_new_generation(vault: Vault) -> None:
    before = vault.key_file.read_bytes()
    new_key, new_recovery = vault.ring.rotation_begin(
        vault.master_key, user_id=ALICE_ID, username=ALICE, passphrase=ALICE_PASS, kdf=FAST
    )
    with pytest.raises(KeyRotationPendingError):
        vault.ring.rotation_begin(
            vault.master_key, user_id=ALICE_ID, username=ALICE, passphrase="p", kdf=FAST
        )
    with pytest.raises(ValueError):
        vault.ring.rotation_abort(new_key)
    vault.ring.rotation_abort(vault.master_key)
    assert not vault.ring.rotation_pending
    vault.ring.rotation_abort(vault.master_key)  # idempotent
    assert vault.ring.unlock(ALICE_PASS).master_key == vault.master_key
    with pytest.raises(WrongRecoveryKeyError):
        vault.ring.unlock_with_recovery(new_recovery)
    assert len(vault.key_file.read_bytes()) == len(before)


def test_full_rotation_in_process(vault: Vault) -> None:
    new_key, new_recovery = vault.ring.rotation_begin(
        vault.master_key, user_id=BOB_ID, username=BOB, passphrase=BOB_PASS, kdf=FAST
    )
    assert new_key != vault.master_key
    assert vault.ring.rotation_commit(new_key) == [ALICE_ID]
    ring = KeyRing.load(vault.dir)
    assert ring.unlock(BOB_PASS).master_key == new_key
    assert ring.unlock_with_recovery(new_recovery).generation == 2
    with pytest.raises(WrongPassphraseError):
        ring.unlock(ALICE_PASS)


def test_begin_keeps_only_the_passphrase_that_opens_the_slot_now(vault: Vault) -> None:
    """A typo would become the user's only passphrase: it is refused before anything is written."""
    before = vault.key_file.read_bytes()
    for wrong in ("bob after rotation", ALICE_PASS):  # a new one, and another user's
        with pytest.raises(WrongPassphraseError):
            vault.ring.rotation_begin(
                vault.master_key, user_id=BOB_ID, username=BOB, passphrase=wrong, kdf=FAST
            )
    assert vault.key_file.read_bytes() == before
    assert not vault.ring.rotation_pending


def test_begin_checks_the_user(vault: Vault) -> None:
    before = vault.key_file.read_bytes()
    with pytest.raises(ValidationError):
        vault.ring.rotation_begin(vault.master_key, user_id=ALICE_ID, username=BOB, passphrase="p", kdf=FAST)
    assert vault.key_file.read_bytes() == before
