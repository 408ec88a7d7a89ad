# SPDX-License-Identifier: GPL-3.0-or-later
"""Damage and tampering of the key file: flipped bytes, downgrades, swapped or moved slots (T01, T12)."""

from __future__ import annotations

import base64
import copy
from pathlib import Path
from typing import Any

import pytest
from vault_kit import (
    ALICE,
    ALICE_ID,
    ALICE_PASS,
    BOB,
    BOB_ID,
    BOB_PASS,
    FAST,
    KdfSpy,
    Vault,
    edit_doc,
    make_vault,
    read_doc,
    slot_of,
)

from app.domain.errors import KeyFileDamagedError, WrongPassphraseError, WrongRecoveryKeyError
from app.vault import KdfParams, KeyRing
from app.vault.slots import make_slot

STRONGER = KdfParams(memory_kib=128 * 1024, iterations=2, lanes=4)


def test_every_flipped_bit_is_damage_not_a_wrong_passphrase(vault: Vault, no_kdf: KdfSpy) -> None:
    """T01: any single-bit flip anywhere in the file → KeyFileDamagedError at load, before any KDF."""
    original = vault.key_file.read_bytes()
    for position in range(len(original)):
        # Two different bits per byte, rotating, so every bit position is covered across the file.
        for bit in (position % 8, (position + 3) % 8):
            damaged = bytearray(original)
            damaged[position] ^= 1 << bit
            vault.key_file.write_bytes(damaged)
            with pytest.raises(KeyFileDamagedError):
                KeyRing.load(vault.dir)
    vault.key_file.write_bytes(original)
    assert KeyRing.load(vault.dir).vault_id == vault.ring.vault_id
    assert no_kdf.calls == []


def test_damage_after_load_is_caught_before_unlock(vault: Vault, no_kdf: KdfSpy) -> None:
    raw = bytearray(vault.key_file.read_bytes())
    raw[len(raw) // 2] ^= 0x04
    vault.key_file.write_bytes(raw)
    with pytest.raises(KeyFileDamagedError) as info:
        vault.ring.unlock(ALICE_PASS)
    assert not isinstance(info.value, WrongPassphraseError)
    assert no_kdf.calls == []


def _lower(slot: dict[str, Any]) -> None:
    slot["kdf"]["memory_kib"] = 64 * 1024
    slot["kdf"]["iterations"] = 1


def test_naive_downgrade_fails_the_checksum(tmp_path: Path, no_kdf: KdfSpy) -> None:
    """T12 (a): lowering m/t in a slot without fixing the checksum is damage, found before any KDF."""
    no_kdf.forbid = False
    strong = make_vault(tmp_path / "v", kdf=STRONGER)
    no_kdf.forbid = True
    no_kdf.calls.clear()
    edit_doc(strong.key_file, lambda d: _lower(slot_of(d, ALICE_ID)), fix_checksum=False)
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(strong.dir)
    assert no_kdf.calls == []


def test_downgrade_with_fixed_checksum_never_unlocks(tmp_path: Path, kdf_spy: KdfSpy) -> None:
    """T12 (b): the parameters are bound in the AAD, so a lowered slot cannot open."""
    strong = make_vault(tmp_path / "v", kdf=STRONGER)
    edit_doc(strong.key_file, lambda d: _lower(slot_of(d, ALICE_ID)))
    ring = KeyRing.load(strong.dir)  # structurally valid: still above the floor
    kdf_spy.calls.clear()
    with pytest.raises(WrongPassphraseError):
        ring.unlock(ALICE_PASS, ALICE)
    # Alice's lowered slot fails its AEAD check; Bob's (untouched) is tried too and does not open.
    assert sorted(c["memory_cost"] for c in kdf_spy.calls) == [64 * 1024, STRONGER.memory_kib]
    # Bob's untouched slot opens, and then the file MAC exposes the edit.
    with pytest.raises(KeyFileDamagedError):
        ring.unlock(BOB_PASS, BOB)


@pytest.mark.parametrize(
    ("field", "value"),
    [("memory_kib", 32 * 1024), ("memory_kib", 8), ("iterations", 0), ("lanes", 0)],
)
def test_below_floor_rejected_without_kdf(vault: Vault, no_kdf: KdfSpy, field: str, value: int) -> None:
    def lower(doc: dict[str, Any]) -> None:
        slot_of(doc, ALICE_ID)["kdf"][field] = value

    edit_doc(vault.key_file, lower)
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.dir)
    with pytest.raises(KeyFileDamagedError):
        vault.ring.unlock(ALICE_PASS, ALICE)  # an object loaded earlier re-reads and refuses too
    assert no_kdf.calls == []


