# SPDX-License-Identifier: GPL-3.0-or-later
"""The task runner's failures: the watchers are asked first, and a screen already gone hears nothing."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject

from app.domain.errors import VaultDamagedError
from app.ui.tasks import TaskRunner


class Screen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[Exception] = []

    def on_failed(self, error: Exception) -> None:
        self.heard.append(error)


def _fail(progress: object) -> None:
    raise VaultDamagedError()


def _run(qtbot, runner: TaskRunner, screen: Screen, *, delete: bool = False) -> None:
    runner.start(_fail, on_failure=screen.on_failed)
    if delete:
        shiboken6.delete(screen)
    assert runner.wait(5_000)  # (a signal waited for after the start may have been sent already)
    qtbot.wait(20)  # the queued failure lands


def test_a_failure_no_watcher_takes_over_reaches_the_screen(qtbot) -> None:
    runner, screen, asked = TaskRunner(), Screen(), []
    runner.failure_watchers.append(lambda error: asked.append(error) is not None)  # never takes over
    _run(qtbot, runner, screen)
    assert len(asked) == 1 and screen.heard == asked


def test_a_failure_a_watcher_takes_over_is_not_told_to_the_screen(qtbot) -> None:
    runner, screen = TaskRunner(), Screen()
    runner.failure_watchers.append(lambda error: True)
    _run(qtbot, runner, screen)
    assert screen.heard == []


def test_a_screen_deleted_meanwhile_is_not_called(qtbot) -> None:
    runner, screen = TaskRunner(), Screen()
    heard = screen.heard
    _run(qtbot, runner, screen, delete=True)
    assert heard == []
