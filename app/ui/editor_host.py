# SPDX-License-Identifier: GPL-3.0-or-later
"""What the main window needs from a case editor, and the factory that makes the real one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from app.services.bundle import Services
from app.ui.tasks import TaskRunner


class Editor(Protocol):
    """A QWidget with ``saved(str)`` that the main window hosts, saves, discards and clears on lock."""

    def has_unsaved_changes(self) -> bool: ...
    def save(self) -> bool: ...
    def clear(self) -> None: ...
    def discard(self) -> None: ...


EditorFactory = Callable[[Services, TaskRunner, "str | None", "QWidget | None"], QWidget]


def default_editor_factory() -> EditorFactory:
    """``CaseEditor``, imported when first needed so the unlock screen starts faster."""
    from app.ui.case_editor import CaseEditor

    return CaseEditor
