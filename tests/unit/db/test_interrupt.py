# SPDX-License-Identifier: GPL-3.0-or-later
"""What stops a long statement comes out as itself: a cancel, Ctrl+C, a bug in the tick."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from app.db import interrupt
from app.domain.errors import Cancelled
from app.services.session import UnlockedVault

_LONG = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000) SELECT count(*) FROM n"
)


@pytest.mark.parametrize("stop", [Cancelled, KeyboardInterrupt, RuntimeError])
def test_what_a_tick_raises_stops_the_statement_and_comes_out_as_itself(stop: type[BaseException]) -> None:
    connection = sqlcipher.connect(":memory:")
    ticks: list[int] = []

    def tick() -> None:
        ticks.append(1)
        if len(ticks) == 3:
            raise stop()

    with pytest.raises(stop), interrupt.ticking(connection, tick):
        connection.execute(_LONG).fetchall()
    assert len(ticks) == 3  # stopped at once, not run to its end
    assert connection.execute(_LONG).fetchone()[0] == 2_000_000 and len(ticks) == 3  # the handler is gone


def test_an_interruption_nothing_in_the_tick_asked_for_is_ctrl_c() -> None:
    """Ctrl+C's KeyboardInterrupt can fire as the handler starts, before its ``try``; the driver then
    swallows it and says only "interrupted".  Here an interrupt the tick did not raise stands in."""
    connection = sqlcipher.connect(":memory:")
    with pytest.raises(KeyboardInterrupt), interrupt.ticking(connection, connection.interrupt):
        connection.execute(_LONG).fetchall()


def test_so_it_is_under_a_session(vault: UnlockedVault) -> None:
    """Through SQLAlchemy the driver's error comes wrapped (the check's statements run that way)."""
    with vault.db.transaction(readonly=True) as session:
        raw = session.connection().connection.dbapi_connection
        with pytest.raises(KeyboardInterrupt), interrupt.ticking(raw, raw.interrupt):
            session.execute(text(_LONG)).all()


def test_off_the_main_thread_an_unasked_interruption_stays_a_driver_error() -> None:
    """A GUI worker never gets Ctrl+C, and its task would not end on a KeyboardInterrupt."""
    raised: list[BaseException] = []

    def work() -> None:
        connection = sqlcipher.connect(":memory:")
        try:
            with interrupt.ticking(connection, connection.interrupt):
                connection.execute(_LONG).fetchall()
        except BaseException as exc:
            raised.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert [type(exc) for exc in raised] == [sqlcipher.OperationalError]
