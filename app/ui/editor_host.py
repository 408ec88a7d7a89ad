# SPDX-License-Identifier: GPL-3.0-or-later
"""The factory that makes the case editor the main window hosts: a ``CaseEditor`` (tests hand in a
stand-in with what the window calls: ``has_unsaved_changes``, ``save``, ``clear``, ``discard``, and
``saved(str)`` and ``save_failed(str)`` signals)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.bundle import Services
    from app.ui.case_editor import CaseEditor

EditorFactory = Callable[["Services", TaskRunner, "str | None", "QWidget | None"], "CaseEditor"]


def default_editor_factory() -> EditorFactory:
    """``CaseEditor``, imported when first needed so the unlock screen starts faster."""
    from app.ui.case_editor import CaseEditor

    return CaseEditor
