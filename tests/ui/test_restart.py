# SPDX-License-Identifier: GPL-3.0-or-later
"""Restart on lock (T51): a lock ends in a fresh process that takes up where the user was.

The process itself is tested in ``tests/security/test_memory_residue.py``; here, what the shell
hands over and takes back, and the preference.
"""

from __future__ import annotations

import os
from pathlib import Path
from threading import Event

import pytest

from app.domain.errors import StorageError
from app.services.vault import VaultService
from app.ui.editor_host import default_editor_factory
from app.ui.errors import message_for
from app.ui.first_run import FirstRunWizard
from app.ui.preferences import Preferences, PreferencesDialog
from app.ui.restart import RESUME_VARIABLE, Resume, decoded, encoded, restart_process, take_resume
from app.ui.unlock import UnlockScreen
from tests.ui.conftest import open_main

RESUME = Resume((10, 20, 1300, 700), 0, True, "case-1", "The backup was stopped.")


def _handed_over(text: bytes) -> dict[str, str]:
    reading, writing = os.pipe()
    os.write(writing, text)
    os.close(writing)
    return {RESUME_VARIABLE: str(reading), "HOME": "/home/fictional"}


def test_a_resume_comes_through_a_pipe_the_environment_only_names() -> None:
    """The outcome of long work may name a file the user chose: the environment (readable in
    /proc/<pid>/environ for the process's life) carries only the pipe's number."""
    environ = _handed_over(encoded(RESUME).encode())
    assert environ[RESUME_VARIABLE].isdigit() and "backup" not in str(environ)
    assert take_resume(environ) == RESUME and environ == {"HOME": "/home/fictional"}
    assert take_resume(environ) is None
    for garbage in (
        b"",
        b"{}",
        b"[1]",
        b'{"geometry": [1, 2]}',
        encoded(RESUME).replace("true", '"yes"').encode(),
    ):
        assert take_resume(_handed_over(garbage)) is None, garbage
    assert take_resume({RESUME_VARIABLE: "not a number"}) is None
    assert decoded(encoded(Resume())) == Resume()


def test_a_program_that_cannot_start_again_leaves_this_process_going(monkeypatch: pytest.MonkeyPatch) -> None:
    """The medium the program ran from was removed: OSError, and the caller locks in place."""
    handed: list[tuple[str, dict[str, str]]] = []

    def cannot(path: str, argv: list[str], environment: dict[str, str]) -> None:
        handed.append((path, environment))
        raise FileNotFoundError(path)

    monkeypatch.setattr(os, "execve", cannot)
    with pytest.raises(OSError):
        restart_process(RESUME)
    ((_, environment),) = handed
    with pytest.raises(OSError):  # the pipe was closed again, not leaked
        os.fstat(int(environment[RESUME_VARIABLE]))


def test_a_lock_with_the_preference_on_restarts_with_where_the_user_was(
    qtbot, make_shell, canary_vault: Path, settings
) -> None:
    handed: list[Resume] = []
    shell = make_shell(canary_vault, editor_factory=default_editor_factory(), restart=handed.append)
    main = open_main(qtbot, shell)
    main.resize(1300, 700)
    case_id = main.case_list.model.case_id(0)
    main.open_case(case_id)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.case_id == case_id, timeout=10_000)
    locked: list[bool] = []
    shell.locked.connect(lambda: locked.append(True))
    main.menus.lock_action.trigger()
    qtbot.waitUntil(lambda: bool(handed), timeout=10_000)
    assert shell.vault is None and locked == [] and not isinstance(shell.window, UnlockScreen)
    (resume,) = handed
    assert (resume.editing, resume.case_id) == (True, case_id)
    assert resume.geometry is not None and resume.geometry[2:] == (1300, 700)

    # The new process's shell, handed that resume, opens the case again at the next unlock.
    again = make_shell(canary_vault, editor_factory=default_editor_factory(), resume=resume)
    reopened = open_main(qtbot, again)
    assert reopened.open_case_id == case_id and (reopened.width(), reopened.height()) == (1300, 700)


