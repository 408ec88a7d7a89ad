# SPDX-License-Identifier: GPL-3.0-or-later
"""Kazakh and Uyghur Arabic-script names to and from Kazakh Cyrillic."""

from __future__ import annotations

import re
import unicodedata

# The high hamza (and the plain hamza some keyboards give instead) marks a front-vowel word:
# every ا و ۇ ى in it is then ә ө ү і.
FRONT_MARKS = "\u0674\u0621\u0654"
_FRONT = str.maketrans("аоұы", "әөүі")
_VOWEL_LETTERS = set("اەېوۇۆۈى")

_BASE = {
    "ا": "а",
    "ە": "е",
    "ې": "е",
    "و": "о",
    "ۇ": "ұ",
    "ۈ": "ү",
    "ى": "ы",
    "ۋ": "у",
    "ب": "б",
    "پ": "п",
    "ت": "т",
    "ج": "ж",
    "چ": "ч",
    "ح": "х",
    "خ": "х",
    "د": "д",
    "ر": "р",
    "ز": "з",
    "ژ": "ж",
    "س": "с",
    "ش": "ш",
    "ع": "ғ",
    "غ": "ғ",
    "ف": "ф",
    "ق": "қ",
    "ك": "к",
    "ک": "к",
    "گ": "г",
    "ڭ": "ң",
    "ل": "л",
    "م": "м",
    "ن": "н",
    "ھ": "һ",
    "ه": "һ",
    "ة": "а",
    "ۉ": "ө",
    "ٸ": "і",
}
_YEH = "يی"
_HAMZA_SEAT = "ئ"  # Uyghur writes it before a word-initial vowel; it has no sound of its own
_DROP = re.compile("[\u0640\u064b-\u0653\u0655-\u065f\u0670\u06e1\u200c\u200d]")
_SPLIT = re.compile(r"(\s+|[^\w\u0600-\u06ff]+)")


def _word_to_cyrillic(word: str) -> str:
    word = _DROP.sub("", unicodedata.normalize("NFKC", word))
    front = any(m in word for m in FRONT_MARKS)
    letters = [c for c in word if c not in FRONT_MARKS and c != _HAMZA_SEAT]
    out: list[str] = []
    for i, ch in enumerate(letters):
        prev = letters[i - 1] if i else ""
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        if ch in _YEH:
            # ي is the vowel и between consonants and the glide й next to a vowel.
            out.append("й" if prev in _VOWEL_LETTERS or nxt in _VOWEL_LETTERS else "и")
        elif ch == "ۆ":
            # Kazakh writes в with ۆ; Uyghur writes ö. A vowel neighbour makes it the consonant.
            out.append("в" if prev in _VOWEL_LETTERS or nxt in _VOWEL_LETTERS else "ө")
        else:
            out.append(_BASE.get(ch, ch))
    text = "".join(out)
    if front:
        text = text.translate(_FRONT)
    text = re.sub("ий[аә]", "ия", text)
    text = re.sub("^й[аә]", "я", text)
    return text[:1].upper() + text[1:]


def to_cyrillic(text: str) -> str:
    """Kazakh (or Uyghur) Arabic-script text in Kazakh Cyrillic, each word capitalised."""
    return "".join(
        _word_to_cyrillic(part) if any("\u0600" <= c <= "\u06ff" for c in part) else part
        for part in _SPLIT.split(text)
    )


_TO_ARABIC = {
    "а": "ا",
    "ә": "ا",
    "б": "ب",
    "в": "ۆ",
    "г": "گ",
    "ғ": "ع",
    "д": "د",
    "е": "ە",
    "ё": "يو",
    "ж": "ج",
    "з": "ز",
    "и": "ي",
    "й": "ي",
    "к": "ك",
    "қ": "ق",
    "л": "ل",
    "м": "م",
    "н": "ن",
    "ң": "ڭ",
    "о": "و",
    "ө": "و",
    "п": "پ",
    "р": "ر",
    "с": "س",
    "т": "ت",
    "у": "ۋ",
    "ұ": "ۇ",
    "ү": "ۇ",
    "ф": "ف",
    "х": "ح",
    "һ": "ھ",
    "ц": "تس",
    "ч": "چ",
    "ш": "ش",
    "щ": "شش",
    "ъ": "",
    "ы": "ى",
    "і": "ى",
    "ь": "",
    "э": "ە",
    "ю": "يۋ",
    "я": "يا",
}


def _word_from_cyrillic(word: str) -> str:
    low = word.lower()
    # The hamza is written only when nothing else in the word (е, к, г) shows it is front-vowel.
    needs_hamza = any(c in "әөүі" for c in low) and not any(c in "екгэ" for c in low)
    body = "".join(_TO_ARABIC.get(c, c) for c in low)
    return ("\u0674" + body) if needs_hamza else body


def from_cyrillic(text: str) -> str:
    """Kazakh Cyrillic text in the Kazakh Arabic script used in China."""
    return "".join(
        _word_from_cyrillic(part) if any("\u0400" <= c <= "\u04ff" for c in part) else part
        for part in _SPLIT.split(unicodedata.normalize("NFC", text))
    )
