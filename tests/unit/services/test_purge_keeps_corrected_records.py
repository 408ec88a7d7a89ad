# SPDX-License-Identifier: GPL-3.0-or-later
"""Purging a person must not, through the next exchange, purge a record that once named them
but names someone else now (T36 removes the person, never what was corrected away from them)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.vocab import Relationship, SourceKind
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.purge import PurgeService
from app.services.session import UnlockedVault
from tests.conftest import PASSPHRASE

from .exchange_kit import partnered


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    with partnered(tmp_path, "AB") as offices:
        yield offices


def _send(source: UnlockedVault, target: UnlockedVault, path: Path) -> None:
    ExchangeService(source).export(path, to=[target.actor.office_id])
    ExchangeService(target).import_bundle(path.read_bytes())


def test_a_source_corrected_away_from_a_purged_person_survives_the_exchange(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    cases = CaseService(a)
    case_id = cases.open_case(r.Person(), [r.PersonName("", "Гүлнар Асқарқызы (fictional)")])
    subject_id = cases.get_case(case_id).subject.person.id
    witness = cases.add_relative(
        r.Relative(case_id, "", Relationship.BROTHER), r.Person(), [r.PersonName("", "Ерлан (fictional)")]
    )
    source = cases.save(r.Source(case_id, SourceKind.PERSON, witness.person_id, title="Statement"))
    source = cases.save(dataclasses.replace(source, person_id=subject_id))  # the wrong person, corrected
    _send(a, b, tmp_path / "1.pana")

    PurgeService(a).purge_person(witness.person_id, "aigerim", PASSPHRASE)
    assert [s.id for s in cases.get_case(case_id).sources] == [source.id]  # A's purge keeps it
    _send(a, b, tmp_path / "2.pana")
    _send(b, a, tmp_path / "3.pana")

    for office in (a, b):
        assert [s.id for s in CaseService(office).get_case(case_id).sources] == [source.id]
