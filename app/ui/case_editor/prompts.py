# SPDX-License-Identifier: GPL-3.0-or-later
"""The questions the case editor may ask (file choosers, the unencrypted-copy warning), stubbed in tests."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.prompts import UserPrompts


class EditorPrompts(Protocol):
    """What the editor needs beyond the shell's ``UserPrompts.confirm``."""

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, destructive: bool = False
    ) -> bool: ...

    def open_files(self, parent: QWidget | None, title: str, name_filter: str) -> list[str]: ...

    def save_file(self, parent: QWidget | None, title: str, suggested_name: str) -> str | None: ...


class DialogPrompts(UserPrompts):
    """The shell's prompts plus Qt file dialogs; the suggested name is already a safe file name."""

    def open_files(self, parent: QWidget | None, title: str, name_filter: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
        return list(paths)

    def save_file(self, parent: QWidget | None, title: str, suggested_name: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested_name)
        return path or None
