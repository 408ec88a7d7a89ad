# SPDX-License-Identifier: GPL-3.0-or-later
"""Deadlines as data: the shipped rules load, and periods count on Kazakhstan's calendar
across month ends, leap years, public holidays and partial dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import paths
from app.domain.dates import PartialDate
from app.domain.deadline_chains import valid_longest
from app.domain.deadlines import DeadlineRule, add_months, add_working_days, is_working_day, load_rules
from app.domain.errors import ValidationError

D = dt.date


@pytest.fixture(scope="module")
def rules() -> dict[str, DeadlineRule]:
    return {rule.id: rule for rule in load_rules(paths.resources_dir() / "deadlines" / "rules.toml")}


def test_the_shipped_rules_load_each_with_its_source(rules: dict[str, DeadlineRule]) -> None:
    assert set(rules) == {
        "answer-to-request",
        "complaint-against-act",
        "complaint-decision",
        "court-claim",
        "asylum-application",
        "refugee-status-decision",
        "asylum-seeker-certificate",
        "refugee-certificate",
        "refugee-travel-document",
    }
    assert rules["answer-to-request"].article == "Art. 76"
    assert all(rule.source for rule in rules.values())


def test_kazakhstans_days_off_are_not_working_days() -> None:
    assert not is_working_day(D(2025, 3, 21))  # Nauryz
    assert not is_working_day(D(2024, 12, 16))  # Independence Day
    assert not is_working_day(D(2025, 1, 3))  # a substituted day off
    assert not is_working_day(D(2025, 3, 15))  # a Saturday
    assert is_working_day(D(2025, 3, 27))


def test_working_days_skip_weekends_and_nauryz(rules: dict[str, DeadlineRule]) -> None:
    # Filed Tuesday 18 March 2025: 21-25 March are Nauryz and its days off, 22-23 the weekend.
    assert add_working_days(D(2025, 3, 18), 3) == D(2025, 3, 26)  # 19, 20, then 26
    assert rules["answer-to-request"].due(PartialDate(2025, 3, 18)) == D(2025, 4, 11)


def test_months_end_on_the_same_day_or_the_months_last(rules: dict[str, DeadlineRule]) -> None:
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)  # leap year
    assert add_months(D(2023, 1, 31), 1) == D(2023, 2, 28)
    assert add_months(D(2024, 11, 30), 3) == D(2025, 2, 28)  # across the year end
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)
    # Three months from 16 September 2024 is 16 December, Independence Day: the next working day.
    assert rules["complaint-against-act"].due(PartialDate(2024, 9, 16)) == D(2024, 12, 17)


def test_partial_dates_count_from_the_safe_end(rules: dict[str, DeadlineRule]) -> None:
    learned = PartialDate(2024, 9)  # "in September 2024"
    assert rules["complaint-against-act"].due(learned) == D(2024, 12, 2)  # from 1 Sep: 1 Dec is a Sunday
    filed = PartialDate(2025, 1)  # the authority's time counts from the last day it can mean
    assert rules["answer-to-request"].due(filed) == add_working_days(D(2025, 1, 31), 15)
    assert rules["answer-to-request"].due(PartialDate()) is None


def test_a_filed_request_whose_15_working_days_passed_is_overdue(rules: dict[str, DeadlineRule]) -> None:
    due = rules["answer-to-request"].due(PartialDate(2025, 4, 1))
    assert due is not None and due < D(2025, 5, 1)


def test_a_broken_rules_file_is_named_with_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "office-rules.toml"
    broken.write_text('[[rule]]\nid = "x"\ncounts = = 3\n', encoding="utf-8")
    with pytest.raises(ValidationError) as error:
        load_rules(broken)
    assert "office-rules.toml" in error.value.reason and "line 3" in error.value.reason
    broken.write_text(
        '[[rule]]\nid = "x"\ntitle = "X"\nsource = "S"\ncounts = 3\nunit = "weeks"\n'
        'count_from = "earliest"\n',
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as error:
        load_rules(broken)
    assert "rule 1: unit must be one of" in error.value.reason


def _rule_text(**fields: object) -> str:
    values = {"id": '"x"', "title": '"X"', "source": '"S"', "counts": "1", "unit": '"years"'}
    values |= {"count_from": '"latest"', **{k: str(v) for k, v in fields.items()}}
    return "[[rule]]\n" + "".join(f"{key} = {value}\n" for key, value in values.items())


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b"rule = 5\n", "rules must be [[rule]] tables"),
        (_rule_text(counts="true").encode(), "counts must be a whole number above 0"),
        # 100 million working days would keep the count busy for minutes
        (_rule_text(counts=100_000_000, unit='"working-days"').encode(), "counts is more than"),
        (_rule_text(id='["x"]').encode(), "every field but counts is text"),
        (b"\xff\xfe[[rule]]", "cannot be read"),  # not UTF-8
    ],
)
def test_a_hostile_rules_file_is_refused_naming_what_is_wrong(tmp_path: Path, body: bytes, said: str) -> None:
    hostile = tmp_path / "rules.toml"
    hostile.write_bytes(body)
    with pytest.raises(ValidationError) as error:
        load_rules(hostile)
    assert error.value.reason.startswith("rules.toml") and said in error.value.reason


def test_a_due_date_on_a_holiday_or_in_a_leap_february_lands_on_a_working_day(
    rules: dict[str, DeadlineRule],
) -> None:
    # Crossed on 16 March 2025: the fifth day is 21 March, Nauryz; 22-25 March are off too.
    assert rules["asylum-application"].due(PartialDate(2025, 3, 16)) == D(2025, 3, 26)
    # Crossed on 11 December 2024: the fifth day is 16 December, Independence Day (one day since 2022).
    assert rules["asylum-application"].due(PartialDate(2024, 12, 11)) == D(2024, 12, 17)
    # Three months from 29 November 2023 end on 29 February 2024, a Thursday of a leap year.
    assert rules["refugee-status-decision"].due(PartialDate(2023, 11, 29)) == D(2024, 2, 29)
    assert rules["court-claim"].due(PartialDate(2024, 1, 31)) == D(2024, 2, 29)
    # An expiry is the day itself, even on a Sunday: the office applies to extend before it.
    assert rules["refugee-certificate"].expires(PartialDate(2025, 6, 1)) == D(2025, 6, 1)
    assert rules["refugee-certificate"].expires(PartialDate(2025, 6)) == D(2025, 6, 1)


def test_every_shipped_rule_has_its_words_in_russian_and_kazakh(rules: dict[str, DeadlineRule]) -> None:
    for rule in rules.values():
        for language in ("ru", "kk"):
            local = rule.in_language(language)
            assert local.title != rule.title and local.source != rule.source, (rule.id, language)
            assert (local.counts, local.unit, local.article) == (rule.counts, rule.unit, rule.article)
        assert rule.in_language("en") == rule


def test_a_rule_s_translations_are_checked(tmp_path: Path) -> None:
    head = '[[rule]]\nid = "x"\ntitle = "X"\ncounts = 1\nunit = "months"\n'
    head += 'count_from = "earliest"\nsource = "S"\n'
    good = tmp_path / "good.toml"
    good.write_text(head + '[rule.ru]\ntitle = "Икс"\nnote = "заметка"\n', encoding="utf-8")
    (rule,) = load_rules(good)
    assert (rule.in_language("ru").title, rule.in_language("ru").note) == ("Икс", "заметка")
    assert rule.in_language("kk").title == "X"
    for table, said in (
        ('[rule.RU1]\ntitle = "x"\n', "not a language code"),
        ('[rule.ru]\ncounts = "2"\n', "may give"),
    ):
        bad = tmp_path / "bad.toml"
        bad.write_text(head + table, encoding="utf-8")
        with pytest.raises(ValidationError) as refused:
            load_rules(bad)
        assert said in str(refused.value) and "bad.toml: rule 1" in str(refused.value)


def test_a_certificate_is_valid_as_long_as_its_longest_end_says() -> None:
    """One rule for the deadlines list and the petitions: the latest last day; of two with the same
    last day the one known to the day; of equal ends the first; an unknown end says nothing."""
    ends = [PartialDate(2026, 6, 19), PartialDate(), PartialDate(2027), PartialDate(2026, 12, 1)]
    assert valid_longest(ends, lambda end: end) == PartialDate(2027)
    ends.append(PartialDate(2027, 12, 31))
    assert valid_longest(ends, lambda end: end) == PartialDate(2027, 12, 31)
    rows = [("document", PartialDate(2027, 6, 19)), ("extension", PartialDate(2027, 6, 19))]
    assert valid_longest(rows, lambda row: row[1]) == rows[0]
    assert valid_longest([PartialDate()], lambda end: end) is None
