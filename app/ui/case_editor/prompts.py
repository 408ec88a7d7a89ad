# SPDX-License-Identifier: GPL-3.0-or-later
"""The questions the case editor may ask (file choosers, the printer, a PDF's password, the
unencrypted-copy warning), stubbed in tests."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.ui.file_dialogs import open_paths, save_path
from app.ui.pdf_password_dialog import PdfPasswordDialog
from app.ui.prompts import UserPrompts


class EditorPrompts(Protocol):
    """What the editor needs beyond the shell's ``UserPrompts.confirm``."""

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, destructive: bool = False
    ) -> bool: ...

    def open_files(self, parent: QWidget | None, title: str, name_filter: str) -> list[str]: ...

    def save_file(self, parent: QWidget | None, title: str, suggested_name: str) -> str | None: ...

    def printer(self, parent: QWidget | None) -> QPagedPaintDevice | None: ...

    def pdf_password(self, parent: QWidget | None) -> str | None: ...


class DialogPrompts(UserPrompts):
    """The shell's prompts plus Qt file dialogs; the suggested name is already a safe file name."""

    def open_files(self, parent: QWidget | None, title: str, name_filter: str) -> list[str]:
        return open_paths(parent, title, name_filter)

    def save_file(self, parent: QWidget | None, title: str, suggested_name: str) -> str | None:
        return save_path(parent, title, suggested_name)

    def printer(self, parent: QWidget | None) -> QPagedPaintDevice | None:
        """The printer the user chose in Qt's print dialog, or None when they cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def pdf_password(self, parent: QWidget | None) -> str | None:
        """The password to protect a PDF with, or None when they cancelled."""
        dialog = PdfPasswordDialog(parent)
        try:
            return dialog.password if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.forget()  # the password does not stay in widgets under the petition dialog
