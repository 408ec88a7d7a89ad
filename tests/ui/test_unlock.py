# SPDX-License-Identifier: GPL-3.0-or-later
"""The unlock screen: each typed error has its own inline message; a wrong passphrase changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain import errors as e
from app.ui.errors import MESSAGES, message_for
from app.ui.main_window import MainWindow
from app.ui.unlock import UnlockScreen
from app.vault.recovery import generate
from tests.conftest import PASSPHRASE, USERNAME

UNLOCK_ERRORS = [
    e.WrongPassphraseError,
    e.WrongRecoveryKeyError,
    e.RecoveryKeyTypoError,
    e.KeyFileDamagedError,
    e.VaultDamagedError,
    e.KeyFileMismatchError,
    e.VaultTooNewError,
    e.VaultLockedByOtherError,
    e.MigrationError,
    e.StorageError,
]


def snapshot(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()
    }


def test_wrong_passphrase_shows_inline_message_and_changes_nothing(qtbot, make_shell, vault_dir, prompts):
    shell = make_shell(vault_dir)
    shell.start()
    screen = shell.window
    assert isinstance(screen, UnlockScreen)
    before = snapshot(vault_dir)
    screen.passphrase_edit.setText("not the passphrase")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert screen.busy_unlocking and screen.busy.isVisibleTo(screen)
    qtbot.waitUntil(lambda: not screen.busy_unlocking, timeout=10_000)
    assert screen.error_label.isVisibleTo(screen)
    assert screen.error_text == message_for(e.WrongPassphraseError())
    assert screen.passphrase_edit.text() == ""
    assert shell.window is screen and shell.vault is None
    assert snapshot(vault_dir) == before
    assert prompts.crashes == 0 and prompts.asked == []
    # and then the right one works
    screen.user_edit.setText(USERNAME)
    screen.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.screen_changed, timeout=10_000):
        qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    assert isinstance(shell.window, MainWindow)
    assert screen.passphrase_edit.text() == ""


def test_recovery_key_mode(qtbot, make_shell, vault_dir, template_vault):
    shell = make_shell(vault_dir)
    screen = shell.show_unlock()
    assert "passphrase" in screen.intro_label.text()
    screen.recovery_check.setChecked(True)
    assert screen.recovery_edit.isVisibleTo(screen) and not screen.passphrase_edit.isVisibleTo(screen)
    assert "recovery key" in screen.intro_label.text() and "passphrase" not in screen.intro_label.text()
    for typed, error in (("ABCDE-12345", e.RecoveryKeyTypoError), (generate()[0], e.WrongRecoveryKeyError)):
        screen.recovery_edit.setText(typed)
        screen.on_unlock_button_clicked()
        qtbot.waitUntil(lambda: not screen.busy_unlocking, timeout=10_000)
        assert screen.error_text == message_for(error())
    screen.recovery_edit.setText(template_vault[1].lower().replace("-", " "))
    with qtbot.waitSignal(shell.screen_changed, timeout=10_000):
        screen.on_unlock_button_clicked()
    assert isinstance(shell.window, MainWindow)


class FailingVaultService:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def exists(self) -> bool:
        return True

    def open(self, passphrase, username=None, progress=None):
        raise self.error

    open_with_recovery = open


@pytest.mark.parametrize("error", UNLOCK_ERRORS, ids=lambda c: c.__name__)
def test_each_typed_error_has_its_own_inline_message(qtbot, runner, prompts, error):
    screen = UnlockScreen(FailingVaultService(error()), runner, prompts)
    qtbot.addWidget(screen)
    screen.passphrase_edit.setText("x")
    screen.on_unlock_button_clicked()
    qtbot.waitUntil(lambda: not screen.busy_unlocking, timeout=5_000)
    assert screen.error_text == message_for(error())
    assert prompts.crashes == 0


def test_unlock_messages_are_all_different() -> None:
    messages = [message_for(cls()) for cls in UNLOCK_ERRORS]
    assert len(set(messages)) == len(messages)
    assert all(cls in MESSAGES for cls in UNLOCK_ERRORS)


def test_an_upgrade_whose_backup_was_not_written_says_which_file_and_why(qtbot, runner, prompts):
    backup = "/home/aigerim/Pana/vault/before-upgrade-0015-5e1f0c2a.panabackup"
    error = e.UpgradeBackupWriteError(backup, e.WriteRefusal.FULL)
    screen = UnlockScreen(FailingVaultService(error), runner, prompts)
    qtbot.addWidget(screen)
    screen.passphrase_edit.setText("x")
    screen.on_unlock_button_clicked()
    qtbot.waitUntil(lambda: not screen.busy_unlocking, timeout=5_000)
    assert screen.error_text == (
        f"Before upgrading the vault, Pana could not write a backup of it to {backup}: the disk is full. "
        "The vault was not upgraded and is unchanged."
    )
    assert prompts.crashes == 0


def test_a_bug_goes_to_the_crash_dialog_without_its_text(qtbot, runner, prompts):
    screen = UnlockScreen(FailingVaultService(RuntimeError("Нұрлан secret")), runner, prompts)
    qtbot.addWidget(screen)
    screen.passphrase_edit.setText("x")
    screen.on_unlock_button_clicked()
    qtbot.waitUntil(lambda: prompts.crashes == 1, timeout=5_000)
    assert "Нұрлан" not in screen.error_label.text()
    assert not screen.busy_unlocking


def test_a_long_unlock_says_which_step_it_is_on(qtbot, runner, prompts):
    """The backup kept before an upgrade, the upgrade and the name index each have their own words."""
    screen = UnlockScreen(FailingVaultService(RuntimeError()), runner, prompts)
    qtbot.addWidget(screen)
    shown = []
    for step in ((250, 1000, "backup"), (37, 142, "migrating"), (1, 1, "migrated"), (300, 1200, "names")):
        screen._on_progress(*step)
        shown.append(screen.busy.label.text())
    assert shown == [
        "Keeping a backup before the upgrade (25 %)…",
        "Upgrading the vault (37 of 142)…",
        "Upgrading the vault (1 of 1)…",
        "Rebuilding the name index (300 of 1200 spellings)…",
    ]
