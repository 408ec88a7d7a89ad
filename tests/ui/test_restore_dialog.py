# SPDX-License-Identifier: GPL-3.0-or-later
"""Restore from a backup in the GUI (#12 item 4): from the Vault menu (the vault is locked first) and
from the unlock screen; a wrong passphrase or a damaged file is named and replaces nothing."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.records import CaseFilter
from app.services.admin import AdminService
from app.services.listing import ListingService
from app.services.vault import VaultService
from app.ui.main_window import MainWindow
from app.ui.restore_dialog import RestoreDialog
from app.ui.unlock import UnlockScreen
from tests.conftest import PASSPHRASE
from tests.ui.conftest import add_case, open_main


class FakeFiles:
    def __init__(self, path: Path) -> None:
        self.path = path

    def open_backup(self, parent: object) -> str | None:
        return str(self.path)


def _backup_then_add_a_case(vault_dir: Path, kdf: Any, target: Path) -> str:
    """A backup with one case; then a second case, which the restore must take away again."""
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    add_case(vault, "Асқар Бекұлы")
    AdminService(vault, kdf=kdf).backup(target)
    later = add_case(vault, "Later Fictional")
    vault.lock()
    return later


def _cases(vault_dir: Path, kdf: Any) -> int:
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        return ListingService(vault).page(CaseFilter()).total
    finally:
        vault.lock()


def test_restore_from_the_vault_menu_locks_then_replaces_the_vault(
    qtbot: Any, make_shell: Any, vault_dir: Path, tmp_path: Path, kdf: Any, prompts: Any
) -> None:
    backup = tmp_path / "office.panabackup"
    later = _backup_then_add_a_case(vault_dir, kdf, backup)
    before = _cases(vault_dir, kdf)
    shell = make_shell(vault_dir)
    main = open_main(qtbot, shell)
    assert isinstance(main, MainWindow)

    main.menus.restore_action.trigger()

    assert shell.vault is None and isinstance(shell.window, UnlockScreen)
    dialog = shell.vault_dialog
    assert isinstance(dialog, RestoreDialog)
    assert not dialog.restore_button.isEnabled()
    dialog.file_edit.setText(str(backup))
    dialog.passphrase_edit.setText("not the passphrase")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20_000)
    assert dialog.message.text().startswith("Wrong passphrase")
    assert _cases(vault_dir, kdf) == before  # nothing replaced

    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=30_000) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    kept = Path(restored.args[0])
    assert kept.is_dir() and kept.name.startswith(vault_dir.name + ".before-restore-")
    title, text = prompts.asked[-1]
    assert title == "Vault restored" and str(kept) in text
    assert isinstance(shell.window, UnlockScreen)
    assert _cases(vault_dir, kdf) == before - 1
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        assert later not in {row.id for row in ListingService(vault).page(CaseFilter()).rows}
        assert AdminService(vault).check().ok
    finally:
        vault.lock()


def test_restore_from_the_unlock_screen_refuses_a_damaged_file(
    qtbot: Any, make_shell: Any, vault_dir: Path, tmp_path: Path, kdf: Any
) -> None:
    damaged = tmp_path / "damaged.panabackup"
    damaged.write_bytes(b"not a backup at all" * 100)
    shell = make_shell(vault_dir)
    screen = shell.show_unlock()
    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    dialog = shell.vault_dialog
    assert isinstance(dialog, RestoreDialog)
    dialog._files = FakeFiles(damaged)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(damaged)
    dialog.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20_000)
    assert dialog.message.text() == "The backup file is damaged or not a Pana backup."
    assert sorted(p.name for p in vault_dir.parent.iterdir() if p.name.startswith(vault_dir.name)) == [
        vault_dir.name
    ]
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()


class EndlessRestore:
    """A restore that goes on unpacking until its progress says stop, as the real one can."""

    def __init__(self) -> None:
        self.stopped = threading.Event()

    def restore(
        self, backup: Path, passphrase: str, username: str | None = None, progress: Any = None
    ) -> None:
        try:
            for step in itertools.count():
                progress(min(step, 999), 1000, "unpacking")
                time.sleep(0.005)
        finally:
            self.stopped.set()


def _restoring(qtbot: Any, runner: Any, prompts: Any, service: Any, tmp_path: Path) -> RestoreDialog:
    """The dialog shown, its backup file and passphrase given, and Restore clicked."""
    dialog = RestoreDialog(service, runner, prompts, FakeFiles(tmp_path / "office.panabackup"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_restore_shows_its_step_and_cancel_stops_it_with_the_vault_as_it_was(
    qtbot: Any, runner: Any, prompts: Any, tmp_path: Path
) -> None:
    service = EndlessRestore()
    dialog = _restoring(qtbot, runner, prompts, service, tmp_path)
    qtbot.waitUntil(lambda: dialog.busy.label.text().startswith("Unpacking the backup ("), timeout=5_000)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert service.stopped.wait(5)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5_000)
    assert dialog.message.text() == "Cancelled. The vault is as it was."
    assert dialog.isVisible()  # the dialog stays, its form usable again
    assert dialog.passphrase_edit.isEnabled() and not dialog.busy.isVisible()


class HeldRestore:
    """A restore that, once started, waits to be let go before it looks at its progress again."""

    def __init__(self) -> None:
        self.started, self.let_go = threading.Event(), threading.Event()

    def restore(
        self, backup: Path, passphrase: str, username: str | None = None, progress: Any = None
    ) -> None:
        for step in range(0, 300, 3):
            progress(step, 1000, "checking")
        self.started.set()
        assert self.let_go.wait(5)
        progress(301, 1000, "checking")  # raises Cancelled once cancel was asked


def test_cancelling_stays_shown_until_the_restore_has_stopped(
    qtbot: Any, runner: Any, prompts: Any, tmp_path: Path
) -> None:
    service = HeldRestore()
    dialog = _restoring(qtbot, runner, prompts, service, tmp_path)
    assert service.started.wait(5)
    dialog.reject()  # Escape, or the window's close button
    qtbot.wait(100)  # progress queued before the cancel arrives now, and must not replace the words
    assert dialog.busy.label.text() == "Cancelling…" and dialog.isVisible()
    assert not dialog.passphrase_edit.isEnabled()
    service.let_go.set()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5_000)
    assert (
        dialog.message.text() == "Cancelled. The vault is as it was." and dialog.passphrase_edit.isEnabled()
    )
