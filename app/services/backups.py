# SPDX-License-Identifier: GPL-3.0-or-later
"""Encrypted backup files: the key slots and a consistent encrypted copy of the database, in one file.

Layout: ``MAGIC``, a 4-byte big-endian length, a JSON header (part lengths and
SHA-256s), the key file, then the database.  The database part is SQLCipher
ciphertext made by ``VACUUM INTO`` on the live, keyed connection (consistent
while the app runs); the key file holds only wrapped keys.  No part is ever
plaintext, and the backup is written under a temporary name and renamed only
when complete.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Engine

from app.db.errors import translate_driver_error, translated
from app.domain.errors import BackupDamagedError, StorageError

MAGIC = b"PANA-BACKUP\x00\x01\n"
_MAX_HEADER = 4096
_MAX_KEYFILE = 256 * 1024
#: Every byte that can hold key slots lies before this offset: overwriting it crypto-erases a backup.
KEY_PART_MAX_BYTES = len(MAGIC) + 4 + _MAX_HEADER + _MAX_KEYFILE


@dataclass(frozen=True, slots=True)
class BackupParts:
    key_file: bytes
    database_offset: int
    database_length: int
    database_sha256: str


def _fsync_dir(directory: Path) -> None:
    if os.name == "posix":
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_backup(engine: Engine, keys_path: Path, destination: Path) -> int:
    """Write a backup of the open vault to ``destination``; returns its size in bytes."""
    destination = destination.resolve()
    _remove_leftovers(destination)
    snapshot = destination.with_name(f".{destination.name}.{os.urandom(6).hex()}.db")
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        # VACUUM INTO accepts an empty file: creating it first makes it owner-only.
        os.close(os.open(snapshot, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        with translated(), engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            try:
                raw.execute("VACUUM INTO ?", (str(snapshot),))
            except engine.dialect.loaded_dbapi.Error as exc:
                raise translate_driver_error(exc) from exc
        key_file = keys_path.read_bytes()
        database_sha = hashlib.sha256()
        with snapshot.open("rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                database_sha.update(block)
        header = json.dumps(
            {
                "format": 1,
                "key_file_length": len(key_file),
                "key_file_sha256": hashlib.sha256(key_file).hexdigest(),
                "database_length": snapshot.stat().st_size,
                "database_sha256": database_sha.hexdigest(),
            }
        ).encode()
        with (
            os.fdopen(os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600), "wb") as out,
            snapshot.open("rb") as source,
        ):
            out.write(MAGIC + struct.pack(">I", len(header)) + header + key_file)
            for block in iter(lambda: source.read(1 << 20), b""):
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, destination)
        _fsync_dir(destination.parent)
        return destination.stat().st_size
    except OSError as exc:
        raise StorageError() from exc
    finally:
        for leftover in (snapshot, snapshot.with_name(snapshot.name + "-journal"), partial):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _remove_leftovers(destination: Path) -> None:
    """Temporary files of an earlier backup to the same place that was killed midway (all encrypted)."""
    with contextlib.suppress(OSError):
        for leftover in destination.parent.glob(f".{glob.escape(destination.name)}.*"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _read_head(source: BinaryIO) -> tuple[dict[str, Any], bytes]:
    """The header and the checked key file at the start of an open backup."""
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupDamagedError()
    (header_length,) = struct.unpack(">I", source.read(4))
    if header_length > _MAX_HEADER:
        raise BackupDamagedError()
    header = json.loads(source.read(header_length))
    key_length = int(header["key_file_length"])
    if not 0 < key_length <= _MAX_KEYFILE:
        raise BackupDamagedError()
    key_file = source.read(key_length)
    if hashlib.sha256(key_file).hexdigest() != header["key_file_sha256"]:
        raise BackupDamagedError()
    return header, key_file


def read_key_file(path: Path) -> bytes:
    """The key slots a backup carries, checked against their SHA-256; the database part is not read
    (BackupDamagedError)."""
    try:
        with path.open("rb") as source:
            return _read_head(source)[1]
    except (OSError, ValueError, KeyError, TypeError, struct.error) as exc:
        raise BackupDamagedError() from exc


def read_backup(path: Path) -> BackupParts:
    """Parse and verify a backup file's structure and checksums (BackupDamagedError)."""
    try:
        with path.open("rb") as source:
            header, key_file = _read_head(source)
            offset = source.tell()
            database_sha = hashlib.sha256()
            remaining = int(header["database_length"])
            while remaining > 0:
                block = source.read(min(1 << 20, remaining))
                if not block:
                    break
                database_sha.update(block)
                remaining -= len(block)
            if remaining or source.read(1) or database_sha.hexdigest() != header["database_sha256"]:
                raise BackupDamagedError()
    except (OSError, ValueError, KeyError, TypeError, struct.error) as exc:
        raise BackupDamagedError() from exc
    return BackupParts(key_file, offset, int(header["database_length"]), header["database_sha256"])


def extract_database(path: Path, parts: BackupParts, destination: Path) -> None:
    """Copy the (still encrypted) database part of a backup to ``destination``, fsynced."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with path.open("rb") as source, os.fdopen(os.open(destination, flags, 0o600), "wb") as out:
        source.seek(parts.database_offset)
        remaining = parts.database_length
        while remaining:
            block = source.read(min(1 << 20, remaining))
            out.write(block)
            remaining -= len(block)
        out.flush()
        os.fsync(out.fileno())
