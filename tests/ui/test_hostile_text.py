# SPDX-License-Identifier: GPL-3.0-or-later
"""T28 in the UI: hostile names are shown verbatim as plain text, bidi-isolated, never as rich text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.services.bundle import Services
from app.ui.main_window import MainWindow
from app.ui.placeholders import filled
from app.ui.prompts import UserPrompts
from app.ui.widgets.text import FSI, PDI, isolate
from tests.ui.conftest import add_case

HOSTILE = (
    "<img src=file:///etc/passwd>",
    "<a href=x>y</a>",
    "\u202eАйгүл Маратқызы",
    "<b>bold</b> & <script>alert(1)</script>",
)
UI_DIR = Path(__file__).resolve().parents[2] / "app" / "ui"


@pytest.fixture
def main(qtbot, vault, runner, prompts) -> MainWindow:
    for name in HOSTILE:
        add_case(vault, name)
    window = MainWindow(Services.for_vault(vault), runner, prompts)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == len(HOSTILE), timeout=10_000)
    return window


def test_names_are_shown_verbatim_and_isolated(qtbot, main):
    model = main.case_list.model
    shown = {model.index(row, model.NAME).data() for row in range(model.rowCount())}
    assert shown == {isolate(name) for name in HOSTILE}
    main.grab()  # paints every cell: nothing is fetched, nothing is interpreted


def test_every_label_is_plain_text(qtbot, main, make_shell, vault_dir):
    shell = make_shell(vault_dir)
    shell.show_unlock()
    shell.show_first_run()
    labels = [label for w in QApplication.topLevelWidgets() for label in w.findChildren(QLabel)]
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels), [
        label.objectName() or type(label.parent()).__name__
        for label in labels
        if label.textFormat() != Qt.TextFormat.PlainText
    ]


def test_prompts_never_interpret_markup() -> None:
    box = UserPrompts()._box(None, QMessageBox.Icon.Question, "t", HOSTILE[0])
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.deleteLater()


def test_isolate_closes_an_override() -> None:
    text = isolate("\u202eabc")
    assert text.startswith(FSI) and text.endswith(PDI)


def test_a_value_holding_a_placeholder_is_shown_as_it_is() -> None:
    assert filled("%1 sent %2 files", "Office %2 (fictional)", "3") == "Office %2 (fictional) sent 3 files"
    assert filled("%1 and %3", "one") == "one and %3"  # a translation naming a placeholder never given


def test_no_rich_text_in_the_ui_sources() -> None:
    """T52 for the UI: no rich-text rendering path exists for anyone to put user data into."""
    offenders = []
    for source in UI_DIR.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        if re.search(r"RichText|AutoText|setHtml\(|insertHtml\(|appendHtml\(", text):
            offenders.append(str(source.relative_to(UI_DIR)))
    assert offenders == []
