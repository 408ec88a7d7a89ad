# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped TrueType fonts, registered with ReportLab once per process, and what each one covers.

ReportLab has no font fallback (a missing glyph prints as a black box), so every font comes with
the set of characters its cmap maps; ``FontChain`` picks the first font that has a character.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallbackFull"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", CJK: "DroidSansFallbackFull.ttf"}


@dataclass(frozen=True, slots=True)
class FontChain:
    """Fonts in order of preference, each with the characters it has a glyph for."""

    names: tuple[str, ...]
    coverage: tuple[frozenset[str], ...]
    #: Matches each stretch of characters the first font lacks: only those are looked at one by one.
    lacking: re.Pattern[str] = field(compare=False)

    @property
    def base(self) -> str:
        return self.names[0]

    def font_for(self, char: str) -> str | None:
        """The first font of the chain with a glyph for ``char``; None if no font has one."""
        for name, chars in zip(self.names, self.coverage, strict=True):
            if char in chars:
                return name
        return None


@dataclass(frozen=True, slots=True)
class Fonts:
    regular: FontChain
    #: Bold text falls back to the regular DejaVu face, then to the CJK font (it has no bold).
    bold: FontChain


_lock = threading.Lock()
_fonts: Fonts | None = None


def fonts() -> Fonts:
    """Register the shipped fonts with ReportLab (first call only; thread-safe) and return their chains.

    Raises OSError (or ReportLab's TTFError) if a font file is missing or unreadable.
    """
    global _fonts
    with _lock:
        if _fonts is None:
            coverage: dict[str, frozenset[str]] = {}
            folder = resources_dir() / "fonts"
            for name, filename in _FILES.items():
                font = TTFont(name, str(folder / filename))
                pdfmetrics.registerFont(font)
                coverage[name] = frozenset(chr(c) for c, glyph in font.face.charToGlyph.items() if glyph)
            _fonts = Fonts(
                regular=_chain(coverage, SANS, CJK),
                bold=_chain(coverage, SANS_BOLD, SANS, CJK),
            )
        return _fonts


def _chain(coverage: dict[str, frozenset[str]], *names: str) -> FontChain:
    return FontChain(
        names=names, coverage=tuple(coverage[n] for n in names), lacking=_lacking(coverage[names[0]])
    )


def _lacking(chars: frozenset[str]) -> re.Pattern[str]:
    """A regex matching runs of characters not in ``chars`` (a negated class of code point ranges)."""
    ranges: list[list[int]] = []
    for point in sorted(map(ord, chars)):
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    body = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    )
    return re.compile(f"[^{body}]+")
