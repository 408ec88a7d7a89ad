# SPDX-License-Identifier: GPL-3.0-or-later
"""Sort keys for names: alphabet order within each script, scripts grouped, Chinese by pinyin.

SQLite compares text by code point, which puts Ә after Я and ş after z; the key
maps each letter to a code point that sorts where a reader of that script expects.
"""

from __future__ import annotations

import functools
import unicodedata

from app.domain.case_caches import forgotten_on_lock

_KAZAKH_CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_CYRILLIC_RANK = {letter: index for index, letter in enumerate(_KAZAKH_CYRILLIC)}
_EXTRA_LATIN = {"ı": ("i", 5), "ø": ("o", 5), "æ": ("a", 6), "ß": ("s", 6), "ŋ": ("n", 6), "ə": ("a", 7)}

# Keys live in a private-use plane, clear of every real (and every whitespace) code point.
_PLANE = 0xF0000
_DIGITS, _LATIN, _CYRILLIC, _ARABIC, _CHINESE, _OTHER = (
    _PLANE + n for n in (0x100, 0x1000, 0x2000, 0x3000, 0x5000, 0x8000)
)


def _latin_rank(letter: str) -> int | None:
    if letter in _EXTRA_LATIN:
        base, mark = _EXTRA_LATIN[letter]
        return (ord(base) - ord("a")) * 8 + mark
    decomposed = unicodedata.normalize("NFD", letter)
    base = decomposed[0]
    if "a" <= base <= "z":
        return (ord(base) - ord("a")) * 8 + min(len(decomposed) - 1, 4)
    return None


def _char_key(char: str) -> str:
    letter = char.lower()
    if letter.isspace() or letter in "-·.,'’`":
        return " "
    if letter.isdigit() and letter.isascii():
        return chr(_DIGITS + ord(letter))
    if letter in _CYRILLIC_RANK:
        return chr(_CYRILLIC + _CYRILLIC_RANK[letter])
    latin = _latin_rank(letter)
    if latin is not None:
        return chr(_LATIN + latin)
    if "\u0600" <= letter <= "\u06ff":
        return chr(_ARABIC + ord(letter) - 0x0600)
    return chr(_OTHER + ord(letter) % 0x7000)


def collation_key(name: str) -> str:
    """A string whose code-point order is the expected alphabetical order of ``name``.

    Not cached: what a screen sorts (a relative's place, a source's title) is worked out by the
    screen's model and goes with it when the vault locks; ``sort_key`` is the cached one."""
    parts: list[str] = []
    for char in unicodedata.normalize("NFC", name.strip()):
        if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
            from pypinyin import Style, lazy_pinyin  # loaded at the first Chinese name, not at start

            reading = lazy_pinyin(char, style=Style.NORMAL)[0]
            parts.append("".join(chr(_CHINESE + (_latin_rank(c) or 0)) for c in reading))
        else:
            parts.append(_char_key(char))
    return " ".join(word for word in "".join(parts).split(" ") if word)


#: ``collation_key`` remembered for the names the services sort again and again (each case-list
#: refresh, the parties).
sort_key = forgotten_on_lock(functools.lru_cache(maxsize=65536)(collation_key))
