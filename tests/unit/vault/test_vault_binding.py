# SPDX-License-Identifier: GPL-3.0-or-later
"""The key file's record of its database's salt: keyed, tolerant of salt damage, parsed strictly."""

from __future__ import annotations

import os
from typing import Any

import pytest
from vault_kit import ALICE_PASS, Vault, edit_doc, read_doc

from app.domain.errors import KeyFileDamagedError
from app.vault import KeyRing, Unlocked
from app.vault.binding import CHECK_BYTES, salt_check, same_database
from app.vault.keyfile import parse

SALT = bytes(range(16))


def unlocked(vault: Vault) -> Unlocked:
    return Unlocked(vault.master_key, None, 1)


def test_an_unbound_file_reads_and_writes_back_byte_identical(vault: Vault) -> None:
    """Key files written before the binding existed stay valid, untouched until the next write."""
    raw = vault.key_file.read_bytes()
    assert "database" not in read_doc(vault.key_file)
    assert parse(raw).serialize() == raw
    assert vault.ring.database_matches(unlocked(vault), SALT) is None


def test_bound_file_tells_its_database_from_another(vault: Vault) -> None:
    vault.ring.bind_database(vault.master_key, SALT)
    ring = KeyRing.load(vault.key_file)
    assert ring.database_matches(unlocked(vault), SALT) is True
    assert ring.database_matches(unlocked(vault), os.urandom(16)) is False
    assert ring.database_matches(unlocked(vault), None) is None
    for offset in (0, 7, 15):  # one damaged byte leaves three quarters matching
        damaged = bytearray(SALT)
        damaged[offset] ^= 0xFF
        assert ring.database_matches(unlocked(vault), bytes(damaged)) is True


def test_binding_again_to_the_same_salt_writes_nothing(vault: Vault) -> None:
    vault.ring.bind_database(vault.master_key, SALT)
    before = vault.key_file.stat().st_mtime_ns, vault.key_file.read_bytes()
    vault.ring.bind_database(vault.master_key, SALT)
    assert (vault.key_file.stat().st_mtime_ns, vault.key_file.read_bytes()) == before


def test_the_check_value_needs_the_master_key_and_the_vault_id(vault: Vault) -> None:
    """Without the VMK the record says nothing about which database file goes with the key file."""
    check = salt_check(vault.master_key, vault.ring.vault_id, SALT)
    assert len(check) == CHECK_BYTES
    assert SALT not in check
    assert not same_database(check, salt_check(os.urandom(32), vault.ring.vault_id, SALT))
    assert not same_database(check, salt_check(vault.master_key, "0" * 36, SALT))


def test_the_binding_is_not_in_the_mac_so_other_writers_need_not_know_it(vault: Vault) -> None:
    """Slots, MACs and every other field are unchanged by binding; the next slot write keeps it."""
    before = read_doc(vault.key_file)
    vault.ring.bind_database(vault.master_key, SALT)
    after = read_doc(vault.key_file)
    assert {k: v for k, v in after.items() if k not in ("database", "checksum")} == {
        k: v for k, v in before.items() if k != "checksum"
    }
    vault.ring.regenerate_recovery(vault.master_key)
    assert KeyRing.load(vault.key_file).database_matches(unlocked(vault), SALT) is True


@pytest.mark.parametrize(
    "value",
    [
        {},  # empty: not the canonical form (no field at all)
        {"2": "00" * 32},  # a generation the file does not have
        {"1": "00" * 31},  # too short
        {"1": "ZZ" * 32},  # not hex
        {"01": "00" * 32},  # not a canonical generation number
        ["00" * 32],  # not an object
    ],
)
def test_a_malformed_binding_is_key_file_damage(vault: Vault, value: Any) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["database"] = value

    edit_doc(vault.key_file, change)
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.key_file)


def test_a_forged_binding_only_mislabels_a_failure(vault: Vault) -> None:
    """Not MAC'd on purpose: an edited value makes the file's own database look foreign, nothing more."""
    vault.ring.bind_database(vault.master_key, SALT)

    def change(doc: dict[str, Any]) -> None:
        doc["database"] = {"1": "00" * 32}

    edit_doc(vault.key_file, change)
    ring = KeyRing.load(vault.key_file)
    assert ring.database_matches(unlocked(vault), SALT) is False
    assert ring.unlock(ALICE_PASS).master_key == vault.master_key  # slots unaffected
