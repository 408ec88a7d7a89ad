# SPDX-License-Identifier: GPL-3.0-or-later
"""A Save chosen on switching cases or quitting that fails must not switch or quit on a later Save."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.db import revisions
from app.domain.errors import StorageError
from app.services.bundle import Services
from app.ui.editor_host import default_editor_factory
from app.ui.main_window import MainWindow
from app.ui.prompts import UnsavedChoice
from tests.ui.conftest import add_case


@pytest.mark.parametrize("leave", ["switch", "quit"])
def test_a_later_save_does_not_run_what_a_failed_save_left(
    qtbot: Any, vault: Any, runner: Any, prompts: Any, monkeypatch: pytest.MonkeyPatch, leave: str
) -> None:
    services = Services.for_vault(vault)
    first, second = add_case(vault, "Ерлан Болатұлы"), add_case(vault, "Динара Асқарқызы")
    window = MainWindow(services, runner, prompts, default_editor_factory())
    qtbot.addWidget(window)
    window.show()
    window.open_case(first)
    editor = window.editor
    qtbot.waitUntil(lambda: "Ерлан" in editor.heading(), timeout=10_000)
    editor.identity.person.birth_place.setText("Нылқы")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise StorageError()

    monkeypatch.setattr(revisions, "save", full_disk)
    prompts.unsaved_answer = UnsavedChoice.SAVE
    attempts: dict[str, Callable[[], bool]] = {
        "switch": lambda: window.open_case(second),
        "quit": window.close,
    }
    with qtbot.waitSignal(editor.save_failed, timeout=10_000):
        assert not attempts[leave]()  # Save chosen; the disk is full
    monkeypatch.undo()

    editor.identity.person.ethnicity.setText("Kazakh")  # the worker stays on the case and goes on
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        window.on_save_action_triggered()  # Ctrl+S, once there is room again
    runner.wait(10_000)
    assert window.isVisible()
    assert window.editor is editor
    assert window.open_case_id == first
