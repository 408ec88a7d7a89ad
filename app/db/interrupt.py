# SPDX-License-Identifier: GPL-3.0-or-later
"""Long statements that can be stopped: SQLite calls ``tick`` every so many virtual-machine steps
while a statement runs on a driver connection; a ``Cancelled`` (or any exception) from ``tick``
interrupts the statement and is raised in its place.

Used where one statement runs for seconds at a large vault: the backup's ``VACUUM INTO`` and the
key rotation's ``sqlcipher_export`` (whose share done ``growing`` follows), the check's
``integrity_check`` (whose share done ``integrity_ticking`` estimates).  (SQLCipher's
``cipher_integrity_check`` runs before the first step and cannot be interrupted: the check reads
the pages itself, ``app.db.page_check``.)
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
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


#: The virtual-machine steps ``integrity_check`` takes per page of the database: 340-350 from 300 to
#: 3,000 demo cases (it walks every page of every table and index).
INTEGRITY_STEPS_PER_PAGE = 350


@contextlib.contextmanager
def integrity_ticking(raw: Any, tell_share: Callable[[float], None]) -> Iterator[None]:
    """``ticking`` for a ``PRAGMA integrity_check`` on ``raw``: ``tell_share`` is told the share of
    the check done, estimated from its steps so far against the database's pages (at most 1)."""
    pages = int(raw.execute("PRAGMA page_count").fetchone()[0])
    expected = max(INTEGRITY_STEPS_PER_PAGE * pages, 1)
    steps = 0

    def tick() -> None:
        nonlocal steps
        steps += CHECK_STEPS_PER_TICK
        tell_share(min(steps / expected, 1.0))

    with ticking(raw, tick, CHECK_STEPS_PER_TICK):
        yield


def bytes_in_use(raw: Any) -> int:
    """The bytes of the pages the database on ``raw`` uses (a copy leaves the free ones out)."""

    def pragma(name: str) -> int:
        return int(raw.execute(f"PRAGMA {name}").fetchone()[0])  # SQLCipher gives page_size as text

    return (pragma("page_count") - pragma("freelist_count")) * pragma("page_size")


@contextlib.contextmanager
def growing(raw: Any, copy: Path, expected: int, tell_share: Callable[[float], None]) -> Iterator[None]:
    """``ticking`` for a statement on ``raw`` that copies the database into the file ``copy``
    (``VACUUM INTO``, ``sqlcipher_export``): ``tell_share`` is told the size the copy has reached
    against ``expected`` bytes (``bytes_in_use``; at most 1)."""

    def look() -> None:
        try:
            size = os.stat(copy).st_size
        except OSError:
            return  # the size is only for the progress bar
        tell_share(min(size / max(expected, 1), 1.0))

    with ticking(raw, look):
        yield
