# SPDX-License-Identifier: GPL-3.0-or-later
"""What the CLI says when something goes wrong that no message was written for: one line, never a
traceback (its text could quote case data); a path it could not write names the path; SIGTERM stops
it as Ctrl+C does, so its clean-up runs."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from app import cli


def _failing(exc: BaseException) -> Any:
    def handler(args: Any) -> None:
        raise exc

    return handler


@pytest.fixture
def quiet_vault(tmp_path: Path) -> Path:
    """A vault folder that is never reached: the handlers under test stand in for the commands (the
    home folder is isolated for every test by tests/conftest.py)."""
    return tmp_path / "vault"


def _run_with(handler: Any, vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> tuple[int, str]:
    monkeypatch.setattr(cli, "cmd_deadlines", handler)
    code = cli.run(["--vault", str(vault), "deadlines"])
    return code, capsys.readouterr().err


def test_a_bug_is_one_line_without_its_message(quiet_vault: Path, monkeypatch, capsys) -> None:
    code, err = _run_with(_failing(KeyError("Серікқызы Айгүл (fictional)")), quiet_vault, monkeypatch, capsys)
    assert code == cli.EXIT_BUG
    assert err == "pana: internal error, a bug in Pana (KeyError)\n"


def test_a_path_that_cannot_be_written_is_named(quiet_vault: Path, monkeypatch, capsys) -> None:
    missing = quiet_vault.parent / "no such folder" / "out.pdf"
    failure = FileNotFoundError(2, "No such file or directory", str(missing))
    code, err = _run_with(_failing(failure), quiet_vault, monkeypatch, capsys)
    assert code == cli.EXIT_FAILED
    assert err == f"pana: No such file or directory: {missing}\n"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_runs_the_clean_up_and_the_old_handler_comes_back(
    sig: signal.Signals, quiet_vault: Path, monkeypatch, capsys
) -> None:
    cleaned: list[bool] = []

    def handler(args: Any) -> None:
        try:
            os.kill(os.getpid(), sig)
            signal.pause()  # never reached: the handler raises first
        finally:
            cleaned.append(True)

    before = signal.getsignal(sig)
    code, err = _run_with(handler, quiet_vault, monkeypatch, capsys)
    assert (code, err, cleaned) == (130, "pana: interrupted\n", [True])
    assert signal.getsignal(sig) is before


def test_a_signal_ignored_by_nohup_stays_ignored(quiet_vault: Path, monkeypatch, capsys) -> None:
    """``nohup pana import …`` must survive the terminal closing: SIGHUP was ignored before Pana ran."""
    seen: list[object] = []

    def handler(args: Any) -> None:
        seen.append(signal.getsignal(signal.SIGHUP))

    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        code, _ = _run_with(handler, quiet_vault, monkeypatch, capsys)
    finally:
        signal.signal(signal.SIGHUP, previous)
    assert (code, seen) == (0, [signal.SIG_IGN])