@pytest.mark.parametrize("field", ["salt", "nonce", "ciphertext"])
def test_swapping_fields_between_slots_is_refused(vault: Vault, field: str) -> None:
    """T12: swapped salt, nonce or ciphertext → AEAD failure for both users."""

    def swap(doc: dict[str, Any]) -> None:
        alice, bob = slot_of(doc, ALICE_ID), slot_of(doc, BOB_ID)
        if field == "salt":
            alice["kdf"]["salt"], bob["kdf"]["salt"] = bob["kdf"]["salt"], alice["kdf"]["salt"]
        else:
            alice[field], bob[field] = bob[field], alice[field]

    edit_doc(vault.key_file, swap)
    ring = KeyRing.load(vault.dir)
    for passphrase in (ALICE_PASS, BOB_PASS):
        with pytest.raises(WrongPassphraseError):
            ring.unlock(passphrase)


def test_swapping_user_identity_between_slots_is_refused(vault: Vault) -> None:
    def swap(doc: dict[str, Any]) -> None:
        alice, bob = slot_of(doc, ALICE_ID), slot_of(doc, BOB_ID)
        for key in ("user_id", "user_tag", "id"):
            alice[key], bob[key] = bob[key], alice[key]

    edit_doc(vault.key_file, swap)
    ring = KeyRing.load(vault.dir)
    with pytest.raises(WrongPassphraseError):
        ring.unlock(ALICE_PASS)
    with pytest.raises(WrongPassphraseError):
        ring.unlock(BOB_PASS)


def test_slot_moved_from_another_vault_is_refused(tmp_path: Path, vault: Vault) -> None:
    """T12: vault_id is in the AAD, so another vault's slot (same user, same passphrase) never opens."""
    other = make_vault(tmp_path / "other")
    foreign = read_doc(other.key_file)

    def transplant(doc: dict[str, Any]) -> None:
        doc["slots"] = [
            slot_of(foreign, ALICE_ID),
            slot_of(doc, BOB_ID),
            slot_of(foreign, None),
        ]

    edit_doc(vault.key_file, transplant)
    ring = KeyRing.load(vault.dir)
    with pytest.raises(WrongPassphraseError):
        ring.unlock(ALICE_PASS, ALICE)
    with pytest.raises(WrongRecoveryKeyError):
        ring.unlock_with_recovery(other.recovery_key)


def test_slot_added_by_someone_without_the_vmk_is_detected(vault: Vault) -> None:
    """The file MAC: an attacker's own slot (own VMK) is caught as soon as any slot unwraps."""
    attacker_key = bytearray(32)
    slot = make_slot(
        vault.ring.vault_id,
        attacker_key,
        bytearray(b"evil"),
        FAST,
        1,
        ("00000000-0000-4000-8000-00000000beef", "ab" * 16),
    )

    def add(doc: dict[str, Any]) -> None:
        doc["slots"].insert(1, slot.to_json())

    edit_doc(vault.key_file, add)
    ring = KeyRing.load(vault.dir)
    with pytest.raises(KeyFileDamagedError):
        ring.unlock(ALICE_PASS, ALICE)
    with pytest.raises(KeyFileDamagedError):
        ring.unlock("evil")
    with pytest.raises(KeyFileDamagedError):
        ring.unlock_with_recovery(vault.recovery_key)
    with pytest.raises(KeyFileDamagedError):
        ring.add_user(
            vault.master_key,
            user_id="00000000-0000-4000-8000-000000000001",
            username="x",
            passphrase="x",
            kdf=FAST,
        )


def test_slot_removed_or_reordered_is_detected(vault: Vault) -> None:
    original = read_doc(vault.key_file)
    edit_doc(vault.key_file, lambda d: d["slots"].reverse())
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.dir).unlock(ALICE_PASS)
    doc = copy.deepcopy(original)
    doc["slots"] = [s for s in doc["slots"] if s["user_id"] != BOB_ID]
    edit_doc(vault.key_file, lambda d: d.update(doc))
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.dir).unlock(ALICE_PASS)


def test_mutation_with_a_foreign_master_key_is_refused(vault: Vault, tmp_path: Path) -> None:
    other = make_vault(tmp_path / "other")
    before = vault.key_file.read_bytes()
    with pytest.raises(KeyFileDamagedError):
        vault.ring.remove_user(other.master_key, BOB_ID)
    with pytest.raises(KeyFileDamagedError):
        vault.ring.regenerate_recovery(bytearray(32), kdf=FAST)
    assert vault.key_file.read_bytes() == before


def test_file_replaced_by_another_vaults_is_refused(vault: Vault, tmp_path: Path) -> None:
    other = make_vault(tmp_path / "other")
    vault.key_file.write_bytes(other.key_file.read_bytes())
    with pytest.raises(KeyFileDamagedError):
        vault.ring.unlock(ALICE_PASS)


def test_base64_must_be_canonical(vault: Vault) -> None:
    def pad_bits(doc: dict[str, Any]) -> None:
        salt = slot_of(doc, ALICE_ID)["kdf"]["salt"]
        raw = base64.b64decode(salt)
        # Same 16 bytes, but a non-zero padding bit in the last character before "==".
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        last = alphabet.index(salt[-3])
        slot_of(doc, ALICE_ID)["kdf"]["salt"] = salt[:-3] + alphabet[last ^ 1] + "=="
        assert base64.b64decode(slot_of(doc, ALICE_ID)["kdf"]["salt"]) == raw

    edit_doc(vault.key_file, pad_bits)
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.dir)
