# SPDX-License-Identifier: GPL-3.0-or-later
"""Pattern counts against counts made here in plain Python over the generated records (no SQL)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from app.domain.errors import ValidationError
from app.domain.patterns import (
    DIMENSIONS,
    PERSON,
    UNKNOWN,
    Dimension,
    PatternFilter,
    Subject,
)
from app.services.patterns import PatternService
from app.services.session import UnlockedVault
from tests.unit.services.patterns_kit import DataSet, GenDate, GenDetention, GenReport, generate


@pytest.fixture
def data(vault: UnlockedVault) -> DataSet:
    return generate(vault)


def _in_period(date: GenDate, f: PatternFilter) -> bool:
    if f.date_from is None and f.date_to is None:
        return True
    if date.first is None or date.last is None:
        return False
    return (f.date_from is None or date.last >= f.date_from) and (
        f.date_to is None or date.first <= f.date_to
    )


def _report_passes(data: DataSet, x: GenReport, f: PatternFilter) -> bool:
    return (
        (not f.office_ids or data.case_office[x.case_id] in f.office_ids)
        and _in_period(x.date, f)
        and (not f.kinds or bool(set(x.kinds) & set(f.kinds)))
        and (f.min_reliability is None or x.reliability <= f.min_reliability)
    )


def _detention_passes(data: DataSet, x: GenDetention, f: PatternFilter) -> bool:
    return (not f.office_ids or data.case_office[x.case_id] in f.office_ids) and _in_period(x.date, f)


def _report_keys(data: DataSet, x: GenReport, dimension: str) -> set[str]:
    targets = [data.relatives[t] for t in x.targets]
    found = {
        Dimension.KIND: set(x.kinds),
        Dimension.ACTOR: {x.actor},
        Dimension.COUNTY: {t.county.strip() for t in targets},
        Dimension.RELATIONSHIP: {t.relationship for t in targets},
        Dimension.MONTH: {x.date.month},
    }[Dimension(dimension)]
    return found or {UNKNOWN}


def _detention_keys(data: DataSet, x: GenDetention, dimension: str) -> set[str]:
    relative = data.relatives[x.relative_id] if x.relative_id else None
    if dimension == Dimension.RELATIONSHIP:
        return {relative.relationship if relative else PERSON}
    if dimension == Dimension.COUNTY:
        return {relative.county.strip() if relative else UNKNOWN}
    return {x.date.month}


def _records(data: DataSet, subject: str, f: PatternFilter) -> list[tuple[str, str, object]]:
    """(case id, record id, record) of the records of ``subject`` that pass ``f``."""
    if subject == Subject.PRESSURE:
        return [(x.case_id, x.id, x) for x in data.reports if _report_passes(data, x, f)]
    return [(x.case_id, x.id, x) for x in data.detentions if _detention_passes(data, x, f)]


def _keys(data: DataSet, subject: str, dimension: str, record: object) -> set[str]:
    if subject == Subject.PRESSURE:
        assert isinstance(record, GenReport)
        return _report_keys(data, record, dimension)
    assert isinstance(record, GenDetention)
    return _detention_keys(data, record, dimension)


def _expected_bars(data: DataSet, subject: str, dimension: str, f: PatternFilter) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _, _, record in _records(data, subject, f):
        counts.update(_keys(data, subject, dimension, record))
    return counts


FILTERS = [
    PatternFilter(),
    PatternFilter(date_from=dt.date(2018, 3, 1), date_to=dt.date(2019, 6, 30)),
    PatternFilter(date_to=dt.date(2017, 12, 31)),
    PatternFilter(kinds=("threat", "visit-by-police")),
    PatternFilter(min_reliability="B"),
    PatternFilter(date_from=dt.date(2019, 1, 1), kinds=("interrogation",), min_reliability="D"),
]


@pytest.mark.parametrize("index", range(len(FILTERS)))
def test_every_breakdown_matches_an_independent_count(
    vault: UnlockedVault, data: DataSet, index: int
) -> None:
    f = FILTERS[index]
    patterns = PatternService(vault).patterns(f)
    reports = _records(data, Subject.PRESSURE, f)
    detentions = _records(data, Subject.DETENTION, f)
    assert patterns.pressure_reports == len(reports) > 0
    assert patterns.detentions == len(detentions)
    assert patterns.cases == len({case for case, _, _ in reports + detentions})
    for subject, dimensions in DIMENSIONS.items():
        for dimension in dimensions:
            breakdown = patterns.breakdown(subject, dimension)
            assert breakdown is not None
            assert {b.key: b.count for b in breakdown.bars} == _expected_bars(data, subject, dimension, f)
            assert breakdown.total == len(reports if subject == Subject.PRESSURE else detentions)


def test_the_office_filter_keeps_that_office_and_the_data_has_every_kind_of_bar(
    vault: UnlockedVault, data: DataSet
) -> None:
    f = PatternFilter(office_ids=(data.offices[1],))
    patterns = PatternService(vault).patterns(f)
    assert patterns.pressure_reports == len(_records(data, Subject.PRESSURE, f)) > 0
    for subject, dimensions in DIMENSIONS.items():
        for dimension in dimensions:
            breakdown = patterns.breakdown(subject, dimension)
            assert breakdown is not None
            assert {b.key: b.count for b in breakdown.bars} == _expected_bars(data, subject, dimension, f)
    everything = PatternService(vault).patterns(PatternFilter())
    months = everything.breakdown(Subject.PRESSURE, Dimension.MONTH)
    assert months is not None and months.bars[-1].key == UNKNOWN  # "2019" reports are kept, last
    assert [b.key for b in months.bars[:-1]] == sorted(b.key for b in months.bars[:-1])
    kinds = everything.breakdown(Subject.PRESSURE, Dimension.KIND)
    assert kinds is not None and sum(b.count for b in kinds.bars) > kinds.total  # multi-kind reports
    counties = everything.breakdown(Subject.PRESSURE, Dimension.COUNTY)
    assert counties is not None and {"伊宁县", "قۇلجا ناھىيىسى", "Құлжа ауданы"} <= {
        b.key for b in counties.bars
    }


@pytest.mark.parametrize(
    ("subject", "dimension"),
    [(s, d) for s, dims in DIMENSIONS.items() for d in dims],
)
def test_cases_behind_each_bar(vault: UnlockedVault, data: DataSet, subject: str, dimension: str) -> None:
    f = PatternFilter(date_from=dt.date(2017, 1, 1))
    service = PatternService(vault)
    breakdown = service.patterns(f).breakdown(subject, dimension)
    assert breakdown is not None and breakdown.bars
    for bar in breakdown.bars:
        expected: Counter[str] = Counter(
            case
            for case, _, record in _records(data, subject, f)
            if bar.key in _keys(data, subject, dimension, record)
        )
        behind = service.cases_behind(subject, dimension, bar.key, f)
        assert {c.id: c.records for c in behind} == expected
        assert sum(c.records for c in behind) == bar.count
        assert [c.records for c in behind] == sorted((c.records for c in behind), reverse=True)
        assert all(c.reference == data.case_reference[c.id] and c.subject_name for c in behind)


def test_an_unknown_dimension_is_a_typed_error(vault: UnlockedVault) -> None:
    with pytest.raises(ValidationError) as caught:
        PatternService(vault).cases_behind(Subject.DETENTION, Dimension.KIND, "threat", PatternFilter())
    assert caught.value.kind == "pattern-dimension"
    with pytest.raises(ValueError):
        PatternFilter(min_reliability="G")


def test_an_empty_vault_counts_nothing(vault: UnlockedVault) -> None:
    patterns = PatternService(vault).patterns(PatternFilter())
    assert (patterns.pressure_reports, patterns.detentions, patterns.cases) == (0, 0, 0)
    assert all(not b.bars and b.total == 0 for b in patterns.breakdowns)
