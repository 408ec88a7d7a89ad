# SPDX-License-Identifier: GPL-3.0-or-later
"""Re-encrypting the database under a new key: copy, verify, then swap; the old file is never written.

SQLCipher's ``PRAGMA rekey`` rewrites the pages in place and answers ``ok`` whatever
happened: ``sqlite3_rekey_v2`` returns SQLITE_OK even when its commit failed (a full
disk), and the connection then believes the new key while the file keeps the old
one.  In WAL mode it is also unsafe with other connections open.  So instead:

1. ``sqlcipher_export`` copies every table into a new file under the new key, in
   ``.rekeying/`` inside the vault folder, and the rows copied are digested in the
   same transaction;
2. a fresh connection under the new key reads the copy and compares every row
   with that digest; the caller's last write (the audit entry) goes into the copy;
3. every page's HMAC is verified (``app.db.page_check``) and a fresh connection reads the
   structure (``integrity_check``);
4. only then is the copy renamed over ``pana.db``: one atomic step.

Until the rename the old key opens the unchanged database; after it the new key
opens a verified one.  It needs free space for one more copy of the database; a
full disk stops it before anything changed.  Each step tells how far it is, and a
``Cancelled`` (or Ctrl+C) before the rename stops it the same way.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.db.engine import (
    DB_FILENAME,
    SIDE_FILES,
    beginning,
    close_engine,
    driver,
    key_spec,
    make_engine,
    zero,
)
from app.db.errors import translate_driver_error, translated
from app.db.interrupt import bytes_in_use, growing, integrity_ticking
from app.db.page_check import damaged_vault_pages
from app.domain.errors import KeyChangeUnverifiedError, PanaError, StorageError, VaultDamagedError
from app.domain.progress import Progress
from app.services.told import Told, parts
from app.vault.storage import fsync_dir

STAGING = ".rekeying"
#: The parts of a re-key's work, (start, share): the export, the digest of the rows copied, that of
#: the copy read back, the page check, integrity_check (16, 27, 27, 5 and 17 % of 4.4 s at 2,000
#: demo cases, the rest before and after them).
_EXPORT, _COPY_DIGEST, _READ_BACK_DIGEST, _PAGES, _STRUCTURE = parts(0.20, 0.28, 0.28, 0.06, 0.18)
#: Rows hashed between two reports of a digest's progress.
_ROWS_PER_TICK = 2_000
#: The bytes the first digest hashes for each byte of the pages in use (its progress is measured
#: against that): 0.7 at 2,000 demo cases.  The second digest knows the first's count.
_HASHED_PER_BYTE_IN_USE = 0.7

_log = logging.getLogger(__name__)


def rekey(
    engine: Engine,
    directory: Path,
    new_master_key: bytearray,
    *,
    last_write: Callable[[Session], object],
    progress: Progress | None = None,
) -> Engine:
    """Re-encrypt ``directory``'s database under ``new_master_key``; returns an engine on it.

    ``engine`` (the open database) is disposed before the swap: nothing else may use
    the database meanwhile.  Raises ``DiskFullError``/``StorageError`` when the copy
    cannot be written and ``KeyChangeUnverifiedError`` when it does not read back
    whole; in both cases the database is unchanged and still under the old key.
    ``progress(done, STEPS, "re-encrypting")`` follows the copy and its checks; a ``Cancelled``
    from it, which it can raise until the swap, leaves the database as it was.
    """
    staging = directory / STAGING
    tell = Told(progress, "re-encrypting")
    remove_leftovers(directory)
    try:
        with _driver_errors_typed():
            staging.mkdir(mode=0o700)
            copied = _export(engine, staging / DB_FILENAME, new_master_key, tell)
            _verify(staging, new_master_key, copied, last_write, tell)
            close_engine(engine)
            _swap(staging / DB_FILENAME, directory)
    finally:
        remove_leftovers(directory)
    return make_engine(directory, new_master_key)


def opens_with(directory: Path, master_key: bytearray) -> bool | None:
    """Whether a fresh connection under ``master_key`` reads the database: None when that cannot be told."""
    engine = make_engine(directory, master_key)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except VaultDamagedError:
        return False
    except PanaError:
        return None
    finally:
        close_engine(engine)
    return True


def remove_leftovers(directory: Path) -> None:
    """Remove the staging folder an interrupted re-key left behind (best effort)."""
    shutil.rmtree(directory / STAGING, ignore_errors=True)


@contextlib.contextmanager
def _driver_errors_typed() -> Iterator[None]:
    """Raw DB-API calls raise the driver's own exceptions: type them like ``translated`` does."""
    with translated():
        try:
            yield
        except driver().Error as exc:
            typed = translate_driver_error(exc)
            if typed is exc:
                raise
            raise typed from exc


