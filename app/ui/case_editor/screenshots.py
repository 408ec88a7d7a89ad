# SPDX-License-Identifier: GPL-3.0-or-later
"""Grabbing each tab of a case editor into PNG files (README screenshots, visual checks)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from app.ui.case_editor.editor import CaseEditor

_NAMES = (
    "identity",
    "interviews",
    "legal-timeline",
    "relatives",
    "requests",
    "petitions",
    "sources",
    "attachments",
    "history",
    "timeline",
)
_RELATIVE_PAGES = ("relatives", "family-view", "detentions", "pressure-reports")


def _settle(milliseconds: int = 150) -> None:
    """Let layouts, pending paints and finished tasks' results arrive (results come as queued calls)."""
    deadline = time.monotonic() + milliseconds / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def grab_editor_tabs(editor: CaseEditor, out_dir: Path | str, *, settle_ms: int = 300) -> list[Path]:
    """Show each tab (and each page of the Relatives tab) in turn and save ``editor.grab()`` as PNG.

    The editor must already be shown and loaded.  Returns the files written, in tab order:
    ``01-identity.png`` … ``10-timeline.png`` with ``04a…04d`` for the Relatives pages.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for index, name in enumerate(_NAMES):
        editor.tabs.setCurrentIndex(index)
        _settle(settle_ms)
        if name == "relatives":
            for page, page_name in enumerate(_RELATIVE_PAGES):
                editor.relatives.pages.setCurrentIndex(page)
                _settle(settle_ms)
                path = out / f"04{'abcd'[page]}-{page_name}.png"
                editor.grab().save(str(path))
                written.append(path)
            editor.relatives.pages.setCurrentIndex(0)
            continue
        if name == "attachments" and editor.attachments.model.rowCount():
            editor.attachments.view.setCurrentIndex(editor.attachments.model.index(0, 0))
            _settle(settle_ms)
        path = out / f"{index + 1:02d}-{name}.png"
        editor.grab().save(str(path))
        written.append(path)
    editor.tabs.setCurrentIndex(0)
    return written
