# SPDX-License-Identifier: GPL-3.0-or-later
"""The printed recovery key: format, tolerant input, typo detection before the KDF (T11)."""

from __future__ import annotations

import re

import pytest
from vault_kit import ALICE, ALICE_ID, ALICE_PASS, BOB_PASS, FAST, KdfSpy, Vault

from app.domain.errors import (
    RecoveryKeyTypoError,
    ValidationError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from app.vault import KeyRing, recovery

KEY_SHAPE = re.compile(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}")


def test_shape_and_entropy() -> None:
    keys = {recovery.generate()[0] for _ in range(50)}
    assert len(keys) == 50
    for text in keys:
        assert KEY_SHAPE.fullmatch(text), text
    assert recovery.SECRET_BYTES * 8 >= 128


def test_round_trip() -> None:
    text, secret = recovery.generate()
    assert recovery.parse(text) == secret


def test_input_is_tolerant() -> None:
    text, secret = recovery.generate()
    compact = text.replace("-", "")
    variants = [
        text.lower(),
        " ".join(text.split("-")),
        compact,
        f"  {text}\n",
        text.replace("-", " - "),
        text.replace("0", "O").replace("1", "I"),
        text.replace("1", "l").lower(),
        text.replace("-", "–"),  # en dash from a word processor
        "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in text),  # full-width (IME)
        text.replace("A", "А").replace("C", "С").replace("E", "Е"),  # Cyrillic look-alikes
    ]
    for variant in variants:
        assert recovery.parse(variant) == secret, variant


def test_every_single_typo_is_caught() -> None:
    text, _ = recovery.generate()
    symbols = text.replace("-", "")
    typos: list[str] = []
    for i, original in enumerate(symbols):
        typos.append(symbols[:i] + symbols[i + 1 :])  # missing character
        typos.append(symbols[:i] + original + symbols[i:])  # doubled character
        typos.extend(symbols[:i] + c + symbols[i + 1 :] for c in recovery.ALPHABET if c != original)
        if i + 1 < len(symbols) and symbols[i + 1] != original:
            typos.append(symbols[:i] + symbols[i + 1] + original + symbols[i + 2 :])  # swap
    assert len(typos) > 1300
    for typo in typos:
        with pytest.raises(RecoveryKeyTypoError):
            recovery.parse(typo)


@pytest.mark.parametrize(
    "bad", ["", "U" * 40, "hello", "X" * 1000, "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ"]
)
def test_garbage_is_a_typo(bad: str) -> None:
    with pytest.raises(RecoveryKeyTypoError):
        recovery.parse(bad)


def test_recovery_unlocks_after_passphrase_is_forgotten(vault: Vault) -> None:
    """T11: recovery key → VMK → a new passphrase for the user, no old passphrase needed."""
    unlocked = vault.ring.unlock_with_recovery(vault.recovery_key.lower().replace("-", " "))
    assert unlocked.master_key == vault.master_key
    assert (unlocked.user_id, unlocked.generation) == (None, 1)
    vault.ring.reset_passphrase(
        unlocked.master_key, user_id=ALICE_ID, username=ALICE, passphrase="remembered now", kdf=FAST
    )
    ring = KeyRing.load(vault.dir)
    with pytest.raises(WrongPassphraseError):
        ring.unlock(ALICE_PASS, ALICE)
    assert ring.unlock("remembered now", ALICE).master_key == vault.master_key
    assert ring.unlock(BOB_PASS).master_key == vault.master_key
    with pytest.raises(ValidationError):
        ring.reset_passphrase(
            unlocked.master_key, user_id=ALICE_ID, username="Bolat", passphrase="x", kdf=FAST
        )


def test_typo_is_caught_before_the_kdf(vault: Vault, no_kdf: KdfSpy) -> None:
    symbols = list(vault.recovery_key.replace("-", ""))
    symbols[7] = "Z" if symbols[7] != "Z" else "Y"
    with pytest.raises(RecoveryKeyTypoError):
        vault.ring.unlock_with_recovery("".join(symbols))
    assert no_kdf.calls == []


def test_well_formed_but_wrong_key(vault: Vault, kdf_spy: KdfSpy) -> None:
    other, _ = recovery.generate()
    with pytest.raises(WrongRecoveryKeyError):
        vault.ring.unlock_with_recovery(other)
    assert len(kdf_spy.calls) == 1


def test_regenerating_invalidates_the_old_key(vault: Vault) -> None:
    before = vault.key_file.read_bytes()
    new_key = vault.ring.regenerate_recovery(vault.master_key, kdf=FAST)
    assert new_key != vault.recovery_key
    assert vault.key_file.read_bytes() != before
    ring = KeyRing.load(vault.dir)
    with pytest.raises(WrongRecoveryKeyError):
        ring.unlock_with_recovery(vault.recovery_key)
    assert ring.unlock_with_recovery(new_key).master_key == vault.master_key
    assert ring.unlock(ALICE_PASS).master_key == vault.master_key
