# SPDX-License-Identifier: GPL-3.0-or-later
"""Kazakh Cyrillic to and from the Latin (and Russian-style Cyrillic) spellings met in documents."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache

from app.names import arabic

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ"
ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
VOWELS = "аәеёиоөуұүыіэюя"


def _scheme(spelling: str) -> dict[str, str]:
    """Spellings of ALPHABET's letters in order, space-separated ("-" for nothing)."""
    return {cyr: ("" if lat == "-" else lat) for cyr, lat in zip(ALPHABET, spelling.split(), strict=True)}


_2021 = _scheme("a ä b v g ğ d e io j z i i k q l m n ñ o ö p r s t u ū ü f h h ts ç ş şş - y ı - e iu ia")
_2018 = _scheme(
    "a á b v g ǵ d e ıo j z ı ı k q l m n ń o ó p r s t ý u ú f h h ts ch sh shch - y i - e ıý ıa"
)
_2017 = _scheme(
    "a a' b v g g' d e yo j z i' i' k q l m n n' o o' p r s t y' u u' f h h ts c' s' s's' - y i - e yu ya"
)
# BGN/PCGN as written in practice (Ұ as plain u, Е never "ye").
_BGN = _scheme(
    "a ä b v g gh d e yo zh z i y k q l m n ng o ö p r s t u u ü f kh h ts ch sh shch - y i - e yu ya"
)
# Kazakhstan passports: Russian-based, the Kazakh letters lose their marks.
_PASSPORT = _scheme(
    "a a b v g g d e e zh z i i k k l m n n o o p r s t u u u f kh h ts ch sh shch - y i - e iu ia"
)
# English-language press: q and gh kept, no diacritics, initial Е as "ye".
_JOURNALISM = _scheme(
    "a a b v g gh d e yo zh z i y k q l m n ng o o p r s t u u u f kh h ts ch sh shch - y i - e yu ya"
)
# Uyghur Latin Script (ULY) habits applied to Kazakh: ә→e, у→w, х→x, ы and і both i.
_UYGHUR = _scheme(
    "a e b v g gh d e yo j z i y k q l m n ng o ö p r s t w u ü f x h ts ch sh shch - i i - e yu ya"
)
# ISO 9:1995, one Latin letter (with marks) per Cyrillic letter.
_ISO9 = _scheme("a a\u030b b v g ġ d e ë ž z i j k ķ l m n ṇ o ô p r s t u ū ù f h ḥ c č š ŝ ʺ y ì ʹ è û â")
_RU = _scheme("а а б в г г д е ё ж з и й к к л м н н о о п р с т у у у ф х х ц ч ш щ ъ ы и ь э ю я")

TABLES: dict[str, dict[str, str]] = {
    "kk-latn-2021": _2021,
    "kk-latn-2018": _2018,
    "kk-latn-2017": _2017,
    "bgn": _BGN,
    "passport": _PASSPORT,
    "journalism": _JOURNALISM,
    "uyghur-latin": _UYGHUR,
    "iso9": _ISO9,
    "ru-cyrl": _RU,
}
SCHEMES: tuple[str, ...] = (*TABLES, "kk-arab")
# Schemes whose spelling gives the Cyrillic back. Where the official alphabet itself merges two
# letters, to_cyrillic picks the Kazakh one: И/Й by position (Й after a vowel), Һ reads as Х,
# and in 2018, which capitalises І, И and Й alike as I, a capital I reads as Й after a vowel
# and І elsewhere. The Russian letters Ё Ц Щ Ъ Ь Э do not come back (ISO 9 excepted). The
# Arabic script writes а/ә, о/ө, ұ/ү, ы/і alike and marks front words with a hamza only when
# nothing else shows it, so a front word without е, к, г or hamza comes back with back vowels.
REVERSIBLE: tuple[str, ...] = ("kk-latn-2021", "kk-latn-2018", "kk-latn-2017", "iso9", "kk-arab")

# Capitals that str.upper() gets wrong for the Turkic dotted/dotless i.
_UPPER = {"kk-latn-2021": {"i": "İ", "ı": "I"}}
_LOWER = {"kk-latn-2021": {"İ": "i", "I": "ı"}}


def _case(src: str, nxt: str, out: str, scheme: str) -> str:
    if not src.isupper() or not out:
        return out
    first = _UPPER.get(scheme, {}).get(out[0], out[0].upper())
    if nxt.isupper():
        return first + "".join(_UPPER.get(scheme, {}).get(c, c.upper()) for c in out[1:])
    return first + out[1:]


def transliterate(text: str, scheme: str) -> str:
    """Write Kazakh Cyrillic `text` in `scheme` (one of SCHEMES); other characters pass unchanged."""
    if scheme == "kk-arab":
        return arabic.from_cyrillic(text)
    table = TABLES.get(scheme)
    if table is None:
        raise ValueError(f"unknown scheme {scheme!r}; known: {', '.join(SCHEMES)}")
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low not in table:
            out.append(ch)
            continue
        piece = table[low]
        if scheme == "journalism" and low == "е" and (i == 0 or not text[i - 1].isalpha()):
            piece = "ye"
        nxt = text[i + 1] if i + 1 < len(text) else ""
        out.append(_case(ch, nxt, piece, scheme))
    return unicodedata.normalize("NFC", "".join(out))


@cache
def _inverse(scheme: str) -> tuple[dict[str, str], int]:
    inverse: dict[str, str] = {}
    for cyr, lat in TABLES[scheme].items():
        if lat and cyr not in "ъьэщцё":
            inverse.setdefault(lat, cyr)
    inverse["h"] = "х"
    if scheme == "iso9":
        inverse.update({"ʺ": "ъ", "ʹ": "ь", "è": "э", "ŝ": "щ", "c": "ц", "ë": "ё"})
    return inverse, max(map(len, inverse))


def _i_or_short_i(prev: str) -> str:
    """The letter written i (2021), ı (2018) or i' (2017): Й after a vowel, else И."""
    return "й" if prev and prev in VOWELS else "и"


def to_cyrillic(text: str, scheme: str) -> str:
    """Read `text` written in a reversible `scheme` back into Kazakh Cyrillic."""
    if scheme == "kk-arab":
        return arabic.to_cyrillic(text)
    if scheme not in REVERSIBLE:
        raise ValueError(f"scheme {scheme!r} is not reversible; reversible: {', '.join(REVERSIBLE)}")
    inverse, longest = _inverse(scheme)
    ambiguous_i = {"kk-latn-2021": "i", "kk-latn-2018": "ı", "kk-latn-2017": "i'"}.get(scheme)
    lower: Mapping[str, str] = _LOWER.get(scheme, {})
    text = unicodedata.normalize("NFC", text)
    # one character for one, so positions in `low` are positions in `text` (İ lowers to i + dot)
    low = "".join(lower.get(c) or c.lower()[:1] for c in text)
    out: list[str] = []
    i = 0
    while i < len(low):
        for size in range(min(longest, len(low) - i), 0, -1):
            chunk = low[i : i + size]
            if chunk in inverse:
                break
        else:
            out.append(text[i])
            i += 1
            continue
        cyr = inverse[chunk]
        if chunk == ambiguous_i:
            cyr = _i_or_short_i(out[-1].lower() if out else "")
        elif scheme == "kk-latn-2018" and text[i] == "I" and out and out[-1].lower() in "аәеоөұүы":
            cyr = "й"  # capital ı after a vowel, as in QAIRAT (І does not follow these vowels)
        out.append(cyr.upper() if text[i].isupper() else cyr)
        i += size
    return "".join(out)
