# SPDX-License-Identifier: GPL-3.0-or-later
"""The one worker abstraction: plain Python work run off the GUI thread, reporting through signals.

The work is a callable taking ``progress(done, total, message)``; it never touches
widgets.  ``progress`` raises ``Cancelled`` once ``cancel()`` was called, which is
how long work stops.  Database work goes to ``db_pool`` (one thread: SQLite has
one writer); CPU-only work may use ``cpu_pool``.
"""

from __future__ import annotations

import inspect
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.domain.errors import Cancelled
from app.domain.progress import Progress

Work = Callable[[Progress], Any]


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(Exception)
    finished = Signal()


class Task(QRunnable):
    """Runs ``work(progress)`` on a pool thread; results arrive on the GUI thread via ``signals``."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps the task (and its signals) alive until finished
        self._work = work
        self._cancelled = threading.Event()
        self.signals = TaskSignals()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int, message: str) -> None:
        if self._cancelled.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total, message)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as exc:  # every failure, typed or a bug, goes back to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


FailureHandler = Callable[[Exception], None]


def _weakly(handler: FailureHandler | None) -> Callable[[], FailureHandler | None]:
    """``handler`` as a getter; a screen's method is held weakly, as Qt holds a slot, so that a task
    never keeps a closed screen alive."""
    if inspect.ismethod(handler):
        return weakref.WeakMethod(handler)
    return lambda: handler


class TaskRunner:
    """Starts tasks on the right pool and keeps them alive until they finish."""

    def __init__(self) -> None:
        self.db_pool = QThreadPool()
        self.db_pool.setMaxThreadCount(1)
        self.cpu_pool = QThreadPool.globalInstance()
        self._running: set[Task] = set()
        #: Asked first about every task's failure, on the GUI thread.  One that returns True took the
        #: failure over (the shell ends the session on a damaged vault, whichever screen met the
        #: damage), and the task's own ``on_failure`` is not called: its screen is gone with the
        #: session, and its message would be a second one.
        self.failure_watchers: list[Callable[[Exception], bool]] = []

    def start(
        self,
        work: Work,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: FailureHandler | None = None,
        on_progress: Progress | None = None,
        database: bool = True,
    ) -> Task:
        task = Task(work)
        if on_success:
            task.signals.succeeded.connect(on_success)
        held = _weakly(on_failure)
        task.signals.failed.connect(lambda error: self._failed(error, held()))
        if on_progress:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda: self._running.discard(task))
        self._running.add(task)
        (self.db_pool if database else self.cpu_pool).start(task)
        return task

    def _failed(self, error: Exception, on_failure: FailureHandler | None) -> None:
        if any(watcher(error) for watcher in self.failure_watchers):
            return
        owner = getattr(on_failure, "__self__", None)
        if on_failure is not None and (not isinstance(owner, QObject) or shiboken6.isValid(owner)):
            on_failure(error)  # as a direct connection would: never to a screen already deleted

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task is done (tests, shutdown, lock)."""
        return self.db_pool.waitForDone(msecs) and self.cpu_pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)
