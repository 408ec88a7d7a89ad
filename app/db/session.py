# SPDX-License-Identifier: GPL-3.0-or-later
"""The open database: a session factory, one-transaction scopes and locking (dispose)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import close_engine
from app.db.errors import translated
from app.db.models import Revision
from app.domain.errors import VaultLockedError
from app.domain.hlc import HybridClock


class Database:
    """Owns the engine of one unlocked vault.  Thread-safe: each transaction has its own session."""

    def __init__(self, engine: Engine) -> None:
        self._engine: Engine | None = None
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
        """One unit of work: commit on success, roll back on any error; driver errors become typed."""
        if self._engine is None:
            raise VaultLockedError()
        factory = self._reader if readonly else self._writer
        with translated(), factory.begin() as session:
            yield session

    def replace_engine(self, engine: Engine) -> None:
        """Use ``engine`` from now on (at start, after a re-key); the old one is closed, its key zeroed."""
        if self._engine is not None and self._engine is not engine:
            close_engine(self._engine)
        self._engine = engine
        # Writers take the write lock at BEGIN (IMMEDIATE), so two writers queue instead of
        # failing with SQLITE_BUSY_SNAPSHOT halfway through; readers never block anyone.
        self._writer = sessionmaker(engine.execution_options(pana_write=True), expire_on_commit=False)
        self._reader = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        """Close every connection and zero the database key; afterwards every use raises VaultLockedError."""
        if self._engine is not None:
            close_engine(self._engine)
            self._engine = None
            # The session factories hold the engine (and through it the key buffer): drop them too.
            del self._writer, self._reader

    @property
    def is_open(self) -> bool:
        return self._engine is not None
