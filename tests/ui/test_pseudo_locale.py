# SPDX-License-Identifier: GPL-3.0-or-later
"""#12 item 8: a pseudo-locale (every text ~40 % longer, accented) and a run over every screen in it
at 1366×768 that fails when a label or button is cut off or a window outgrows the screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.paths import resources_dir
from app.ui.i18n import Translations
from app.ui.pseudo_locale import GROWTH, PSEUDO_LANGUAGE, pseudo

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging" / "scripts"))
from layout_check import cut_off  # noqa: E402


def test_pseudo_text_is_longer_accented_and_keeps_placeholders_and_mnemonics() -> None:
    text = "&Save %1 of %n case(s), %L2"
    made = pseudo(text)
    assert len(made) >= len(text) * (1 + GROWTH)
    assert "%1" in made and "%n" in made and "%L2" in made and "&" in made
    assert "Save" not in made and pseudo("") == ""
    assert "%p%" in pseudo("%p%")  # Qt's own progress bar format: its percentage still shows


def test_installing_the_pseudo_locale_changes_every_text_and_english_comes_back(qapp) -> None:
    translations = Translations(resources_dir() / "i18n")
    try:
        translations.install(PSEUDO_LANGUAGE)
        assert translations.language == PSEUDO_LANGUAGE
        assert QCoreApplication.translate("MainWindow", "&Quit") == pseudo("&Quit")
    finally:
        translations.install("en")
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"


def test_the_check_finds_a_cut_off_label_and_button(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    label, button = QLabel("A label much longer than its room"), QPushButton("A button too long as well")
    for widget in (label, button):
        widget.setFixedWidth(40)
        layout.addWidget(widget)
    window.show()
    problems = cut_off(window, "scene")
    assert len(problems) == 2 and all(p.startswith("scene: ") for p in problems)


def test_every_screen_fits_1366x768_in_the_pseudo_locale(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    run = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "scripts" / "screenshot_driver.py"),
            "--language",
            PSEUDO_LANGUAGE,
            "--size",
            "1366x768",
            "--check-layout",
            "--out",
            str(tmp_path / "png"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    problems = [line for line in run.stdout.splitlines() if line.startswith("cut off:")]
    assert problems == [] and run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
