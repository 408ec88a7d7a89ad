# SPDX-License-Identifier: GPL-3.0-or-later
"""A pseudo-locale for layout checks: every English text with its letters accented and made about
40 % longer ("Save case" → "⟦Şȧṽḗ ƈȧşḗ ·····⟧"), placeholders and mnemonics kept.

Labels that are cut off or windows that outgrow a 1366×768 screen show up at once in it, before
a Russian or Kazakh translation does the same (tests/ui/test_pseudo_locale.py; the screenshot
script takes ``--language pseudo``).
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

PSEUDO_LANGUAGE = "pseudo"
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ",
)
#: Kept as they are: Qt placeholders (%1, %n, %L1), a progress bar's (%p, %v, %m: Qt's own "%p%"
#: passes through here too) and HTML-like entities.
_KEEP = re.compile(r"%L?\d+|%[npvm]|&\w+;")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` accented and padded by ``GROWTH`` of its length; "" stays ""."""
    if not text:
        return text
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    padding = "·" * max(1, math.ceil(len(text) * GROWTH) - 2)
    return f"⟦{''.join(parts)} {padding}⟧"


class PseudoTranslator(QTranslator):
    """Turns what ``english`` (the English translator: it holds the plural forms) gives into pseudo."""

    def __init__(self, english: QTranslator | None) -> None:
        super().__init__()
        self._english = english

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = self._english.translate(context, source, disambiguation, n) if self._english else ""
        return pseudo(found or source)
