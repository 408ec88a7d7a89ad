# SPDX-License-Identifier: GPL-3.0-or-later
"""Maps driver exceptions to the typed errors of ``app.domain.errors`` (without their text).

Both routes are covered: SQLAlchemy's wrapped ``DBAPIError`` and the driver's own exceptions,
raised where a hot path reads straight from the driver's connection (name search).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError

from app.domain.errors import (
    DiskFullError,
    PanaError,
    StorageError,
    VaultDamagedError,
    VaultLockedByOtherError,
    storage_error,
)

# SQLite primary result codes (https://sqlite.org/rescode.html).
_DAMAGE = {11, 26}  # CORRUPT, NOTADB
_FULL = 13
_STORAGE = {8, 10, 14}  # READONLY, IOERR, CANTOPEN
_BUSY = {5, 6}  # BUSY, LOCKED


def translate_driver_error(exc: BaseException) -> Exception:
    """The typed error for a driver exception, or the exception itself when it is a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return exc if isinstance(exc, Exception) else RuntimeError(type(exc).__name__)
    primary = code & 0xFF
    if primary in _DAMAGE:
        return VaultDamagedError()
    if primary == _FULL:
        return DiskFullError()
    if primary in _STORAGE:
        return StorageError()
    if primary in _BUSY:
        return VaultLockedByOtherError()
    return exc if isinstance(exc, Exception) else RuntimeError(type(exc).__name__)


@contextlib.contextmanager
def translated() -> Iterator[None]:
    """Re-raise driver failures inside the block as typed, user-facing errors."""
    try:
        yield
    except PanaError:
        raise
    except OSError as exc:
        raise storage_error(exc) from exc
    except Exception as exc:
        cause = exc.orig if isinstance(exc, DBAPIError) else exc
        if cause is None:
            raise
        typed = translate_driver_error(cause)
        if typed is cause:
            raise
        raise typed from None
