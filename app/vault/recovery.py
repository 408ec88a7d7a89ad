# SPDX-License-Identifier: GPL-3.0-or-later
"""The printed recovery key: 160 random bits plus a 40-bit checksum in Crockford base32."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata

from app.domain.errors import RecoveryKeyTypoError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SECRET_BYTES = 20
CHECK_BYTES = 5
GROUP_SIZE = 5
KEY_CHARS = (SECRET_BYTES + CHECK_BYTES) * 8 // 5
MAX_INPUT_CHARS = 256
_CHECK_DOMAIN = b"pana-recovery-key\0"

# Crockford's own aliases, plus Cyrillic look-alikes: users in Kazakhstan often type
# with a Russian or Kazakh keyboard layout still active.  Applied after upper().
_ALIASES = str.maketrans(
    {
        "O": "0",
        "I": "1",
        "L": "1",
        "А": "A",
        "В": "B",
        "С": "C",
        "Е": "E",
        "Н": "H",
        "І": "1",
        "К": "K",
        "М": "M",
        "О": "0",
        "Р": "P",
        "Т": "T",
        "Ү": "Y",
        "Х": "X",
    }
)
_VALUES = {ch: i for i, ch in enumerate(ALPHABET)}


def _check(secret: bytes | bytearray) -> bytes:
    return hashlib.sha256(_CHECK_DOMAIN + bytes(secret)).digest()[:CHECK_BYTES]


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = [ALPHABET[(number >> shift) & 31] for shift in range(len(data) * 8 - 5, -1, -5)]
    return "".join(chars)


def generate() -> tuple[str, bytearray]:
    """Return ``(text, secret)``: the key to show once, and the 20 bytes fed to the KDF."""
    secret = bytearray(secrets.token_bytes(SECRET_BYTES))
    text = _encode(bytes(secret) + _check(secret))
    groups = [text[i : i + GROUP_SIZE] for i in range(0, len(text), GROUP_SIZE)]
    return "-".join(groups), secret


def parse(text: str) -> bytearray:
    """Turn a typed recovery key into its 20-byte secret, without any KDF work.

    Tolerates case, spaces, missing or extra dashes, O/0 and I/L/1, full-width
    forms and Cyrillic look-alike letters.  Raises ``RecoveryKeyTypoError``
    when a character is invalid, the length is wrong or the checksum fails.
    """
    if not isinstance(text, str) or len(text) > MAX_INPUT_CHARS:
        raise RecoveryKeyTypoError()
    cleaned = unicodedata.normalize("NFKC", text).upper().translate(_ALIASES)
    symbols = [ch for ch in cleaned if not (ch.isspace() or unicodedata.category(ch) == "Pd" or ch == "_")]
    if len(symbols) != KEY_CHARS or any(ch not in _VALUES for ch in symbols):
        raise RecoveryKeyTypoError()
    number = 0
    for ch in symbols:
        number = (number << 5) | _VALUES[ch]
    raw = number.to_bytes(SECRET_BYTES + CHECK_BYTES, "big")
    secret = bytearray(raw[:SECRET_BYTES])
    if not hmac.compare_digest(_check(secret), raw[SECRET_BYTES:]):
        raise RecoveryKeyTypoError()
    return secret
