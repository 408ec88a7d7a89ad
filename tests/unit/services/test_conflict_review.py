# SPDX-License-Identifier: GPL-3.0-or-later
"""The conflict review queue between two offices exchanging files (T33, T35): an answer is a
revision that travels and closes the conflict everywhere, even when it keeps the value shown."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import models as m
from app.domain import records as r
from app.domain.errors import NotFoundError, ValidationError
from app.domain.vocab import AuditAction, Relationship
from app.exchange.merge import DELETION
from app.services.cases import CaseService
from app.services.conflicts import ConflictItem, ConflictService
from app.services.session import UnlockedVault

from .conflict_kit import edit_apart, send, shared_case
from .exchange_kit import partnered


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    with partnered(tmp_path, "AB") as offices:
        yield offices


def _only(vault: UnlockedVault) -> ConflictItem:
    (item,) = ConflictService(vault).open_conflicts()
    return item


def _resolutions(vault: UnlockedVault) -> list[str]:
    """The details of the CONFLICT_RESOLVED audit entries."""
    with vault.db.transaction(readonly=True) as session:
        rows = session.execute(select(m.AuditEntry.action, m.AuditEntry.detail)).all()
    return [detail for action, detail in rows if action == AuditAction.CONFLICT_RESOLVED]


def test_t33_keeping_the_value_shown_at_a_closes_the_conflict_at_b_too(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    case_id = shared_case(a, b, tmp_path)
    edit_apart(a, b, tmp_path, case_id)

    at_a, at_b = _only(a), _only(b)
    assert (at_a.id, at_a.field, at_a.provisional) == (at_b.id, at_b.field, at_b.provisional)
    assert at_a.case_id == case_id and at_a.case_reference == "CF-1" and at_a.record_table == "cases"
    assert at_a.case_subject == "Гүлнар Асқарқызы (fictional)" and at_a.editable and not at_a.is_deletion
    assert {s.value for s in at_a.sides} == {"Detained in 2018 (A).", "Sentenced in 2019 (B)."}
    own, other = sorted(at_a.sides, key=lambda s: not s.own_office)
    assert (own.value, own.user_name, own.office_name) == (
        "Detained in 2018 (A).",
        "aigerim",
        "Fictional office A",
    )
    assert (other.user_name, other.office_name) == ("", "Fictional office B")  # B's users stay at B
    assert other.at.tzinfo is not None and other.at.year >= 2026

    shown = next(s.index for s in at_a.sides if s.value == at_a.provisional)
    done = ConflictService(a).keep(at_a.id, shown)  # the value the case already shows
    assert done.closed == 1 and not done.deleted
    assert ConflictService(a).open_conflicts() == () and ConflictService(a).count() == 0
    assert CaseService(a).get_case(case_id).case.summary == at_a.provisional
    (logged,) = _resolutions(a)
    assert at_a.id in logged and "Detained" not in logged and "Sentenced" not in logged  # no content

    send(a, b, tmp_path)  # the answer travels
    assert ConflictService(b).open_conflicts() == ()
    assert CaseService(b).get_case(case_id).case.summary == at_a.provisional
    send(b, a, tmp_path)
    send(a, b, tmp_path)
    assert ConflictService(a).count() == ConflictService(b).count() == 0  # no re-conflict

    past = ConflictService(b).imports()
    assert len(past) == 4 and past[0].imported_at >= past[-1].imported_at
    assert {p.sender_name for p in past} == {"Fictional office A"}
    assert past[-1].counts["new"] > 0 and any(p.counts["conflicts"] == 1 for p in past)


def test_an_edited_answer_travels_and_a_text_cannot_answer_a_non_text_field(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    case_id = shared_case(a, b, tmp_path)
    edit_apart(a, b, tmp_path, case_id)
    item = _only(b)
    ConflictService(b).resolve(item.id, "Detained in 2018, sentenced in 2019.")
    send(b, a, tmp_path)
    for vault in (a, b):
        assert CaseService(vault).get_case(case_id).case.summary == "Detained in 2018, sentenced in 2019."
        assert ConflictService(vault).count() == 0
    with pytest.raises(NotFoundError):
        ConflictService(a).keep(item.id, 0)

    for vault, relationship in ((a, Relationship.SON), (b, Relationship.FATHER)):  # a code, not a text
        cases = CaseService(vault)
        relative = cases.get_case(case_id).relatives[0]
        cases.save(dataclasses.replace(relative, relationship=relationship))
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    coded = _only(a)
    assert coded.field == "relationship" and not coded.editable
    with pytest.raises(ValidationError) as refused:
        ConflictService(a).resolve(coded.id, "neighbour")
    assert refused.value.kind == "not-text"
    with pytest.raises(ValidationError) as no_side:
        ConflictService(a).keep(coded.id, 5)
    assert no_side.value.kind == "no-such-side"


@pytest.mark.parametrize("answer", ["keep", "delete"])
def test_t35_delete_against_edit_is_answered_by_keeping_or_deleting(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, answer: str
) -> None:
    a, b = offices
    case_id = shared_case(a, b, tmp_path)
    relative = CaseService(a).get_case(case_id).relatives[0]
    CaseService(a).delete(r.Relative, relative.id)
    CaseService(b).save(dataclasses.replace(relative, notes="Seen in Ghulja in March."))
    send(a, b, tmp_path)
    send(b, a, tmp_path)

    item = _only(a)
    assert item.is_deletion and item.field == DELETION and not item.editable
    assert item.provisional is False and item.case_id == case_id and item.person_name == "Ерлан"
    assert [s.deleted for s in item.sides].count(True) == 1
    assert item.record_values["notes"] == "Seen in Ghulja in March."  # the record stays meanwhile
    with pytest.raises(ValidationError):
        ConflictService(a).resolve(item.id, "x")
    side = next(s.index for s in item.sides if s.deleted == (answer == "delete"))
    done = ConflictService(a).keep(item.id, side)
    assert done.deleted == (answer == "delete")
    send(a, b, tmp_path)
    for vault in (a, b):
        kept = [x.notes for x in CaseService(vault).get_case(case_id).relatives]
        assert kept == ([] if answer == "delete" else ["Seen in Ghulja in March."])
        assert ConflictService(vault).count() == 0
    send(b, a, tmp_path)
    assert ConflictService(a).count() == ConflictService(b).count() == 0


def test_an_answer_closes_every_conflict_of_its_record_and_says_so_beforehand(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    case_id = shared_case(a, b, tmp_path)
    for vault, text in ((a, "A"), (b, "B")):
        cases = CaseService(vault)
        case = cases.get_case(case_id).case
        cases.save(dataclasses.replace(case, summary=f"Summary {text}.", reference=f"CF-1-{text}"))
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    found = ConflictService(a).open_conflicts()
    assert sorted(c.field for c in found) == ["reference", "summary"]
    assert all(c.others_on_record == 1 for c in found)
    summary = next(c for c in found if c.field == "summary")
    assert ConflictService(a).resolve(summary.id, "Summary agreed.").closed == 2
    assert ConflictService(a).count() == 0
    shown = CaseService(a).get_case(case_id).case
    assert shown.summary == "Summary agreed." and shown.reference == next(
        c.provisional for c in found if c.field == "reference"
    )
