# SPDX-License-Identifier: GPL-3.0-or-later
"""The one engine factory: the only module that knows the store is SQLCipher.

The SQLCipher key is a raw 256-bit key derived from the vault master key, sent as
``PRAGMA key = "x'<hex>'"`` first on every connection (no PBKDF2 per connection,
no passphrase in any URL).  Wrong keys are impossible here: the key slots have
already proved the passphrase, so "file is not a database" means damage.
"""

from __future__ import annotations

import logging
import os
import types
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.db.errors import translate_driver_error
from app.domain.errors import (
    DatabaseEmptyError,
    StorageError,
    UnsupportedDriverError,
    VaultExistsError,
    VaultNotFoundError,
)

DB_FILENAME = "pana.db"
SIDE_FILES = ("-wal", "-shm", "-journal")


class _NoRowLogging(logging.Filter):
    """SQLAlchemy logs fetched rows at DEBUG; those are decrypted case data and never go to a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(("Row ", "Col "))


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_NoRowLogging())

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
)


def driver() -> types.ModuleType:
    """The DB-API module in use; tests swap it for stdlib sqlite3 to prove we refuse it."""
    return sqlcipher3.dbapi2


def database_key(master_key: bytes | bytearray) -> bytes:
    """SQLCipher's raw key: an HKDF subkey of the vault master key, never the passphrase."""
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"pana/sqlcipher/v1").derive(bytes(master_key))


def require_cipher(module: types.ModuleType) -> None:
    """Refuse a driver without SQLCipher before any file is touched."""
    probe = module.connect(":memory:")
    try:
        row = probe.execute("PRAGMA cipher_version").fetchone()
    finally:
        probe.close()
    if not row or not row[0]:
        raise UnsupportedDriverError()


def check_driver() -> None:
    """UnsupportedDriverError unless the driver in use is SQLCipher (call before writing anything)."""
    require_cipher(driver())


def _keyed_connect(module: types.ModuleType, path: Path, key: bytes, allow_empty: bool) -> Any:
    try:
        # Never "rwc": a database file is only ever created by make_engine(create=True).
        conn = module.connect(f"file:{path.as_posix()}?mode=rw", uri=True, check_same_thread=False)
    except module.OperationalError as exc:
        raise VaultNotFoundError() if not path.exists() else translate_driver_error(exc) from exc
    # Transactions are issued by SQLAlchemy's "begin" listener, so DDL is transactional too.
    conn.isolation_level = None
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # hex of random bytes: nothing to escape
    try:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if not tables and not allow_empty:
            # SQLCipher reads a 0-byte file as a new, empty database: refuse it before the
            # journal-mode pragma below writes a first page into it.
            conn.close()
            raise DatabaseEmptyError()
        for pragma in PRAGMAS_AFTER_KEY:
            conn.execute(pragma)
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
    key = database_key(master_key)
    engine = create_engine(
        "sqlite+pysqlite://",
        module=module,
        creator=lambda: _keyed_connect(module, path, key, allow_empty=create),
        hide_parameters=True,
        # The URL names no file, so say which pool: one connection per thread, closed on dispose().
        poolclass=QueuePool,
        pool_size=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("pana_write") else "BEGIN")

    return engine


def rekey(engine: Engine, new_master_key: bytes | bytearray) -> None:
    """Re-encrypt every page under the key derived from ``new_master_key`` (one SQLCipher transaction).

    The engine is disposed afterwards: its pooled connections hold the old key.
    """
    key = database_key(new_master_key)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
    except engine.dialect.dbapi.DatabaseError as exc:  # type: ignore[union-attr]
        raise translate_driver_error(exc) from exc
    finally:
        engine.dispose()