def _export(engine: Engine, target: Path, master_key: bytearray, tell: Told) -> tuple[str, int]:
    """Copy every table into ``target`` under ``master_key``'s database key; returns the digest of
    the rows copied and the bytes it hashed (``_digest``)."""
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # owner-only from the start
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        in_use = bytes_in_use(raw)
        key = key_spec(master_key)  # bound as a blob: no str copy of the key
        try:
            raw.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), key))
        finally:
            zero(key)
        try:
            raw.execute("BEGIN IMMEDIATE")  # no writer between the copy and its digest
            try:
                # The copy's pages spill into its file as the export goes.
                with growing(raw, target, in_use, tell.part(*_EXPORT)):
                    raw.execute("SELECT sqlcipher_export('rekeyed')")
                version = int(raw.execute("PRAGMA main.user_version").fetchone()[0])
                raw.execute(f"PRAGMA rekeyed.user_version = {version}")  # sqlcipher_export skips it
                copied = _digest(raw, tell.part(*_COPY_DIGEST), int(in_use * _HASHED_PER_BYTE_IN_USE))
                raw.execute("COMMIT")
            finally:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
        finally:
            try:
                raw.execute("DETACH DATABASE rekeyed")
            except driver().Error:
                connection.invalidate()  # never hand a connection with the copy attached back to the pool
    return copied


def _verify(
    staging: Path,
    master_key: bytearray,
    copied: tuple[str, int],
    last_write: Callable[[Session], object],
    tell: Told,
) -> None:
    """Read the copy back under the new key, add ``last_write`` to it, then check every page."""
    copy, database = make_engine(staging, master_key), staging / DB_FILENAME
    try:
        with _driver_errors_typed():
            with copy.connect() as connection:
                raw = connection.connection.dbapi_connection
                if _digest(raw, tell.part(*_READ_BACK_DIGEST), copied[1]) != copied:
                    raise KeyChangeUnverifiedError()
            with beginning(write=True), Session(copy) as session, session.begin():
                last_write(session)
            copy.dispose()  # the last close checkpoints the WAL into the file (reconnects below)
            if damaged_vault_pages(database, master_key, tell.part(*_PAGES)):
                raise KeyChangeUnverifiedError()
            with copy.connect() as connection:
                raw = connection.connection.dbapi_connection
                assert raw is not None
                with integrity_ticking(raw, tell.part(*_STRUCTURE)):
                    structure = raw.execute("PRAGMA integrity_check").fetchall()
            if structure != [("ok",)]:
                raise KeyChangeUnverifiedError()
            tell(1.0)
    except VaultDamagedError as exc:  # the copy is damaged, not the vault
        raise KeyChangeUnverifiedError() from exc
    finally:
        close_engine(copy)
    if _has_frames(database):
        raise KeyChangeUnverifiedError()  # part of the copy would stay behind in its WAL


def _swap(staged: Path, directory: Path) -> None:
    """Rename the verified copy over the database: the one step that changes the vault."""
    target = directory / DB_FILENAME
    if _has_frames(target):
        # Frames the closed engine could not checkpoint would be replayed onto the new file.
        raise StorageError()
    for suffix in SIDE_FILES:
        (directory / (DB_FILENAME + suffix)).unlink(missing_ok=True)
    os.replace(staged, target)
    try:
        fsync_dir(directory)
    except OSError as exc:  # the rename is done: the vault is re-keyed, only its durability is unsure
        _log.warning("the re-keyed database is in place; syncing its folder failed (%s)", exc.strerror)


def _has_frames(database: Path) -> bool:
    wal = database.with_name(database.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _digest(raw: Any, tell_share: Callable[[float], None], expected: int) -> tuple[str, int]:
    """SHA-256 of the main database's schema, ``user_version`` and every row, in primary-key order,
    and the bytes hashed; ``tell_share`` is told those bytes against ``expected`` every
    ``_ROWS_PER_TICK`` rows.  SQLite's own tables but ``sqlite_sequence`` are left out: it holds
    the numbers AUTOINCREMENT has given (``revisions.stored``), which must never be given again.

    A row is hashed as its ``repr``: unambiguous for the values SQLite returns (the quotes tell
    text from numbers, ``b''`` blobs from text), and half the time of hashing value by value."""
    digest, hashed = hashlib.sha256(), 0
    objects = raw.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master"
        " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' OR name = 'sqlite_sequence' ORDER BY type, name"
    ).fetchall()
    digest.update(repr(objects).encode())
    digest.update(repr(raw.execute("PRAGMA main.user_version").fetchall()).encode())
    for table in (name for kind, name, _, _ in objects if kind == "table"):
        columns = raw.execute("SELECT name, pk FROM pragma_table_info(?, 'main')", (table,)).fetchall()
        keys = [name for name, pk in sorted(columns, key=lambda c: c[1]) if pk]
        order = ", ".join(_quoted(name) for name in keys or [name for name, _ in columns])
        query = f"SELECT * FROM main.{_quoted(table)} ORDER BY {order}"  # noqa: S608 (quoted names)
        for rows, row in enumerate(raw.execute(query), 1):
            data = repr(row).encode("utf-8", "surrogatepass")
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
            hashed += len(data)
            if rows % _ROWS_PER_TICK == 0:
                tell_share(hashed / max(expected, 1))
    tell_share(1.0)
    return digest.hexdigest(), hashed


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'
