# SPDX-License-Identifier: GPL-3.0-or-later
"""The vault's lock and the exchange and report dialogs' work: a lock the user asks for stops an
export, a report or an import (nothing is written, an import is undone); the idle lock lets it end
first with only its progress on screen; and whoever unlocks next is told what became of it, once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain import records as r
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.listing import ListingService
from app.services.session import UnlockedVault
from app.ui.export_dialog import ExportDialog
from app.ui.import_dialog import ImportDialog
from app.ui.report_dialog import ReportDialog
from app.ui.shell import Shell
from tests.ui.conftest import unlock_main
from tests.unit.services.exchange_kit import partnered

LOCKED = "When the vault locked"


class FakeFiles:
    """Where the file goes (or comes from), without a file dialog."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def save_bundle(self, parent: object, suggested_name: str) -> str:
        return str(self.path)

    def save_report(self, parent: object, suggested_name: str) -> str:
        return str(self.path)


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    """Offices A and B, partners; A has one case."""
    with partnered(tmp_path, "AB") as (a, b):
        CaseService(a).open_case(
            r.Person(), [r.PersonName("", "Айгүл Серікқызы (fictional)")], r.Case("", "", reference="A-1")
        )
        yield a, b


def _shell_of(qtbot: Any, make_shell: Any, vault: UnlockedVault) -> Shell:
    folder = vault.directory
    vault.lock()
    shell = make_shell(folder)
    unlock_main(qtbot, shell).show()
    return shell


def _held(shell: Shell) -> threading.Event:
    """Keeps the database worker busy until set: the dialog's work queued behind it is under way."""
    gate = threading.Event()
    shell.runner.start(lambda progress: gate.wait(10))
    return gate


def _export_behind(qtbot: Any, shell: Shell, out: Path) -> tuple[ExportDialog, threading.Event]:
    shell.main_window.menus.export_action.trigger()
    dialog = shell.vault_dialog
    assert isinstance(dialog, ExportDialog)
    dialog._files = FakeFiles(out)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    gate = _held(shell)
    dialog.export_button.click()
    assert dialog.busy
    return dialog, gate


def _said_after_unlock(qtbot: Any, shell: Shell, prompts: Any) -> list[tuple[str, str]]:
    unlock_main(qtbot, shell)
    qtbot.waitUntil(lambda: bool(prompts.asked), timeout=5_000)
    return prompts.asked


def test_a_lock_stops_an_export_and_says_so_once_after_unlock(
    qtbot, offices, make_shell, prompts, tmp_path
) -> None:
    shell = _shell_of(qtbot, make_shell, offices[0])
    folder = tmp_path / "usb"
    folder.mkdir()
    _, gate = _export_behind(qtbot, shell, folder / "bundle.age")
    threading.Timer(0.2, gate.set).start()  # the lock waits for the worker, not for the export
    shell.lock()
    assert shell.vault is None and list(folder.iterdir()) == [] and prompts.asked == []
    assert _said_after_unlock(qtbot, shell, prompts) == [
        (
            LOCKED,
            "The vault locked while the exchange file was being written, which stopped it: no file was "
            "written. Start it again from Exchange → Export for partner offices…",
        )
    ]
    shell.lock()
    unlock_main(qtbot, shell)
    qtbot.wait(50)
    assert len(prompts.asked) == 1 and prompts.errors == []


def test_an_idle_lock_lets_an_export_finish_with_only_its_progress_on_screen(
    qtbot, offices, make_shell, prompts, tmp_path
) -> None:
    shell = _shell_of(qtbot, make_shell, offices[0])
    main, out = shell.main_window, tmp_path / "bundle.age"
    dialog, gate = _export_behind(qtbot, shell, out)
    shell.on_idle_idle()
    assert shell.vault is not None and main.splitter.isHidden()  # no case on screen; the export goes on
    assert dialog.to_box.isHidden() and dialog.what_box.isHidden() and dialog.intro_label.isHidden()
    assert dialog.progress_bar.isVisible()
    assert dialog.status_label.text() == "The vault locks when this is done…"
    gate.set()
    qtbot.waitUntil(lambda: shell.vault is None, timeout=20_000)
    assert out.exists() and prompts.asked == []  # nothing shown on the way to the lock
    assert _said_after_unlock(qtbot, shell, prompts) == [
        (LOCKED, f"The exchange file was written to {out} just before the vault locked.")
    ]
    assert ExchangeService(offices[1]).import_bundle(out.read_bytes(), dry_run=True).counts()["new"] > 0


