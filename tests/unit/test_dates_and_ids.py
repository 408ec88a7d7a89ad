# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates and PRC resident ID checks."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.dates import DatePrecision, PartialDate, days_left
from app.domain.errors import ValidationError
from app.domain.prc_id import PrcIdProblem, check_digit, check_prc_id


@pytest.mark.parametrize(
    ("text", "precision", "approximate"),
    [
        ("1990-05-12", "day", False),
        ("1990-05", "month", False),
        ("1990", "year", False),
        ("1990~", "year", True),
        ("", "unknown", False),
    ],
)
def test_partial_date_round_trips_with_its_precision(text: str, precision: str, approximate: bool) -> None:
    date = PartialDate.parse(text)
    assert date.precision == DatePrecision(precision)
    assert date.approximate is approximate
    assert date.isoformat() == text


def test_dotted_input_as_typed_in_kazakhstan() -> None:
    assert PartialDate.parse("05.03.2019") == PartialDate(2019, 3, 5)


@pytest.mark.parametrize("bad", ["1990-13", "1990-02-30", "May 1990", "19900", "0000"])
def test_impossible_dates_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        PartialDate.parse(bad)


def test_bounds_and_days_left() -> None:
    month = PartialDate(2024, 2)
    assert month.earliest() == dt.date(2024, 2, 1)
    assert month.latest() == dt.date(2024, 2, 29)
    assert PartialDate(2024, 12).latest() == dt.date(2024, 12, 31)
    assert days_left(PartialDate(2025, 1, 10), dt.date(2025, 1, 1)) == 9
    assert days_left(PartialDate(2024, 12, 31), dt.date(2025, 1, 1)) == -1
    assert days_left(PartialDate(), dt.date(2025, 1, 1)) is None


def _make_id(region: str, born: str, sequence: str) -> str:
    return region + born + sequence + check_digit(region + born + sequence)


def _wrong_check(number: str) -> str:
    return number[:-1] + ("1" if number[-1] == "0" else "0")


def test_valid_xinjiang_id() -> None:
    number = _make_id("654027", "19850312", "123")
    result = check_prc_id(number, PartialDate(1985, 3, 12), today=dt.date(2026, 1, 1))
    assert result.valid
    assert result.from_xinjiang and result.sex == "male"
    assert result.birth_date == dt.date(1985, 3, 12)


def test_known_public_check_digit_example() -> None:
    # The worked example of GB 11643-1999: 11010519491231002X.
    assert check_digit("11010519491231002") == "X"
    assert check_prc_id("11010519491231002x").valid


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("65402719850312123", PrcIdProblem.LENGTH),
        ("65402719850312A234", PrcIdProblem.CHARACTERS),
        (_make_id("994027", "19850312", "123"), PrcIdProblem.REGION),
        (_make_id("654027", "19851312", "123"), PrcIdProblem.BIRTH_DATE),
        (_wrong_check(_make_id("654027", "19850312", "123")), PrcIdProblem.CHECK_DIGIT),
    ],
)
def test_invalid_ids_name_their_problem(number: str, problem: PrcIdProblem) -> None:
    assert problem in check_prc_id(number, today=dt.date(2026, 1, 1)).problems


def test_birth_date_mismatch_is_flagged() -> None:
    number = _make_id("654027", "19850312", "124")
    assert PrcIdProblem.BIRTH_DATE_MISMATCH in check_prc_id(number, PartialDate(1986)).problems
    assert check_prc_id(number, PartialDate(1985, 3)).valid
    assert check_prc_id(number, PartialDate(1986, approximate=True)).valid


def test_an_approximate_29_february_is_widened_without_error() -> None:
    number = _make_id("654027", "19860312", "124")
    assert check_prc_id(number, PartialDate(1988, 2, 29, approximate=True)).valid
    assert PrcIdProblem.BIRTH_DATE_MISMATCH in check_prc_id(number, PartialDate(1988, 2, 29)).problems
    assert check_prc_id(number, PartialDate(1, 1, 1, approximate=True)).problems  # no overflow
