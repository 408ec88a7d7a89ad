# SPDX-License-Identifier: GPL-3.0-or-later
"""Field text to drawable runs: cleaned, Arabic script shaped and put right-to-left, a font per run.

A petition's base direction is left-to-right. The renderer never runs the bidi algorithm over a
whole field: each span of right-to-left script (Arabic, Uyghur, Kazakh Arabic script, Hebrew) is
shaped with ``arabic_reshaper`` and put in visual order with ``bidi.get_display(base_dir="R")``
on its own, then drawn as plain left-to-right text (ReportLab's own RTL support reverses word
order and breaks digits). Explicit bidi controls are removed first, so a stray U+202E in a name
cannot reverse the words around it: every field is isolated by construction.

Known limit: the spaces of a right-to-left span become no-break spaces so a name never wraps
in the wrong order; a span longer than ``RTL_PIECE`` characters is cut at spaces into pieces
that are each correct but follow one another left to right.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display

from app.domain.case_caches import forgotten_on_lock
from app.petitions.fonts import FontChain

RTL_PIECE = 40
NBSP = "\xa0"
JOINERS = "\u200c\u200d"  # zero-width (non-)joiner: steer Arabic shaping, then dropped

_BIDI_CONTROLS = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def _cleaning_table() -> dict[int, str | None]:
    table: dict[int, str | None] = dict.fromkeys(range(0x20))
    table.update(dict.fromkeys(range(0x7F, 0xA0)))
    table.update(dict.fromkeys(_BIDI_CONTROLS))
    table.update({ord("\t"): " ", ord("\n"): "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n"})
    table.update(dict.fromkeys(range(0xD800, 0xE000), "\ufffd"))  # lone surrogates cannot be encoded
    return table


_CLEAN = _cleaning_table()
_FORMAT_CHARS = re.compile(
    "[\u00ad\u0600-\u0605\u06dd\u070f\u180e\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]"
)
_DROP_JOINERS = dict.fromkeys(map(ord, JOINERS))
_RTL_CHUNK = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]+"
)
_RTL_STRONG = frozenset({"R", "AL"})
_BREAKS_SPAN = frozenset({"L", "R", "AL", "B", "S", "LRE", "LRO", "RLE", "RLO", "LRI", "RLI", "FSI"})


@dataclass(frozen=True, slots=True)
class Run:
    """Text in visual order, drawn left to right in one font."""

    text: str
    font: str


def clean(text: str) -> str:
    """Newlines normalised to ``\\n``, tabs to spaces; NUL, other C0/C1 controls, bidi controls and
    the invisible format characters our fonts map dropped; lone surrogates become U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _FORMAT_CHARS.sub("", text.translate(_CLEAN))


#: Kazakh's letters with a high hamza (U+0675 to U+0678) have no glyph in the fonts: their Unicode
#: compatibility forms, the letter followed by the high hamza, print the same sound.
_HIGH_HAMZA_LETTERS = str.maketrans(
    {0x0675: "\u0627\u0674", 0x0676: "\u0648\u0674", 0x0677: "\u06c7\u0674", 0x0678: "\u064a\u0674"}
)


@forgotten_on_lock
@functools.lru_cache(maxsize=4096)
def _shape(piece: str) -> str:
    visual = get_display(arabic_reshaper.reshape(piece.translate(_HIGH_HAMZA_LETTERS)), base_dir="R")
    return str(visual).translate(_DROP_JOINERS).replace(" ", NBSP)


def _pieces(span: str) -> list[str]:
    pieces: list[str] = []
    for word in span.split(" "):
        if pieces and len(pieces[-1]) + 1 + len(word) <= RTL_PIECE:
            pieces[-1] += " " + word
        else:
            pieces.append(word)
    return pieces


def _rtl_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each right-to-left span: strong RTL characters and the neutrals between them."""
    spans: list[tuple[int, int]] = []
    for match in _RTL_CHUNK.finditer(line):
        if not any(unicodedata.bidirectional(c) in _RTL_STRONG for c in match.group()):
            continue
        start, end = match.span()
        gap = line[spans[-1][1] : start] if spans else None
        if gap is not None and not any(unicodedata.bidirectional(c) in _BREAKS_SPAN for c in gap):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def visual_order(line: str) -> str:
    """One line of cleaned text with every right-to-left span shaped and in visual order."""
    spans = _rtl_spans(line)
    if not spans:
        return line.translate(_DROP_JOINERS)
    out: list[str] = []
    position = 0
    for start, end in spans:
        out.append(line[position:start].translate(_DROP_JOINERS))
        out.append(" ".join(_shape(piece) for piece in _pieces(line[start:end])))
        position = end
    out.append(line[position:].translate(_DROP_JOINERS))
    return "".join(out)


def placeholder(chain: FontChain) -> str:
    """What prints for a character no font has: U+FFFD if the base font draws it, else '?'."""
    return "\ufffd" if "\ufffd" in chain.coverage[0] else "?"


def font_runs(text: str, chain: FontChain) -> list[Run]:
    """Visual-order text cut into runs, each in the first font of ``chain`` that has its glyphs.

    A character no font has becomes ``placeholder`` (an invisible format character is dropped).
    """
    runs: list[Run] = []

    def add(chars: str, font: str) -> None:
        if runs and runs[-1].font == font:
            runs[-1] = Run(runs[-1].text + chars, font)
        elif chars:
            runs.append(Run(chars, font))

    position = 0
    for stretch in chain.lacking.finditer(text):
        add(text[position : stretch.start()], chain.base)
        drawn = [(char, chain.font_for(char)) for char in stretch.group()]
        for font, chars in groupby(drawn, key=itemgetter(1)):
            if font is not None:
                add("".join(char for char, _ in chars), font)
            else:  # invisible format characters are dropped, anything else shows as the placeholder
                shown = [placeholder(chain) for char, _ in chars if unicodedata.category(char) != "Cf"]
                add("".join(shown), chain.base)
        position = stretch.end()
    add(text[position:], chain.base)
    return runs


def line_runs(text: str, chain: FontChain) -> list[Run]:
    """Runs for text drawn on one line (a footer): cleaned, newlines become spaces."""
    return font_runs(visual_order(clean(text).replace("\n", " ")), chain)


#: Spaces a line must not break at: "2019 года", "2021 жылғы", "№ 17".
_KEPT_TOGETHER = re.compile(
    r"(?<=\d) (?=(?:года|году|годами|годом|годов|год|г\.|жылғы|жылы)(?!\w))"  # a year and its word
    r"|(?<=№) (?=\S)"
)


def kept_together(line: str) -> str:
    """``line`` with a no-break space where a break would strand a word from its number."""
    return _KEPT_TOGETHER.sub(NBSP, line)


def markup_lines(text: str, chain: FontChain) -> list[str]:
    """ReportLab Paragraph markup for untrusted text, one string per non-blank line: every character
    escaped, a year kept with its word and "№" with its number (``kept_together``), our own
    ``<font>`` tags around runs not in the style's font (``chain.base``)."""
    lines = []
    for line in clean(text).split("\n"):
        if line.strip():
            parts = []
            for run in font_runs(visual_order(kept_together(line)), chain):
                body = escape(run.text)
                parts.append(body if run.font == chain.base else f'<font face="{run.font}">{body}</font>')
            lines.append("".join(parts))
    return lines


def paragraph_markup(text: str, chain: FontChain) -> str:
    """``markup_lines`` as one Paragraph's markup, ``<br/>`` between the lines."""
    return "<br/>".join(markup_lines(text, chain))
