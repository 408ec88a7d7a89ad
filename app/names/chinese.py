# SPDX-License-Identifier: GPL-3.0-or-later
"""Chinese-character transcriptions of Kazakh names read back to Kazakh sounds."""

from __future__ import annotations

from functools import lru_cache

from app.domain.case_caches import forgotten_on_lock

_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw")
# How Kazakh consonants come out in Mandarin: j/zh for ж, x for с and ш, q and ch for ч and ш,
# h for қ, х and һ; l stands for both л and р.
_CONSONANT = {"zh": "j", "ch": "č", "sh": "š", "j": "j", "q": "č", "x": "s", "c": "s", "r": "r"}
_FINAL = {
    "a": "a",
    "o": "o",
    "e": "e",
    "ai": "äi",
    "ei": "ei",
    "ao": "au",
    "ou": "o",
    "an": "an",
    "en": "en",
    "ang": "ang",
    "eng": "eng",
    "ong": "ung",
    "er": "r",
    "i": "i",
    "ia": "ia",
    "ie": "ie",
    "iao": "iau",
    "iu": "iu",
    "ian": "ian",
    "in": "in",
    "iang": "iang",
    "ing": "ing",
    "iong": "iung",
    "u": "u",
    "ua": "ua",
    "uo": "o",
    "uai": "uäi",
    "ui": "ui",
    "uan": "uan",
    "un": "un",
    "uang": "uang",
    "v": "ü",
    "ve": "üe",
    "van": "üan",
    "vn": "ün",
    "ue": "üe",
}
# After y the pinyin final is written without its i or ü: yu = ü, you = iou, yi = i.
_Y_FINALS = {"u": "ü", "ue": "üe", "uan": "üan", "un": "ün", "i": "i", "in": "in", "ing": "ing", "ou": "iu"}
# Finals written only to carry a syllable-closing consonant: 提 ti, 克 ke, 斯 si, 尔 er, 木 mu…
_SILENT_BEFORE_CONSONANT = {"e", "apical"}
_SILENT_AT_END = {"e", "apical", "ti", "di", "labial-u", "palatal-i"}


def _split(syllable: str) -> tuple[str, str]:
    for initial in _INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial) :]
    return "", syllable


def _weak(initial: str, final: str) -> str:
    """Which kind of "extra" vowel a syllable has, if any."""
    if final == "e" and initial and initial not in "yw":
        return "e"
    if final == "i" and initial in ("z", "c", "s", "zh", "ch", "sh", "r"):
        return "apical"
    if final == "i" and initial in ("t", "d"):
        return initial + "i"
    if final == "i" and initial in ("j", "q", "x"):
        return "palatal-i"
    if final == "u" and initial in ("m", "f", "b", "p"):
        return "labial-u"
    return ""


# Characters with several readings whose usual one is not the one used in transcriptions.
_TRANSCRIPTION_READING = {"勒": "le", "什": "shi", "都": "du", "曾": "zeng", "朴": "pu"}


# pypinyin: maintained, MIT-licensed, ships its character dictionary inside the package, so
# readings work offline with no network or model download. We read one character at a time:
# transcription characters are chosen for their sound, so phrase-based readings would mislead.
@forgotten_on_lock
@lru_cache(maxsize=4096)
def _reading(ch: str) -> str:
    if ch in _TRANSCRIPTION_READING:
        return _TRANSCRIPTION_READING[ch]
    from pypinyin import Style, lazy_pinyin  # its dictionary takes ~0.25 s: loaded at the first Chinese name

    readings = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")
    return readings[0] if readings else ""


def _syllable(initial: str, final: str) -> tuple[str, str]:
    """Consonant and vowel part of one syllable, in the phonetic alphabet."""
    if initial == "y":
        return "", _Y_FINALS.get(final) or "i" + _FINAL.get(final, final)
    if initial == "w":
        return "", "u" if final == "u" else "u" + _FINAL.get(final, final)
    vowel = _FINAL.get(final, final)
    if initial in ("j", "q", "x"):
        if final.startswith("u"):
            vowel = "ü" + vowel[1:]
        elif final == "iang":
            vowel = "an"  # 江 jiang is the usual spelling of -жан
        elif len(final) > 1 and final.startswith("i"):
            vowel = vowel[1:]
    elif final == "ie":
        vowel = "e"  # 别 bie, 列 lie, 铁 tie write бе, ле, те
    return _CONSONANT.get(initial, initial), vowel


def syllables(text: str) -> list[tuple[str, str, str]]:
    """(consonant, vowel, weak-vowel kind) for each Chinese character of `text`."""
    out: list[tuple[str, str, str]] = []
    for ch in text:
        reading = _reading(ch).replace("ü", "v")
        if not reading:
            continue
        initial, final = _split(reading)
        consonant, vowel = _syllable(initial, final)
        out.append((consonant, vowel, _weak(initial, final)))
    return out


def to_phonetic(text: str) -> list[str]:
    """One phonetic chunk per character, extra vowels dropped, e.g. 努尔兰 → [nu, r, lan]."""
    sylls = syllables(text)
    out: list[str] = []
    for i, (consonant, vowel, weak) in enumerate(sylls):
        last = i == len(sylls) - 1
        next_consonant = not last and bool(sylls[i + 1][0])
        if vowel == "r" and not consonant:
            out.append("er" if i == 0 else "r")
        elif (
            consonant
            and i > 0
            and ((last and weak in _SILENT_AT_END) or (next_consonant and weak in _SILENT_BEFORE_CONSONANT))
        ):
            # never in the first syllable: Kazakh words do not start with two consonants
            out.append(consonant)
        else:
            out.append(consonant + vowel)
    return out
