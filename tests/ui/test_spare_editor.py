# SPDX-License-Identifier: GPL-3.0-or-later
"""The editor built ahead (``EditorSupply``): a case opens in it, and each case still gets its own."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

from app.services.bundle import Services
from app.ui.case_editor import CaseEditor
from app.ui.editor_host import QUIET_MS, SPARE_DELAY_MS, EditorSupply, default_editor_factory
from app.ui.main_window import MainWindow
from tests.ui.conftest import FakeEditor, add_case, open_main

WAIT_MS = SPARE_DELAY_MS + 5_000


@pytest.fixture
def window(qtbot: Any, services: Services, runner: Any, prompts: Any) -> MainWindow:
    window = MainWindow(services, runner, prompts, default_editor_factory())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def spelled(editor: CaseEditor) -> list[str]:
    return [name.text for name in editor.identity.names.names()]


def test_a_case_opens_in_the_editor_built_ahead_and_the_next_case_in_a_new_one(
    qtbot: Any, window: MainWindow, vault: Any
) -> None:
    first, second = add_case(vault, "Ерлан Болатұлы", "Erlan Bolatuly"), add_case(vault, "Динара Асқарқызы")
    qtbot.waitUntil(lambda: window.editors.spare is not None, timeout=WAIT_MS)
    spare = window.editors.spare
    assert spare is not None and spare.isHidden()
    assert spare.state() is None and spare.case_id is None  # no case in it until it is handed out
    assert spare.tabs.isHidden()

    window.open_case(first)
    assert window.editor is spare and spare.isVisible()
    qtbot.waitUntil(lambda: spare.state() is not None, timeout=10_000)
    assert spare.case_id == first and "Ерлан" in spare.heading()
    assert spelled(spare) == ["Ерлан Болатұлы", "Erlan Bolatuly"]

    qtbot.waitUntil(lambda: window.editors.spare is not None, timeout=WAIT_MS)
    following = window.editors.spare
    assert following is not spare and following.isHidden() and following.state() is None
    window.open_case(second)
    assert window.editor is following
    qtbot.waitUntil(lambda: following.state() is not None, timeout=10_000)
    assert "Динара" in following.heading() and "Ерлан" not in following.heading()
    assert spelled(following) == ["Динара Асқарқызы"]  # nothing of the first case
    qtbot.waitUntil(lambda: not shiboken6.isValid(spare), timeout=10_000)  # gone with its case


def test_an_editor_holds_one_case_only(qtbot: Any, window: MainWindow, vault: Any) -> None:
    case_id = add_case(vault, "Айгүл Маратқызы")
    window.open_case(case_id)  # before a spare is ready: built then and there
    editor = window.editor
    assert isinstance(editor, CaseEditor)
    with pytest.raises(RuntimeError, match="already holds a case"):
        editor.open(None)


def test_locking_drops_the_spare_and_builds_no_other(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.editors.spare is not None, timeout=WAIT_MS)
    window.wipe()
    assert window.editors.spare is None
    window.editors.prepare_later()  # as opening a case would ask
    qtbot.wait(SPARE_DELAY_MS + 300)
    assert window.editors.spare is None


def test_a_stand_in_editor_is_made_when_asked_for_never_ahead(
    qtbot: Any, services: Services, runner: Any, vault: Any
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    supply = EditorSupply(services, runner, host, FakeEditor, delay_ms=0)
    supply.prepare_later()
    qtbot.wait(50)
    assert supply.spare is None
    case_id = add_case(vault, "Болат Әбілұлы")
    editor = supply.take(case_id)
    assert isinstance(editor, FakeEditor) and editor.case_id == case_id


def test_a_spare_built_before_the_language_changed_opens_a_case_in_the_new_one(
    qtbot: Any, window: MainWindow, vault: Any
) -> None:
    case_id = add_case(vault, "Сәуле Болатқызы")
    qtbot.waitUntil(lambda: window.editors.spare is not None, timeout=WAIT_MS)
    spare = window.editors.spare
    assert spare is not None
    tabs = spare.tabs
    QCoreApplication.sendEvent(spare, QEvent(QEvent.Type.LanguageChange))
    assert spare.tabs is not tabs and spare.tabs.isHidden()  # built again, still empty and hidden
    window.open_case(case_id)
    qtbot.waitUntil(lambda: spare.state() is not None, timeout=10_000)
    assert spare.tabs.isVisible() and spelled(spare) == ["Сәуле Болатқызы"]


def test_the_first_spare_prepares_the_case_reads_once(
    qtbot: Any, services: Services, runner: Any, vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared: list[bool] = []
    monkeypatch.setattr(services.cases, "prepare_reading", lambda: prepared.append(True))
    host = QWidget()
    qtbot.addWidget(host)
    supply = EditorSupply(services, runner, host, CaseEditor, delay_ms=0)
    supply.prepare_later()
    qtbot.waitUntil(lambda: supply.spare is not None, timeout=5_000)
    supply.take(add_case(vault, "Марат Оспанұлы"))
    qtbot.waitUntil(lambda: supply.spare is not None, timeout=5_000)
    runner.wait(10_000)
    assert prepared == [True]


def test_a_new_case_opens_in_the_spare_and_saves_as_a_new_case(
    qtbot: Any, window: MainWindow, services: Services
) -> None:
    qtbot.waitUntil(lambda: window.editors.spare is not None, timeout=WAIT_MS)
    spare = window.editors.spare
    window.open_case(None)
    assert window.editor is spare
    qtbot.waitUntil(lambda: spare.state() is not None, timeout=10_000)
    spare.identity.names.entry.setText("Назгүл Оспанқызы")
    with qtbot.waitSignal(spare.saved, timeout=10_000) as saved:
        assert spare.save()
    (case_id,) = saved.args
    assert services.cases.get_case(case_id).subject.display_name == "Назгүл Оспанқызы"


def test_the_spare_waits_while_the_user_scrolls_or_types(
    qtbot: Any, make_shell: Any, canary_vault: Path
) -> None:
    """Building it holds the GUI thread 30-60 ms: never in the middle of a scroll through the list."""
    shell = make_shell(canary_vault, editor_factory=default_editor_factory())
    main = open_main(qtbot, shell)
    started = last_input = time.monotonic()
    while last_input - started < (SPARE_DELAY_MS + QUIET_MS) / 1000 + 0.5:
        qtbot.keyClick(main.case_list.view, Qt.Key.Key_Down)
        last_input = time.monotonic()
        qtbot.wait(100)
        assert main.editors.spare is None
    qtbot.waitUntil(lambda: main.editors.spare is not None, timeout=5_000)
    assert time.monotonic() - last_input >= QUIET_MS / 1000
