# SPDX-License-Identifier: GPL-3.0-or-later
"""Termination signals reach the event loop (``app.ui.quit_signals``), and the quick erase holds when
the app ends or is used while it runs.  The whole process under SIGTERM:
tests/security/test_termination.py."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.errors import VaultNotFoundError
from app.services.vault import VaultService
from app.ui.first_run import FirstRunWizard
from app.ui.quit_signals import QuitOnSignals
from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_main


@pytest.fixture
def quits(qapp: QApplication) -> Iterator[tuple[QuitOnSignals, list[str]]]:
    called: list[str] = []
    installed = QuitOnSignals(lambda: called.append("quit"))
    yield installed, called
    installed.uninstall()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_termination_signal_quits_from_the_event_loop(qtbot: Any, quits: Any, sig: int) -> None:
    _, called = quits
    os.kill(os.getpid(), sig)
    qtbot.waitUntil(lambda: called == ["quit"], timeout=5_000)


def test_uninstall_puts_back_the_handlers_that_were_there(qapp: QApplication) -> None:
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)}
    QuitOnSignals(lambda: None).uninstall()
    assert {sig: signal.getsignal(sig) for sig in before} == before


def test_a_signal_someone_chose_to_ignore_stays_ignored(qtbot: Any, qapp: QApplication) -> None:
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as nohup starts it
    called: list[str] = []
    try:
        installed = QuitOnSignals(lambda: called.append("quit"))
        try:
            assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN
            os.kill(os.getpid(), signal.SIGHUP)
            os.kill(os.getpid(), signal.SIGTERM)  # the control: a signal it does handle
            qtbot.waitUntil(lambda: called == ["quit"], timeout=5_000)
        finally:
            installed.uninstall()
    finally:
        signal.signal(signal.SIGHUP, previous)


def test_quitting_during_the_countdown_erases(qtbot: Any, make_shell: Any, canary_vault: Path) -> None:
    shell = make_shell(canary_vault, erase_seconds=60)
    open_main(qtbot, shell)
    dialog = shell.quick_erase()
    assert dialog is not None and dialog.isVisible()
    shell.shutdown()  # what the event loop's end runs
    assert not (canary_vault / "pana.keys").exists()
    assert shell.erase_dialog is None and not dialog.isVisible()
    with pytest.raises(VaultNotFoundError):
        VaultService(canary_vault).open(PASSPHRASE)


def test_quitting_after_cancel_keeps_the_vault(qtbot: Any, make_shell: Any, canary_vault: Path) -> None:
    shell = make_shell(canary_vault, erase_seconds=60)
    open_main(qtbot, shell)
    dialog = shell.quick_erase()
    dialog.cancel_button.click()
    shell.shutdown()
    assert (canary_vault / "pana.keys").exists()


def test_while_the_erase_runs_its_screen_takes_no_input_and_no_second_erase_starts(
    qtbot: Any, make_shell: Any, canary_vault: Path, prompts: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = make_shell(canary_vault)
    main = open_main(qtbot, shell)
    going_on, erase = threading.Event(), shell.vault_service.erase

    def held_erase() -> None:
        going_on.wait(10)
        erase()

    monkeypatch.setattr(shell.vault_service, "erase", held_erase)
    shell.quick_erase()
    qtbot.waitUntil(lambda: shell.erasing, timeout=10_000)
    asked = len(prompts.asked)
    assert shell.window is main and not main.isEnabled()  # nor its menus' shortcuts
    assert shell.quick_erase() is None  # the menu's action, triggered all the same
    assert len(prompts.asked) == asked  # not even asked
    with qtbot.waitSignal(shell.erased, timeout=10_000):
        going_on.set()
    assert not shell.erasing and isinstance(shell.window, FirstRunWizard) and shell.window.isEnabled()
