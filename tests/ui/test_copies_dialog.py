# SPDX-License-Identifier: GPL-3.0-or-later
"""Older copies of the vault in the GUI: listed with their dates, deleted after a confirmation; a
passphrase change names the copies that still open with the old passphrase."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.paths import resources_dir
from app.services.copies import CopyKind, CopyService, VaultCopy
from app.ui.copies_dialog import CopiesDialog
from app.ui.i18n import Translations
from app.ui.models.attachments_model import local_time
from app.ui.models.copies_model import CopiesModel
from app.ui.passphrase_dialog import ChangePassphraseDialog
from app.ui.widgets.text import PlainLabel
from tests.conftest import PASSPHRASE
from tests.copies_kit import kept_by_restore, key_material
from tests.ui.conftest import unlock_main

NEW_PASSPHRASE = "Жаңа құпия сөз, 2025 жыл"


def _copy(name: str, kind: CopyKind, size: int) -> VaultCopy:
    return VaultCopy(name, kind, Path("/nowhere") / name, datetime(2025, 1, 2, 3, 4, tzinfo=UTC), size)


def test_the_model_shows_date_kind_size_and_name(qtbot: object) -> None:
    model = CopiesModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_rows(
        [
            _copy("vault.before-restore-a1b2c3", CopyKind.BEFORE_RESTORE, 3 << 20),
            _copy("before-upgrade-0001-0a0b0c0d.panabackup", CopyKind.BEFORE_UPGRADE, 1500),
        ]
    )
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    made = local_time(datetime(2025, 1, 2, 3, 4, tzinfo=UTC))
    size = QLocale().formattedDataSize
    assert cells == [
        [made, "The vault a restore replaced", size(3 << 20), "vault.before-restore-a1b2c3"],
        [made, "Backup made before an upgrade", size(1500), "before-upgrade-0001-0a0b0c0d.panabackup"],
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Kept since",
        "What",
        "Size",
        "Name",
    ]
    assert not model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable


def test_lists_the_kept_copies_and_deletes_one_after_confirming(
    qtbot, runner, prompts, vault_dir, kdf
) -> None:
    kept = [kept_by_restore(vault_dir, kdf), kept_by_restore(vault_dir, kdf)]
    dialog = CopiesDialog(CopyService(vault_dir), runner, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.model.rowCount() == 2, timeout=10_000)
    assert sorted(dialog.model.index(r, CopiesModel.NAME).data() for r in range(2)) == sorted(
        k.name for k in kept
    )
    first = dialog.model.record(0)
    assert dialog.model.index(0, CopiesModel.MADE).data() == local_time(first.made)
    assert not dialog.delete_button.isEnabled()  # nothing selected yet
    dialog.view.selectRow(0)
    assert dialog.delete_button.isEnabled()

    prompts.confirm_answer = False
    dialog.delete_button.click()
    title, question = prompts.asked[-1]
    assert title == "Delete copy" and local_time(first.made) in question
    assert first.path.exists()

    prompts.confirm_answer = True
    dialog.view.selectRow(0)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.model.rowCount() == 1, timeout=10_000)
    assert not first.path.exists()
    assert [c.id for c in CopyService(vault_dir).copies()] == [dialog.model.record(0).id]
    assert prompts.errors == [] and prompts.crashes == 0


def test_no_copies_says_so(qtbot, runner, prompts, vault_dir) -> None:
    dialog = CopiesDialog(CopyService(vault_dir), runner, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert dialog.empty_label.isVisible() and not dialog.view.isVisible()
    assert dialog.empty_label.text() == "There are no older copies of this vault."


def test_a_copy_gone_meanwhile_is_a_message_not_a_crash(qtbot, runner, prompts, vault_dir, kdf) -> None:
    kept = kept_by_restore(vault_dir, kdf)
    dialog = CopiesDialog(CopyService(vault_dir), runner, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    CopyService(vault_dir).delete(kept.name)  # e.g. from the command line
    dialog.view.selectRow(0)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.model.rowCount() == 0, timeout=10_000)
    assert prompts.errors == ["This copy of the vault no longer exists."]


def test_the_vault_menu_opens_the_list_and_locking_closes_it(qtbot, make_shell, vault_dir, kdf) -> None:
    kept = kept_by_restore(vault_dir, kdf)
    shell = make_shell(vault_dir)
    main = unlock_main(qtbot, shell)
    main.menus.copies_action.trigger()
    dialog = shell.vault_dialog
    assert isinstance(dialog, CopiesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.record(0).id == kept.name
    main.menus.lock_action.trigger()
    assert shell.vault_dialog is None and not dialog.isVisible()


def test_a_passphrase_change_names_the_older_copies_and_offers_them(
    qtbot, make_shell, prompts, vault_dir, kdf
) -> None:
    kept = kept_by_restore(vault_dir, kdf)
    shell = make_shell(vault_dir)
    main = unlock_main(qtbot, shell)
    main.menus.passphrase_action.trigger()
    dialog = shell.vault_dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.current_edit.setText("not the passphrase")
    dialog.new_edit.setText("short")
    assert not dialog.change_button.isEnabled()
    meter = dialog.strength_meter  # says why as it is typed, not only a greyed-out button
    assert meter.bar.value() <= 1 and "Use at least" in meter.label.text()
    dialog.new_edit.setText(NEW_PASSPHRASE)
    assert not dialog.change_button.isEnabled()  # not repeated yet
    dialog.repeat_edit.setText(NEW_PASSPHRASE)
    assert dialog.change_button.isEnabled()
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=30_000)
    assert dialog.message.text() == "Wrong passphrase (or wrong user name). Try again."

    prompts.confirm_answer = True
    dialog.current_edit.setText(PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: isinstance(shell.vault_dialog, CopiesDialog), timeout=30_000)
    title, text = prompts.asked[-1]
    assert title == "Passphrase changed"
    assert f"still open with the old one: {kept.name}." in text
    qtbot.waitUntil(lambda: shell.vault_dialog.model.rowCount() == 1, timeout=30_000)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_both_dialogs_fit_a_1366x768_screen_with_no_text_cut(
    qtbot, runner, prompts, vault_dir, language
) -> None:
    translations = Translations(resources_dir() / "i18n")
    translations.install(language)
    try:
        copies = CopiesDialog(CopyService(vault_dir), runner, prompts)
        copies.model.set_rows([_copy("vault.before-restore-a1b2c3", kind, 1 << 30) for kind in CopyKind])
        passphrase = ChangePassphraseDialog(None, "", runner, prompts)  # type: ignore[arg-type]
        passphrase.repeat_edit.setText("differs")
        for dialog in (copies, passphrase):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.width() <= 1366 and dialog.height() <= 768, (language, dialog.size())
            for label in dialog.findChildren(PlainLabel):
                if label.isVisible() and label.text():
                    wanted = (
                        label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
                    )
                    assert wanted <= label.height(), (language, label.text())
                    assert label.sizeHint().width() <= label.width() or label.wordWrap(), (
                        language,
                        label.text(),
                    )
    finally:
        translations.install("en")


def test_quick_erase_from_the_unlock_screen_destroys_the_copies_too(
    qtbot, make_shell, vault_dir, kdf
) -> None:
    kept = kept_by_restore(vault_dir, kdf)
    shell = make_shell(vault_dir)
    screen = shell.show_unlock()
    with qtbot.waitSignal(shell.erased, timeout=10_000):
        screen.erase_button.click()
    assert not kept.exists()
    assert key_material(vault_dir.parent) == []


def test_switching_the_language_retranslates_the_open_list(qtbot, runner, prompts, vault_dir) -> None:
    dialog = CopiesDialog(CopyService(vault_dir), runner, prompts)
    qtbot.addWidget(dialog)
    dialog.model.set_rows([_copy("vault.before-restore-a1b2c3", CopyKind.BEFORE_RESTORE, 10)])
    translations = Translations(resources_dir() / "i18n")
    translations.install("kk")
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Осы қойманың ескі көшірмелері", timeout=5_000)
        assert dialog.model.index(0, CopiesModel.KIND).data() == "Қалпына келтіру ауыстырған қойма"
        assert dialog.model.headerData(CopiesModel.MADE, Qt.Orientation.Horizontal) == "Сақталған күні"
    finally:
        translations.install("en")
