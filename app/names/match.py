# SPDX-License-Identifier: GPL-3.0-or-later
"""Name similarity (for ranking) and phonetic keys (for finding candidates in an index)."""

from __future__ import annotations

from functools import lru_cache
from itertools import permutations

from app.domain.case_caches import forgotten_on_lock
from app.names import chinese, distance, phonemes
from app.names.distance import word_similarity
from app.names.phonemes import VOWELS, Token, analyse

# A word left without a partner counts this much of a fully mismatched word: a missing middle
# or family name is common and weighs less than a wrong one.
UNMATCHED_WEIGHT = 0.4
# A patronymic in one spelling facing the bare father's name in the other (Alimuly / Alim).
SHORTENED_PENALTY = 0.02
# A patronymic facing the other name's own given name: father and son swapped.
ROLE_CLASH_PENALTY = 0.25
# Son (…ұлы, -ov) against daughter (…қызы, -ova) of the same father.
GENDER_PENALTY = 0.15
# -ov surname against …ұлы patronymic from the same father's name.
KIND_PENALTY = 0.03
# Comparing names written as one word (Chinese without a middle dot) with separated ones.
JOINED_PENALTY = 0.03


@forgotten_on_lock
@lru_cache(maxsize=1 << 18)
def _pair(a: Token, b: Token) -> float:
    s = word_similarity(a.base, b.base)
    if a.kind and b.kind:
        if a.kind[1] != b.kind[1]:
            s -= GENDER_PENALTY
        elif a.kind != b.kind:
            s -= KIND_PENALTY
    elif a.kind or b.kind:
        bare_role = b.role if a.kind else a.role
        s -= ROLE_CLASH_PENALTY if bare_role == "g" else SHORTENED_PENALTY
        # an ending mistyped beyond recognition (Serikluy) still matches the whole word
        s = max(s, word_similarity(a.full, b.full))
    return max(0.0, s)


def _assignment(ta: tuple[Token, ...], tb: tuple[Token, ...]) -> float:
    if (len(ta), ta) > (len(tb), tb):  # a fixed order keeps the greedy fallback symmetric
        ta, tb = tb, ta
    n, m = len(ta), len(tb)
    if n == 2 and m == 2:
        a0, a1 = ta
        b0, b1 = tb
        best = max(_pair(a0, b0) + _pair(a1, b1), _pair(a0, b1) + _pair(a1, b0))
        return best / 2
    scores = [[_pair(x, y) for y in tb] for x in ta]
    if n == 1:
        best = max(scores[0])
    elif m <= 6:
        best = max(sum(scores[i][p[i]] for i in range(n)) for p in permutations(range(m), n))
    else:
        best, used = 0.0, set()
        for i in range(n):
            j = max((j for j in range(m) if j not in used), key=scores[i].__getitem__)
            used.add(j)
            best += scores[i][j]
    return best / (n + UNMATCHED_WEIGHT * (m - n))


def _joined(ta: tuple[Token, ...], tb: tuple[Token, ...]) -> float:
    """A one-word name against a several-word one, as if the words were run together."""
    one, many = (ta, tb) if len(ta) == 1 else (tb, ta)
    orders = [many, many[::-1]] if len(many) == 2 else [many]
    best = 0.0
    for order in orders:
        best = max(
            best,
            word_similarity(one[0].full, "".join(t.full for t in order)),
            word_similarity(one[0].base, "".join(t.base for t in order)),
        )
    return best - JOINED_PENALTY


def similarity(a: str, b: str) -> float:
    """How likely two written names are the same person's name, from 0 to 1 (1: same name).

    Symmetric and deterministic. Each name is read into phonetic words (any script or
    romanisation), words are paired up in whichever order fits best (surname first or last),
    a patronymic matches the bare father's name, and unpaired words lower the score.
    Compare with SAME_PERSON_THRESHOLD; rank candidates by the value.
    """
    ta, tb = analyse(a), analyse(b)
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    score = _assignment(ta, tb)
    if len(ta) != len(tb) and min(len(ta), len(tb)) == 1:
        score = max(score, _joined(ta, tb))
    return min(1.0, max(0.0, score))


# Consonant classes for keys: what survives every spelling and script of a sound.
_KEY_CLASS = str.maketrans("kghbpfvdtszščjlrmn", "KKKPPPPTTSSSSSLLMN", "aäeioöuü")


def skeleton(word: str) -> str:
    """Consonant classes of a phonetic word, repeats merged: nurlan → NLN, serik → SLK.

    A velar after n is left out: ң, нғ, нг and Chinese n-h all become N.
    """
    classes = word.translate(_KEY_CLASS).replace("NK", "N")
    out = "".join(c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1])
    return out or "V" + word[:2]


def _word_keys(token: Token) -> set[str]:
    out = {skeleton(token.base)}
    if token.chinese and token.base[:1] in VOWELS:
        out.add("K" + skeleton(token.base))
    return out


def keys(name: str) -> set[str]:
    """Short phonetic keys for an index: one per word, and one per pair of words.

    A word's key is its consonant skeleton, ending removed.  Two spellings of one name
    share at least one word key unless every word was changed beyond its consonant
    classes; spellings that agree on two words also share a pair key (``"NLN+SLK"``, in
    either word order), which is rare in a vault and so finds a person among thousands
    of namesakes.  A Chinese word starting with a vowel also gets the key with a velar in
    front (Chinese drops initial ғ and һ: 阿比提 for Ғабит), and a Chinese name written
    without a dot gets the keys of each way of cutting it in two.
    """
    words = [_word_keys(token) for token in analyse(name)]
    out: set[str] = set().union(*words) if words else set()
    for i, first in enumerate(words):
        for second in words[i + 1 :]:
            out.update("+".join(sorted((a, b))) for a in first for b in second)
    for token in analyse(name):
        chunks = token.chunks
        for cut in range(2, len(chunks) - 1):
            halves = (skeleton("".join(chunks[:cut])), skeleton("".join(chunks[cut:])))
            out.update(halves)
            out.add("+".join(sorted(halves)))
    return out


def written_order_score(a: str, b: str) -> float:
    """How well the first written words agree (0–1): the last tie-breaker between "A son of B" and
    "B son of A" when no ending says which word is the father's.  A name written as one word
    (Chinese without the dot) is compared with the other's words run together in written order."""
    ta, tb = analyse(a), analyse(b)
    if len(ta) > 1 and len(tb) > 1:
        return _pair(ta[0], tb[0])
    if len(ta) == 1 and len(tb) == 1:
        return 0.0
    one, many = (ta[0], tb) if len(ta) == 1 else (tb[0], ta)
    in_order = word_similarity(one.base, "".join(t.base for t in many))
    reversed_order = word_similarity(one.base, "".join(t.base for t in reversed(many)))
    return 0.5 + (in_order - reversed_order) / 2


def clear_caches() -> None:
    """Empty every per-string and per-pair cache (for timing and for tests)."""
    for cached in (_pair, distance._word_similarity, phonemes.analyse, chinese._reading):
        cached.cache_clear()
