# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole path a field worker takes: first run, a full case, lock, unlock, and everything is there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.services.bundle import Services
from app.ui.editor_host import default_editor_factory
from app.ui.main_window import MainWindow
from app.ui.unlock import UnlockScreen
from tests.conftest import PASSPHRASE, USERNAME

from .helpers import SPELLINGS, fill_case


def test_first_run_case_lock_unlock_and_everything_is_equal(
    qtbot: Any, make_shell: Any, tmp_path: Path
) -> None:
    shell = make_shell(tmp_path / "vault", editor_factory=default_editor_factory())
    shell.start()
    wizard = shell.window
    wizard.office_edit.setText("Демо кеңсе Алматы")
    wizard.user_edit.setText(USERNAME)
    wizard.passphrase_edit.setText(PASSPHRASE)
    wizard.repeat_edit.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=15_000)
    wizard.confirm_edit.setText(wizard.key_label.text().split("-")[2])
    with qtbot.waitSignal(shell.screen_changed, timeout=5_000):
        qtbot.mouseClick(wizard.continue_button, Qt.MouseButton.LeftButton)
    main = shell.window
    assert isinstance(main, MainWindow)

    main.menus.new_action.trigger()
    editor = main.editor
    qtbot.waitUntil(lambda: editor.state() is not None, timeout=10_000)
    typed = fill_case(qtbot, editor)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    case_id = saved.args[0]
    before = editor.state()

    shell.lock()
    assert isinstance(shell.window, UnlockScreen)
    assert shell.vault is None

    unlock = shell.window
    unlock.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.screen_changed, timeout=15_000):
        qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    main = shell.window
    assert isinstance(main, MainWindow)
    qtbot.waitUntil(lambda: main.case_list.model.rowCount() == 1, timeout=10_000)
    assert main.case_list.model.case_id(0) == case_id
    main.open_case(case_id)
    reopened = main.editor
    qtbot.waitUntil(lambda: reopened.state() is not None, timeout=10_000)
    after = reopened.state()
    assert after == before
    assert {n.text for n in after.names} == set(SPELLINGS)
    assert len(after.legal_events) == 3 and len(after.relatives) == 1 and len(after.detentions) == 1
    assert after.interviews[0].consent_given
    assert Services.for_vault(shell.vault).attachments.read(after.attachments[0].id) == typed["image"]
