# SPDX-License-Identifier: GPL-3.0-or-later
"""First run: the wizard creates a vault on the worker, shows the recovery key once, wants group 3 back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.validation import USERNAME_LIMIT
from app.services.vault import VaultService
from app.ui.first_run import FirstRunWizard, key_group, normalise_group
from app.ui.main_window import MainWindow
from app.ui.unlock import UnlockScreen
from tests.conftest import PASSPHRASE, USERNAME


def fill(wizard: FirstRunWizard, *, passphrase: str = PASSPHRASE, repeat: str | None = None) -> None:
    # setText, not keyClicks: non-ASCII key clicks abort pytest (pitfalls.md).
    wizard.office_edit.setText("Демо кеңсе Алматы")
    wizard.user_edit.setText(USERNAME)
    wizard.passphrase_edit.setText(passphrase)
    wizard.repeat_edit.setText(passphrase if repeat is None else repeat)


def test_first_run_creates_vault_confirms_key_and_opens_main_window(
    qtbot, make_shell, tmp_path: Path
) -> None:
    directory = tmp_path / "new-vault"
    shell = make_shell(directory)
    shell.start()
    wizard = shell.window
    assert isinstance(wizard, FirstRunWizard)
    assert not wizard.create_button.isEnabled()
    fill(wizard)
    assert wizard.create_button.isEnabled()
    assert wizard.strength_meter.bar.value() >= 3
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.busy.isVisibleTo(wizard)  # Argon2 runs on the worker; the screen stays responsive
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=15_000)
    assert (directory / "pana.keys").exists()
    key = wizard.key_label.text()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert wizard.passphrase_edit.text() == "" and wizard.repeat_edit.text() == ""
    assert not wizard.continue_button.isEnabled()
    wizard.confirm_edit.setText(groups[0])  # the wrong group
    assert not wizard.continue_button.isEnabled()
    wizard.confirm_edit.setText(groups[2].lower())
    assert wizard.continue_button.isEnabled()
    with qtbot.waitSignal(shell.screen_changed, timeout=5_000):
        qtbot.mouseClick(wizard.continue_button, Qt.MouseButton.LeftButton)
    assert isinstance(shell.window, MainWindow)
    assert wizard.key_label.text() == ""  # shown once, then gone
    assert shell.vault is not None and shell.vault.is_open
    qtbot.waitUntil(lambda: shell.main_window.case_list.count_label.text() == "Cases: 0", timeout=10_000)
    # The recovery key really opens the vault (after locking).
    shell.lock()
    assert isinstance(shell.window, UnlockScreen)
    VaultService(directory).open_with_recovery(key).lock()


def test_create_is_refused_until_the_form_is_right(qtbot, make_shell, tmp_path: Path) -> None:
    shell = make_shell(tmp_path / "v")
    wizard = shell.show_first_run()
    fill(wizard, passphrase="qwerty123")
    assert not wizard.create_button.isEnabled()
    assert "well-known" in wizard.strength_meter.label.text()
    fill(wizard, repeat=PASSPHRASE + "x")
    assert not wizard.create_button.isEnabled()
    assert "differ" in wizard.strength_meter.label.text()
    fill(wizard)
    wizard.office_edit.setText("  ")
    assert not wizard.create_button.isEnabled()
    wizard.on_create_button_clicked()  # a forced click does nothing either
    assert not (tmp_path / "v").exists()


def test_an_existing_vault_is_reported_inline(qtbot, make_shell, vault_dir: Path, prompts) -> None:
    shell = make_shell(vault_dir)
    wizard = shell.show_first_run()
    fill(wizard)
    wizard.on_create_button_clicked()
    qtbot.waitUntil(lambda: wizard.error_label.isVisibleTo(wizard), timeout=10_000)
    assert wizard.error_label.text() == "A vault already exists in this folder."
    assert wizard.pages.currentIndex() == 0
    assert prompts.crashes == 0


def test_a_hostile_user_name_is_refused_inline_and_creates_nothing(
    qtbot, make_shell, tmp_path: Path, prompts
) -> None:
    shell = make_shell(tmp_path / "v")
    wizard = shell.show_first_run()
    fill(wizard)
    wizard.user_edit.setText("b" * 10_000)
    assert len(wizard.user_edit.text()) == USERNAME_LIMIT
    wizard.user_edit.setText("bolat\u202enimda")  # a right-to-left override shows it as "bolatadmin"
    wizard.on_create_button_clicked()
    qtbot.waitUntil(lambda: wizard.error_label.isVisibleTo(wizard), timeout=10_000)
    assert wizard.error_label.text() == "Some information is not valid; check the form."
    assert wizard.pages.currentIndex() == 0
    assert not (tmp_path / "v").exists()
    assert prompts.crashes == 0


def test_key_group_helpers() -> None:
    assert key_group("AAAAA-BBBBB-CCCCC", 3) == "CCCCC"
    assert key_group("AAAAA", 3) == ""
    assert normalise_group(" c0o1l- ") == "C0011"


def test_the_language_comes_first_and_applies_at_once(qtbot, make_shell, tmp_path: Path) -> None:
    """#12 item 7: the wizard was in English until the vault existed and Preferences could be opened."""
    shell = make_shell(tmp_path / "new-vault")
    shell.start()
    wizard = shell.window
    assert isinstance(wizard, FirstRunWizard)
    page = wizard.pages.widget(0)
    first = page.layout().itemAt(0).layout().itemAt(1).widget()
    assert first is wizard.language_combo
    assert [wizard.language_combo.itemText(i) for i in range(3)] == ["English", "Русский", "Қазақша"]
    try:
        wizard.language_combo.setCurrentIndex(wizard.language_combo.findData("kk"))
        assert shell.preferences.language == "kk" and shell.translations.language == "kk"
        qtbot.waitUntil(lambda: wizard.create_button.text() != "Create vault", timeout=5_000)  # retranslated
    finally:
        shell.translations.install("en")
