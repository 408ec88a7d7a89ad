# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences in QSettings (a temp INI here), the dialog, language switching and what is never stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.ui.main_window import MainWindow
from app.ui.partner_offices import PartnerOfficesPage
from app.ui.preferences import DEFAULT_IDLE_MINUTES, Preferences, PreferencesDialog
from tests.conftest import PASSPHRASE, USERNAME


def test_defaults_and_clamping(settings: QSettings) -> None:
    preferences = Preferences(settings)
    assert preferences.language == "en"
    assert preferences.idle_minutes == DEFAULT_IDLE_MINUTES
    preferences.idle_minutes = 100_000
    assert preferences.idle_minutes == 120
    settings.setValue(Preferences.IDLE_KEY, "nonsense")
    assert preferences.idle_minutes == DEFAULT_IDLE_MINUTES
    preferences.language = "xx"
    assert preferences.language == "en"


def test_stored_in_the_test_folder(settings: QSettings, _settings_in_tmp: Path) -> None:
    Preferences(settings).language = "ru"
    settings.sync()
    assert Path(settings.fileName()).is_relative_to(_settings_in_tmp)
    assert "language=ru" in Path(settings.fileName()).read_text()


def test_dialog_applies_language_and_idle_minutes(qtbot, make_shell, vault_dir, settings):
    shell = make_shell(vault_dir)
    screen = shell.show_unlock()
    screen.user_edit.setText(USERNAME)
    screen.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.screen_changed, timeout=10_000):
        screen.on_unlock_button_clicked()
    main = shell.window
    assert isinstance(main, MainWindow)
    dialog = shell.open_preferences()
    assert isinstance(dialog, PreferencesDialog)
    page = dialog.partners_page  # a vault is open: its partner offices too
    assert isinstance(page, PartnerOfficesPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("kk"))
    dialog.idle_spin.setValue(7)
    try:
        dialog.buttons.accepted.emit()
        assert shell.translations.language == "kk"
        assert shell.idle.timeout_ms == 7 * 60_000
        qtbot.waitUntil(lambda: main.menus.lock_action.text() == "Құ&лыптау", timeout=5_000)  # resources/i18n
    finally:
        shell.translations.install("en")
    qtbot.waitUntil(lambda: main.menus.lock_action.text() == "&Lock", timeout=5_000)
    settings.sync()
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "language=kk" in stored and "idle_minutes=7" in stored
    assert USERNAME not in stored and "Almaty" not in stored  # no user, office or person names
