# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates as people remember them: every text form, its bounds, v1 compatibility, hostile text."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from app.domain.dates import (
    DATE_ERRORS,
    FORMAT,
    QUALIFIER,
    RANGE_ORDER,
    DatePart,
    DatePrecision,
    PartialDate,
    days_left,
    deadline_key,
)
from app.domain.errors import ValidationError

D = dt.date

#: Every text form, what it means and the days it spans.
FORMS = [
    ("", PartialDate(), None, None),
    ("1990-05-12", PartialDate(1990, 5, 12), D(1990, 5, 12), D(1990, 5, 12)),
    ("1990-05", PartialDate(1990, 5), D(1990, 5, 1), D(1990, 5, 31)),
    ("1990", PartialDate(1990), D(1990, 1, 1), D(1990, 12, 31)),
    ("1990~", PartialDate(1990, approximate=True), D(1990, 1, 1), D(1990, 12, 31)),
    ("2018-05~", PartialDate(2018, 5, approximate=True), D(2018, 5, 1), D(2018, 5, 31)),
    ("2018-05-12~", PartialDate(2018, 5, 12, approximate=True), D(2018, 5, 12), D(2018, 5, 12)),
    ("2019-12-early", PartialDate(2019, 12, part=DatePart.EARLY), D(2019, 12, 1), D(2019, 12, 10)),
    ("2019-12-mid", PartialDate(2019, 12, part=DatePart.MID), D(2019, 12, 11), D(2019, 12, 20)),
    ("2019-12-late", PartialDate(2019, 12, part=DatePart.LATE), D(2019, 12, 21), D(2019, 12, 31)),
    ("2024-02-late", PartialDate(2024, 2, part=DatePart.LATE), D(2024, 2, 21), D(2024, 2, 29)),
    ("2017-early", PartialDate(2017, part=DatePart.EARLY), D(2017, 1, 1), D(2017, 4, 30)),
    ("2017-mid", PartialDate(2017, part=DatePart.MID), D(2017, 5, 1), D(2017, 8, 31)),
    ("2017-late", PartialDate(2017, part=DatePart.LATE), D(2017, 9, 1), D(2017, 12, 31)),
    ("[2017..2019]", PartialDate(2017, end_year=2019), D(2017, 1, 1), D(2019, 12, 31)),
    (
        "[2019-12-21..2019-12-31]",
        PartialDate(2019, 12, 21, end_year=2019, end_month=12, end_day=31),
        D(2019, 12, 21),
        D(2019, 12, 31),
    ),
    ("[2016..2023-03]", PartialDate(2016, end_year=2023, end_month=3), D(2016, 1, 1), D(2023, 3, 31)),
]


@pytest.mark.parametrize(
    ("text", "date", "earliest", "latest"), FORMS, ids=[f[0] or "unknown" for f in FORMS]
)
def test_every_text_form_round_trips_with_its_bounds(
    text: str, date: PartialDate, earliest: dt.date | None, latest: dt.date | None
) -> None:
    assert PartialDate.parse(text) == date
    assert date.isoformat() == text
    assert str(date) == text
    assert (date.earliest(), date.latest()) == (earliest, latest)


@pytest.mark.parametrize(
    ("v1_text", "precision", "approximate", "earliest", "latest"),
    [
        ("1990-05-12", DatePrecision.DAY, False, D(1990, 5, 12), D(1990, 5, 12)),
        ("1990-05", DatePrecision.MONTH, False, D(1990, 5, 1), D(1990, 5, 31)),
        ("1990", DatePrecision.YEAR, False, D(1990, 1, 1), D(1990, 12, 31)),
        ("1990~", DatePrecision.YEAR, True, D(1990, 1, 1), D(1990, 12, 31)),
        ("", DatePrecision.UNKNOWN, False, None, None),
    ],
)
def test_every_v1_stored_value_keeps_its_meaning(
    v1_text: str, precision: DatePrecision, approximate: bool, earliest: object, latest: object
) -> None:
    date = PartialDate.parse(v1_text)
    assert (date.precision, date.approximate, date.part, date.is_range) == (
        precision,
        approximate,
        None,
        False,
    )
    assert (date.earliest(), date.latest()) == (earliest, latest)
    assert date.isoformat() == v1_text  # written back unchanged: no data migration


def test_none_and_blank_are_unknown_and_dotted_input_is_read() -> None:
    assert PartialDate.parse(None) == PartialDate.parse("  ") == PartialDate.unknown()
    assert PartialDate.parse("05.03.2019") == PartialDate(2019, 3, 5)


def test_between_builds_a_range_from_two_plain_dates() -> None:
    date = PartialDate.between(PartialDate(2017), PartialDate(2019, 3))
    assert (date.start, date.end, date.precision) == (
        PartialDate(2017),
        PartialDate(2019, 3),
        DatePrecision.RANGE,
    )
    assert PartialDate(2017).end is None
    with pytest.raises(ValidationError) as caught:
        PartialDate.between(PartialDate(2017, approximate=True), PartialDate(2019))
    assert caught.value.kind == QUALIFIER


