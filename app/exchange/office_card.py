# SPDX-License-Identifier: GPL-3.0-or-later
"""Office cards: the signed file an office gives its partners, its fingerprint, and the office keys.

A card is UTF-8 JSON, at most ``MAX_CARD_BYTES``::

    {"format": "pana-office-card/1", "office_id": UUID, "office_name": text,
     "x25519": "age1…", "ed25519": base64 of the 32-byte public key,
     "created": "YYYY-MM-DDTHH:MM:SSZ", "valid_from": "YYYY-MM-DDTHH:MM:SSZ",
     "previous_ed25519": base64 (only after a rotation of the signing key),
     "previous_signature": base64 (idem), "signature": base64}

``signature`` (and after a rotation ``previous_signature``, by the retired key, which
announces the new one) is an Ed25519 signature over ``canonical_json`` of every field
but the two signatures.  No person's name is in a card.

The fingerprint is what two offices read to each other over the phone: SHA-256 of
the canonical JSON of ``["pana-office-fingerprint/1", office_id, x25519, ed25519]``,
cut into eight 4-byte big-endian numbers, each taken modulo 100 000 and written as
five digits: ``"03917 55120 …"`` (8 groups, about 133 bits).  It depends only on the
office id and the two public keys, so both sides compute it from the same card.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.bounded_json import JsonRefused, loads
from app.domain.canonical import canonical_json
from app.domain.errors import OfficeCardError

FORMAT = "pana-office-card/1"
_FORMAT_FAMILY = "pana-office-card/"
FINGERPRINT_DOMAIN = "pana-office-fingerprint/1"
MAX_CARD_BYTES = 16 * 1024
MAX_NAME_CHARS = 200
_TIME = "%Y-%m-%dT%H:%M:%SZ"
_REQUIRED = frozenset({"format", "office_id", "office_name", "x25519", "ed25519", "created", "valid_from"})
_ROTATION = frozenset({"previous_ed25519", "previous_signature"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")


@dataclass(frozen=True, slots=True)
class OfficeCard:
    """A parsed, verified card.  Keys as on the card: ``recipient`` "age1…", ``signing_key`` base64."""

    office_id: str
    office_name: str
    recipient: str
    signing_key: str
    created: dt.datetime
    valid_from: dt.datetime
    previous_signing_key: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.office_id, self.recipient, self.signing_key)


def fingerprint(office_id: str, recipient: str, signing_key: str) -> str:
    """Eight groups of five digits (see the module docstring); the same on every laptop."""
    digest = hashlib.sha256(canonical_json([FINGERPRINT_DOMAIN, office_id, recipient, signing_key])).digest()
    numbers = (int.from_bytes(digest[i : i + 4], "big") % 100_000 for i in range(0, 32, 4))
    return " ".join(f"{n:05d}" for n in numbers)


# -- keys -------------------------------------------------------------------------------------------


def new_identity() -> tuple[str, str]:
    """A fresh X25519 key to receive: (secret "AGE-SECRET-KEY-1…", recipient "age1…")."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def new_signing_key() -> tuple[str, str]:
    """A fresh Ed25519 key to sign: (private, public), each the raw 32 bytes in base64."""
    key = Ed25519PrivateKey.generate()
    return _b64(key.private_bytes_raw()), _b64(key.public_key().public_bytes_raw())


def sign(private_key: str, data: bytes) -> bytes:
    """The Ed25519 signature (64 bytes) of ``data`` by a key from ``new_signing_key``."""
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key)).sign(data)


