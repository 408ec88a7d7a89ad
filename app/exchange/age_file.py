# SPDX-License-Identifier: GPL-3.0-or-later
"""The age layer of exchange files: encrypt to office keys, and decrypt in memory behind bounded checks.

``decrypt`` never lets the library see a file before ``age_header`` has bounded it (size, header size,
line length, stanza count and body size, scrypt work factor) and checked its grammar; then ``pyrage``
decrypts bytes to bytes (never a file: a failed file decryption leaves plaintext on disk). Every refusal
is an ``ExchangeFileError`` whose ``reason`` the GUI and the CLI translate. Keys travel as age's own text
forms: an identity ``AGE-SECRET-KEY-1…`` (secret, kept in the vault) and a recipient ``age1…`` (public,
on the office card). Only X25519 keys are used: no passphrases, no plugins, no post-quantum recipients.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyrage
from pyrage import x25519

from app.domain.errors import ExchangeFileError, ExchangeRefusal
from app.exchange.age_armor import decode_armor, looks_armored
from app.exchange.age_header import DEFAULT_LIMITS, AgeHeader, HeaderLimits, parse_header

__all__ = [
    "DEFAULT_LIMITS",
    "AgeHeader",
    "HeaderLimits",
    "check_size",
    "decrypt",
    "encrypt",
    "is_recipient",
    "new_identity",
    "read_header",
]

#: pyrage reports every failure as one exception class; its message (from the Rust ``age`` crate) says
#: which. The pre-parser refuses malformed headers first, so these are what only cryptography can find.
_LIBRARY_FAILURES = (
    ("No matching keys found", ExchangeRefusal.NOT_FOR_THIS_OFFICE),
    ("Header MAC is invalid", ExchangeRefusal.TAMPERED),
    ("truncated", ExchangeRefusal.TRUNCATED),
    ("failed to fill whole buffer", ExchangeRefusal.TRUNCATED),
    # A share that is not a usable curve point: only decoding it shows that.
    ("Header is invalid", ExchangeRefusal.MALFORMED_HEADER),
    ("Unknown age format", ExchangeRefusal.MALFORMED_HEADER),
)


def new_identity() -> tuple[str, str]:
    """A fresh X25519 key pair: (identity ``AGE-SECRET-KEY-1…``, recipient ``age1…``)."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def is_recipient(text: str) -> bool:
    """True when ``text`` is an age X25519 recipient (``age1…``), as an office card must carry."""
    try:
        x25519.Recipient.from_str(text)
    except pyrage.RecipientError:
        return False
    return True


def encrypt(data: bytes, recipients: Sequence[str]) -> bytes:
    """``data`` as a binary age file that each of ``recipients`` (``age1…``) can open; in memory only.

    Raises ``ValueError`` for no recipient or one that is not an X25519 recipient (a caller's bug: office
    cards are checked with ``is_recipient`` when they are added).
    """
    if not recipients:
        raise ValueError("an age file needs at least one recipient")
    try:
        keys = [x25519.Recipient.from_str(text) for text in recipients]
    except pyrage.RecipientError as exc:
        raise ValueError("not an age X25519 recipient") from exc
    encrypted: bytes = pyrage.encrypt(data, keys)
    return encrypted


def check_size(size: int, limits: HeaderLimits = DEFAULT_LIMITS) -> None:
    """Refuse a file of ``size`` bytes (too-large) before it is read: call it with the file's size first."""
    if size > limits.max_file_size:
        raise ExchangeFileError(
            ExchangeRefusal.TOO_LARGE, f"{size} bytes; the limit is {limits.max_file_size} bytes"
        )


def read_header(data: bytes, limits: HeaderLimits = DEFAULT_LIMITS) -> tuple[bytes, AgeHeader]:
    """The binary file (armor removed) and its checked header; ``ExchangeFileError`` when refused.

    Everything ``decrypt`` checks before cryptography, and nothing more: cheap and safe on any input.
    """
    check_size(len(data), limits)
    if looks_armored(data):
        if len(data) > limits.max_armored_size:
            raise ExchangeFileError(
                ExchangeRefusal.TOO_LARGE,
                f"an armored (text) file of {len(data)} bytes; the limit is {limits.max_armored_size} bytes",
            )
        data = decode_armor(data)
    return data, parse_header(data, limits)


def decrypt(data: bytes, identities: Sequence[str], limits: HeaderLimits = DEFAULT_LIMITS) -> bytes:
    """The plaintext of an age file addressed to one of ``identities`` (``AGE-SECRET-KEY-1…``), in memory.

    Raises ``ExchangeFileError`` with the reason: too-large, header-too-large, too-many-stanzas,
    work-factor-too-high, malformed-armor, malformed-header, not-age, unsupported-version (all before any
    cryptography), then not-for-this-office, tampered or truncated. A cut inside the last payload chunk
    reads as tampered: age cannot tell a shortened last chunk from an altered one. Raises ``ValueError``
    for no identity or a malformed one (a caller's bug). Nothing is written anywhere.
    """
    if not identities:
        raise ValueError("decrypting needs at least one identity")
    try:
        keys = [x25519.Identity.from_str(text) for text in identities]
    except pyrage.IdentityError as exc:
        raise ValueError("not an age X25519 identity") from exc
    binary, _ = read_header(data, limits)
    try:
        plaintext: bytes = pyrage.decrypt(binary, keys)
    except pyrage.DecryptError as exc:
        raise _refusal(str(exc)) from exc
    return plaintext


def _refusal(message: str) -> ExchangeFileError:
    for marker, reason in _LIBRARY_FAILURES:
        if marker in message:
            return ExchangeFileError(reason)
    # Everything else the library reports is a payload that fails authentication (a changed or removed
    # chunk, data after the final chunk, an empty final chunk).
    return ExchangeFileError(ExchangeRefusal.TAMPERED)
