# SPDX-License-Identifier: GPL-3.0-or-later
"""Edit distance between phonetic words, cheap where spellings of one sound differ."""

from __future__ import annotations

from functools import lru_cache

from app.domain.case_caches import forgotten_on_lock
from app.names.phonemes import VOWELS

CONSONANTS = "bpvfgkhdtjzsščlrmn"
SYMBOLS = "".join(sorted(VOWELS)) + CONSONANTS

# Substitutions that one sound undergoes between schemes and scripts (Kazakh ↔ Russian ↔ Chinese).
_CLOSE: dict[tuple[str, str], float] = {
    # vowels: front/back pairs lost by Russian and passport spellings, ә written e in Uyghur…
    ("a", "ä"): 0.05,
    ("o", "ö"): 0.05,
    ("u", "ü"): 0.05,
    ("ä", "e"): 0.1,
    ("a", "e"): 0.2,
    ("e", "i"): 0.2,
    ("i", "ü"): 0.2,
    ("i", "u"): 0.25,
    ("u", "o"): 0.2,
    ("ü", "ö"): 0.2,
    ("ö", "e"): 0.25,
    # consonants: қ/к/х/h/ғ/г, Chinese l for р, voicing, sibilants, у/в
    ("k", "h"): 0.1,
    ("k", "g"): 0.2,
    ("g", "h"): 0.2,
    ("r", "l"): 0.2,
    ("b", "p"): 0.2,
    ("d", "t"): 0.2,
    ("f", "p"): 0.25,
    ("v", "f"): 0.2,
    ("v", "b"): 0.3,
    ("s", "z"): 0.25,
    ("s", "š"): 0.2,
    ("š", "č"): 0.2,
    ("č", "j"): 0.25,
    ("j", "z"): 0.3,
    ("s", "č"): 0.3,
    ("j", "š"): 0.6,
    ("u", "v"): 0.3,
    # Chinese syllables end only in n or ng: Жамбыл is 江布尔 jiang-bu-er
    ("m", "n"): 0.5,
}
VOWEL_SUB = 0.45  # any other pair of vowels
HARD_SUB = 1.2  # any other pair: a different sound, so most likely a different name (Нұрлан/Нұржан)
# Inserting or dropping: vowels come and go between spellings (Chinese adds them, typists drop
# them); h and g are often lost (Ахмет/Ақмет, ң written н, ғ dropped in Chinese); others are not.
INDEL = {c: 0.15 for c in VOWELS} | {"i": 0.12, "h": 0.3, "g": 0.35}
CONSONANT_INDEL = 0.6
GEMINATE_INDEL = 0.1  # one letter of a doubled pair (Ләззат/Лазат, Bolatt)
TRANSPOSE = 0.35
# Word similarity is 1 - cost / (SCALE_BASE + SCALE_PER_LETTER * length): one hard substitution
# (1.2) leaves a six-letter word at about 0.43, one dropped consonant (0.6) at about 0.7.
SCALE_BASE = 1.2
SCALE_PER_LETTER = 0.15


def _table() -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for a in SYMBOLS:
        row = table.setdefault(a, {})
        for b in SYMBOLS:
            if a == b:
                row[b] = 0.0
            else:
                default = VOWEL_SUB if a in VOWELS and b in VOWELS else HARD_SUB
                row[b] = _CLOSE.get((a, b), _CLOSE.get((b, a), default))
    return table


SUB = _table()
_INDEL = {c: INDEL.get(c, CONSONANT_INDEL) for c in SYMBOLS}


def _indels(word: str) -> list[float]:
    last = len(word) - 1
    return [
        GEMINATE_INDEL if (i and word[i - 1] == c) or (i < last and word[i + 1] == c) else _INDEL.get(c, 1.0)
        for i, c in enumerate(word)
    ]


def cost(a: str, b: str) -> float:
    """Weighted optimal-string-alignment distance between two phonetic words (symmetric)."""
    if a == b:
        return 0.0
    del_a, del_b = _indels(a), _indels(b)
    lb = len(b)
    prev = [0.0] * (lb + 1)
    for j in range(lb):
        prev[j + 1] = prev[j] + del_b[j]
    before: list[float] = prev
    for i, ca in enumerate(a):
        row = SUB.get(ca, {})
        da = del_a[i]
        cur = [prev[0] + da] * (lb + 1)
        for j, cb in enumerate(b):
            best = prev[j] + (0.0 if ca == cb else row.get(cb, HARD_SUB))
            other = prev[j + 1] + da
            if other < best:
                best = other
            other = cur[j] + del_b[j]
            if other < best:
                best = other
            if i and j and ca == b[j - 1] and a[i - 1] == cb and ca != cb:
                other = before[j - 1] + TRANSPOSE
                if other < best:
                    best = other
            cur[j + 1] = best
        before, prev = prev, cur
    return prev[lb]


@forgotten_on_lock
@lru_cache(maxsize=1 << 18)
def _word_similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    scale = SCALE_BASE + SCALE_PER_LETTER * max(len(a), len(b))
    return max(0.0, 1.0 - cost(a, b) / scale)


def word_similarity(a: str, b: str) -> float:
    """1 for the same phonetic word, falling towards 0 as the cost grows against the word length."""
    if a == b:
        return 1.0 if a else 0.0
    return _word_similarity(a, b) if a < b else _word_similarity(b, a)
