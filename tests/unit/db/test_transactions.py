# SPDX-License-Identifier: GPL-3.0-or-later
"""How transactions begin (``PanaDialect``): a writer holds the write lock from its first statement,
a reader never takes it, even inside a writer's block, no engine event slows every statement, and the
connection used last is used next."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db import models as m
from app.services.session import UnlockedVault


def other_writer_can_begin(vault: UnlockedVault) -> bool:
    """Whether a second connection can take the write lock at once (no waiting)."""
    with vault.db.engine.connect() as other:
        driver = other.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA busy_timeout = 0")
        try:
            driver.execute("BEGIN IMMEDIATE")
        except Exception as exc:  # the driver's own "database is locked"
            assert getattr(exc, "sqlite_errorcode", 0) & 0xFF == 5, exc
            return False
        finally:
            driver.execute("PRAGMA busy_timeout = 5000")
        driver.execute("ROLLBACK")
        return True


def test_a_write_transaction_holds_the_write_lock_from_its_start(vault: UnlockedVault) -> None:
    with vault.db.transaction() as session:
        session.execute(select(m.Office.id)).all()  # reads only, yet it writes next: it must not wait then
        assert not other_writer_can_begin(vault)
    assert other_writer_can_begin(vault)


def test_a_read_transaction_takes_no_write_lock_even_inside_a_writers_block(vault: UnlockedVault) -> None:
    with vault.db.transaction(readonly=True) as session:
        session.execute(select(m.Office.id)).all()
        assert other_writer_can_begin(vault)
    with vault.db.transaction() as writer:
        writer.execute(select(m.Office.id)).all()
        with vault.db.transaction(readonly=True) as reader:  # a second connection: it must not queue
            assert reader.execute(select(m.Office.id)).all()
        writer.execute(text("SELECT 1"))  # the writer's block still writes after the reader's


def test_no_engine_event_is_registered(vault: UnlockedVault) -> None:
    """With any engine event, SQLAlchemy dispatches six more per statement (a fifth of a save's cost)."""
    assert not vault.db.engine._has_events


def _driver(session: Session) -> object:
    return session.connection().connection.driver_connection


def test_a_transaction_gets_the_connection_used_last_whose_page_cache_is_still_valid(
    vault: UnlockedVault,
) -> None:
    with vault.db.transaction(readonly=True) as outer:
        used_last = _driver(outer)
        with vault.db.transaction(readonly=True) as inner:
            assert _driver(inner) is not used_last
    with vault.db.transaction() as session:
        assert _driver(session) is used_last
