# SPDX-License-Identifier: GPL-3.0-or-later
"""How strong a new passphrase is, as it is typed: a bar and a line saying why (first run, change of
passphrase), so nobody meets only a greyed-out button."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from app.domain.passphrase_strength import MAX_SCORE, MIN_LENGTH, Strength
from app.ui.widgets.text import PlainLabel


class StrengthMeter(QWidget):
    """``bar`` and ``label``; ``show_strength`` after every keystroke."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, MAX_SCORE)
        self.bar.setTextVisible(False)
        self.label = PlainLabel("", self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)

    def show_strength(self, strength: Strength, *, repeated_differs: bool) -> None:
        self.bar.setValue(strength.score)
        self.label.setText(self._words(strength, repeated_differs))

    def _words(self, strength: Strength, repeated_differs: bool) -> str:
        if strength.length == 0:
            return self.tr(
                "At least %n characters; a few unrelated words are easy to remember.", "", MIN_LENGTH
            )
        verdict = [
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ][strength.score]
        advice = {
            "too-short": self.tr("Use at least %n characters.", "", MIN_LENGTH),
            "common": self.tr("This is a well-known password."),
            "repetitive": self.tr("Too many repeated characters."),
            "one-class": self.tr("Mix words, digits or other characters."),
        }
        hints = [advice[p] for p in strength.problems if p in advice]
        if repeated_differs:
            hints.append(self.tr("The two passphrases differ."))
        return " ".join([verdict + ".", *hints])
