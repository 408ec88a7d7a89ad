# SPDX-License-Identifier: GPL-3.0-or-later
"""Office cards are signed, strictly read, bounded, and give the same fingerprint on both sides."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re

import pyrage
import pytest

from app.domain.canonical import canonical_json
from app.domain.errors import OfficeCardError
from app.exchange import office_card as oc

OFFICE_ID = "5b0f6f0e-3f7e-4d8c-9a51-6f1c2d3e4a5b"
WHEN = dt.datetime(2026, 12, 6, 5, 0, 0)


def make(name: str = "Fictional Office Taldykorgan", *, previous: str = "") -> tuple[bytes, str]:
    """A card and the signing private key that made it."""
    _, recipient = oc.new_identity()
    private, _ = oc.new_signing_key()
    card = oc.make_card(
        office_id=OFFICE_ID,
        office_name=name,
        recipient=recipient,
        signing_private=private,
        created=WHEN,
        valid_from=WHEN,
        previous_private=previous,
    )
    return card, private


def edited(card: bytes, **changes: object) -> bytes:
    fields = json.loads(card)
    fields.update(changes)
    return json.dumps({k: v for k, v in fields.items() if v is not None}).encode()


def refused(data: bytes) -> str:
    with pytest.raises(OfficeCardError) as caught:
        oc.parse_card(data)
    return caught.value.reason


def test_round_trip_names_no_person_and_keeps_every_field() -> None:
    data, private = make()
    card = oc.parse_card(data)
    assert (card.office_id, card.office_name, card.created, card.valid_from) == (
        OFFICE_ID,
        "Fictional Office Taldykorgan",
        WHEN,
        WHEN,
    )
    assert card.recipient.startswith("age1")
    assert len(base64.b64decode(card.signing_key)) == 32
    assert set(json.loads(data)) == {
        "format",
        "office_id",
        "office_name",
        "x25519",
        "ed25519",
        "created",
        "valid_from",
        "signature",
    }
    assert json.loads(data)["format"] == "pana-office-card/1"
    assert oc.verify(card.signing_key, oc.sign(private, b"manifest"), b"manifest")
    assert not oc.verify(card.signing_key, oc.sign(private, b"manifest"), b"manifest!")


def test_every_flipped_byte_is_refused() -> None:
    data, _ = make()
    for offset in range(len(data)):
        flipped = bytearray(data)
        flipped[offset] ^= 0x01
        try:
            reparsed = oc.parse_card(bytes(flipped))
        except OfficeCardError:
            continue
        # A flip in JSON whitespace (or one that leaves the canonical body equal) changes no field.
        assert reparsed == oc.parse_card(data), offset


def test_changed_name_key_or_recipient_breaks_the_signature() -> None:
    data, _ = make()
    other_key = oc.new_signing_key()[1]
    other_recipient = oc.new_identity()[1]
    assert refused(edited(data, office_name="Fictional Office Almaty")) == OfficeCardError.BAD_SIGNATURE
    assert refused(edited(data, ed25519=other_key)) == OfficeCardError.BAD_SIGNATURE
    assert refused(edited(data, x25519=other_recipient)) == OfficeCardError.BAD_SIGNATURE
    assert refused(edited(data, valid_from="2030-01-01T00:00:00Z")) == OfficeCardError.BAD_SIGNATURE


def test_a_key_rotation_is_announced_by_the_retired_key() -> None:
    _, old = make()
    data, _ = make(previous=old)
    card = oc.parse_card(data)
    assert card.previous_signing_key == json.loads(data)["previous_ed25519"]
    forged = edited(data, previous_ed25519=oc.new_signing_key()[1])
    assert refused(forged) == OfficeCardError.BAD_SIGNATURE  # it is in the body the new key signed too
    assert refused(edited(data, previous_signature=None)) == OfficeCardError.BAD_FIELD


def test_versions_size_and_shape() -> None:
    data, _ = make()
    assert refused(edited(data, format="pana-office-card/2")) == OfficeCardError.UNSUPPORTED_VERSION
    assert refused(edited(data, format="pana-backup/1")) == OfficeCardError.NOT_A_CARD
    assert refused(edited(data, format=None)) == OfficeCardError.NOT_A_CARD
    assert refused(data + b" " * oc.MAX_CARD_BYTES) == OfficeCardError.TOO_LARGE
    assert refused(b"\xff\xfe not text") == OfficeCardError.NOT_A_CARD
    assert refused(b"[" * 10_000) == OfficeCardError.NOT_A_CARD
    assert refused(b'["pana-office-card/1"]') == OfficeCardError.NOT_A_CARD
    assert refused(data.replace(b'"format"', b'"format": "x", "format"', 1)) == OfficeCardError.NOT_A_CARD
    for bad in (
        {"person": "Aigerim"},
        {"office_id": "not-a-uuid"},
        {"office_id": OFFICE_ID.upper()},
        {"office_name": ""},
        {"office_name": "x" * 201},
        {"office_name": "line\nbreak"},
        {"x25519": "age1" + "q" * 58},
        {"ed25519": "AAAA"},
        {"signature": "not base64!"},
        {"created": "yesterday"},
        {"valid_from": 20261206},
        {"signature": None},
    ):
        assert refused(edited(data, **bad)) == OfficeCardError.BAD_FIELD, bad


def test_refusal_messages_quote_nothing_from_the_card() -> None:
    data, _ = make("Fictional Office <b>Bold</b>")
    with pytest.raises(OfficeCardError) as caught:
        oc.parse_card(edited(data, office_name="Fictional Office Changed"))
    assert "Fictional" not in str(caught.value)


def test_fingerprint_is_eight_groups_of_five_digits_from_the_keys() -> None:
    data, _ = make()
    card = oc.parse_card(data)
    assert re.fullmatch(r"\d{5}( \d{5}){7}", card.fingerprint)
    assert card.fingerprint == oc.parse_card(data).fingerprint
    assert card.fingerprint == oc.fingerprint(OFFICE_ID, card.recipient, card.signing_key)
    digest = hashlib.sha256(
        canonical_json(["pana-office-fingerprint/1", OFFICE_ID, card.recipient, card.signing_key])
    ).digest()
    assert card.fingerprint.split()[0] == f"{int.from_bytes(digest[:4], 'big') % 100_000:05d}"
    renamed = oc.parse_card(make("Other name")[0])
    assert renamed.fingerprint != card.fingerprint  # other keys


def test_generated_keys_work_with_age() -> None:
    secret, recipient = oc.new_identity()
    sealed = pyrage.encrypt(b"fictional", [pyrage.x25519.Recipient.from_str(recipient)])
    assert pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(secret)]) == b"fictional"
