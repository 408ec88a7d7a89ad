# SPDX-License-Identifier: GPL-3.0-or-later
"""Usernames cannot be confirmed from the key file (#7 item 7), and format 1 files keep working.

Format 1 stored ``sha256(vault_id, username)`` beside each slot: anyone holding ``pana.keys``
could test a list of guessed names offline.  Format 2 keys the tag with the vault master key.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.domain.errors import ValidationError, WrongPassphraseError
from app.services.admin import AdminService
from app.services.vault import VaultService
from app.vault import KdfParams, KeyRing, keyfile
from app.vault.keyfile import unlock_work
from app.vault.slots import legacy_user_tag, new_master_key, user_tag
from app.vault.storage import read
from tests.unit.vault.vault_kit import ALICE, ALICE_ID, ALICE_PASS, BOB, BOB_ID, FAST, make_vault, read_doc

V1_FIXTURE = Path(__file__).resolve().parents[2] / "data" / "vault-v1"
V1_ADMIN, V1_ADMIN_PASS = "aigerim", "v1 fixture passphrase, Құпия сөз"
V1_USER, V1_USER_PASS = "bolat", "second v1 user passphrase"


def test_the_key_file_confirms_no_guessed_username(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    doc = read_doc(vault.key_file)
    assert doc["version"] == keyfile.VERSION == 2
    stored = {slot["user_tag"] for slot in doc["slots"] if slot["user_id"]}
    assert all(slot["legacy_tag"] is None for slot in doc["slots"])
    # Everything computable without the master key misses: the format 1 tag, or a tag under any other key.
    for guess in (ALICE, BOB, ALICE.lower(), "nobody"):
        assert legacy_user_tag(doc["vault_id"], guess) not in stored
        assert user_tag(new_master_key(), doc["vault_id"], guess) not in stored
    assert user_tag(vault.master_key, doc["vault_id"], ALICE) in stored


def test_a_passphrase_two_users_share_opens_the_named_users_slot(tmp_path: Path) -> None:
    ring, master_key, _ = KeyRing.create(
        tmp_path, user_id=ALICE_ID, username=ALICE, passphrase="shared words", kdf=FAST
    )
    ring.add_user(master_key, user_id=BOB_ID, username=BOB, passphrase="shared words", kdf=FAST)
    assert ring.unlock("shared words", BOB).user_id == BOB_ID
    assert ring.unlock("shared words", ALICE.upper()).user_id == ALICE_ID
    with pytest.raises(WrongPassphraseError):
        ring.unlock("shared words", "Carol")


def test_a_username_is_still_unique_and_checked(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    with pytest.raises(ValidationError) as info:
        vault.ring.add_user(
            vault.master_key,
            user_id="5d6e7f80-91a2-4b3c-9d4e-5f6071829304",
            username=f"  {BOB.upper()} ",
            passphrase="another",
            kdf=FAST,
        )
    assert info.value.field == "username"
    with pytest.raises(ValidationError):
        vault.ring.change_passphrase(user_id=ALICE_ID, username=BOB, old=ALICE_PASS, new="new", kdf=FAST)
    vault.ring.change_passphrase(user_id=ALICE_ID, username=ALICE, old=ALICE_PASS, new="new", kdf=FAST)
    assert vault.ring.unlock("new", ALICE).user_id == ALICE_ID


@pytest.fixture
def v1_vault(tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(V1_FIXTURE, target)
    return target


def test_a_format_1_key_file_opens_and_each_user_loses_the_unkeyed_tag_at_unlock(v1_vault: Path) -> None:
    kdf = KdfParams.minimum()
    before = read_doc(v1_vault / "pana.keys")
    assert before["version"] == 1
    vault_id = before["vault_id"]
    admin_slot = next(s for s in before["slots"] if s["user_tag"] == legacy_user_tag(vault_id, V1_ADMIN))

    with pytest.raises(WrongPassphraseError):  # a format 1 tag still names its user
        VaultService(v1_vault, kdf=kdf).open(V1_ADMIN_PASS, V1_USER)
    VaultService(v1_vault, kdf=kdf).open(V1_ADMIN_PASS, V1_ADMIN).lock()
    after = read_doc(v1_vault / "pana.keys")
    assert after["version"] == 2
    legacy = {s["user_id"]: s["legacy_tag"] for s in after["slots"] if s["user_id"]}
    assert legacy[admin_slot["user_id"]] is None  # re-wrapped with a keyed tag
    assert [tag for tag in legacy.values() if tag] == [legacy_user_tag(vault_id, V1_USER)]  # not unlocked yet

    opened = VaultService(v1_vault, kdf=kdf).open(V1_USER_PASS)  # no username given: found all the same
    try:
        assert AdminService(opened).check().ok
    finally:
        opened.lock()
    final = read_doc(v1_vault / "pana.keys")
    assert all(s["legacy_tag"] is None for s in final["slots"])
    for name in (V1_ADMIN, V1_USER):
        assert legacy_user_tag(vault_id, name) not in {s["user_tag"] for s in final["slots"]}
    VaultService(v1_vault, kdf=kdf).open(V1_ADMIN_PASS, V1_ADMIN).lock()
    VaultService(v1_vault, kdf=kdf).open(V1_USER_PASS, V1_USER).lock()
    recovery = (v1_vault / "RECOVERY-KEY.txt").read_text().strip()
    VaultService(v1_vault, kdf=kdf).open_with_recovery(recovery).lock()


def test_a_passphrase_change_on_a_format_1_slot_writes_a_keyed_tag(v1_vault: Path) -> None:
    ring = KeyRing.load(v1_vault)
    user_id = ring.unlock(V1_USER_PASS, V1_USER).user_id
    assert user_id is not None and ring.has_legacy_tag(user_id)
    ring.change_passphrase(user_id=user_id, username=V1_USER, old=V1_USER_PASS, new="renewed", kdf=FAST)
    assert not ring.has_legacy_tag(user_id)
    assert KeyRing.load(v1_vault).unlock("renewed", V1_USER).user_id == user_id


def test_a_user_name_narrows_an_attempt_only_among_format_1_slots(v1_vault: Path) -> None:
    """The attempt cap counts what will run: all keyed slots, but one format 1 slot per generation."""
    doc = read(v1_vault / "pana.keys")
    one_slot = doc.slots[0].kdf.work
    assert unlock_work(doc, named=False) == 2 * one_slot
    assert unlock_work(doc, named=True) == one_slot
    VaultService(v1_vault, kdf=KdfParams.minimum()).open(V1_ADMIN_PASS, V1_ADMIN).lock()  # re-wrapped: keyed
    assert unlock_work(read(v1_vault / "pana.keys"), named=True) == 2 * one_slot
