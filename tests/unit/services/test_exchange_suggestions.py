# SPDX-License-Identifier: GPL-3.0-or-later
"""An import's dry run suggests "may be the same person" for persons new here, and never merges them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.services import exchange_suggestions
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.listing import ListingService
from app.services.session import UnlockedVault

from .exchange_kit import partnered


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    with partnered(tmp_path, "AB") as offices:
        yield offices


def _case(vault: UnlockedVault, reference: str, *spellings: str, born: int | None = None) -> str:
    names = [r.PersonName("", text, is_primary=i == 0) for i, text in enumerate(spellings)]
    person = r.Person(birth_date=PartialDate(born))
    return CaseService(vault).open_case(person, names, r.Case("", "", reference=reference))


def test_a_dry_run_names_both_persons_and_the_local_case_and_writes_nothing(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = pair
    local_case = _case(b, "B-7", "Нұрлан Серікұлы (fictional)", "Nurlan Serikuly", born=1979)
    _case(a, "A-1", "Nurlan Serikuly (fictional)", born=1980)
    _case(a, "A-2", "Болат Тұрсынұлы (fictional)")
    out = tmp_path / "bundle.age"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    cases_here = ListingService(b).page(r.CaseFilter()).total

    dry = ExchangeService(b).import_bundle(out.read_bytes(), dry_run=True)
    assert len(dry.suggestions) == 1
    hint = dry.suggestions[0]
    assert hint.incoming_name == "Nurlan Serikuly (fictional)"
    assert hint.local_name == "Нұрлан Серікұлы (fictional)"
    assert (hint.incoming_birth, hint.local_birth) == (PartialDate(1980), PartialDate(1979))
    local_subject = CaseService(b).get_case(local_case).subject.person.id
    assert hint.local_person_id == local_subject
    assert [(c.case_id, c.reference) for c in hint.cases] == [(local_case, "B-7")]
    assert hint.incoming_person_id != local_subject
    assert ListingService(b).page(r.CaseFilter()).total == cases_here  # the dry run wrote nothing

    done = ExchangeService(b).import_bundle(out.read_bytes())
    assert done.suggestions == ()
    assert ListingService(b).page(r.CaseFilter()).total == cases_here + 2  # nothing merged by name
    assert CaseService(b).get_case(local_case).subject.person.id == local_subject


def test_beyond_the_limit_new_persons_are_counted_not_compared(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    _case(b, "B-1", "Айгүл Серікқызы (fictional)")
    for number in range(3):
        _case(a, f"A-{number}", "Aigul Serikqyzy (fictional)", born=1990 + number)
    out = tmp_path / "bundle.age"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    monkeypatch.setattr(exchange_suggestions, "MAX_COMPARED", 2)
    dry = ExchangeService(b).import_bundle(out.read_bytes(), dry_run=True)
    assert dry.not_compared == 1 and len(dry.suggestions) == 2
    assert {hint.local_name for hint in dry.suggestions} == {"Айгүл Серікқызы (fictional)"}


def test_namesakes_are_listed_best_first_and_a_few_at_most(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    for number in range(4):
        _case(b, f"B-{number}", "Айгүл Серікқызы (fictional)", born=1980 + number)
    _case(a, "A-1", "Aigul Serikqyzy (fictional)", born=1982)
    out = tmp_path / "bundle.age"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    monkeypatch.setattr(exchange_suggestions, "MAX_PER_PERSON", 3)
    hints = ExchangeService(b).import_bundle(out.read_bytes(), dry_run=True).suggestions
    assert len(hints) == 3 and hints[0].local_birth == PartialDate(1982)  # equal scores: same birth first
    assert [hint.found_here for hint in hints] == [4, 4, 4]  # one more namesake than listed


def test_a_namesake_born_another_year_never_pushes_out_a_close_spelling_born_that_year(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three namesakes spelled exactly alike but born in other years, and the same woman spelled the
    Russian way, born the arriving person's year: she comes first, though her name is less alike,
    and the namesakes after her, their birth dates marked as contradicting."""
    a, b = pair
    for number in range(3):
        _case(b, f"B-{number}", "Айгүл Серікқызы (fictional)", born=1950 + number)
    _case(b, "B-same", "Айгуль Серикова (fictional)", born=1993)
    _case(a, "A-1", "Айгүл Серікқызы (fictional)", born=1993)
    out = tmp_path / "bundle.age"
    ExchangeService(a).export(out, to=[b.actor.office_id])
    monkeypatch.setattr(exchange_suggestions, "MAX_PER_PERSON", 3)
    hints = ExchangeService(b).import_bundle(out.read_bytes(), dry_run=True).suggestions
    assert len(hints) == 3 and hints[0].local_birth == PartialDate(1993)
    assert hints[0].score < hints[1].score and {h.local_birth.year for h in hints[1:]} < {1950, 1951, 1952}
    assert [h.births_contradict for h in hints] == [False, True, True]
