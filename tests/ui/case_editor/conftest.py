# SPDX-License-Identifier: GPL-3.0-or-later
"""Case editor fixtures: services on the per-test vault, fonts, stub prompts and an editor factory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice
from PySide6.QtGui import QColor, QImage, QPdfWriter
from PySide6.QtWidgets import QApplication

from app.services.bundle import Services
from app.ui.case_editor import CaseEditor
from app.ui.tasks import TaskRunner
from app.ui.widgets.fonts import register_application_fonts


class EditorPrompts:
    """Answers the editor's questions as told and records them (never a real dialog in tests)."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.files: list[str] = []
        self.save_path: str | None = None
        self.pdf_password_answer: str | None = None
        self.asked: list[tuple[str, str]] = []

    def confirm(self, parent: object, title: str, text: str, *, destructive: bool = False) -> bool:
        self.asked.append((title, text))
        return self.confirm_answer

    def open_files(self, parent: object, title: str, name_filter: str) -> list[str]:
        self.asked.append((title, name_filter))
        return list(self.files)

    def save_file(self, parent: object, title: str, suggested_name: str) -> str | None:
        self.asked.append((title, suggested_name))
        return self.save_path

    def pdf_password(self, parent: object) -> str | None:
        self.asked.append(("pdf password", ""))
        return self.pdf_password_answer

    def printer(self, parent: object) -> QPdfWriter | None:
        """A printer with no file behind it: the pages land in ``printed`` (a buffer in memory)."""
        self.asked.append(("printer", ""))
        self.printed = QBuffer()
        self.printed.open(QIODevice.OpenModeFlag.WriteOnly)
        self.printer_device = QPdfWriter(self.printed)
        return self.printer_device


@pytest.fixture(autouse=True)
def _fonts(qapp: QApplication) -> None:
    register_application_fonts()


@pytest.fixture
def editor_prompts() -> EditorPrompts:
    return EditorPrompts()


@pytest.fixture
def make_editor(
    qtbot: Any, services: Services, runner: TaskRunner, editor_prompts: EditorPrompts
) -> Iterator[Callable[..., CaseEditor]]:
    """``make_editor(case_id=None, **options)``: a shown, loaded editor (drafts every 100 ms by default)."""
    made: list[CaseEditor] = []

    def make(case_id: str | None = None, **options: Any) -> CaseEditor:
        options.setdefault("draft_interval_ms", 100)
        options.setdefault("prompts", editor_prompts)
        editor = CaseEditor(services, runner, case_id, **options)
        editor.resize(1200, 800)
        with qtbot.waitSignal(editor.loaded, timeout=10_000):
            editor.show()
        made.append(editor)
        return editor

    yield make
    for editor in made:
        try:
            editor.draft_timer.stop()
            editor.close()
            editor.deleteLater()
        except RuntimeError:  # already destroyed by the test (a simulated crash)
            pass
    runner.wait(10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def png_bytes(width: int = 32, height: int = 24) -> bytes:
    """A small PNG made in memory."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
