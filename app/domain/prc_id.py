# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a PRC resident identity number: 18 characters, region, birth date and ISO 7064 check digit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.domain.dates import PartialDate

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
#: First two digits of the region code: the provinces and regions of the PRC (GB/T 2260).
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54}
    | {61, 62, 63, 64, 65, 71, 81, 82}
)
XINJIANG = 65
#: How far an approximate ("about") birth date may be from the one in the number.
_ABOUT = dt.timedelta(days=731)


class PrcIdProblem(StrEnum):
    LENGTH = "length"
    CHARACTERS = "characters"
    REGION = "region"
    BIRTH_DATE = "birth-date"
    CHECK_DIGIT = "check-digit"
    BIRTH_DATE_MISMATCH = "birth-date-mismatch"


@dataclass(frozen=True, slots=True)
class PrcIdCheck:
    number: str
    problems: tuple[PrcIdProblem, ...]
    birth_date: dt.date | None = None
    sex: str | None = None  # "male" / "female" from the sequence number's parity
    from_xinjiang: bool = False

    @property
    def valid(self) -> bool:
        return not self.problems


def check_digit(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of the first 17 digits."""
    return _CHECK_CHARS[sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def check_prc_id(
    number: str, recorded_birth: PartialDate | None = None, today: dt.date | None = None
) -> PrcIdCheck:
    """Every problem with ``number``; a recorded birth date that disagrees is flagged, not fatal."""
    text = number.strip().replace(" ", "").upper()
    if len(text) != 18:
        return PrcIdCheck(text, (PrcIdProblem.LENGTH,))
    if not (text[:17].isascii() and text[:17].isdigit() and (text[17].isdigit() or text[17] == "X")):
        return PrcIdCheck(text, (PrcIdProblem.CHARACTERS,))
    problems: list[PrcIdProblem] = []
    province = int(text[:2])
    if province not in PROVINCE_CODES:
        problems.append(PrcIdProblem.REGION)
    birth: dt.date | None
    try:
        birth = dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        birth = None
    if birth is None or birth.year < 1900 or birth > (today or dt.date.today()):
        problems.append(PrcIdProblem.BIRTH_DATE)
        birth = None
    if check_digit(text[:17]) != text[17]:
        problems.append(PrcIdProblem.CHECK_DIGIT)
    if birth is not None and recorded_birth is not None and recorded_birth.is_known:
        earliest, latest = recorded_birth.earliest(), recorded_birth.latest()
        assert earliest is not None and latest is not None
        if recorded_birth.approximate:  # "about": two years either way (days, so 29 February cannot break)
            earliest = max(earliest, dt.date.min + _ABOUT) - _ABOUT
            latest = min(latest, dt.date.max - _ABOUT) + _ABOUT
        if not earliest <= birth <= latest:
            problems.append(PrcIdProblem.BIRTH_DATE_MISMATCH)
    sex = "male" if int(text[16]) % 2 else "female"
    return PrcIdCheck(text, tuple(problems), birth, sex, province == XINJIANG)
