# SPDX-License-Identifier: GPL-3.0-or-later
"""A plain-Python passphrase strength estimate (length, character classes, common passwords); no Qt.

Returns codes; the screens translate them.  Length is counted in characters after NFC
normalisation, so "Қазақ" is five, whatever the bytes.  ``require_strong`` is the one rule every way
of setting a passphrase (a new vault, a new user, a change, a reset) is held to by its service.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.domain.errors import ValidationError

MIN_LENGTH = 10
ACCEPTABLE_SCORE = 2
MAX_SCORE = 4

#: Passwords (and keyboard walks) that guessing tools try first, in the scripts our users type.
_COMMON_WORDS = """
password password1 password123 passw0rd 123456 1234567 12345678 123456789 1234567890 0987654321
111111 000000 qwerty qwerty123 qwertyuiop asdfghjkl zxcvbnm 1q2w3e4r 1q2w3e4r5t abc123 123qwe
qwe123 aaaaaa iloveyou admin administrator letmein welcome monkey dragon football sunshine
princess trustno1 changeme pana panapana kazakhstan qazaqstan almaty astana nursultan shymkent
xinjiang urumqi пароль пароль123 йцукен йцукенгшщз фывапролд казахстан қазақстан алматы астана
любовь привет 密码
"""
COMMON = frozenset(_COMMON_WORDS.split())
#: Why a passphrase is refused, in English words, by problem code (the screens translate the codes).
WEAKNESSES = {
    "empty": "empty",
    "too-short": f"fewer than {MIN_LENGTH} characters",
    "common": "a common password",
    "repetitive": "repeats itself",
    "one-class": "letters of one kind only",
}


@dataclass(frozen=True, slots=True)
class Strength:
    """``score`` from 0 (useless) to 4 (strong); ``problems`` are codes such as ``"too-short"``."""

    score: int
    length: int
    classes: int
    problems: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= ACCEPTABLE_SCORE and "too-short" not in self.problems


def _classes(text: str) -> int:
    found = set()
    for ch in text:
        if ch.isascii() and ch.islower():
            found.add("lower")
        elif ch.isascii() and ch.isupper():
            found.add("upper")
        elif ch.isdigit():
            found.add("digit")
        elif ch.isalpha():
            found.add("other-script")  # Cyrillic, Arabic, Chinese letters widen the search space
        else:
            found.add("symbol")  # spaces and punctuation
    return len(found)


def _is_common(text: str) -> bool:
    folded = text.casefold().strip()
    if folded in COMMON:
        return True
    stripped = folded.rstrip("0123456789!.?")
    return stripped in COMMON or folded.replace(" ", "") in COMMON


def assess(passphrase: str) -> Strength:
    """Estimate how hard ``passphrase`` is to guess."""
    text = unicodedata.normalize("NFC", passphrase)
    length = len(text)
    classes = _classes(text)
    problems: list[str] = []
    if length == 0:
        return Strength(0, 0, 0, ("empty",))
    if length < MIN_LENGTH:
        problems.append("too-short")
    common = _is_common(text)
    if common:
        problems.append("common")
    repetitive = len(set(text.casefold())) <= max(2, length // 4)
    if repetitive:
        problems.append("repetitive")
    if classes == 1:
        problems.append("one-class")
    if common or repetitive:
        return Strength(0, length, classes, tuple(problems))
    score = 0 if length < 8 else 1 if length < 12 else 2 if length < 16 else 3 if length < 20 else 4
    if classes >= 3:
        score += 1
    elif classes == 1 and length < 20:
        score -= 1
    return Strength(min(max(score, 0), MAX_SCORE), length, classes, tuple(problems))


def require_strong(passphrase: str) -> None:
    """``ValidationError`` (kind ``"weak"``) saying why, when ``passphrase`` is too easy to guess."""
    strength = assess(passphrase)
    if not strength.acceptable:
        why = ", ".join(WEAKNESSES.get(problem, problem) for problem in strength.problems) or "too short"
        raise ValidationError("passphrase", f"too easy to guess ({why}); use a longer one", "weak")
