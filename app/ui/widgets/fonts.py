# SPDX-License-Identifier: GPL-3.0-or-later
"""Registers the bundled fonts so Kazakh Cyrillic, Arabic script and Chinese render with no system fonts."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from app.paths import resources_dir

_registered: list[str] = []


def register_application_fonts() -> list[str]:
    """Add every TrueType font in ``resources/fonts`` once (needs a QGuiApplication); returns families."""
    if _registered:
        return list(_registered)
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _registered.extend(
                f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in _registered
            )
    return list(_registered)
