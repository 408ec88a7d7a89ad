# SPDX-License-Identifier: GPL-3.0-or-later
"""``QT_TRANSLATE_NOOP`` typed as returning ``str``, which it does: PySide6's stub says ``object``, so a
table of marked labels read as ``dict[str, object]`` and every translate() of one as a type error.
lupdate finds the marker by its name, whichever module it comes from, so the name stays Qt's."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str:
    """Marks ``message`` for translation in ``context``, and returns it as it is (translated when shown)."""
    return message
