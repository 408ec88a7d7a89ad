# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the main window gets its case editors: the factory (a ``CaseEditor``; tests hand in a
stand-in with what the window calls: ``has_unsaved_changes``, ``save``, ``clear``, ``discard``, and
``saved(str)`` and ``save_failed(str)`` signals), and ``EditorSupply``, which builds the next real
editor while the window has nothing to do.

Building the Identity tab's forms is a third of the time a case takes to open; on a busy two-core
laptop (issue #13) that alone missed the goal.  A spare editor holds no case until it is handed
out, so nothing of one case can show in another: each case file still gets an editor of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.bundle import Services
    from app.ui.case_editor import CaseEditor

EditorFactory = Callable[["Services", TaskRunner, "str | None", "QWidget | None"], "CaseEditor"]

#: How long after a case is opened (or the window is shown) the next editor is built: the case
#: just opened has loaded and painted by then, and its user is reading it.
SPARE_DELAY_MS = 1_500
#: Building a spare holds the GUI thread 30-60 ms: it waits until nobody has typed, clicked, moved the
#: mouse or scrolled for this long, so that it never lands in the middle of a scroll or a word.
QUIET_MS = 700


def default_editor_factory() -> EditorFactory:
    """``CaseEditor``, imported when first needed so the unlock screen starts faster."""
    from app.ui.case_editor import CaseEditor

    return CaseEditor


class EditorSupply(QObject):
    """Makes the editors of one window, each a hidden child of ``host``; with the real ``CaseEditor``
    as factory, one is kept built ahead (``spare``) and only loads its case when taken."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        host: QWidget,
        factory: EditorFactory,
        *,
        delay_ms: int = SPARE_DELAY_MS,
        quiet_ms: Callable[[], int] | None = None,
    ) -> None:
        """``quiet_ms``: milliseconds since the user's last input (the shell's ``IdleWatcher``); without
        it the user is taken to be idle."""
        super().__init__(host)
        from app.ui.case_editor import CaseEditor

        self._services, self._runner, self._host, self._factory = services, runner, host, factory
        #: Spares are made of the real editor only; a test's stand-in is made when asked for.
        self._spare_class = factory if isinstance(factory, type) and issubclass(factory, CaseEditor) else None
        self.spare: CaseEditor | None = None
        self._reading_prepared = False
        self._quiet_ms = quiet_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.on_timer_timeout)

    def take(self, case_id: str | None) -> CaseEditor:
        """An editor loading ``case_id`` (None: a new case), not shown yet; the next is built later."""
        editor, self.spare = self.spare, None
        if editor is None:
            editor = self._factory(self._services, self._runner, case_id, self._host)
        else:
            editor.open(case_id)
        self.prepare_later()
        return editor

    def prepare_later(self) -> None:
        """Build the next editor once the window has had time to settle (if it is the real one)."""
        if self._spare_class is not None and self.spare is None:
            self._timer.start()

    def discard(self) -> None:
        """No spare any more, none coming (the vault is locking): editors are made when asked for."""
        self._spare_class = None
        self._timer.stop()
        if self.spare is not None:
            self.spare.deleteLater()
            self.spare = None

    @Slot()
    def on_timer_timeout(self) -> None:
        quiet = self._quiet_ms() if self._quiet_ms is not None else QUIET_MS
        if quiet < QUIET_MS:  # the user is busy: look again once they may have stopped
            self._timer.start(QUIET_MS - quiet)
            return
        if self.spare is None and self._spare_class is not None:
            spare = self._spare_class(self._services, self._runner, None, self._host, spare=True)
            spare.hide()  # stays hidden when its window is shown, until the window shows it
            self.spare = spare
            if not self._reading_prepared:  # the first case read after an unlock took 4x the next
                self._reading_prepared = True
                cases = self._services.cases
                self._runner.start(lambda progress: cases.prepare_reading())
