# SPDX-License-Identifier: GPL-3.0-or-later
"""Every modal question the UI asks, behind one small object so tests can replace it."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UserPrompts:
    """Wraps QMessageBox.  Every text is plain: a name in a question is never read as rich text."""

    def _box(self, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    def confirm(self, parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
        """Yes/No question; the safe answer (No) is the default when ``destructive``."""
        box = self._box(
            parent, QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text
        )
        yes = box.addButton(QMessageBox.StandardButton.Yes)
        no = box.addButton(QMessageBox.StandardButton.No)
        box.setDefaultButton(no if destructive else yes)
        box.exec()
        return box.clickedButton() is yes

    def unsaved_changes(self, parent: QWidget | None) -> UnsavedChoice:
        """Save / Discard / Cancel for an editor with unsaved changes."""
        box = self._box(
            parent,
            QMessageBox.Icon.Question,
            QCoreApplication.translate("UserPrompts", "Unsaved changes"),
            QCoreApplication.translate("UserPrompts", "This case file has changes that are not saved yet."),
        )
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedChoice.SAVE
        if clicked is discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        box = self._box(parent, QMessageBox.Icon.Information, title, text)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    def error(self, parent: QWidget | None, text: str) -> None:
        """An expected failure (a typed error), already phrased for the user."""
        box = self._box(
            parent, QMessageBox.Icon.Warning, QCoreApplication.translate("UserPrompts", "Pana"), text
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    def crash(self, parent: QWidget | None) -> None:
        """A bug: a generic message only.  Exception text may quote case data, so it is never shown."""
        box = self._box(
            parent,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("UserPrompts", "Pana: internal error"),
            QCoreApplication.translate(
                "UserPrompts",
                "Something went wrong inside Pana. What was saved before is safe; the last "
                "change may not have been saved. If this happens again, restart Pana and tell "
                "your coordinator what you were doing (without names).",
            ),
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
