# SPDX-License-Identifier: GPL-3.0-or-later
"""A deletion conflict about a record whose parent was deleted meanwhile (it has revisions, no row) is
answered like any other: agreeing deletes it, keeping it brings its parent back; offices converge."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import records as r
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.session import UnlockedVault

from .conflict_kit import send, shared_case
from .exchange_kit import partnered


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    with partnered(tmp_path, "AB") as offices:
        yield offices


def _detention_edited_while_its_relative_went(
    a: UnlockedVault, b: UnlockedVault, tmp_path: Path
) -> tuple[str, r.Detention]:
    """A deletes a relative (its detention goes with it) while B edits the detention; both import."""
    case_id = shared_case(a, b, tmp_path)
    relative = CaseService(a).get_case(case_id).relatives[0]
    CaseService(a).save(r.Detention(case_id, relative.id, facility="Camp (fictional)"))
    send(a, b, tmp_path)
    detention = CaseService(b).get_case(case_id).detentions[0]
    CaseService(a).delete(r.Relative, relative.id)  # its detention goes with it, with a tombstone
    CaseService(b).save(dataclasses.replace(detention, facility="Prison No. 3 (fictional)"))
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    return case_id, detention


def test_a_deletion_conflict_of_a_record_whose_parent_went_can_be_answered(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    case_id, detention = _detention_edited_while_its_relative_went(a, b, tmp_path)
    (item,) = ConflictService(a).open_conflicts()
    assert item.is_deletion and item.record_id == detention.id
    deleting = next(side.index for side in item.sides if side.deleted)
    ConflictService(a).keep(item.id, deleting)  # agree with the deletion
    assert ConflictService(a).count() == 0
    send(a, b, tmp_path)
    for office in (a, b):
        assert ConflictService(office).count() == 0
        assert CaseService(office).get_case(case_id).detentions == ()


def test_keeping_the_edit_brings_its_relative_back_at_both_offices(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    case_id, detention = _detention_edited_while_its_relative_went(a, b, tmp_path)
    (item,) = ConflictService(a).open_conflicts()
    editing = next(side.index for side in item.sides if not side.deleted)
    ConflictService(a).keep(item.id, editing)
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    for office in (a, b):
        assert ConflictService(office).count() == 0
        case_file = CaseService(office).get_case(case_id)
        assert [(d.id, d.facility) for d in case_file.detentions] == [
            (detention.id, "Prison No. 3 (fictional)")
        ]
        assert [relative.id for relative in case_file.relatives] == [detention.relative_id]
