# SPDX-License-Identifier: GPL-3.0-or-later
"""Vault → Replace the vault key (the command line's rotate-key, T09): said before, who loses access,
the passphrase it keeps proven, Cancel changes nothing, the new recovery key shown once."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from app.domain.errors import WrongRecoveryKeyError
from app.services.admin import AdminService, RotationResult, UserAccount
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.ui.recovery_key_dialog import RecoveryKeyDialog
from app.ui.rotate_key_dialog import RotateKeyDialog
from app.ui.vault_actions import VaultActions
from tests.conftest import PASSPHRASE, USERNAME
from tests.security.kit import file_state
from tests.ui.conftest import EndlessWork, unlock_main


def _asked(qtbot: Any, actions: VaultActions) -> RotateKeyDialog:
    with qtbot.waitSignal(actions.rotation_asked, timeout=10_000) as asked:
        actions.rotate_key(None)
    return asked.args[0]


def _replacing(qtbot: Any, admin: object, runner: Any, prompts: Any) -> tuple[VaultActions, list[object]]:
    """A key replacement by ``admin`` (a fake) asked for and confirmed with the passphrase; the
    actions, and the recovery key dialogs they show."""
    actions = VaultActions(admin, runner, prompts)  # type: ignore[arg-type]
    shown: list[object] = []
    actions.key_shown.connect(shown.append)
    dialog = _asked(qtbot, actions)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.replace_button.click()
    return actions, shown


def test_the_key_is_replaced_and_the_users_who_lose_access_are_named_before_and_after(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, template_vault: tuple[Path, str], kdf: Any
) -> None:
    admin = AdminService(vault, kdf=kdf)
    admin.add_user("daulet", "daulet's own passphrase")
    actions = VaultActions(admin, runner, prompts)
    dialog = _asked(qtbot, actions)
    assert not dialog.replace_button.isEnabled()  # nothing typed yet
    assert "daulet" in dialog.others_label.text() and not dialog.others_label.isHidden()
    assert USERNAME not in dialog.others_label.text()  # the user working now keeps access
    dialog.passphrase_edit.setText(PASSPHRASE)
    left_in_field: list[str] = []
    dialog.confirmed.connect(lambda _passphrase: left_in_field.append(dialog.passphrase_edit.text()))
    with qtbot.waitSignal(actions.key_shown, timeout=30_000) as shown:
        dialog.replace_button.click()
    assert left_in_field == [""]  # emptied before the work starts
    shown_key: RecoveryKeyDialog = shown.args[0]
    assert "The vault key is replaced" in shown_key.intro.text() and "daulet" in shown_key.intro.text()
    key = shown_key.key_label.text()
    shown_key.accept()
    assert actions.progress_dialog is None and prompts.errors == []
    directory = vault.directory
    vault.lock()
    with pytest.raises(WrongRecoveryKeyError):
        VaultService(directory, kdf=kdf).open_with_recovery(template_vault[1])
    VaultService(directory, kdf=kdf).open_with_recovery(key).lock()
    VaultService(directory, kdf=kdf).open(PASSPHRASE).lock()  # the passphrase stays the same


def test_a_wrong_passphrase_asks_again_and_changes_nothing(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, kdf: Any
) -> None:
    before = file_state(vault.directory)
    actions = VaultActions(AdminService(vault, kdf=kdf), runner, prompts)
    dialog = _asked(qtbot, actions)
    assert dialog.others_label.isHidden() and dialog.message.isHidden()  # no one else, nothing wrong yet
    dialog.passphrase_edit.setText(PASSPHRASE + " typo")
    with qtbot.waitSignal(actions.rotation_asked, timeout=30_000) as again:
        dialog.replace_button.click()
    second: RotateKeyDialog = again.args[0]
    assert second.message.text().startswith("Wrong passphrase") and not second.message.isHidden()
    second.reject()
    runner.wait(5_000)
    assert prompts.errors == [] and actions.progress_dialog is None
    assert file_state(vault.directory) == before


def test_cancel_in_the_question_starts_nothing(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, kdf: Any
) -> None:
    before = file_state(vault.directory)
    actions = VaultActions(AdminService(vault, kdf=kdf), runner, prompts)
    shown: list[object] = []
    actions.key_shown.connect(shown.append)
    dialog = _asked(qtbot, actions)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.reject()
    assert dialog.passphrase_edit.text() == ""  # not kept in a closed dialog
    runner.wait(5_000)
    assert actions.progress_dialog is None and shown == [] and file_state(vault.directory) == before


def test_the_re_encryption_shows_its_progress_and_cancel_stops_it_quietly(
    qtbot: Any, runner: Any, prompts: Any
) -> None:
    admin = EndlessWork()
    actions, shown = _replacing(qtbot, admin, runner, prompts)
    progress = actions.progress_dialog
    assert progress is not None and admin.started.wait(5)
    assert admin.rotated_as == (USERNAME, PASSPHRASE)
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=5_000)
    progress.findChild(QPushButton).click()  # its Cancel
    assert admin.stopped.wait(5)
    qtbot.waitUntil(lambda: actions.progress_dialog is None, timeout=5_000)
    assert prompts.asked == [] and prompts.errors == [] and shown == []


class RotationThatEndsAnyway:
    """A key replacement that, once let go, ends whatever it was asked: past its swap, a rotation
    can no longer be cancelled."""

    def __init__(self) -> None:
        self.started, self.let_go = threading.Event(), threading.Event()

    def accounts(self) -> list[UserAccount]:
        return [UserAccount("u1", USERNAME, "", "admin", True, True)]

    def rotate_master_key(self, username: str, passphrase: str, progress: Any) -> RotationResult:
        self.started.set()
        assert self.let_go.wait(5)
        return RotationResult("NEW-RECOVERY-KEY", ())


def test_a_key_replacement_that_ends_as_the_vault_locks_says_its_recovery_key_was_not_shown(
    qtbot: Any, runner: Any, prompts: Any
) -> None:
    admin = RotationThatEndsAnyway()
    actions, shown = _replacing(qtbot, admin, runner, prompts)
    assert admin.started.wait(5)
    actions.stop()
    admin.let_go.set()
    qtbot.waitUntil(lambda: actions.progress_dialog is None, timeout=5_000)
    assert shown == [] and prompts.asked == []  # no key on a screen that is locking
    assert "could not be shown" in actions.outcome_at_lock and "New recovery key" in actions.outcome_at_lock


def test_vault_menu_offers_it(qtbot: Any, make_shell: Any, vault_dir: Path) -> None:
    shell = make_shell(vault_dir)
    main = unlock_main(qtbot, shell)
    assert main.menus.rotate_key_action in main.menus.vault_menu.actions()
    with qtbot.waitSignal(shell.vault_actions.rotation_asked, timeout=10_000) as asked:
        main.menus.rotate_key_action.trigger()
    asked.args[0].reject()
