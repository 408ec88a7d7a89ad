# SPDX-License-Identifier: GPL-3.0-or-later
"""How long work on screen meets the vault's lock.

A backup, a check or a key replacement, an exchange file or a report being written, an exchange file
being checked or imported: a lock the user asks for stops it (each is cancelled with nothing
changed); the idle lock lets it end first with no case on screen, because someone may watch its bar
for longer than the idle time.  Either way, what became of it is said once after the next unlock, so
nobody takes a stopped job for a finished one.  ``LongWork`` is what the shell asks of such a screen;
``LockWait`` is the bookkeeping they share, and ``LongWorkDialog`` what a dialog running such work
adds to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLayout, QProgressBar, QWidget

from app.domain.errors import Cancelled
from app.ui.errors import operation_failed
from app.ui.tasks import Task


@runtime_checkable
class LongWork(Protocol):
    """A screen that may be running long work when the vault locks."""

    @property
    def busy(self) -> bool:
        """Its work is under way."""
        ...

    def lock_when_done(self, lock: Callable[[], None]) -> None:
        """Show nothing of the cases, let the work end, then call ``lock``."""
        ...

    def stop(self) -> None:
        """Cancel the work now: the vault is locking."""
        ...

    @property
    def outcome_at_lock(self) -> str:
        """What became of work that ended as the vault locked; "" when there is nothing to say."""
        ...


class LockWait:
    """Whether the vault is locking while a screen's work runs, the lock waiting for its end, and the
    outcome to say after the next unlock."""

    def __init__(self) -> None:
        #: The vault locks once the work has ended (it was stopped, or the lock waits for it).
        self.locking = False
        self.outcome = ""
        #: The person at the laptop cancelled the work under way: nothing is said of it after unlock.
        self.cancelled_here = False
        self._then: Callable[[], None] | None = None

    def started(self) -> None:
        """New work begins: nobody has cancelled it yet."""
        self.cancelled_here = False

    def cancel(self, task: Task | None) -> None:
        """The person at the laptop cancels ``task`` (Cancel, or closing its dialog); one the lock
        stopped already stays the lock's."""
        if task is not None and not task.cancelled:
            task.cancel()
            self.cancelled_here = True

    def wait(self, lock: Callable[[], None], task: Task | None) -> None:
        """Call ``lock`` once ``task`` has ended (its result delivered first), even if the screen that
        started it was closed meanwhile."""
        self.locking, self._then = True, lock
        if task is not None:
            task.signals.finished.connect(self._release)

    def stop(self, task: Task | None) -> None:
        if task is not None:
            self.locking = True
            task.cancel()

    def failed(self, error: Exception, stopped: str, failure: str | None) -> None:
        """The work failed while the vault was locking: ``stopped`` when it was cancelled (nothing when
        by the person at the laptop), else ``failure``, a bug too in words (no crash box on the unlock)."""
        if isinstance(error, Cancelled):
            self.end("" if self.cancelled_here else stopped)
        else:
            self.end(failure or operation_failed())

    def end(self, outcome: str) -> None:
        """The work ended while the vault was locking: keep ``outcome`` for after the next unlock and
        let a waiting lock run."""
        self.outcome = outcome
        self._release()

    def _release(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            QTimer.singleShot(0, then)  # after this result is delivered, not inside it


def waiting_text() -> str:
    """What long work on screen says while the idle lock waits for it."""
    return QCoreApplication.translate("LockWait", "The vault locks when this is done…")


class LongWorkDialog:
    """A dialog's side of ``LongWork``, mixed in before ``QDialog``: its work is ``_task``, its
    ``_lock_wait`` the bookkeeping, and it shows ``progress_bar``, ``status_label`` and ``buttons``."""

    _task: Task | None
    _lock_wait: LockWait
    progress_bar: QProgressBar
    status_label: QLabel
    buttons: QDialogButtonBox

    @property
    def busy(self) -> bool:
        return self._task is not None

    def lock_when_done(self, lock: Callable[[], None]) -> None:
        """The idle lock waits for the work: only the progress shows meanwhile, and Cancel still stops
        it at once."""
        self._lock_wait.wait(lock, self._task)
        assert isinstance(self, QWidget)
        show_only(self, {self.progress_bar, self.status_label, self.buttons})
        self.status_label.setText(waiting_text())

    def stop(self) -> None:
        self._lock_wait.stop(self._task)

    @property
    def outcome_at_lock(self) -> str:
        return self._lock_wait.outcome


def show_only(dialog: QWidget, keep: set[QWidget]) -> None:
    """Hide every widget of ``dialog``'s layout except ``keep``, and shrink it to what is left: a
    dialog covered while the lock waits for its work shows only its progress."""
    layout = dialog.layout()
    if layout is not None:
        _hide_all_but(layout, keep)
        dialog.adjustSize()


def _hide_all_but(layout: QLayout, keep: set[QWidget]) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        assert item is not None
        widget, inner = item.widget(), item.layout()
        if widget is not None and widget not in keep:
            widget.hide()
        elif inner is not None:
            _hide_all_but(inner, keep)
