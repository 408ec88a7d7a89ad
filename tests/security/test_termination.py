# SPDX-License-Identifier: GPL-3.0-or-later
"""A shutdown, a logout or ``kill`` (SIGTERM) ends the desktop app as Quit does (``app.ui.quit_signals``):
unsaved work in the open case is kept as a draft, and a quick erase confirmed before the signal is
carried out before the process ends (T50), not lost with it."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.errors import VaultNotFoundError
from app.services.cases import CaseService
from app.services.drafts import DraftService
from app.services.vault import VaultService
from app.ui.shell import ERASE_SECONDS
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.security.kit import Child, child_env

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals")

UNSAVED = "Typed after the last save, before the shutdown (fictional)."


def _gui(vault_dir: Path, tmp_path: Path, scenario: str, *more_lines: str) -> Child:
    env = child_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    lines = (PASSPHRASE, *more_lines)
    return Child(str(vault_dir), scenario, env=env, stdin_lines=lines, module="tests.security.gui_worker")


def _with_a_case(vault_dir: Path, kdf: KdfParams) -> str:
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        return CaseService(opened).open_case(r.Person(), [r.PersonName("", "Ainur Sapargalikyzy")])
    finally:
        opened.lock()


def _terminated(child: Child) -> float:
    """SIGTERM; seconds until the process has ended (it must end by itself, with 0)."""
    start = time.monotonic()
    child.proc.send_signal(signal.SIGTERM)
    child.finish(timeout=30)
    assert child.proc.returncode == 0, child.stderr.decode("utf-8", "replace")
    return time.monotonic() - start


def test_sigterm_keeps_the_open_cases_unsaved_work_as_a_draft(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path
):
    case_id = _with_a_case(vault_dir, kdf)
    child = _gui(vault_dir, tmp_path, "edit", UNSAVED)
    try:
        child.expect("EDITED", timeout=60)
        _terminated(child)
    finally:
        child.kill()
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        drafts = DraftService(opened).pending()
    finally:
        opened.lock()
    assert [d.case_id for d in drafts] == [case_id]
    assert UNSAVED in repr(drafts[0].payload)


def test_sigterm_during_the_erase_countdown_erases_before_the_process_ends(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path
):
    _with_a_case(vault_dir, kdf)
    child = _gui(vault_dir, tmp_path, "erase")
    try:
        counting = child.expect("COUNTING", timeout=60)
        assert (vault_dir / "pana.keys").exists()
        seconds = _terminated(child)
    finally:
        child.kill()
    assert int(counting.split()[1]) == ERASE_SECONDS
    assert seconds < ERASE_SECONDS - 1  # the quit erased, not the countdown's end
    assert not (vault_dir / "pana.keys").exists()
    with pytest.raises(VaultNotFoundError):
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
