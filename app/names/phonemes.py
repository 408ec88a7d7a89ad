# SPDX-License-Identifier: GPL-3.0-or-later
"""One phonetic spelling for a name, whatever script or romanisation it was written in.

The phonetic alphabet keeps what all spellings agree on and merges what they do not:
vowels a ä e i o ö u ü (ы, і, и and й are all i; у, ұ, w are u), consonants
b p v f g k h d t j z s š č l r m n (қ is k, ғ is g, х and һ are h, ж is j, ң is ng
as Latin spellings write it, so that ң, н+г and н+ғ meet).
A patronymic ending is split off as a "kind".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

from app.domain.case_caches import forgotten_on_lock
from app.domain.vocab import Script
from app.names import arabic, chinese
from app.names.scripts import words

VOWELS = frozenset("aäeioöuü")

_CYRILLIC_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_CYRILLIC_SOUNDS = "a ä b v g g d e io j z i i k k l m n ng o ö p r s t u u ü f h h ts č š š - i i - e iu ia"
_CYRILLIC = dict(zip(_CYRILLIC_LETTERS, _CYRILLIC_SOUNDS.split(), strict=True))

# Every Latin spelling in use, longest first at each position: digraphs (sh, zh, kh, gh, ng, ch),
# 2017 apostrophes (a' g' n' o' u' y' i' s' c'), 2018 acutes, 2021 letters, ISO 9 marks, ULY x/w.
_LATIN = {
    "shch": "š",
    "sch": "š",
    "sh": "š",
    "s'": "š",
    "ş": "š",
    "š": "š",
    "ŝ": "š",
    "ch": "č",
    "c'": "č",
    "ç": "č",
    "č": "č",
    "tch": "č",
    "zh": "j",
    "ž": "j",
    "dzh": "j",
    "dj": "j",
    "j": "j",
    "kh": "h",
    "x": "h",
    "h": "h",
    "ḥ": "h",
    "ḩ": "h",
    "gh": "g",
    "g'": "g",
    "ğ": "g",
    "ǵ": "g",
    "ġ": "g",
    "g": "g",
    "n'": "ng",
    "ñ": "ng",
    "ń": "ng",
    "ṇ": "ng",
    "ŋ": "ng",
    "ṅ": "ng",
    "q": "k",
    "k": "k",
    "ķ": "k",
    "ck": "k",
    "c": "ts",
    "y'": "u",
    "i'": "i",
    "a'": "ä",
    "o'": "ö",
    "u'": "ü",
    "e'": "e",
    "a\u030b": "ä",
    "ä": "ä",
    "á": "ä",
    "à": "a",
    "â": "ia",
    "ə": "ä",
    "æ": "ä",
    "ö": "ö",
    "ó": "ö",
    "ô": "ö",
    "ø": "ö",
    "ő": "ö",
    "ü": "ü",
    "ú": "ü",
    "ù": "ü",
    "ű": "ü",
    "û": "iu",
    "ū": "u",
    "u\u0307": "u",
    "ý": "u",
    "w": "u",
    "u": "u",
    "ı": "i",
    "i": "i",
    "ì": "i",
    "í": "i",
    "î": "i",
    "ï": "i",
    "y": "i",
    "é": "e",
    "è": "e",
    "ê": "e",
    "ë": "io",
    "e": "e",
    "ph": "f",
    "f": "f",
    "v": "v",
    "b": "b",
    "p": "p",
    "d": "d",
    "t": "t",
    "z": "z",
    "s": "s",
    "l": "l",
    "r": "r",
    "m": "m",
    "n": "n",
    "a": "a",
    "o": "o",
}
_LATIN_LONGEST = max(map(len, _LATIN))


# Letters with a háček or the other ISO 9 marks: in such spellings j is й, not ж (Rajhan, Bajžan).
_ISO9_MARKS = frozenset("žščŝķġṇùìâûḥ\u030b")
_LATIN_VOWELS = frozenset("aäeioöuüyıáóúýàâôùûìíîïéèêëəæøőűū")


def _latin(word: str) -> str:
    low = unicodedata.normalize("NFC", word.lower().replace("i\u0307", "i"))
    iso9 = not _ISO9_MARKS.isdisjoint(low)
    out: list[str] = []
    i = 0
    while i < len(low):
        if low[i] == "j" and (iso9 or _glide_j(low, i)):
            out.append("i")
            i += 1
            continue
        for size in range(min(_LATIN_LONGEST, len(low) - i), 0, -1):
            piece = _LATIN.get(low[i : i + size])
            if piece is not None:
                out.append(piece)
                i += size
                break
        else:
            base = unicodedata.normalize("NFD", low[i])[0]
            out.append(_LATIN.get(base, ""))
            i += 1
    return "".join(out)


def _glide_j(low: str, i: int) -> bool:
    """j after a vowel and before a consonant or the end is й (Ajgul), since ж rarely closes a syllable."""
    after_vowel = i > 0 and low[i - 1] in _LATIN_VOWELS
    before_consonant = i + 1 == len(low) or (low[i + 1].isalpha() and low[i + 1] not in _LATIN_VOWELS)
    return after_vowel and before_consonant


def _cyrillic(word: str) -> str:
    return "".join(_CYRILLIC.get(c, "") for c in word.lower()).replace("-", "")


def _initial_ye(text: str) -> str:
    # Е at the start of a word is said "ye"; English spellings write it so (Yerlan = Ерлан).
    return text[1:] if text.startswith("ie") else text


class Token(NamedTuple):
    """One word of a name in phonetic form."""

    full: str  # the whole word
    base: str  # without a patronymic or surname ending
    kind: str  # "" or the ending's kind: p/s (patronymic, -ov surname) + m/f
    # p: has an ending; g: a given name beside a word with an ending; u: no word has one
    role: str = "u"
    chunks: tuple[str, ...] = ()  # per-character pieces of an unseparated Chinese name
    chinese: bool = False  # read from Chinese characters


# (ending, kind) of patronymics and Russian-style surnames.
_ENDINGS = (
    ("kizi", "pf"),
    ("uli", "pm"),
    ("ovič", "pm"),
    ("evič", "pm"),
    ("ovna", "pf"),
    ("evna", "pf"),
    ("ova", "sf"),
    ("eva", "sf"),
    ("ov", "sm"),
    ("ev", "sm"),
)
_STANDALONE = {"uli": "pm", "kizi": "pf"}


def word_phonetic(script: Script, word: str) -> tuple[str, tuple[str, ...]]:
    """Phonetic form of one script-pure word, and its per-character chunks if Chinese."""
    if script == Script.CYRILLIC:
        return _initial_ye(_cyrillic(word)), ()
    if script == Script.ARABIC:
        return _initial_ye(_cyrillic(arabic.to_cyrillic(word))), ()
    if script == Script.CHINESE:
        chunks = chinese.to_phonetic(word)
        return _initial_ye("".join(chunks)), tuple(chunks)
    if script == Script.LATIN:
        return _initial_ye(_latin(word)), ()
    return "", ()


def _split_ending(raw: str) -> tuple[str, str]:
    for ending, kind in _ENDINGS:
        if raw.endswith(ending) and len(raw) - len(ending) >= 3:
            return raw[: -len(ending)], kind
    return raw, ""


@forgotten_on_lock
@lru_cache(maxsize=65536)
def analyse(name: str) -> tuple[Token, ...]:
    """The words of `name` as phonetic tokens, with patronymic endings split off."""
    tokens: list[Token] = []
    for script, word in words(name):
        raw, chunks = word_phonetic(script, word)
        if not raw:
            continue
        if raw in _STANDALONE and tokens and not tokens[-1].kind:
            prev = tokens[-1]
            tokens[-1] = prev._replace(full=prev.base + raw, kind=_STANDALONE[raw])
            continue
        base, kind = _split_ending(raw)
        chunks = chunks if len(chunks) >= 4 else ()
        tokens.append(Token(raw, base, kind, "u", chunks, script == Script.CHINESE))
    if any(t.kind for t in tokens):
        tokens = [t._replace(role="p" if t.kind else "g") for t in tokens]
    return tuple(tokens)


def phonetic(name: str) -> str:
    """The normalised phonetic form of a name, words separated by spaces (for display and debugging)."""
    return " ".join(t.full for t in analyse(name))
