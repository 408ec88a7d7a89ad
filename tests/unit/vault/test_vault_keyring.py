# SPDX-License-Identifier: GPL-3.0-or-later
"""Key ring life cycle: create, load, unlock, users, passphrase changes, Unicode (T01, T13)."""

from __future__ import annotations

import os
import unicodedata
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
    KdfSpy,
    Vault,
    make_vault,
    read_doc,
    slot_of,
)

from app.domain.errors import (
    LastSlotError,
    NotFoundError,
    ValidationError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from app.vault import KeyRing, wipe

CAROL_ID = "5d6e7f80-91a2-4b3c-9d4e-5f6071829304"


def test_create_then_load_and_unlock(vault: Vault) -> None:
    assert len(vault.master_key) == 32
    assert isinstance(vault.master_key, bytearray)
    ring = KeyRing.load(vault.dir)
    assert ring.path == vault.key_file
    assert ring.vault_id == vault.ring.vault_id
    assert ring.user_ids() == [ALICE_ID, BOB_ID]
    alice = ring.unlock(ALICE_PASS, ALICE)
    assert alice.master_key == vault.master_key
    assert (alice.user_id, alice.generation) == (ALICE_ID, 1)
    bob = ring.unlock(BOB_PASS)
    assert (bob.master_key, bob.user_id) == (vault.master_key, BOB_ID)


def test_key_file_is_private_and_names_no_user(vault: Vault) -> None:
    raw = vault.key_file.read_bytes()
    assert ALICE.lower().encode() not in raw.lower()
    assert BOB.lower().encode() not in raw.lower()
    assert vault.master_key.hex().encode() not in raw
    if os.name == "posix":
        assert vault.key_file.stat().st_mode & 0o077 == 0


def test_unlocked_repr_hides_the_key(vault: Vault) -> None:
    unlocked = vault.ring.unlock(ALICE_PASS)
    assert unlocked.master_key.hex() not in repr(unlocked)
    assert "master_key" not in repr(unlocked)


def test_wipe_zeroes_in_place(vault: Vault) -> None:
    key = vault.ring.unlock(ALICE_PASS).master_key
    view = memoryview(key)
    wipe(key)
    assert bytes(view) == bytes(32)


def test_create_refuses_an_existing_vault(vault: Vault) -> None:
    before = vault.key_file.read_bytes()
    with pytest.raises(VaultExistsError):
        KeyRing.create(vault.dir, user_id=CAROL_ID, username="Carol", passphrase="x", kdf=FAST)
    assert vault.key_file.read_bytes() == before


def test_load_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError):
        KeyRing.load(tmp_path)


@pytest.mark.parametrize("bad", ["", None])
def test_empty_passphrase_refused(tmp_path: Path, vault: Vault, bad: str | None) -> None:
    with pytest.raises(ValidationError) as info:
        KeyRing.create(tmp_path / "v2", user_id=CAROL_ID, username="Carol", passphrase=bad, kdf=FAST)  # type: ignore[arg-type]
    assert info.value.field == "passphrase"
    with pytest.raises(ValidationError):
        vault.ring.unlock("")
    with pytest.raises(ValidationError):
        vault.ring.change_passphrase(user_id=ALICE_ID, username=ALICE, old=ALICE_PASS, new="", kdf=FAST)
    assert not (tmp_path / "v2" / "pana.keys").exists()


def test_bad_user_id_and_username_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        KeyRing.create(tmp_path, user_id="alice", username="Alice", passphrase="p", kdf=FAST)
    assert info.value.field == "user_id"
    with pytest.raises(ValidationError) as info:
        KeyRing.create(tmp_path, user_id=CAROL_ID, username="  ", passphrase="p", kdf=FAST)
    assert info.value.field == "username"


