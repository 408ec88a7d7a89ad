# SPDX-License-Identifier: GPL-3.0-or-later
"""The one engine factory: the only module that knows the store is SQLCipher.

The SQLCipher key is a raw 256-bit key derived from the vault master key, handed to
``sqlite3_key`` as ``x'<hex>'`` first on every connection (no PBKDF2 per connection,
no passphrase in any URL).  The hex form lives only in a ``bytearray`` that
``close_engine`` zeroes, never in a Python ``str``.  Wrong keys are impossible here:
the key slots have already proved the passphrase, so "file is not a database"
means damage.
"""

from __future__ import annotations

import contextlib
import logging
import os
import types
import weakref
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, create_engine
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.pool import QueuePool

from app.db import dates_sql, text_sql
from app.db.errors import translate_driver_error
from app.domain.errors import (
    DatabaseEmptyError,
    StorageError,
    UnsupportedDriverError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
)

DB_FILENAME = "pana.db"
SIDE_FILES = ("-wal", "-shm", "-journal")
#: One process per vault (``InstanceLock``), so SQLite may lock the file for the whole process
#: and keep the WAL index on the heap instead of in a ``-shm`` file: with no ``-shm`` to create,
#: an unlocked vault can be read on a full disk.  (Windows has no such VFS.)
_VFS = "" if os.name == "nt" else "&vfs=unix-excl"


class _NoRowLogging(logging.Filter):
    """SQLAlchemy logs fetched rows at DEBUG; those are decrypted case data and never go to a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(("Row ", "Col "))


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_NoRowLogging())

#: Sent before the key on every connection: no SQLCipher log lines on stderr, and memory security
#: pinned off.  SQLCipher zeroes its own key buffers either way (T51 finds no key after lock with it
#: off).  On, it also wipes and ``mlock``s every SQLite allocation: two system calls per allocation,
#: which tripled a 10,000-case import (55 s against 17 s, bench/exchange.py), while the decrypted
#: case data the Python side holds stays unwiped and swappable regardless; see README, "What stays
#: in memory".
PRAGMAS_BEFORE_KEY = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA cipher_memory_security = OFF",
)

#: Sent after the key on every connection (the benchmarks' raw baselines use the same list).
PRAGMAS_AFTER_KEY = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",  # a committed change survives a power cut, not just a crash
    "PRAGMA temp_store = MEMORY",
    # 64 MiB of page cache (allocated as used, freed on lock): the UUID- and hash-keyed
    # indexes of a large vault otherwise miss the 2 MiB default on almost every insert.
    "PRAGMA cache_size = -65536",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
    # A large transaction (an import, a demo build) grows the write-ahead log to hundreds of MiB;
    # once it is checkpointed, the next write gives the disk back down to this size, not at lock.
    "PRAGMA journal_size_limit = 67108864",
)


def driver() -> types.ModuleType:
    """The DB-API module in use; tests swap it for stdlib sqlite3 to prove we refuse it."""
    module: types.ModuleType = sqlcipher3.dbapi2
    return module


_HEX_DIGITS = b"0123456789abcdef"
#: The key spec of each live engine, zeroed by ``close_engine``.
_ENGINE_KEYS: weakref.WeakKeyDictionary[Engine, bytearray] = weakref.WeakKeyDictionary()


def database_key(master_key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw key: an HKDF subkey of the vault master key, never the passphrase."""
    key = bytearray(32)
    HKDF(hashes.SHA256(), 32, salt=None, info=b"pana/sqlcipher/v1").derive_into(master_key, key)
    return key


