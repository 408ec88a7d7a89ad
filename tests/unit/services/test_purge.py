# SPDX-License-Identifier: GPL-3.0-or-later
"""Purge of a person or a case: every row, revision, file and derived row gone, a tombstone and an
audit entry without content kept; re-authenticated (a wrong passphrase changes nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import models as m
from app.domain import records as r
from app.domain.errors import NotFoundError, ValidationError, WrongPassphraseError
from app.domain.vocab import Relationship
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.drafts import DraftService
from app.services.purge import PurgeService
from app.services.session import UnlockedVault
from tests.conftest import PASSPHRASE, USERNAME
from tests.security.kit import digest, table_rows

from .purge_kit import witness_case

SECRET = "Qurmangazy7731"


def _holding(vault: UnlockedVault, needle: str) -> list[str]:
    return [table for table, rows in table_rows(vault).items() if needle in repr(rows)]


def _audit(vault: UnlockedVault) -> list[tuple[str, str]]:
    with vault.db.transaction(readonly=True) as session:
        return [
            (e.action, e.detail) for e in session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq))
        ]


def test_purging_a_person_removes_every_trace_and_keeps_tombstones(vault: UnlockedVault) -> None:
    w = witness_case(vault, SECRET)
    DraftService(vault).save({"relative": w.person_id, "name": SECRET}, case_id=w.other_case_id)
    assert set(_holding(vault, SECRET)) >= {"persons", "person_names", "revisions", "name_keys", "drafts"}
    service = PurgeService(vault)
    plan = service.plan_person(w.person_id)
    assert (plan.people, plan.cases, plan.subject_of) == (1, 0, ())
    assert [t.person_id for t in service.people(w.case_id)] == [w.person_id]

    purged = service.purge_person(w.person_id, USERNAME, PASSPHRASE)

    assert _holding(vault, SECRET) == []
    assert AdminService(vault).check().ok  # foreign keys, every row with its revision, the audit chain
    assert purged.records == plan.records and purged.revisions >= purged.records and purged.compacted
    case = CaseService(vault).get_case(w.case_id)  # the case stays, without him
    assert case.relatives == () and case.sources == () and case.detentions == ()
    assert [p.relayed_by_id for p in case.pressure_reports] == [None]
    assert [p.target_ids for p in case.pressure_reports] == [()]
    tombstones = {(t.record_table, t.record_id) for t in service.tombstones()}
    assert {("persons", w.person_id), ("relatives", w.relative_id)} <= tombstones
    assert len(tombstones) == purged.records
    action, detail = _audit(vault)[-1]
    assert action == "purge" and json.loads(detail)["record"] == w.person_id and SECRET not in detail


def test_purging_a_case_removes_what_only_it_owns(vault: UnlockedVault) -> None:
    w = witness_case(vault, SECRET)
    files = AttachmentService(vault).add(w.case_id, "scan.pdf", f"%PDF {SECRET}".encode(), "application/pdf")
    DraftService(vault).save({"narrative": SECRET}, case_id=w.case_id)
    plan = PurgeService(vault).plan_case(w.case_id)
    assert (plan.cases, plan.people, plan.files) == (1, 2, 1)

    purged = PurgeService(vault).purge_case(w.case_id, USERNAME, PASSPHRASE)

    assert (purged.records, purged.files) == (plan.records, 1)
    assert AdminService(vault).check().ok
    assert _holding(vault, SECRET) == [] and _holding(vault, "Subject Fictional") == []
    assert _holding(vault, files.id) == ["tombstones"]
    other = CaseService(vault).get_case(w.other_case_id)  # the other case stays, its link into this one goes
    assert other.links == () and len(other.legal_events) == 1
    with pytest.raises(NotFoundError):
        CaseService(vault).get_case(w.case_id)


def test_a_wrong_passphrase_or_another_user_changes_nothing(vault: UnlockedVault) -> None:
    w = witness_case(vault, SECRET)
    AdminService(vault).add_user("daniyar", "another passphrase for daniyar")
    before = digest(table_rows(vault))
    service = PurgeService(vault)
    for username, passphrase in (
        (USERNAME, "not the passphrase"),
        ("daniyar", "another passphrase for daniyar"),
    ):
        with pytest.raises(WrongPassphraseError):
            service.purge_person(w.person_id, username, passphrase)
        with pytest.raises(WrongPassphraseError):
            service.purge_case(w.case_id, username, passphrase)
    with pytest.raises(ValidationError) as subject:
        service.purge_person(w.subject_id, USERNAME, PASSPHRASE)
    assert subject.value.kind == "case-subject"
    assert service.plan_person(w.subject_id).subject_of == (w.case_id,)
    with pytest.raises(NotFoundError):
        service.purge_case(r.new_id(), USERNAME, PASSPHRASE)
    assert digest(table_rows(vault)) == before


def test_a_person_in_two_cases_stays_when_one_case_is_purged(vault: UnlockedVault) -> None:
    w = witness_case(vault, SECRET)
    cases = CaseService(vault)
    cases.save(r.Relative(w.other_case_id, w.person_id, notes="also here"))
    PurgeService(vault).purge_case(w.case_id, USERNAME, PASSPHRASE)
    with vault.db.transaction(readonly=True) as session:
        assert session.get(m.Person, w.person_id) is not None
        assert session.get(m.Person, w.subject_id) is None


def test_the_vault_file_holds_no_freed_page_after_a_purge(vault: UnlockedVault, vault_dir: Path) -> None:
    from tests.security.pages import decrypted_pages

    w = witness_case(vault, SECRET)
    needle = f"{SECRET} Witness".encode()
    assert needle in decrypted_pages(vault_dir, vault.master_key)  # the scan sees what is there
    PurgeService(vault).purge_person(w.person_id, USERNAME, PASSPHRASE)
    assert SECRET.encode() not in decrypted_pages(vault_dir, vault.master_key)


def test_a_deleted_case_can_still_be_purged_with_its_history(vault: UnlockedVault) -> None:
    """A deletion leaves the case's history (and the names in it); a purge is how to remove that, so
    it must still find the case once its row is gone. An id nothing ever held is still not found."""
    w = witness_case(vault, SECRET)
    CaseService(vault).delete_case(w.case_id)
    assert "revisions" in _holding(vault, "Subject Fictional")
    plan = PurgeService(vault).plan_case(w.case_id)
    assert plan.cases == 1
    with pytest.raises(NotFoundError):
        PurgeService(vault).plan_person(w.case_id)  # the case's history is no person's

    PurgeService(vault).purge_case(w.case_id, USERNAME, PASSPHRASE)

    assert _holding(vault, SECRET) == [] and _holding(vault, "Subject Fictional") == []
    assert AdminService(vault).check().ok
    with pytest.raises(NotFoundError):
        PurgeService(vault).plan_case(r.new_id())


def test_the_subject_of_a_deleted_case_is_purged_with_the_case_not_alone(vault: UnlockedVault) -> None:
    """Deleting a case removes its subject's row too, but the history still names them: purging the
    person alone would leave the case's history here while an office receiving the tombstone purges
    the whole case there. It is refused, as for a live case; purging the case removes both."""
    w = witness_case(vault, SECRET)
    subject_id = CaseService(vault).get_case(w.case_id).subject.person.id
    CaseService(vault).delete_case(w.case_id)
    assert PurgeService(vault).plan_person(subject_id).subject_of == (w.case_id,)
    with pytest.raises(ValidationError) as refused:
        PurgeService(vault).purge_person(subject_id, USERNAME, PASSPHRASE)
    assert refused.value.kind == "case-subject"
    PurgeService(vault).purge_case(w.case_id, USERNAME, PASSPHRASE)
    assert _holding(vault, "Subject Fictional") == []


def test_the_subject_of_a_deleted_case_who_is_named_in_another_case_is_not_purged_alone(
    vault: UnlockedVault,
) -> None:
    """The subject keeps their row when another case names them (here as a relative): only the deleted
    case's history knows they were its subject, and it is read from the deletions' index."""
    w = witness_case(vault, SECRET)
    cases = CaseService(vault)
    cases.save(r.Relative(w.other_case_id, w.subject_id, Relationship.SISTER))
    cases.delete_case(w.case_id)
    assert w.subject_id in {p.person.id for p in cases.get_case(w.other_case_id).relative_people}
    assert PurgeService(vault).plan_person(w.subject_id).subject_of == (w.case_id,)
    with pytest.raises(ValidationError) as refused:
        PurgeService(vault).purge_person(w.subject_id, USERNAME, PASSPHRASE)
    assert refused.value.kind == "case-subject"
