# SPDX-License-Identifier: GPL-3.0-or-later
"""Long statements that can be stopped: SQLite calls ``tick`` every so many virtual-machine steps
while a statement runs on a driver connection; a ``Cancelled`` (or any exception) from ``tick``
interrupts the statement and is raised in its place.

Used where one statement runs for seconds at a large vault: the backup's ``VACUUM INTO``, the
check's ``integrity_check``.  (SQLCipher's ``cipher_integrity_check`` runs before the first step and
cannot be interrupted: the check reads the pages itself, ``app.db.page_check``.)
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

_SQLITE_INTERRUPT = 9
#: Steps between two ticks: a few milliseconds of SQLite's work in a statement.
STEPS_PER_TICK = 50_000
#: ``integrity_check`` counts its steps in pages and cells checked, each far more work: at 10,000
#: demo cases 50,000 of them went up to 0.15 s without a tick (5 s on a cold cache), 2,000 at
#: most 0.03 s.
CHECK_STEPS_PER_TICK = 2_000


@contextlib.contextmanager
def ticking(raw: Any, tick: Callable[[], None], steps: int | None = None) -> Iterator[None]:
    """Inside the block, statements on the driver connection ``raw`` call ``tick`` every ``steps``
    (default ``STEPS_PER_TICK``); afterwards the connection carries no handler (nor, through it,
    ``tick``)."""
    stopped: list[BaseException] = []

    def handler() -> int:
        try:
            tick()
        except BaseException as stop:  # the driver would swallow it and say only "interrupted"
            # Cancelled, but also Ctrl+C (its KeyboardInterrupt surfaces in the first Python code
            # SQLite calls) or a bug in ``tick``: each stops the statement and comes out as itself.
            stopped.append(stop)
            return 1  # SQLite stops the statement: SQLITE_INTERRUPT
        return 0

    raw.set_progress_handler(handler, steps or STEPS_PER_TICK)
    try:
        yield
    except Exception as exc:
        if stopped:
            raise stopped[0] from None
        driver_error = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's
        interrupted = getattr(driver_error, "sqlite_errorcode", None) == _SQLITE_INTERRUPT
        if interrupted and threading.current_thread() is threading.main_thread():
            # Only the handler stops a statement, and it stopped none: it was itself interrupted
            # before its ``try``, by Ctrl+C's KeyboardInterrupt, which the driver swallowed.  (Only
            # the main thread gets Ctrl+C; a GUI worker's task handles exceptions, not interrupts.)
            raise KeyboardInterrupt from None
        raise
    finally:
        raw.set_progress_handler(None, 0)
