# SPDX-License-Identifier: GPL-3.0-or-later
"""Office identity: keys made with the vault or at the next unlock, cards, partners, rotation, revoke."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import delete, select

from app.db.models import AuditEntry, OfficeKey
from app.domain.errors import OfficeCardError, PartnerNotFoundError, ValidationError
from app.exchange import office_card as oc
from app.services.offices import OfficeService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE


@pytest.fixture
def partner(tmp_path: Path, kdf: KdfParams) -> Iterator[UnlockedVault]:
    """A second office, with its own vault and keys."""
    created = VaultService(tmp_path / "partner", kdf=kdf).create(
        office_name="Fictional Office Zharkent", username="dana", passphrase=PASSPHRASE
    )
    yield created.vault
    if created.vault.is_open:
        created.vault.lock()


def audit_actions(vault: UnlockedVault) -> list[tuple[str, dict[str, object]]]:
    with vault.db.transaction(readonly=True) as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        return [(e.action, json.loads(e.detail)) for e in entries]


def test_a_new_vault_has_both_keys_and_a_verifiable_card(vault: UnlockedVault) -> None:
    offices = OfficeService(vault)
    card = oc.parse_card(offices.own_card())
    assert card.office_id == vault.actor.office_id
    assert card.office_name == "Demo Office Almaty"
    assert card.recipient == offices.own_recipient()
    assert card.fingerprint == offices.own_fingerprint()
    assert card.signing_key == offices.signing_key().public_key
    assert card.previous_signing_key == ""
    assert len(offices.own_identities()) == 1
    signed = offices.signing_key().sign(b"manifest")
    assert oc.verify(card.signing_key, signed, b"manifest")
    assert "secret" not in repr(offices.signing_key()).lower()
    with pytest.raises(OfficeCardError) as caught:
        offices.read_card(offices.own_card())
    assert caught.value.reason == OfficeCardError.OWN_CARD


def test_an_existing_vault_gets_keys_at_its_next_unlock(vault_dir: Path, kdf: KdfParams) -> None:
    service = VaultService(vault_dir, kdf=kdf)
    vault = service.open(PASSPHRASE)
    with vault.db.transaction() as session:
        session.execute(delete(OfficeKey))  # as a vault made before office keys
    vault.lock()
    vault = service.open(PASSPHRASE)
    try:
        assert oc.parse_card(OfficeService(vault).own_card()).office_id == vault.actor.office_id
        assert [a for a, _ in audit_actions(vault)].count("office-keys-created") == 2  # create, then unlock
    finally:
        vault.lock()
    vault = service.open(PASSPHRASE)  # and only once
    try:
        assert [a for a, _ in audit_actions(vault)].count("office-keys-created") == 2
    finally:
        vault.lock()


def test_both_sides_compute_the_same_fingerprint(vault: UnlockedVault, partner: UnlockedVault) -> None:
    ours, theirs = OfficeService(vault), OfficeService(partner)
    card = ours.read_card(theirs.own_card())
    assert card.fingerprint == theirs.own_fingerprint()
    added = ours.add_partner(card)
    assert (added.office_id, added.name, added.fingerprint, added.status) == (
        partner.actor.office_id,
        "Fictional Office Zharkent",
        theirs.own_fingerprint(),
        "active",
    )
    assert added.added_by == vault.actor.user_id
    assert ours.partners() == (added,)
    assert ours.add_partner(card) == ours.partners()[0]  # the same card again changes nothing
    assert ("partner-added", {"office": added.office_id, "fingerprint": added.fingerprint}) in audit_actions(
        vault
    )
    assert [a for a, _ in audit_actions(vault)].count("partner-added") == 1
    assert ours.partner_by_signing_key(card.signing_key) == added
    assert ours.partner_by_signing_key(ours.signing_key().public_key) is None


def test_rotation_keeps_old_identities_and_partners_follow(
    vault: UnlockedVault, partner: UnlockedVault
) -> None:
    ours, theirs = OfficeService(vault), OfficeService(partner)
    before = ours.add_partner(ours.read_card(theirs.own_card()))
    old_recipient = theirs.own_recipient()
    sealed = pyrage.encrypt(b"fictional bundle", [pyrage.x25519.Recipient.from_str(old_recipient)])

    theirs.rotate_keys()
    identities = theirs.own_identities()
    assert len(identities) == 2 and theirs.own_recipient() != old_recipient
    opened = pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(s) for s in identities])
    assert opened == b"fictional bundle"
    assert "office-keys-rotated" in [a for a, _ in audit_actions(partner)]

    card = ours.read_card(theirs.own_card())
    assert card.previous_signing_key == before.signing_key
    assert card.fingerprint != before.fingerprint
    after = ours.add_partner(card)
    assert (after.signing_key, after.fingerprint) == (card.signing_key, theirs.own_fingerprint())
    assert [(k.signing_key, k.recipient, k.revoked) for k in after.previous_keys] == [
        (before.signing_key, old_recipient, False)
    ]
    assert (
        "partner-keys-changed",
        {"office": after.office_id, "fingerprint": after.fingerprint, "endorsed": True},
    ) in audit_actions(vault)
    assert ours.partner_by_signing_key(before.signing_key) == after  # bundles signed before the rotation


def test_an_older_card_does_not_replace_newer_keys(vault: UnlockedVault, partner: UnlockedVault) -> None:
    ours, theirs = OfficeService(vault), OfficeService(partner)
    old_card = theirs.own_card()
    ours.add_partner(ours.read_card(old_card))
    theirs.rotate_keys()
    current = ours.add_partner(ours.read_card(theirs.own_card()))
    private, _ = oc.new_signing_key()
    backdated = oc.make_card(
        office_id=current.office_id,
        office_name=current.name,
        recipient=oc.new_identity()[1],
        signing_private=private,
        created=current.card_valid_from.replace(year=2020),
        valid_from=current.card_valid_from.replace(year=2020),
    )
    for stale in (old_card, backdated):  # keys it retired, or a card older than the one on record
        with pytest.raises(ValidationError) as caught:
            ours.add_partner(ours.read_card(stale))
        assert caught.value.kind == "stale-card"
    assert ours.partners() == (current,)


def test_revoke(vault: UnlockedVault, partner: UnlockedVault) -> None:
    ours, theirs = OfficeService(vault), OfficeService(partner)
    card = ours.read_card(theirs.own_card())
    ours.add_partner(card)
    revoked = ours.revoke(card.office_id)
    assert revoked.revoked and revoked.status == "revoked"
    assert ours.revoke(card.office_id) == revoked  # once
    assert [a for a, _ in audit_actions(vault)].count("partner-revoked") == 1
    assert ours.partners() == (revoked,)
    assert ours.partner_by_signing_key(card.signing_key) == revoked
    with pytest.raises(OfficeCardError) as caught:
        ours.add_partner(card)  # not with the keys it was revoked with
    assert caught.value.reason == OfficeCardError.REVOKED
    with pytest.raises(PartnerNotFoundError):
        ours.revoke("00000000-0000-4000-8000-000000000000")

    theirs.rotate_keys()  # new keys, checked by phone again: the office comes back
    back = ours.add_partner(ours.read_card(theirs.own_card()))
    assert not back.revoked
    assert [k.revoked for k in back.previous_keys] == [True]
    assert [a for a, _ in audit_actions(vault)].count("partner-added") == 2
