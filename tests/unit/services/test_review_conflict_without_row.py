# SPDX-License-Identifier: GPL-3.0-or-later
"""Review: a deletion conflict about a record whose parent was deleted must still be answerable."""

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


@pytest.mark.xfail(
    strict=True,
    reason="the detention's deletion conflict is kept for a record with no row (its relative is deleted "
    "at both offices); ConflictService._answer raises NotFoundError when head_rows finds no row, so "
    "the conflict can never be answered and stays in the queue for good",
)
def test_a_deletion_conflict_of_a_record_whose_parent_went_can_be_answered(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    case_id = shared_case(a, b, tmp_path)
    relative = CaseService(a).get_case(case_id).relatives[0]
    CaseService(a).save(r.Detention(case_id, relative.id, facility="Camp (fictional)"))
    send(a, b, tmp_path)
    detention = CaseService(b).get_case(case_id).detentions[0]
    CaseService(a).delete(r.Relative, relative.id)  # its detention goes with it, with a tombstone
    CaseService(b).save(dataclasses.replace(detention, facility="Prison No. 3 (fictional)"))
    send(a, b, tmp_path)
    send(b, a, tmp_path)

    (item,) = ConflictService(a).open_conflicts()
    assert item.is_deletion and item.record_id == detention.id
    deleting = next(side.index for side in item.sides if side.deleted)
    ConflictService(a).keep(item.id, deleting)  # agree with the deletion
    assert ConflictService(a).count() == 0
