# SPDX-License-Identifier: GPL-3.0-or-later
"""Filling the %1, %2, … of a translated sentence (Qt's own ``arg()`` is not bound in PySide6)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def filled(text: str, *values: str) -> str:
    """``text`` with its %1, %2, … replaced by ``values`` in one pass: a value holding "%2" (a name, a
    path, a line of an office's file) is shown as it is, never filled in again.  A placeholder with no
    value (a translation naming one the source has not) stays as written."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