def key_spec(master_key: bytes | bytearray) -> bytearray:
    """``x'<hex>'`` of the raw database key, built in place so no immutable copy of the hex exists."""
    raw = database_key(master_key)
    spec = bytearray(b"x'" + b"0" * 2 * len(raw) + b"'")
    for i, byte in enumerate(raw):
        spec[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
        spec[3 + 2 * i] = _HEX_DIGITS[byte & 15]
    zero(raw)
    return spec


def zero(buf: bytearray | None) -> None:
    """Overwrite a key buffer in place (``None`` is ignored): ``app.vault.wipe`` for the database
    layer, which does not import the vault's."""
    if buf is not None:
        buf[:] = bytes(len(buf))


#: SQLCipher 3 (Debian's ``libsqlcipher``, say, under a locally built driver) opens a vault with
#: other settings and reads it as damaged, and writes files SQLCipher 4 cannot open.
MIN_CIPHER_MAJOR = 4


def require_cipher(module: types.ModuleType) -> None:
    """Refuse a driver without SQLCipher, or with one older than 4, before any file is touched."""
    probe = module.connect(":memory:")
    try:
        row = probe.execute("PRAGMA cipher_version").fetchone()
    finally:
        probe.close()
    major = str(row[0] if row else "").partition(".")[0]
    if not major.isdigit() or int(major) < MIN_CIPHER_MAJOR:
        raise UnsupportedDriverError()


def check_driver() -> None:
    """UnsupportedDriverError unless the driver in use is SQLCipher (call before writing anything)."""
    require_cipher(driver())


def database_uri(path: Path, *, create: bool = False) -> str:
    """The URI of every connection to a vault database (the benchmarks' raw baselines' too).

    The app itself never asks for ``create``: only ``make_engine(create=True)`` makes a file.
    """
    return f"file:{path.as_posix()}?mode={'rwc' if create else 'rw'}{_VFS}"


def _keyed_connect(module: types.ModuleType, path: Path, key: bytearray, allow_empty: bool) -> Any:
    if not any(key):
        raise VaultLockedError()  # close_engine zeroed the key: nothing may reconnect
    try:
        conn = module.connect(database_uri(path), uri=True, check_same_thread=False)
    except module.OperationalError as exc:
        raise VaultNotFoundError() if not path.exists() else translate_driver_error(exc) from exc
    # Transactions are begun by PanaDialect.do_begin, so DDL is transactional too.
    conn.isolation_level = None
    for pragma in PRAGMAS_BEFORE_KEY:
        conn.execute(pragma)
    conn.set_key(key)  # sqlite3_key reads our buffer: no str copy of the key is ever made
    try:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if not tables and not allow_empty:
            # SQLCipher reads a 0-byte file as a new, empty database: refuse it before the
            # journal-mode pragma below writes a first page into it.
            conn.close()
            raise DatabaseEmptyError()
        for pragma in PRAGMAS_AFTER_KEY:
            conn.execute(pragma)
        dates_sql.register(conn)
        text_sql.register(conn)
    except module.DatabaseError as exc:
        conn.close()
        raise translate_driver_error(exc) from exc
    return conn


def _create_file(path: Path) -> None:
    try:
        # Owner-only from the first byte; SQLite gives -wal/-shm the database file's mode.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        raise VaultExistsError() from None
    except OSError as exc:
        raise StorageError() from exc


#: Whether the transactions the current thread begins now write (``beginning``).
_WRITING: ContextVar[bool] = ContextVar("pana_writing", default=False)


@contextlib.contextmanager
def beginning(*, write: bool) -> Iterator[None]:
    """Transactions the current thread begins inside the block take the write lock at BEGIN
    (``write``), or read (outside any such block, transactions read)."""
    token = _WRITING.set(write)
    try:
        yield
    finally:
        _WRITING.reset(token)


class PanaDialect(SQLiteDialect_pysqlite):
    """SQLite through the driver given to ``make_engine``, whose transactions SQLAlchemy begins with
    the right BEGIN: IMMEDIATE for a writer, so two writers queue instead of one failing with
    SQLITE_BUSY_SNAPSHOT halfway through, and a plain BEGIN for readers, so DDL is transactional too.

    Here rather than in an engine "begin" event: with any engine event registered, SQLAlchemy
    dispatches six more per statement, a fifth of its cost on a case save (bench/store.py).
    """

    supports_statement_cache = True

    def do_begin(self, dbapi_connection: Any) -> None:
        dbapi_connection.execute(self.begin_statement())

    @staticmethod
    def begin_statement() -> str:
        """The BEGIN a transaction of the current thread starts with now."""
        return "BEGIN IMMEDIATE" if _WRITING.get() else "BEGIN"


registry.register("sqlite.pana", __name__, "PanaDialect")


def make_engine(directory: Path, master_key: bytes | bytearray, *, create: bool = False) -> Engine:
    """An engine on ``directory/pana.db`` keyed from ``master_key``.

    ``create`` makes a new, empty database file (VaultExistsError if there is one);
    without it an empty database is refused, never taken for a new one.  Raises
    UnsupportedDriverError (driver lacks SQLCipher, nothing created),
    VaultNotFoundError (no database and ``create`` is false) and, on first use,
    DatabaseEmptyError / VaultDamagedError / StorageError for an empty, damaged or
    unwritable file.
    """
    module = driver()
    require_cipher(module)
    path = directory / DB_FILENAME
    if create:
        _create_file(path)
    elif not path.exists():
        raise VaultNotFoundError()
    key = key_spec(master_key)
    engine = create_engine(
        "sqlite+pana://",
        module=module,
        creator=lambda: _keyed_connect(module, path, key, allow_empty=create),
        hide_parameters=True,
        # The URL names no file, so say which pool: one connection per thread, closed on dispose().
        poolclass=QueuePool,
        pool_size=4,
        # The connection used last comes back first: its page cache is the one still valid, where
        # another connection would decrypt again every page written since it was last used.
        pool_use_lifo=True,
    )

    _ENGINE_KEYS[engine] = key
    return engine


def close_engine(engine: Engine) -> None:
    """Close every pooled connection and zero the engine's copy of the database key."""
    engine.dispose()
    zero(_ENGINE_KEYS.pop(engine, None))