def test_with_the_preference_off_or_for_a_restore_the_lock_stays_in_this_process(
    qtbot, make_shell, canary_vault: Path, settings
) -> None:
    handed: list[Resume] = []
    Preferences(settings).restart_on_lock = False
    shell = make_shell(canary_vault, restart=handed.append)
    open_main(qtbot, shell)
    with qtbot.waitSignal(shell.locked, timeout=10_000):
        shell.lock()
    assert isinstance(shell.window, UnlockScreen) and handed == []
    Preferences(settings).restart_on_lock = True
    open_main(qtbot, shell)
    dialog = shell.lock_and_restore()  # its files are replaced over the unlock screen, in this process
    assert dialog is not None and isinstance(shell.window, UnlockScreen) and handed == []
    dialog.reject()


def _erase_held(monkeypatch: pytest.MonkeyPatch, *, fails: bool = False) -> tuple[Event, Event]:
    """The real erase (or a failing one), held until the second event is set; the first says it began."""
    began, go_on = Event(), Event()
    erase = VaultService.erase

    def held(service: VaultService) -> None:
        began.set()
        assert go_on.wait(10)
        if fails:
            raise StorageError()
        erase(service)

    monkeypatch.setattr(VaultService, "erase", held)
    return began, go_on


def test_a_restart_on_lock_waits_for_the_erase_countdown_and_the_erase(
    qtbot, make_shell, canary_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The countdown and the erase live in this process: a restart would silently cancel a confirmed
    erase.  The vault locks at once; the restart comes once the erase is done, with nothing to resume."""
    began, go_on = _erase_held(monkeypatch)
    handed: list[Resume] = []
    shell = make_shell(canary_vault, restart=handed.append, erase_seconds=3, erase_tick_ms=100)
    open_main(qtbot, shell)
    dialog = shell.quick_erase()
    assert dialog is not None
    shell.lock()
    assert shell.vault is None and isinstance(shell.window, UnlockScreen) and dialog.isVisible()
    assert handed == []
    qtbot.waitUntil(began.is_set, timeout=10_000)  # the countdown ended, the erase is under way
    shell.lock()  # nothing left to lock: the erase goes on
    assert handed == []
    with qtbot.waitSignal(shell.erased, timeout=10_000):
        go_on.set()
    assert handed == [Resume()] and not (canary_vault / "pana.keys").exists()


@pytest.mark.parametrize("restarts", [True, False], ids=["preference on", "preference off"])
def test_an_erase_from_an_open_session_ends_in_a_fresh_process(
    qtbot, make_shell, canary_vault: Path, settings, restarts: bool
) -> None:
    """What the erased vault showed must not outlive it in this process's memory, locked first or not."""
    Preferences(settings).restart_on_lock = restarts
    handed: list[Resume] = []
    shell = make_shell(canary_vault, restart=handed.append, erase_seconds=1, erase_tick_ms=50)
    open_main(qtbot, shell)
    assert shell.quick_erase() is not None
    with qtbot.waitSignal(shell.erased, timeout=10_000):
        pass
    assert not (canary_vault / "pana.keys").exists()
    assert handed == ([Resume()] if restarts else [])
    assert isinstance(shell.window, FirstRunWizard) != restarts


@pytest.mark.parametrize("end", ["cancel", "erase fails"])
def test_a_restart_put_off_by_the_countdown_comes_after_cancel_or_a_failed_erase(
    qtbot, make_shell, canary_vault: Path, monkeypatch: pytest.MonkeyPatch, prompts, end: str
) -> None:
    began, go_on = _erase_held(monkeypatch, fails=True)
    go_on.set()
    handed: list[Resume] = []
    shell = make_shell(canary_vault, restart=handed.append, erase_seconds=3, erase_tick_ms=100)
    main = open_main(qtbot, shell)
    main.resize(1300, 700)
    dialog = shell.quick_erase()
    assert dialog is not None
    shell.lock()
    if end == "cancel":
        dialog.reject()
    qtbot.waitUntil(lambda: bool(handed), timeout=10_000)
    (resume,) = handed
    assert resume.geometry is not None and resume.geometry[2:] == (1300, 700)  # back where the user was
    assert began.is_set() == (end == "erase fails")
    assert prompts.errors == ([message_for(StorageError())] if end == "erase fails" else [])
    assert (canary_vault / "pana.keys").exists()


def test_the_preference_is_on_until_turned_off_in_the_dialog(qtbot, settings) -> None:
    preferences = Preferences(settings)
    assert preferences.restart_on_lock
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.restart_check.isChecked()
    dialog.restart_check.setChecked(False)
    dialog.on_buttons_accepted()
    assert not Preferences(settings).restart_on_lock
