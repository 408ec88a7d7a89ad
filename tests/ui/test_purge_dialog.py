# SPDX-License-Identifier: GPL-3.0-or-later
"""Purge in the GUI: Vault → Purge a person of this case / Purge this case, a dialog that says it is
for good and everywhere, asks the passphrase again and a tick, and purges on the worker."""

from __future__ import annotations

import os
from pathlib import Path

from app.services.purge import PurgeService
from app.ui.purge_dialog import PurgeDialog
from app.ui.widgets.text import PlainLabel
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock_main
from tests.unit.services.purge_kit import witness_case

SECRET = "Alatau3307"


def _fits(dialog: PurgeDialog) -> None:
    assert dialog.width() <= 1366 and dialog.height() <= 768, dialog.size()
    for label in dialog.findChildren(PlainLabel):
        if label.isVisible() and label.text() and label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height(), label.text()


def test_purging_a_person_from_the_open_case(qtbot, make_shell, prompts, vault, vault_dir: Path) -> None:
    w = witness_case(vault, SECRET)
    vault.lock()
    shell = make_shell(vault_dir)
    main = unlock_main(qtbot, shell)
    assert not main.menus.purge_person_action.isEnabled()  # no case open
    main.open_case(w.case_id)
    assert main.menus.purge_person_action.isEnabled() and main.menus.purge_case_action.isEnabled()
    main.menus.purge_person_action.trigger()
    dialog = shell.vault_dialog
    assert isinstance(dialog, PurgeDialog) and dialog.person
    qtbot.waitUntil(lambda: dialog.purge_button.text() and dialog._plan is not None, timeout=10_000)
    assert (
        dialog.person_combo.count() == 1
        and dialog.person_combo.currentText() == f"{SECRET} Witness (relative)"
    )
    plan = dialog.plan_label.text()  # plural forms come with the translations (English too)
    assert plan.startswith("It removes 9 record") and "case" not in plan and "; 1 person" in plan
    dialog.passphrase_edit.setText("not the passphrase")
    assert not dialog.purge_button.isEnabled()  # not ticked yet
    dialog.understood_box.setChecked(True)
    dialog.resize(dialog.sizeHint())
    _fits(dialog)
    shots = os.environ.get("PANA_SHOTS")
    if shots:
        dialog.grab().save(str(Path(shots) / "purge-person.png"))
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert dialog.message.text() == "Wrong passphrase (or wrong user name). Try again."
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: bool(prompts.asked) and prompts.asked[-1][0] == "Purged", timeout=20_000)
    assert main.open_case_id == w.case_id  # the case is shown again, without him
    assert shell.services is not None
    assert w.person_id in {t.record_id for t in PurgeService(shell.vault).tombstones()}


def test_purging_the_open_case_closes_it(qtbot, make_shell, prompts, vault, vault_dir: Path) -> None:
    w = witness_case(vault, SECRET)
    vault.lock()
    shell = make_shell(vault_dir)
    main = unlock_main(qtbot, shell)
    main.open_case(w.case_id)
    main.menus.purge_case_action.trigger()
    dialog = shell.vault_dialog
    assert isinstance(dialog, PurgeDialog) and not dialog.person and not dialog.person_combo.isVisible()
    qtbot.waitUntil(lambda: dialog._plan is not None, timeout=10_000)
    assert "1 case" in dialog.plan_label.text() and "2 person" in dialog.plan_label.text()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.understood_box.setChecked(True)
    dialog.resize(dialog.sizeHint())
    shots = os.environ.get("PANA_SHOTS")
    if shots:
        dialog.grab().save(str(Path(shots) / "purge-case.png"))
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: bool(prompts.asked) and prompts.asked[-1][0] == "Purged", timeout=20_000)
    assert main.editor is None and main.open_case_id is None
    assert shell.vault is not None and w.case_id in {
        t.record_id for t in PurgeService(shell.vault).tombstones()
    }
