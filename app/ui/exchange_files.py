# SPDX-License-Identifier: GPL-3.0-or-later
"""Choosing exchange files for the export and import dialogs, and the neutral name a new one gets.

A file name travels in the open (a USB stick, an e-mail attachment): it names no case, person or
office, only the day and a few random letters to tell two files apart.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.exchange.age_file import check_size
from app.ui.file_dialogs import open_path, save_path

SUFFIX = ".age"


def neutral_file_name(today: dt.date | None = None) -> str:
    """``pana-YYYYMMDD-<6 random hex digits>.age``."""
    return f"pana-{(today or dt.date.today()):%Y%m%d}-{secrets.token_hex(3)}{SUFFIX}"


def read_bounded(path: str) -> bytes:
    """The file's bytes, its size checked before it is read (ExchangeFileError: too large)."""
    with open(path, "rb") as file:
        check_size(os.fstat(file.fileno()).st_size)
        return file.read()


class ExchangeFiles:
    """The file choosers; tests replace it."""

    def save_bundle(self, parent: QWidget | None, suggested_name: str) -> str | None:
        return save_path(
            parent,
            QCoreApplication.translate("ExchangeFiles", "Save the exchange file"),
            suggested_name,
            QCoreApplication.translate("ExchangeFiles", "Exchange files (*.age);;All files (*)"),
        )

    def open_bundle(self, parent: QWidget | None) -> str | None:
        return open_path(
            parent,
            QCoreApplication.translate("ExchangeFiles", "Open an exchange file"),
            QCoreApplication.translate("ExchangeFiles", "Exchange files (*.age);;All files (*)"),
        )