def test_closing_the_export_while_the_idle_lock_waits_locks_at_once_and_says_nothing(
    qtbot, offices, make_shell, prompts, tmp_path
) -> None:
    shell = _shell_of(qtbot, make_shell, offices[0])
    dialog, gate = _export_behind(qtbot, shell, tmp_path / "bundle.age")
    shell.on_idle_idle()
    dialog.reject()  # back at the laptop: Close
    gate.set()
    qtbot.waitUntil(lambda: shell.vault is None, timeout=20_000)
    assert not (tmp_path / "bundle.age").exists()
    unlock_main(qtbot, shell)
    qtbot.wait(50)
    assert prompts.asked == [] and prompts.errors == []  # they stopped it themselves


def _import_behind(
    qtbot: Any, make_shell: Any, offices: tuple[UnlockedVault, UnlockedVault], path: Path
) -> tuple[Shell, ImportDialog, threading.Event]:
    """B's shell, importing a file from A with all of A's cases, queued behind a busy worker."""
    a, b = offices
    ExchangeService(a).export(path, to=[b.actor.office_id])
    shell = _shell_of(qtbot, make_shell, b)
    shell.main_window.menus.import_action.trigger()
    dialog = shell.vault_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.check_file(str(path))
    qtbot.waitUntil(lambda: dialog._task is None, timeout=20_000)
    gate = _held(shell)
    dialog.import_button.click()
    assert dialog.importing
    return shell, dialog, gate


def test_a_lock_undoes_an_import_under_way_and_says_so(qtbot, offices, make_shell, prompts, tmp_path) -> None:
    """Before, the lock waited for the import with the case list frozen on screen."""
    shell, _, gate = _import_behind(qtbot, make_shell, offices, tmp_path / "bundle.age")
    threading.Timer(0.2, gate.set).start()
    shell.lock()
    assert shell.vault is None
    said = _said_after_unlock(qtbot, shell, prompts)
    assert said == [
        (
            LOCKED,
            "The vault locked while an exchange file was being imported, which stopped it: nothing was "
            "imported. Import it again from Exchange → Import from a partner office…",
        )
    ]
    assert ListingService(shell.vault).page(r.CaseFilter()).total == 0


def test_an_idle_lock_lets_an_import_finish_with_only_its_progress_on_screen(
    qtbot, offices, make_shell, prompts, tmp_path
) -> None:
    path = tmp_path / "bundle.age"
    shell, dialog, gate = _import_behind(qtbot, make_shell, offices, path)
    shell.on_idle_idle()
    assert dialog.report_view.isHidden() and dialog.file_label.isHidden() and dialog.progress_bar.isVisible()
    assert shell.main_window.splitter.isHidden()
    gate.set()
    qtbot.waitUntil(lambda: shell.vault is None, timeout=20_000)
    ((title, said),) = _said_after_unlock(qtbot, shell, prompts)
    assert title == LOCKED
    assert said.startswith(f"The exchange file {path} was imported just before the vault locked.\n\n")
    assert "The file was imported:" in said and "1 new case" in said  # what it did, not lost with the dialog
    assert ListingService(shell.vault).page(r.CaseFilter()).total == 1


def test_a_lock_stops_a_report_and_says_so(qtbot, vault_dir, make_shell, prompts, tmp_path) -> None:
    shell = make_shell(vault_dir)
    unlock_main(qtbot, shell).menus.report_action.trigger()
    dialog = shell.vault_dialog
    assert isinstance(dialog, ReportDialog)
    out = tmp_path / "report.pdf"
    dialog._files = FakeFiles(out)
    gate = _held(shell)
    dialog.export_button.click()
    threading.Timer(0.2, gate.set).start()
    shell.lock()
    assert not out.exists()
    assert _said_after_unlock(qtbot, shell, prompts) == [
        (
            LOCKED,
            "The vault locked while the report was being written, which stopped it: no file was written. "
            "Start it again from Exchange → Report for analysts…",
        )
    ]