def test_wrong_passphrase_changes_nothing(vault: Vault, kdf_spy: KdfSpy) -> None:
    """T01: every slot tried, WrongPassphraseError, file bytes and mtime unchanged."""
    stat_before = vault.key_file.stat()
    bytes_before = vault.key_file.read_bytes()
    ring = KeyRing.load(vault.dir)
    with pytest.raises(WrongPassphraseError):
        ring.unlock("not the passphrase")
    assert len(kdf_spy.calls) == 2  # both passphrase slots, no fast path
    with pytest.raises(WrongPassphraseError):
        ring.candidates("not the passphrase")
    with pytest.raises(WrongPassphraseError):
        ring.unlock(BOB_PASS, ALICE)  # Bob's passphrase is not tried against Alice's slot
    assert vault.key_file.read_bytes() == bytes_before
    assert vault.key_file.stat().st_mtime_ns == stat_before.st_mtime_ns
    assert sorted(p.name for p in vault.dir.iterdir()) == ["pana.keys"]


def test_an_unknown_username_costs_what_a_known_one_does(vault: Vault, kdf_spy: KdfSpy) -> None:
    """Keyed tags cannot pick a slot before it opens: every passphrase slot is tried, user or not."""
    with pytest.raises(WrongPassphraseError):
        vault.ring.unlock(ALICE_PASS, "nobody")
    assert len(kdf_spy.calls) == 2
    assert {c["memory_cost"] for c in kdf_spy.calls} == {FAST.memory_kib}
    kdf_spy.calls.clear()
    with pytest.raises(WrongPassphraseError):
        vault.ring.unlock("wrong", ALICE)
    assert len(kdf_spy.calls) == 2


@pytest.mark.parametrize("typed", ["aigerim", "AIGERIM", "  Aigerim ", "AiGeRiM"])
def test_username_is_case_and_space_insensitive(vault: Vault, typed: str) -> None:
    assert vault.ring.unlock(ALICE_PASS, typed).user_id == ALICE_ID


def test_nfc_and_nfd_passphrases_are_equivalent(tmp_path: Path) -> None:
    """T13: NFC and NFD forms, in passphrase and username, open the same slot."""
    passphrase = "Ürümqi café Қазақстан ё"
    username = "Ämir Öz"
    nfc, nfd = unicodedata.normalize("NFC", passphrase), unicodedata.normalize("NFD", passphrase)
    assert nfc != nfd
    ring, key, _ = KeyRing.create(tmp_path, user_id=CAROL_ID, username=username, passphrase=nfd, kdf=FAST)
    assert ring.unlock(nfc).master_key == key
    assert ring.unlock(nfd, unicodedata.normalize("NFD", username)).master_key == key
    assert ring.unlock(nfc, unicodedata.normalize("NFC", username).upper()).master_key == key


def test_uyghur_passphrase_and_length_in_characters(tmp_path: Path, vault: Vault) -> None:
    """T13: an Arabic-script Uyghur passphrase works; the length limit counts characters."""
    uyghur = "مېنىڭ مەخپىي سۆزۈم ئۈرۈمچى ٢٠١٧"
    ring, key, _ = KeyRing.create(
        tmp_path, user_id=CAROL_ID, username="ئابدۇللا", passphrase=uyghur, kdf=FAST
    )
    assert ring.unlock(uyghur, "ئابدۇللا").master_key == key
    long_uyghur = "ئ" * 1024  # 2048 UTF-8 bytes, 1024 characters: allowed
    vault.ring.change_passphrase(user_id=BOB_ID, username=BOB, old=BOB_PASS, new=long_uyghur, kdf=FAST)
    assert vault.ring.unlock(long_uyghur, BOB).user_id == BOB_ID
    with pytest.raises(ValidationError):
        vault.ring.change_passphrase(user_id=BOB_ID, username=BOB, old=long_uyghur, new="ئ" * 1025, kdf=FAST)


