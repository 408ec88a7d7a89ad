# SPDX-License-Identifier: GPL-3.0-or-later
"""Tab order for widgets made after their screen was built: Qt puts them at the end of the window's
chain (a petition's blanks after its Close button) unless they are placed."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtWidgets import QWidget


def chain_after(anchor: QWidget | None, widgets: Iterable[QWidget]) -> None:
    """Tab goes from ``anchor`` (when given) through ``widgets`` in the order given, then on to what
    followed ``anchor``."""
    for before, after in itertools.pairwise([*([anchor] if anchor else []), *widgets]):
        QWidget.setTabOrder(before, after)
