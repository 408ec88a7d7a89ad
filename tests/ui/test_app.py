# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root: argument parsing, PANA_VAULT, shipped fonts, the first screen."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

import app.ui.app as ui_app
from app.ui.app import FONT_FAMILIES, parse_args, register_fonts, run_gui
from app.ui.first_run import FirstRunWizard
from app.ui.unlock import UnlockScreen


def test_parse_args_keeps_qt_options() -> None:
    options = parse_args(["--vault", "/tmp/somewhere", "-platform", "offscreen"])
    assert options.vault == Path("/tmp/somewhere")
    assert parse_args([]).vault is None


def test_fonts_cover_every_script(qapp: QApplication) -> None:
    families = register_fonts(qapp)
    assert families[: len(FONT_FAMILIES)] == list(FONT_FAMILIES)
    assert qapp.font().families()[: len(FONT_FAMILIES)] == list(FONT_FAMILIES)
    database = set(QFontDatabase.families())
    assert set(FONT_FAMILIES) <= database


def _run(args: list[str], monkeypatch) -> list[type]:
    """Run the real event loop for one turn; returns the types of the screens it showed."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[type] = []

    def look_and_quit() -> None:
        shown.extend(
            type(w)
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, FirstRunWizard | UnlockScreen)
        )
        QApplication.instance().quit()

    QTimer.singleShot(0, look_and_quit)
    assert run_gui(args) == 0  # (conftest turned off quitting when the shell's window goes away)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return shown


def test_run_gui_with_an_empty_folder_shows_the_first_run(qapp, monkeypatch, tmp_path: Path) -> None:
    shown = _run(["--vault", str(tmp_path / "new")], monkeypatch)
    assert shown == [FirstRunWizard]


def test_run_gui_makes_the_shipped_fonts_the_applications(qapp, monkeypatch, tmp_path: Path) -> None:
    """On a machine with no fonts for Kazakh, Uyghur or Chinese, names would show as boxes: the app
    registers its own at start (a test machine has them installed, so only the font set says so)."""
    before = QFont(qapp.font())
    qapp.setFont(QFont("Serif"))
    try:
        _run(["--vault", str(tmp_path / "new")], monkeypatch)
        assert qapp.font().families()[: len(FONT_FAMILIES)] == list(FONT_FAMILIES)
    finally:
        qapp.setFont(before)  # later tests measure text in the font the suite set up


def test_run_gui_honours_pana_vault(qapp, monkeypatch, vault_dir: Path) -> None:
    monkeypatch.setenv("PANA_VAULT", str(vault_dir))
    shown = _run([], monkeypatch)
    assert shown == [UnlockScreen]


def test_the_shipped_gui_ignores_pana_kdf_profile(qapp, monkeypatch, tmp_path: Path) -> None:
    """New key slots are calibrated to the machine whatever the environment says (None: calibrate)."""
    given: list[object] = []
    real = ui_app.build_shell

    def spy(*args: object, kdf: object = None, **kwargs: object) -> object:
        given.append(kdf)
        return real(*args, kdf=kdf, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ui_app, "build_shell", spy)
    monkeypatch.setenv("PANA_KDF_PROFILE", "minimum")
    assert _run(["--vault", str(tmp_path / "new")], monkeypatch) == [FirstRunWizard]
    assert given == [None]


def test_without_a_display_the_app_says_so_in_one_line(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert run_gui(["--vault", str(tmp_path / "vault")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "vault").exists()
