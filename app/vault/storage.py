# SPDX-License-Identifier: GPL-3.0-or-later
"""Key file I/O: bounded read, atomic durable replace (staged, then published), clean-up, crypto-erase."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
import stat
from pathlib import Path

from app.domain.errors import StorageError, VaultNotFoundError, storage_error
from app.vault.keyfile import MAX_FILE_BYTES, Document, damaged, parse

KEY_FILE_NAME = "pana.keys"
TMP_SUFFIX = ".tmp"
SHRED_MAX_BYTES = 16 * MAX_FILE_BYTES

_log = logging.getLogger(__name__)


def tmp_path(path: Path) -> Path:
    """The sibling temporary file used while rewriting ``path``."""
    return path.with_name(path.name + TMP_SUFFIX)


def read(path: Path, *, remove_leftover: bool = True) -> Document:
    """Remove a leftover temporary file (unless told not to), then read and ``parse`` ``path``.

    Raises ``VaultNotFoundError`` when there is no key file,
    ``KeyFileDamagedError`` for a bad one, ``StorageError`` when unreadable.
    """
    leftover = tmp_path(path)
    if remove_leftover and leftover.exists():
        # A read-only medium must still open; the next successful write replaces the leftover.
        with contextlib.suppress(StorageError):
            shred(leftover)
    try:
        # O_NONBLOCK: a FIFO planted as the key file must not hang the app.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise VaultNotFoundError() from None
    except OSError as exc:
        raise StorageError() from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise damaged("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise damaged("too large")
        raw = _read_at_most(fd, MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise StorageError() from exc
    finally:
        os.close(fd)
    return parse(raw)


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = os.read(fd, limit - total)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def fsync_dir(directory: Path) -> None:
    """Make a rename or unlink in ``directory`` durable (no-op where directories cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (FUSE, network shares) cannot fsync a directory at all; that is
        # not a failed write, and the rename itself has already happened.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: ``stage`` it beside ``path``, then ``publish`` it.

    On any ``OSError`` before the rename (disk full, read-only, I/O error) the
    previous file is left as it was, the temporary file is removed when
    possible, and ``StorageError`` (``DiskFullError`` for a full disk) is raised.
    """
    stage(path, data)
    publish(path)


def stage(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``'s temporary sibling and fsync it; ``path`` itself is not touched.

    ``publish`` puts it in place (a rename: no free space needed), ``discard``
    drops it; a leftover is removed by the next ``read``.  Raises
    ``StorageError``/``DiskFullError`` after removing the partial file.
    """
    tmp = tmp_path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, flags, 0o600)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        discard(path)
        raise storage_error(exc) from exc


def publish(path: Path) -> None:
    """Rename the staged file over ``path``, then make the rename durable.

    Once the rename has happened the new content is in place, so a failing
    directory fsync afterwards is logged, not raised: reporting a failure
    then would make the caller believe the old content still holds.
    """
    try:
        os.replace(tmp_path(path), path)
    except OSError as exc:
        discard(path)
        raise storage_error(exc) from exc
    try:
        fsync_dir(path.parent)
    except OSError as exc:
        _log.warning("%s was replaced, but the folder could not be synced (%s)", path.name, exc.strerror)


def discard(path: Path) -> None:
    """Remove ``path``'s staged temporary file, if any (best effort; ``read`` removes leftovers)."""
    with contextlib.suppress(OSError):
        tmp_path(path).unlink(missing_ok=True)


def shred(path: Path, *, limit: int = SHRED_MAX_BYTES) -> None:
    """Overwrite ``path`` (its first ``limit`` bytes) with random bytes, fsync, then unlink it;
    ``StorageError`` if it remains.

    A failed overwrite (read-only or failing medium) does not stop the unlink.
    On SSDs and journaling or copy-on-write file systems old blocks may
    survive the overwrite; what makes erasure count is that the wrapped keys
    are gone from the file system.
    """
    # O_NONBLOCK: opening a planted FIFO for writing must fail at once, not wait for a reader.
    flags = (
        os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    )
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return
    except OSError:
        fd = -1
    if fd >= 0:
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode):
                _write_all(fd, secrets.token_bytes(max(min(info.st_size, limit), 1)))
                os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
    try:
        path.unlink(missing_ok=True)
        fsync_dir(path.parent)
    except OSError as exc:
        raise StorageError() from exc


def erase(vault_dir: Path) -> None:
    """Crypto-erase the vault in ``vault_dir``: shred ``pana.keys`` and any ``pana.keys.tmp``.

    Without the key file the database cannot be decrypted by anyone, even
    with the passphrase or a copy of ``pana.db``.  Raises ``StorageError`` if
    a file could not be removed.  Missing files are not an error.
    """
    for path in key_files(vault_dir):
        shred(path)


def key_files(vault_dir: Path) -> list[Path]:
    """The files of ``vault_dir`` that can hold key slots: a leftover ``pana.keys.tmp``, ``pana.keys``."""
    key_file = Path(vault_dir) / KEY_FILE_NAME
    return [tmp_path(key_file), key_file]
