# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen cuts off: labels and buttons narrower than their text, and windows that need more
than a 1366×768 screen (used by the screenshot driver's ``--check-layout``, in any language)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

SCREEN = (1366, 768)
#: Pixels of slack: font hinting rounds a text's advance up or down by one.
SLACK = 2


def cut_off(window: QWidget, scene: str) -> list[str]:
    """One line per problem: ``scene: what (needs N px, has M)``."""
    problems = []
    hint = window.minimumSizeHint()
    if window.isWindow() and (hint.width() > SCREEN[0] or hint.height() > SCREEN[1]):
        problems.append(f"{scene}: the window needs at least {hint.width()}×{hint.height()}")
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text() or not label.pixmap().isNull():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or label.text().startswith("<"):
            continue
        metrics = label.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in label.text().splitlines() or [""])
        has = label.contentsRect().width() - 2 * label.margin() - label.indent() * (label.indent() > 0)
        if needed > has + SLACK:
            problems.append(f"{scene}: label {label.text()!r} (needs {needed} px, has {has})")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or button.parent() is None:
            continue
        needed = button.sizeHint().width()
        if needed > button.width() + SLACK:
            problems.append(f"{scene}: button {button.text()!r} (needs {needed} px, has {button.width()})")
    return problems
