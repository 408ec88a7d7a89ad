# SPDX-License-Identifier: GPL-3.0-or-later
"""Vault → Users… (#12 item 4): add a user who then unlocks with their own passphrase, remove one who
then cannot; nobody removes themself; the list model is tested without a window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.errors import WrongPassphraseError
from app.services.admin import AdminService, UserAccount
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.ui.users_dialog import UsersDialog, UsersModel
from tests.conftest import PASSPHRASE, USERNAME

NEW_PASSPHRASE = "steppe horse winter 1997 Алтай"  # fictional


def test_the_model_names_the_current_user_and_who_can_unlock(qapp: Any) -> None:
    model = UsersModel()
    QAbstractItemModelTester(model)
    model.set_accounts(
        [
            UserAccount("a", "aigerim", "", "field-worker", True, True),
            UserAccount("b", "bolat", "", "lawyer", False, False),
        ]
    )
    cells = [[model.index(r, c).data() for c in range(2)] for r in range(2)]
    assert cells == [["aigerim (you)", "yes"], ["bolat", "no, removed"]]


def _select(dialog: UsersDialog, username: str) -> None:
    row = next(i for i, a in enumerate(dialog.model.accounts) if a.username == username)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    dialog.view.selectionModel().select(dialog.model.index(row, 0), flags)


def _dialog(qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, kdf: Any, rows: int) -> UsersDialog:
    dialog = UsersDialog(AdminService(vault, kdf=kdf), runner, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows, timeout=10_000)
    return dialog


def test_a_user_added_unlocks_with_their_passphrase_and_once_removed_cannot(
    qtbot: Any, runner: Any, prompts: Any, vault: UnlockedVault, kdf: Any
) -> None:
    directory = vault.directory
    dialog = _dialog(qtbot, runner, prompts, vault, kdf, rows=1)
    _select(dialog, USERNAME)
    assert not dialog.remove_button.isEnabled()  # nobody removes themself
    dialog.username_edit.setText("bolat")
    dialog.passphrase_edit.setText(NEW_PASSPHRASE)
    assert not dialog.add_button.isEnabled()  # not repeated yet
    dialog.repeat_edit.setText(NEW_PASSPHRASE)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=20_000)
    assert dialog.passphrase_edit.text() == "" and "bolat can now unlock" in dialog.message.text()
    vault.lock()
    VaultService(directory, kdf=kdf).open(NEW_PASSPHRASE, username="bolat").lock()

    again = VaultService(directory, kdf=kdf).open(PASSPHRASE)
    try:
        dialog = _dialog(qtbot, runner, prompts, again, kdf, rows=2)
        _select(dialog, "bolat")
        assert dialog.remove_button.isEnabled()
        dialog.remove_button.click()
        qtbot.waitUntil(lambda: "no longer unlock" in dialog.message.text(), timeout=20_000)
        assert [a.can_unlock for a in dialog.model.accounts if a.username == "bolat"] == [False]
    finally:
        again.lock()
    with pytest.raises(WrongPassphraseError):
        VaultService(directory, kdf=kdf).open(NEW_PASSPHRASE, username="bolat")
