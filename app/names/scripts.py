# SPDX-License-Identifier: GPL-3.0-or-later
"""Which writing system a name is in, and splitting a name into script-pure words."""

from __future__ import annotations

import re
import unicodedata

from app.domain.vocab import Script

# Name separators seen in documents: Chinese middle dots (·, •, ‧, ・, ･), hyphens and dashes,
# the "=" some Chinese forms use, ordinary punctuation and brackets.
SEPARATORS = re.compile(r"[\s·•‧・･∙⋅\-‐‑‒–—―－=＝_.,;:/\\|()\[\]{}\"“”«»!?]+")

# Apostrophe look-alikes typed for the 2017 alphabet; all become "'".
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼʹ`´ʻ′"})

# Latin letters that look like Cyrillic ones, typed by mistake inside Cyrillic words.
_LATIN_TO_CYRILLIC = str.maketrans("aceopxyiAEOPCXHKMBTIəƏ", "асеорхуіАЕОРСХНКМВТІәӘ")
_CYRILLIC_TO_LATIN = str.maketrans("асеорхуіјАЕОРСХНКМВТІЈ", "aceopxyijAEOPCXHKMBTIJ")
# Cyrillic letters of other languages that stand in for Kazakh ones.
_CYRILLIC_LOOKALIKES = str.maketrans("ҡӄҥӈӊѳӯҝ", "ққңңңөұк")


def char_script(ch: str) -> Script | None:
    """Script of one letter, or None for marks, digits, spaces and punctuation."""
    code = ord(ch)
    if not ch.isalpha() or ch == "\u0674" or 0x02B0 <= code <= 0x02FF:  # hamza, modifier letters
        return None
    if 0x0400 <= code <= 0x052F or 0x1C80 <= code <= 0x1C8F or 0x2DE0 <= code <= 0x2DFF:
        return Script.CYRILLIC
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0x0250 <= code <= 0x02AF or 0xFF21 <= code <= 0xFF5A:
        return Script.LATIN
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return Script.ARABIC
    if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3134F:
        return Script.CHINESE
    return Script.OTHER


def detect_script(text: str) -> str:
    """ISO 15924 code of the text: Cyrl, Latn, Arab, Hani, or Zyyy when mixed, other or empty."""
    found = {s for s in map(char_script, text) if s is not None}
    if len(found) == 1:
        return found.pop()
    return Script.OTHER


def clean(text: str) -> str:
    """NFKC, unified apostrophes, no control characters."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")


def words(text: str) -> tuple[tuple[Script, str], ...]:
    """Split a name into words, each with its script; a word in two scripts is split at the change.

    Look-alike letters of the other alphabet inside a Cyrillic or Latin word (Latin a typed
    in Нұрлан, Cyrillic а in Nurlan) are read as the word's own.
    """
    out: list[tuple[Script, str]] = []
    for word in SEPARATORS.split(clean(text)):
        if not word:
            continue
        scripts = [char_script(ch) for ch in word]
        n_cyr, n_lat = scripts.count(Script.CYRILLIC), scripts.count(Script.LATIN)
        if n_cyr and n_lat:
            word = word.translate(_LATIN_TO_CYRILLIC if n_cyr >= n_lat else _CYRILLIC_TO_LATIN)
            scripts = [char_script(ch) for ch in word]
            n_cyr = scripts.count(Script.CYRILLIC)
        if n_cyr:
            word = word.translate(_CYRILLIC_LOOKALIKES)
        start, current = 0, None
        for i, script in enumerate(scripts):
            if script is None or script == current:
                continue
            if current is not None:
                out.append((current, word[start:i]))
                start = i
            current = script
        if current is not None:
            out.append((current, word[start:]))
    return tuple(out)
