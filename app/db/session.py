# SPDX-License-Identifier: GPL-3.0-or-later
"""The open database: a session factory, one-transaction scopes and locking (dispose)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import beginning, close_engine
from app.db.errors import translated
from app.db.models import Revision
from app.domain.errors import PanaError, StorageError, VaultLockedError
from app.domain.hlc import HybridClock


class Database:
    """Owns the engine of one unlocked vault.  Thread-safe: each transaction has its own session."""

    def __init__(self, engine: Engine) -> None:
        self._engine: Engine | None = None
        self._pending: list[Callable[[Session], object]] = []
        self.replace_engine(engine)
        with self.transaction(readonly=True) as session:
            last = session.scalar(select(func.max(Revision.hlc))) or ""
        self.clock = HybridClock(last)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLockedError()
        return self._engine

    @contextlib.contextmanager
    def transaction(self, *, readonly: bool = False) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error; driver errors become typed.

        A write transaction first runs the writes held back by ``write_later``.
        """
        if self._engine is None:
            raise VaultLockedError()
        with beginning(write=not readonly):
            if readonly:
                with translated(), self._sessions.begin() as session:
                    yield session
                return
            pending, self._pending = self._pending, []
            try:
                with translated(), self._sessions.begin() as session:
                    for write in pending:
                        write(session)
                    yield session
            except BaseException:
                self._pending[:0] = pending
                raise

    def write_later(self, write: Callable[[Session], object]) -> None:
        """Run ``write`` at the start of the next write transaction, or when closing.

        For what must not stop reading when it cannot be written now (the unlock's
        audit entry on a full disk).
        """
        self._pending.append(write)

    def write_now_or_later(self, write: Callable[[Session], object]) -> bool:
        """Run ``write`` in a transaction now; on a full or read-only disk hold it back for the next
        write transaction (``write_later``).  Returns whether it was written now.  ``write`` should
        stamp its own time, since it may run later."""
        try:
            with self.transaction() as session:
                write(session)
        except StorageError:
            self.write_later(write)
            return False
        return True

    def replace_engine(self, engine: Engine) -> None:
        """Use ``engine`` from now on (at start, after a re-key); the old one is closed, its key zeroed."""
        if self._engine is not None and self._engine is not engine:
            close_engine(self._engine)
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        """Write what is held back if the disk allows, close every connection and zero the database key.

        Afterwards every use raises VaultLockedError.
        """
        if self._engine is None:
            return
        try:
            if self._pending:
                with contextlib.suppress(PanaError), self.transaction():
                    pass  # still full or read-only: what was held back is lost
        finally:
            close_engine(self._engine)
            self._engine = None
            self._pending.clear()
            # The session factory holds the engine (and through it the key buffer): drop it too.
            del self._sessions

    @property
    def is_open(self) -> bool:
        return self._engine is not None
