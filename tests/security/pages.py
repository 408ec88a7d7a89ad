# SPDX-License-Identifier: GPL-3.0-or-later
"""Every page of a vault's database file and write-ahead log, decrypted as SQLCipher 4 wrote it:
what an attacker holding the key would read, free pages and stale index cells included."""

from __future__ import annotations

import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.db.engine import database_key

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16 bytes of IV, then a 64-byte HMAC-SHA512, at the end of each page
SALT = 16  # page 1 starts with the database salt, not encrypted
WAL_HEADER, FRAME_HEADER = 32, 24


def _page(key: bytes, raw: bytes, number: int) -> bytes:
    start = SALT if number == 1 else 0
    iv = raw[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(raw[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(directory: Path, master_key: bytes | bytearray) -> bytes:
    """The plaintext of every page of ``pana.db`` and of every frame in ``pana.db-wal``, joined."""
    key = bytes(database_key(master_key))
    found = []
    data = (directory / "pana.db").read_bytes()
    for index in range(len(data) // PAGE):
        found.append(_page(key, data[index * PAGE : (index + 1) * PAGE], index + 1))
    wal = directory / "pana.db-wal"
    log = wal.read_bytes() if wal.exists() else b""
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(log):
        (number,) = struct.unpack_from(">I", log, offset)
        found.append(_page(key, log[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE], number))
        offset += FRAME_HEADER + PAGE
    return b"".join(found)
