# SPDX-License-Identifier: GPL-3.0-or-later
"""Encrypted backup files: the key slots and a consistent encrypted copy of the database, in one file.

Layout: ``MAGIC``, a 4-byte big-endian length, a JSON header (part lengths and
SHA-256s), the key file, then the database.  The database part is SQLCipher
ciphertext made by ``VACUUM INTO`` on the live, keyed connection (consistent
while the app runs); the key file holds only wrapped keys.  No part is ever
plaintext, and the backup has no name until it is complete and synced
(``app.files.publishing``): a kill or a power cut leaves no backup, whole or half,
where it was to go.  Only the copy of the database is made under a hidden name
beside it first, as SQLite writes only named files; it holds no key slots.

Writing one reports how far it is (``progress``, which may raise ``Cancelled``): the copy of
the database, the larger part of the work, by the size the copy has reached against the pages
in use; then the checksum and the file itself by the bytes done.  A cancelled backup leaves
nothing behind.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import json
import os
import re
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine

from app.db.engine import DB_FILENAME
from app.db.errors import translate_driver_error, translated
from app.db.interrupt import bytes_in_use, growing
from app.domain import bounded_json
from app.domain.errors import (
    BackupDamagedError,
    StorageError,
    UnsupportedFileError,
)
from app.domain.progress import Progress
from app.files import publishing, refuse_existing
from app.services.told import Told

MAGIC = b"PANA-BACKUP\x00\x01\n"
NOT_REGULAR = "The backup is not a regular file (a folder, device or pipe); choose the backup file itself."
_MAX_HEADER = 4096
_MAX_KEYFILE = 256 * 1024
#: Every byte that can hold key slots lies before this offset: overwriting it crypto-erases a backup.
KEY_PART_MAX_BYTES = len(MAGIC) + 4 + _MAX_HEADER + _MAX_KEYFILE
_MAX_DATABASE = 1 << 50
_HEADER_KEYS = frozenset(
    {"format", "key_file_length", "key_file_sha256", "database_length", "database_sha256"}
)
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
_BLOCK = 1 << 20
#: How much more a byte of the database copy costs than a byte read or written afterwards
#: (decrypt, rebuild, encrypt): at 10,000 cases the copy took 3.9 s, the checksum 0.3 s and
#: the file 1.1 s for 494 MB.  It sets the copy's share of the progress bar.
_COPY_WEIGHT = 6
_COPY_SHARE = _COPY_WEIGHT / (_COPY_WEIGHT + 2)  # of the whole bar
#: SQLite's result codes (https://sqlite.org/rescode.html) for a file it cannot open or write, as the
#: system's: while the database is copied the vault is only read and the copy only written, so these
#: are the copy's medium failing.  Looked up by extended code, else by primary code.
_COPY_NOT_WRITTEN = {
    778: errno.EIO,  # IOERR_WRITE
    1034: errno.EIO,  # IOERR_FSYNC
    1546: errno.EIO,  # IOERR_TRUNCATE
    8: errno.EROFS,  # READONLY
    13: errno.ENOSPC,  # FULL
    14: errno.EIO,  # CANTOPEN
}


@dataclass(frozen=True, slots=True)
class BackupParts:
    key_file: bytes
    database_offset: int
    database_length: int
    database_sha256: str


def write_backup(
    engine: Engine,
    keys_path: Path,
    destination: Path,
    progress: Progress | None = None,
    *,
    replace: bool = False,
) -> int:
    """Write a backup of the open vault to ``destination``; returns its size in bytes.

    An existing file there is refused (ValidationError) unless ``replace`` (a person agreed to
    replace it).  OSError when ``destination`` cannot be written (its medium is full, read-only or
    gone); the vault's own failures keep their types (StorageError naming the file that cannot be
    read, VaultDamagedError, ...).
    ``progress(done, STEPS, "backup")`` is told how far it is (``app.services.told``); when it
    raises ``Cancelled`` the backup stops and nothing is left of it.
    """
    destination = destination.resolve()
    if (destination.exists() or destination.is_symlink()) and not (replace and destination.is_file()):
        refuse_existing(destination)
    _remove_leftovers(destination)
    with _database_copy_beside(destination) as snapshot:
        meter = _Meter(progress)
        _copy_database(engine, snapshot, keys_path.with_name(DB_FILENAME), meter)
        meter.copied(snapshot.stat().st_size)
        key_file = _read_key_slots(keys_path)
        database_sha = hashlib.sha256()
        with snapshot.open("rb") as source:
            for block in iter(lambda: source.read(_BLOCK), b""):
                database_sha.update(block)
                meter.read(len(block))
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
            publishing(destination, replace=replace) as path,  # never over a file that appeared meanwhile
            os.fdopen(os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600), "wb") as out,
            snapshot.open("rb") as source,
        ):
            out.write(MAGIC + struct.pack(">I", len(header)) + header + key_file)
            for block in iter(lambda: source.read(_BLOCK), b""):
                out.write(block)
                meter.read(len(block))  # the last block's is the last moment a cancel is heeded
    return destination.stat().st_size


@contextlib.contextmanager
def _database_copy_beside(destination: Path) -> Iterator[Path]:
    """An empty, owner-only file beside ``destination`` to copy the database into, removed (with any
    journal SQLite made for it) when the block ends.

    It has a name, hidden, unlike the backup: SQLite takes the ``/proc/self/fd/N`` path of an unnamed
    file for the symbolic link it is and creates a new file named after its target instead
    (``#12345 (deleted)``, in the same folder)."""
    snapshot = destination.with_name(f".{destination.name}.{os.urandom(6).hex()}.db")
    # VACUUM INTO accepts an empty file: creating it first makes it owner-only.
    os.close(os.open(snapshot, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        yield snapshot
    finally:
        for leftover in (snapshot, snapshot.with_name(snapshot.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _copy_database(engine: Engine, copy: Path, database: Path, meter: _Meter) -> None:
    """Copy the vault's ``database`` into the empty file ``copy``, still encrypted (``VACUUM INTO``).

    OSError when SQLite cannot write the copy; the vault's own failures keep their types."""
    with translated():
        connection = engine.connect()
    with connection:  # not inside translated(): it would take the copy's OSError for the vault's
        raw = connection.connection.dbapi_connection
        assert raw is not None
        try:
            with growing(raw, copy, bytes_in_use(raw), meter.copying):
                raw.execute("VACUUM INTO ?", (str(copy),))
        except engine.dialect.loaded_dbapi.Error as exc:
            raise _copy_failure(exc, copy, database) from exc


def _copy_failure(exc: Exception, copy: Path, database: Path) -> Exception:
    """What SQLite's failure to copy the database is: the copy's medium refusing it (OSError naming
    the copy), or the vault's own failure, typed (StorageError naming ``database`` when it cannot be
    read)."""
    code = getattr(exc, "sqlite_errorcode", None) or 0
    refused = _COPY_NOT_WRITTEN.get(code, _COPY_NOT_WRITTEN.get(code & 0xFF))
    if refused is not None:
        return OSError(refused, os.strerror(refused), str(copy))
    typed = translate_driver_error(exc)
    if isinstance(typed, StorageError):
        return StorageError(f"The vault could not be read ({database}).")
    return typed


def _read_key_slots(keys_path: Path) -> bytes:
    """The vault's key file (StorageError naming it when it cannot be read)."""
    try:
        return keys_path.read_bytes()
    except OSError as exc:
        raise StorageError(f"The vault could not be read ({keys_path}: {exc.strerror or exc}).") from exc


class _Meter:
    """The backup's progress: the copy of the database weighs ``_COPY_WEIGHT`` times its bytes, the
    checksum and the file written once each."""

    def __init__(self, progress: Progress | None) -> None:
        self._tell, self._copied, self._read = Told(progress, "backup"), 1, 0
        #: Told the copy's share done as it grows.
        self.copying = self._tell.part(0.0, _COPY_SHARE)
        self._checksum_and_file = self._tell.part(_COPY_SHARE, 1 - _COPY_SHARE)
        self._tell(0.0)

    def copied(self, size: int) -> None:
        self._copied = max(size, 1)  # the reads after the copy are measured against the copy itself
        self._tell(_COPY_SHARE)

    def read(self, count: int) -> None:
        self._read += count
        self._checksum_and_file(self._read / (2 * self._copied))


def _remove_leftovers(destination: Path) -> None:
    """Temporary files of an earlier backup to the same place that was killed midway (all encrypted):
    the copy of the database, and the backup itself where it had a hidden name (``.NAME.TAG.partial``
    from ``publishing`` where files cannot be unnamed, ``.NAME.partial`` from earlier versions of
    Pana).  Those names only, never another file that begins the same way."""
    ours = re.compile(
        rf"\.{re.escape(destination.name)}\.(?:[0-9a-f]{{12}}\.db(?:-journal)?|(?:[0-9a-f]{{8}}\.)?partial)"
    )
    with contextlib.suppress(OSError):
        for leftover in destination.parent.glob(f".{glob.escape(destination.name)}.*"):
            if ours.fullmatch(leftover.name):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _damaged(detail: str) -> BackupDamagedError:
    return BackupDamagedError(f"The backup file is damaged or not a Pana backup ({detail}).")


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, refused unless it is a regular file (never blocks on a FIFO)."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise UnsupportedFileError(NOT_REGULAR) from None
    except FileNotFoundError:
        raise _damaged("there is no such file") from None
    except OSError as exc:
        raise _damaged("it cannot be read") from exc
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UnsupportedFileError(NOT_REGULAR)
    return os.fdopen(fd, "rb")


@dataclass(frozen=True, slots=True)
class _Header:
    key_file_length: int
    key_file_sha256: str
    database_length: int
    database_sha256: str


def _is_int(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high  # bool is an int subclass: ``true`` is not 1


def _header(raw: bytes) -> _Header:
    """The header's four fields, each checked for type and range (``BackupDamagedError`` naming the flaw)."""
    try:
        fields = bounded_json.loads(raw, max_depth=1)
    except bounded_json.JsonRefused as exc:
        raise _damaged(f"header: {exc.reason}") from None
    if not isinstance(fields, dict) or set(fields) != _HEADER_KEYS or not _is_int(fields["format"], 1, 1):
        raise _damaged("header: not a version 1 backup header")
    for key, cap in (("key_file_length", _MAX_KEYFILE), ("database_length", _MAX_DATABASE)):
        if not _is_int(fields[key], 1, cap):
            raise _damaged(f"header: {key} out of range")
    for key in ("key_file_sha256", "database_sha256"):
        if not isinstance(fields[key], str) or _HEX_DIGEST.fullmatch(fields[key]) is None:
            raise _damaged(f"header: {key} is not a SHA-256 digest")
    return _Header(**{key: fields[key] for key in _HEADER_KEYS - {"format"}})


def _read_head(source: BinaryIO) -> tuple[_Header, bytes]:
    """The checked header and key file at the start of an open backup (``BackupDamagedError``)."""
    size = os.fstat(source.fileno()).st_size
    if source.read(len(MAGIC)) != MAGIC:
        raise _damaged("not a Pana backup")
    prefix = source.read(4)
    if len(prefix) != 4:
        raise _damaged("truncated")
    (header_length,) = struct.unpack(">I", prefix)
    if header_length > _MAX_HEADER:
        raise _damaged("header too large")
    header = _header(source.read(header_length))
    offset = len(MAGIC) + 4 + header_length + header.key_file_length
    if offset + header.database_length != size:
        raise _damaged("its size does not match its header")
    key_file = source.read(header.key_file_length)
    if hashlib.sha256(key_file).hexdigest() != header.key_file_sha256:
        raise _damaged("key file checksum mismatch")
    return header, key_file


def read_key_file(path: Path) -> bytes:
    """The key slots a backup carries, checked against their SHA-256; the database part is not read.

    Raises as ``read_backup``.
    """
    with _open_regular(path) as source:
        try:
            return _read_head(source)[1]
        except OSError as exc:
            raise _damaged("it cannot be read") from exc


def read_backup(path: Path, copy_to: Path | None = None, progress: Progress | None = None) -> BackupParts:
    """Parse and verify a backup file's structure and checksums; with ``copy_to``, also copy its
    (still encrypted) database part to that new file, fsynced, in the same pass: a restore reads
    the backup once.

    Raises ``UnsupportedFileError`` for a folder, device or pipe (refused without
    blocking on it) and ``BackupDamagedError`` naming the first flaw otherwise (a copy begun is
    then not to be used: the caller removes it).  OSError when ``copy_to`` cannot be written.
    Bounded: the header is at most 4 KiB of flat JSON, and the part lengths it
    gives must add up to the file's size before any part is read.  ``progress(done, STEPS,
    "unpacking")`` follows the pass (it may raise ``Cancelled``).
    """
    tell = Told(progress, "unpacking")
    with _open_regular(path) as source:
        try:
            header, key_file = _read_head(source)
            offset = source.tell()
        except OSError as exc:
            raise _damaged("it cannot be read") from exc
        database_sha, done = hashlib.sha256(), 0
        with _created(copy_to) as out:
            while block := _read_block(source):
                database_sha.update(block)
                if out is not None:
                    out.write(block)
                done += len(block)
                tell(done / header.database_length)
            if out is not None:
                out.flush()
                os.fsync(out.fileno())
    if database_sha.hexdigest() != header.database_sha256:
        raise _damaged("database checksum mismatch")
    return BackupParts(key_file, offset, header.database_length, header.database_sha256)


def _read_block(source: BinaryIO) -> bytes:
    """The next MiB of a backup being read; a read error is the backup's damage, never the disk's."""
    try:
        return source.read(_BLOCK)
    except OSError as exc:
        raise _damaged("it cannot be read") from exc


@contextlib.contextmanager
def _created(path: Path | None) -> Iterator[BinaryIO | None]:
    """A new file at ``path`` (owner only; never one that exists), or None for no path."""
    if path is None:
        yield None
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags, 0o600), "wb") as out:
        yield out
