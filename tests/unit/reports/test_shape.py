# SPDX-License-Identifier: GPL-3.0-or-later
"""Anonymising values: dates to the month (birth dates to the year), counts under 5 suppressed,
pseudonyms stable within an export only, formula-like text defused."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate
from app.domain.patterns import Bar, Breakdown
from app.reports.pdf_report import shown_bars
from app.reports.shape import Pseudonyms, birth_year, coarse_date, suppressed
from app.reports.tabular import inert


@pytest.mark.parametrize(
    ("stored", "anonymised"),
    [
        ("2019-03-14", "2019-03"),
        ("2019-03", "2019-03"),
        ("2019", "2019"),
        ("1990-05-12~", "1990-05~"),
        ("2019-12-early", "2019-12"),
        ("2017-late", "2017-late"),
        ("[2019-12-03..2019-12-09]", "2019-12"),
        ("[2019-12-21..2020-01-05]", "[2019-12..2020-01]"),
        ("[2017..2019]", "[2017..2019]"),
        ("", ""),
    ],
)
def test_dates_are_no_finer_than_the_month(stored: str, anonymised: str) -> None:
    assert coarse_date(PartialDate.parse(stored)).isoformat() == anonymised


@pytest.mark.parametrize(
    ("stored", "year"),
    [
        ("1954-06-02", "1954"),
        ("1954~", "1954~"),
        ("[1950..1955]", "[1950..1955]"),
        ("[1954-01..1954-05]", "1954"),
    ],
)
def test_birth_dates_are_no_finer_than_the_year(stored: str, year: str) -> None:
    assert birth_year(PartialDate.parse(stored)).isoformat() == year


def test_counts_under_five_are_suppressed_only_when_anonymised() -> None:
    assert [suppressed(n, True) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
    assert suppressed(3, False) == "3"


def test_a_lone_suppressed_bar_of_an_additive_breakdown_takes_the_next_smallest_with_it() -> None:
    bars = (Bar("2019-01", "2019-01", 9), Bar("2019-02", "2019-02", 3), Bar("2019-03", "2019-03", 6))
    by_month = Breakdown("pressure", "month", bars, 18)
    assert [n for _, n in shown_bars(by_month, True)] == ["9", "<5", "<5"]
    by_kind = Breakdown("pressure", "kind", bars, 16)  # kinds overlap: the total does not give it away
    assert [n for _, n in shown_bars(by_kind, True)] == ["9", "<5", "6"]
    assert [n for _, n in shown_bars(by_month, False)] == ["9", "3", "6"]


def test_pseudonyms_are_stable_within_an_export_and_differ_between_exports() -> None:
    one, other = Pseudonyms(), Pseudonyms()
    assert one.of("a") == one.of("a") != one.of("b")
    assert one.of("a") != other.of("a") and one.of("") == ""


def test_formula_like_text_is_defused() -> None:
    assert [inert(v) for v in ("=HYPERLINK(1)", "+7 701", "-", "@x", "plain", 3, True, None)] == [
        "'=HYPERLINK(1)", "'+7 701", "'-", "'@x", "plain", "3", "true", "",
    ]  # fmt: skip