def test_lone_surrogate_passphrase_refused(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        vault.ring.unlock("abc\ud800")


def test_add_user_rules(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        vault.ring.add_user(vault.master_key, user_id=BOB_ID, username="Other", passphrase="p", kdf=FAST)
    with pytest.raises(ValidationError):
        vault.ring.add_user(vault.master_key, user_id=CAROL_ID, username="BOLAT", passphrase="p", kdf=FAST)
    vault.ring.add_user(vault.master_key, user_id=CAROL_ID, username="Carol", passphrase="c pass", kdf=FAST)
    assert vault.ring.unlock("c pass", "carol").user_id == CAROL_ID
    assert KeyRing.load(vault.dir).user_ids() == [ALICE_ID, BOB_ID, CAROL_ID]


def test_remove_user_and_last_slot(vault: Vault) -> None:
    vault.ring.remove_user(vault.master_key, BOB_ID)
    with pytest.raises(WrongPassphraseError):
        vault.ring.unlock(BOB_PASS)
    with pytest.raises(NotFoundError):
        vault.ring.remove_user(vault.master_key, BOB_ID)
    before = vault.key_file.read_bytes()
    with pytest.raises(LastSlotError):
        vault.ring.remove_user(vault.master_key, ALICE_ID)
    assert vault.key_file.read_bytes() == before
    assert vault.ring.unlock(ALICE_PASS).user_id == ALICE_ID


def test_change_passphrase_rewrites_only_that_slot(vault: Vault) -> None:
    before = read_doc(vault.key_file)
    vault.ring.change_passphrase(user_id=ALICE_ID, username=ALICE, old=ALICE_PASS, new="new one", kdf=FAST)
    after = read_doc(vault.key_file)
    assert slot_of(after, BOB_ID) == slot_of(before, BOB_ID)
    assert slot_of(after, None) == slot_of(before, None)
    assert slot_of(after, ALICE_ID)["id"] == slot_of(before, ALICE_ID)["id"]
    with pytest.raises(WrongPassphraseError):
        vault.ring.unlock(ALICE_PASS)
    assert vault.ring.unlock("new one", ALICE).master_key == vault.master_key
    assert vault.ring.unlock(BOB_PASS, BOB).master_key == vault.master_key


def test_change_passphrase_with_wrong_old_changes_nothing(vault: Vault) -> None:
    before = vault.key_file.read_bytes()
    with pytest.raises(WrongPassphraseError):
        vault.ring.change_passphrase(user_id=ALICE_ID, username=ALICE, old=BOB_PASS, new="x", kdf=FAST)
    with pytest.raises(ValidationError):
        vault.ring.change_passphrase(user_id=ALICE_ID, username=BOB, old=ALICE_PASS, new="x", kdf=FAST)
    with pytest.raises(NotFoundError):
        vault.ring.change_passphrase(user_id=CAROL_ID, username="Carol", old="a", new="x", kdf=FAST)
    assert vault.key_file.read_bytes() == before


def test_stale_ring_object_sees_other_writers(vault: Vault) -> None:
    other = KeyRing.load(vault.dir)
    other.change_passphrase(user_id=BOB_ID, username=BOB, old=BOB_PASS, new="bob 2", kdf=FAST)
    # The first object must not write back its stale copy (which still has Bob's old slot).
    vault.ring.change_passphrase(user_id=ALICE_ID, username=ALICE, old=ALICE_PASS, new="alice 2", kdf=FAST)
    fresh = KeyRing.load(vault.dir)
    assert fresh.unlock("bob 2", BOB).user_id == BOB_ID
    assert fresh.unlock("alice 2", ALICE).user_id == ALICE_ID


def test_two_vaults_are_independent(tmp_path: Path) -> None:
    one = make_vault(tmp_path / "one")
    two = make_vault(tmp_path / "two")
    assert one.ring.vault_id != two.ring.vault_id
    assert one.master_key != two.master_key
    assert (
        slot_of(read_doc(one.key_file), ALICE_ID)["user_tag"]
        != slot_of(read_doc(two.key_file), ALICE_ID)["user_tag"]
    )


def test_path_may_name_the_key_file(tmp_path: Path) -> None:
    key_file = tmp_path / "new" / "pana.keys"
    ring, key, _ = KeyRing.create(key_file, user_id=CAROL_ID, username="Carol", passphrase="c", kdf=FAST)
    assert ring.path == key_file
    assert KeyRing.load(key_file).unlock("c").master_key == key
    assert KeyRing.load(key_file.parent).path == key_file
