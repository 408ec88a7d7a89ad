# SPDX-License-Identifier: GPL-3.0-or-later
"""T47: choosing where a petition goes leaves no trace of the folder (which may bear a client's name)
in Qt's settings, and the desktop's own dialog, which records recent files, is never used."""

from __future__ import annotations

import ast
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.ui.file_dialogs import save_path

FOLDER = "Серікұлы Нұрлан (fictional)"


def _texts_under(*roots: Path) -> str:
    return "".join(
        path.read_text(errors="replace")
        for root in roots
        if root.exists()
        for path in root.rglob("*")
        if path.is_file()
    )


def test_a_save_leaves_no_folder_behind_in_any_settings_file(
    qtbot: Any, tmp_path: Path, _settings_in_tmp: Path
) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()
    chosen = folder / "petition.pdf"

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.accept()

    QTimer.singleShot(300, accept)
    assert save_path(None, "Save", str(chosen)) == str(chosen)
    written = _texts_under(_settings_in_tmp, Path(os.environ["XDG_CONFIG_HOME"]), Path(os.environ["HOME"]))
    assert "FileDialog" not in written and "%D0%A1" not in written and FOLDER not in written


def test_no_screen_opens_a_file_dialog_of_its_own() -> None:
    """Every chooser goes through app.ui.file_dialogs."""
    ui = Path(__file__).resolve().parents[2] / "app" / "ui"
    callers = {
        path.name
        for path in ui.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr.startswith("get") and "FileName" in node.attr
    }
    assert callers == {"file_dialogs.py"}
