# SPDX-License-Identifier: GPL-3.0-or-later
"""Binding a key file to its database: keyed check values of the database's plaintext salt.

A SQLCipher file starts with its random 16-byte salt, in clear.  For each key
generation the key file records an HMAC, under a subkey of that generation's VMK,
of each quarter of the salt.  When a key that a slot released does not open the
database, the record says why: some quarter still matches, so this is the vault's
own database, damaged (a flipped salt byte included); no quarter matches, so the
key file and the database belong to different vaults.  Without the VMK the record
reveals nothing, not even which database file goes with the key file.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.vault.memory import wipe

SALT_BYTES = 16
_PARTS = 4
_TAG_BYTES = 8
CHECK_BYTES = _PARTS * _TAG_BYTES
_INFO = b"pana-database-binding\0"


def database_salt(path: Path) -> bytes | None:
    """The first 16 bytes of the (regular) database file, or None when shorter or unreadable."""
    try:
        with path.open("rb") as handle:
            salt = handle.read(SALT_BYTES)
    except OSError:
        return None
    return salt if len(salt) == SALT_BYTES else None


def salt_check(master_key: bytearray | bytes, vault_id: str, salt: bytes) -> bytes:
    """The check value of ``salt``: one truncated HMAC per quarter, under an HKDF subkey of the VMK."""
    key = bytearray(32)
    HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO + vault_id.encode("ascii")).derive_into(
        master_key, key
    )
    step = SALT_BYTES // _PARTS
    try:
        return b"".join(
            hmac.new(key, bytes([part]) + salt[part * step : (part + 1) * step], hashlib.sha256).digest()[
                :_TAG_BYTES
            ]
            for part in range(_PARTS)
        )
    finally:
        wipe(key)


def same_database(recorded: bytes, current: bytes) -> bool:
    """True when at least one quarter of the two check values agrees (a damaged salt still counts)."""
    return any(
        hmac.compare_digest(recorded[i : i + _TAG_BYTES], current[i : i + _TAG_BYTES])
        for i in range(0, CHECK_BYTES, _TAG_BYTES)
    )
