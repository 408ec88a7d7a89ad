# SPDX-License-Identifier: GPL-3.0-or-later
"""One running Pana per vault: an OS file lock on ``<vault_dir>/pana.lock``."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from app.domain.errors import StorageError, VaultLockedByOtherError, VaultNotFoundError

LOCK_FILE_NAME = "pana.lock"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """Exclusive, non-blocking lock on a vault directory, usable as a context manager.

    ``acquire`` raises ``VaultLockedByOtherError`` while another process (or
    another ``InstanceLock`` in this one) holds it, ``VaultNotFoundError`` if
    the directory is missing, ``StorageError`` for other I/O failures.  The
    OS releases the lock when the holder dies, so a crash leaves no stale
    lock.  The lock file stays empty and is never deleted (deleting it would
    let two processes lock two different files).  Local file systems only:
    network shares may not honour the lock.
    """

    def __init__(self, vault_dir: Path) -> None:
        self.path = Path(vault_dir) / LOCK_FILE_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise at once; never waits."""
        if self._fd is not None:
            return
        if not self.path.parent.is_dir():
            raise VaultNotFoundError()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise StorageError() from exc
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            raise StorageError() from exc
        if not locked:
            os.close(fd)
            raise VaultLockedByOtherError()
        self._fd = fd

    def release(self) -> None:
        """Drop the lock; safe to call when not held."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the descriptor below releases the lock anyway
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
