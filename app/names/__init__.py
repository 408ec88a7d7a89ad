# SPDX-License-Identifier: GPL-3.0-or-later
"""Matching people's names across Kazakh Cyrillic, Latin schemes, Arabic script and Chinese.

similarity(a, b)   0..1, 1 = the same name; rank candidates by it
keys(name)         phonetic keys for an index (per word and per pair of words): look up, then rank
written_order_score(a, b)   agreement of the first written words: a tie-breaker
phonetic(name)     the normalised phonetic form (display, debugging)
detect_script(t)   ISO 15924: Cyrl, Latn, Arab, Hani, or Zyyy (mixed/other)
transliterate / to_cyrillic   Kazakh Cyrillic to and from the schemes in SCHEMES
"""

from __future__ import annotations

from app.names.match import keys, similarity, written_order_score
from app.names.phonemes import phonetic
from app.names.scripts import detect_script
from app.names.translit import REVERSIBLE, SCHEMES, to_cyrillic, transliterate

# similarity() at or above this: treat as the same person's name (offer a merge, flag a
# duplicate). On the development set every spelling scores at least 0.84 against its own name
# (the lowest are one-letter typos), while Нұрлан/Нұржан Серікұлы score 0.71, Нұрлан
# Серікұлы/Әбілұлы 0.50, and the closest different people in it (Ерғали/Нұрғали) 0.80.
SAME_PERSON_THRESHOLD = 0.82

__all__ = [
    "INDEX_VERSION",
    "REVERSIBLE",
    "SAME_PERSON_THRESHOLD",
    "SCHEMES",
    "detect_script",
    "keys",
    "phonetic",
    "similarity",
    "to_cyrillic",
    "transliterate",
    "written_order_score",
]

#: Bump when ``keys`` changes: vaults rebuild their name index when they find another version.
INDEX_VERSION = 2