@pytest.mark.parametrize(
    "hostile",
    [
        "May 1990",
        "19900",
        "0000",
        "1990-13",
        "1990-00",
        "1990-02-30",
        "2023-02-29",
        "1990-05-00",
        "1990~~",
        "~1990",
        "1990-05-12-late",
        "1990~-late",
        "1990-late~",
        "1990-LATE",
        "1990-soon",
        "[2019..2017]",
        "[2019..2019]",
        "[2019-12..2019-12-05]",
        "[2017~..2019]",
        "[2017..2019~]",
        "[2017..]",
        "[..2019]",
        "2017/2019",
        "[2017..2019",
        "[[2017..2019]..2020]",
        "١٩٩٠",  # Arabic-Indic digits: int() would read them
        "１９９０",  # full-width digits
        "1990\x00",
        "\u202e0991",
        "1990-05-12' OR 1=1 --",
        "<b>1990</b>",
        "\ud800",
        "9" * 10_000_000,  # bounded: refused before any pattern runs
        "31.02.2019",
        "1.1.10000",
    ],
    ids=lambda text: repr(text[:24]),
)
def test_hostile_text_gives_a_validation_error_with_a_kind(hostile: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse(hostile)
    assert caught.value.field == "date"
    assert caught.value.kind in DATE_ERRORS
    assert hostile[:4] not in str(caught.value) or hostile[:4] in ("0000",)  # messages do not quote the text


def test_range_order_and_qualifiers_have_their_own_kinds() -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse("[2019..2017]")
    assert caught.value.kind == RANGE_ORDER
    with pytest.raises(ValidationError) as caught:
        PartialDate(2019, 5, 12, part=DatePart.LATE)
    assert caught.value.kind == QUALIFIER
    with pytest.raises(ValidationError) as caught:
        PartialDate(2019, part="soon")  # type: ignore[arg-type]
    assert caught.value.kind == QUALIFIER
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse(12)  # type: ignore[arg-type]
    assert caught.value.kind == FORMAT


def _random_dates(rng: random.Random, count: int) -> list[PartialDate]:
    """Valid dates of every shape (seeded, so a failure is reproducible)."""
    dates = []
    while len(dates) < count:
        year = rng.randint(1, 9999) if rng.random() < 0.1 else rng.randint(1990, 2025)
        month = rng.choice([None, rng.randint(1, 12)])
        day = rng.randint(1, 28) if month and rng.random() < 0.5 else None
        shape = rng.choice(["plain", "about", "part", "range", "unknown"])
        try:
            if shape == "unknown":
                dates.append(PartialDate())
            elif shape == "about":
                dates.append(PartialDate(year, month, day, approximate=True))
            elif shape == "part":
                dates.append(PartialDate(year, month, part=rng.choice(list(DatePart))))
            elif shape == "range":
                end = PartialDate(min(9999, year + rng.randint(0, 3)), rng.choice([None, rng.randint(1, 12)]))
                dates.append(PartialDate.between(PartialDate(year, month, day), end))
            else:
                dates.append(PartialDate(year, month, day))
        except ValidationError as error:
            assert error.kind == RANGE_ORDER  # a random end before its start
    return dates


def test_round_trip_and_bounds_hold_for_thousands_of_random_dates() -> None:
    for date in _random_dates(random.Random(8), 5000):
        assert PartialDate.parse(date.isoformat()) == date
        assert len(date.isoformat()) <= 24
        if date.is_known:
            assert date.earliest() <= date.latest()  # type: ignore[operator]
        if date.is_range:
            assert (date.start.earliest(), date.end.latest()) == (date.earliest(), date.latest())  # type: ignore[union-attr]


def test_a_month_deadline_counts_to_the_last_day_of_the_month() -> None:
    october = PartialDate(2023, 10)
    assert days_left(october, D(2023, 10, 10)) == 21
    assert days_left(october, D(2023, 10, 31)) == 0
    assert days_left(october, D(2023, 11, 1)) == -1
    assert days_left(PartialDate(2023), D(2023, 12, 1)) == 30
    assert days_left(PartialDate(2023, 10, approximate=True), D(2023, 10, 10)) == 21
    assert days_left(PartialDate.parse("[2023-09..2023-10]"), D(2023, 10, 10)) == 21


def test_deadlines_sort_by_the_day_they_run_to() -> None:
    dates = [PartialDate(2023, 10), PartialDate(2023, 10, 15), PartialDate(), PartialDate(2023, 10, 31)]
    ordered = sorted(dates, key=deadline_key)
    assert ordered == [
        PartialDate(2023, 10, 15),
        PartialDate(2023, 10),
        PartialDate(2023, 10, 31),
        PartialDate(),
    ]


def test_overlap_is_what_cannot_be_told_apart() -> None:
    pairs = {
        ("2021", "2021-04"): True,
        ("2021-03", "2021-04"): False,
        ("2018-05~", "2018-05"): True,
        ("2019-12-late", "2019-12-20"): False,
        ("[2017..2019]", "2018-06-01"): True,
        ("", ""): True,
        ("", "2020"): False,
    }
    for (a, b), expected in pairs.items():
        for x, y in itertools.permutations((PartialDate.parse(a), PartialDate.parse(b))):
            assert x.overlaps(y) is expected, (a, b)


def test_two_dates_contradict_only_when_both_are_known_and_cannot_be_one_day() -> None:
    pairs = {
        ("1993", "1993-01-13"): False,
        ("1956", "1993"): True,
        ("1993-01-13", "1993-01-14"): True,
        ("[1990..1995]", "1993-06"): False,
        ("", "1993"): False,  # an unknown birth date tells nothing
        ("", ""): False,
    }
    for (a, b), expected in pairs.items():
        for x, y in itertools.permutations((PartialDate.parse(a), PartialDate.parse(b))):
            assert x.contradicts(y) is expected, (a, b)
