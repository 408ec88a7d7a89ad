# SPDX-License-Identifier: GPL-3.0-or-later
"""The new recovery key, shown once (after a new recovery key or a key replacement), to be written on
paper; gone from the screen when the dialog closes."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.ui.widgets.text import PlainLabel


class RecoveryKeyDialog(QDialog):
    """The new recovery key, shown this once, to be written on paper; ``lead`` says what made it."""

    def __init__(self, key: str, parent: QWidget | None = None, *, lead: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.intro = PlainLabel(
            (lead + "\n\n" if lead else "")
            + self.tr(
                "Write this key on paper now and keep it away from this computer. The old recovery "
                "key no longer opens the vault. This key is shown only this once."
            )
        )
        self.intro.setWordWrap(True)
        self.key_label = PlainLabel(key, selectable=True)
        font = QFont("DejaVu Sans Mono")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.key_label, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)

    def done(self, result: int) -> None:
        self.key_label.setText("")  # the key stays on screen no longer than the dialog
        super().done(result)
