# SPDX-License-Identifier: GPL-3.0-or-later
"""The page check of the vault check: the HMAC of every page of the database file, verified here
rather than by SQLCipher's ``PRAGMA cipher_integrity_check``, so that it can tell how far it is and
stop when asked.

SQLCipher runs its check while the statement is prepared, before any step of SQLite's virtual
machine, so neither a progress handler nor an interrupt reaches it: at 100,000 demo cases it ran
for 17 s with the progress bar standing still and Cancel unheeded.  This is the same check, page
for page and message for message, on the format ``app.db.engine`` gives the database (SQLCipher 4's
defaults with a raw key; ``tests/db/test_page_check.py`` holds the engine to these values and this
check to SQLCipher's answers):

- pages of ``PAGE_SIZE`` bytes, each ending in ``RESERVED`` bytes: the AES-CBC IV, then the HMAC;
- the HMAC is HMAC-SHA512 over the page's ciphertext and IV, then its page number (4 bytes,
  little-endian), keyed with PBKDF2-HMAC-SHA512 of the raw key, the file's salt XOR ``0x3a``, 2
  iterations;
- page 1 begins with that salt (16 bytes, in the clear), left out of the HMAC;
- SQLite's lock-byte page never holds data and is not checked.

Like SQLCipher's, the check reads the main file only: the write-ahead log's pages are checked when
they are read.  Unlike it, a page that fails is read once more before it is reported: the app may
be copying pages from the log into the file (a checkpoint) while the check reads them.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from app.db.engine import database_key, zero

PAGE_SIZE = 4096
_IV_SIZE = 16
_HMAC_SIZE = 64
RESERVED = _IV_SIZE + _HMAC_SIZE
_SALT_SIZE = 16
_HMAC_SALT_MASK = 0x3A
_HMAC_KEY_ITERATIONS = 2
#: The page holding byte 2**30 of the file: SQLite's locks live there, never data.
_LOCK_BYTE_PAGE = 2**30 // PAGE_SIZE + 1
#: Pages read at a time (4 MiB), and between two calls of ``tick``.
_PAGES_PER_READ = 1024


def damaged_pages(path: Path, raw_key: bytes | bytearray, tick: Callable[[float], None]) -> list[str]:
    """What SQLCipher's ``cipher_integrity_check`` would say of the file at ``path`` (nothing when
    every page is sound), keyed with the vault's raw database key (``app.db.engine.database_key``).

    ``tick(share of the file checked)`` is called after every 4 MiB; what it raises (a
    ``Cancelled``) stops the check and comes out as itself.  OSError when the file cannot be read.
    One answer differs from SQLCipher's, on purpose: an empty file, which it passes, is reported.
    """
    found: list[str] = []
    with path.open("rb") as file:
        size = file.seek(0, 2)
        pages = size // PAGE_SIZE
        file.seek(0)
        salt = file.read(_SALT_SIZE)
        if len(salt) < _SALT_SIZE:
            return [f"page 1 has an invalid size of {size} bytes (expected {PAGE_SIZE} bytes)"]
        keyed = _keyed_hmac(raw_key, salt)
        file.seek(0)
        buffer = bytearray(PAGE_SIZE * _PAGES_PER_READ)
        view = memoryview(buffer)
        for first in range(1, pages + 1, _PAGES_PER_READ):
            count = min(_PAGES_PER_READ, pages - first + 1)
            read = file.readinto(view[: count * PAGE_SIZE])
            for index in range(count):
                page = first + index
                start = index * PAGE_SIZE
                if start + PAGE_SIZE > read:
                    found.append(f"error reading {PAGE_SIZE} bytes from file page {page}")
                elif page != _LOCK_BYTE_PAGE and _fails(file, keyed, view[start : start + PAGE_SIZE], page):
                    found.append(f"HMAC verification failed for page {page}")
            tick((first + count - 1) / pages)
    if size % PAGE_SIZE:
        found.append(
            f"page {pages + 1} has an invalid size of {size % PAGE_SIZE} bytes (expected {PAGE_SIZE} bytes)"
        )
    return found


def damaged_vault_pages(
    path: Path, master_key: bytes | bytearray, tick: Callable[[float], None]
) -> list[str]:
    """``damaged_pages`` of a vault's database file, given the vault master key: the database key is
    derived from it here and zeroed after."""
    key = database_key(master_key)
    try:
        return damaged_pages(path, key, tick)
    finally:
        zero(key)


def _fails(file: BinaryIO, keyed: hmac.HMAC, data: memoryview, page: int) -> bool:
    """Whether a page's HMAC fails, as read in its block and then once more on its own: a
    checkpoint (a save elsewhere in the app) may have been writing it into the file as the block
    was read, and a page caught half written is not damage.  A damaged page fails again."""
    if _sound(keyed, data, page):
        return False
    resume_at = file.tell()
    file.seek((page - 1) * PAGE_SIZE)
    again = file.read(PAGE_SIZE)
    file.seek(resume_at)
    return len(again) < PAGE_SIZE or not _sound(keyed, memoryview(again), page)


def _keyed_hmac(raw_key: bytes | bytearray, salt: bytes) -> hmac.HMAC:
    """An HMAC-SHA512 keyed for this file's pages, to be copied for each page."""
    hmac_salt = bytes(byte ^ _HMAC_SALT_MASK for byte in salt)
    key = bytearray(32)
    try:
        PBKDF2HMAC(hashes.SHA512(), 32, hmac_salt, _HMAC_KEY_ITERATIONS).derive_into(raw_key, key)
        return hmac.HMAC(key, hashes.SHA512())
    finally:
        zero(key)


_PAGE_NUMBERS = struct.Struct("<I")


def _sound(keyed: hmac.HMAC, data: memoryview, page: int) -> bool:
    signed_from = _SALT_SIZE if page == 1 else 0
    mac_at = PAGE_SIZE - RESERVED + _IV_SIZE
    digest = keyed.copy()
    digest.update(data[signed_from:mac_at])
    digest.update(_PAGE_NUMBERS.pack(page))
    return digest.finalize() == data[mac_at : mac_at + _HMAC_SIZE]