def verify(public_key: str, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s over ``data`` (False for a malformed key too)."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- writing and reading cards ----------------------------------------------------------------------


def make_card(
    *,
    office_id: str,
    office_name: str,
    recipient: str,
    signing_private: str,
    created: dt.datetime,
    valid_from: dt.datetime,
    previous_private: str = "",
) -> bytes:
    """The card file's bytes, signed by ``signing_private`` (and ``previous_private`` when it rotated)."""
    signing_public = _b64(_public_of(signing_private))
    body: dict[str, Any] = {
        "format": FORMAT,
        "office_id": office_id,
        "office_name": office_name,
        "x25519": recipient,
        "ed25519": signing_public,
        "created": created.strftime(_TIME),
        "valid_from": valid_from.strftime(_TIME),
    }
    if previous_private:
        body["previous_ed25519"] = _b64(_public_of(previous_private))
    signed = canonical_json(body)
    card = dict(body, signature=_b64(sign(signing_private, signed)))
    if previous_private:
        card["previous_signature"] = _b64(sign(previous_private, signed))
    return (json.dumps(card, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def parse_card(data: bytes) -> OfficeCard:
    """Read and verify a card from an untrusted file, or raise ``OfficeCardError`` with its reason."""
    if len(data) > MAX_CARD_BYTES:
        raise OfficeCardError(OfficeCardError.TOO_LARGE)
    try:
        card = loads(data, max_depth=1)
    except JsonRefused:
        raise OfficeCardError(OfficeCardError.NOT_A_CARD) from None
    if not isinstance(card, dict) or not isinstance(card.get("format"), str):
        raise OfficeCardError(OfficeCardError.NOT_A_CARD)
    if card["format"] != FORMAT:
        family = card["format"].startswith(_FORMAT_FAMILY)
        raise OfficeCardError(OfficeCardError.UNSUPPORTED_VERSION if family else OfficeCardError.NOT_A_CARD)
    _check_fields(card)
    body = {key: value for key, value in card.items() if key not in {"signature", "previous_signature"}}
    signed = canonical_json(body)
    if not verify(card["ed25519"], _unb64(card["signature"], 64), signed):
        raise OfficeCardError(OfficeCardError.BAD_SIGNATURE)
    previous = card.get("previous_ed25519", "")
    if previous and not verify(previous, _unb64(card["previous_signature"], 64), signed):
        raise OfficeCardError(OfficeCardError.BAD_SIGNATURE, "previous key")
    return OfficeCard(
        office_id=card["office_id"],
        office_name=card["office_name"],
        recipient=card["x25519"],
        signing_key=card["ed25519"],
        created=_time(card["created"], "created"),
        valid_from=_time(card["valid_from"], "valid_from"),
        previous_signing_key=previous,
    )


def _check_fields(card: dict[str, Any]) -> None:
    extra = set(card) - _REQUIRED - {"signature"}
    if "signature" not in card or not set(card) >= _REQUIRED or extra not in (set(), _ROTATION):
        raise OfficeCardError(OfficeCardError.BAD_FIELD, "fields")
    for key, value in card.items():
        if not isinstance(value, str):
            raise OfficeCardError(OfficeCardError.BAD_FIELD, key)
    try:
        well_formed = str(uuid.UUID(card["office_id"])) == card["office_id"]
    except ValueError:
        well_formed = False
    if not well_formed:
        raise OfficeCardError(OfficeCardError.BAD_FIELD, "office_id")
    name = card["office_name"]
    if not name.strip() or len(name) > MAX_NAME_CHARS or _CONTROL.search(name):
        raise OfficeCardError(OfficeCardError.BAD_FIELD, "office_name")
    if not _RECIPIENT.fullmatch(card["x25519"]):
        raise OfficeCardError(OfficeCardError.BAD_FIELD, "x25519")
    try:
        pyrage.x25519.Recipient.from_str(card["x25519"])
    except Exception:  # pyrage raises its own untyped errors for a bad checksum
        raise OfficeCardError(OfficeCardError.BAD_FIELD, "x25519") from None
    for key in ("ed25519", "previous_ed25519"):
        if key in card:
            _unb64(card[key], 32, key)
    _time(card["created"], "created")
    _time(card["valid_from"], "valid_from")


def _time(text: str, field: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text, _TIME)
    except ValueError:
        raise OfficeCardError(OfficeCardError.BAD_FIELD, field) from None


def _public_of(private_key: str) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key)).public_key().public_bytes_raw()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, size: int, field: str = "signature") -> bytes:
    """Strict base64 of exactly ``size`` bytes, else a bad field named ``field``."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raw = b""
    if len(raw) != size or _b64(raw) != text:
        raise OfficeCardError(OfficeCardError.BAD_FIELD, field)
    return raw
