# SPDX-License-Identifier: GPL-3.0-or-later
"""Deleting a whole case (issue #12): every record of it gets a deletion revision (history kept), it
leaves the lists, no orphan row is left (``pana check`` passes), the audit log names it, and the
deletion reaches a partner office through the next exchange file."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import models as m
from app.domain import records as r
from app.domain.errors import CaseNotFoundError, ValidationError
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.exchange import ExchangeService
from app.services.listing import ListingService
from app.services.session import UnlockedVault

from .exchange_kit import partnered
from .purge_kit import witness_case

SECRET = "Shilikty5120"


def _rows(vault: UnlockedVault, record_id: str) -> list[str]:
    """The synced tables that still have a row with this id."""
    with vault.db.transaction(readonly=True) as session:
        return [
            table
            for table, model in m.SYNCED_MODELS.items()
            if session.scalar(select(func.count()).select_from(model).where(model.id == record_id))
        ]


def _tombstoned(vault: UnlockedVault) -> set[str]:
    """Records whose newest revision is a deletion."""
    with vault.db.transaction(readonly=True) as session:
        rows = session.execute(
            select(m.Revision.record_id, m.Revision.deleted).order_by(m.Revision.record_id, m.Revision.hlc)
        )
        newest = {record_id: deleted for record_id, deleted in rows}
    return {record_id for record_id, deleted in newest.items() if deleted}


def test_deleting_a_case_deletes_each_of_its_records_with_a_revision_and_leaves_no_orphans(
    vault: UnlockedVault,
) -> None:
    w = witness_case(vault, SECRET)
    attachment = AttachmentService(vault).add(w.case_id, "note.txt", SECRET.encode(), "text/plain")
    before = ListingService(vault).page(r.CaseFilter()).total
    kept = CaseService(vault).get_case(w.other_case_id)
    assert len(kept.links) == 1

    deleted = CaseService(vault).delete_case(w.case_id)

    assert (deleted.case_id, deleted.reference) == (w.case_id, "P-1")
    for record_id in (w.case_id, w.subject_id, w.person_id, w.relative_id, w.report_id, attachment.id):
        assert _rows(vault, record_id) == []
    gone = _tombstoned(vault)
    assert {w.case_id, w.subject_id, w.person_id, w.relative_id, w.report_id, attachment.id} <= gone
    assert deleted.records == len(gone)
    assert ListingService(vault).page(r.CaseFilter()).total == before - 1
    listed = [row.id for row in ListingService(vault).page(r.CaseFilter()).rows]
    assert w.case_id not in listed and w.other_case_id in listed
    assert CaseService(vault).get_case(w.other_case_id).links == ()  # its link into the case went too
    with vault.db.transaction(readonly=True) as session:
        assert session.scalar(select(func.count()).select_from(m.AttachmentChunk)) == 0
        assert session.scalar(select(func.count()).select_from(m.NameKey)) > 0  # the other case's
        entry = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc())).first()
    assert entry is not None and entry.action == "case-deleted"
    assert json.loads(entry.detail) == {"case": w.case_id, "reference": "P-1", "records": deleted.records}
    assert AdminService(vault).check().ok
    with pytest.raises(CaseNotFoundError):
        CaseService(vault).get_case(w.case_id)


def test_a_person_another_case_names_stays(vault: UnlockedVault) -> None:
    w = witness_case(vault, SECRET)
    cases = CaseService(vault)
    cases.save(r.Relative(w.other_case_id, w.person_id, r.Relationship.COUSIN))

    cases.delete_case(w.case_id)

    assert _rows(vault, w.person_id) == ["persons"]
    assert [rel.person_id for rel in cases.get_case(w.other_case_id).relatives] == [w.person_id]
    assert AdminService(vault).check().ok


def test_a_case_is_not_deleted_as_one_record_and_an_unknown_case_is_named(vault: UnlockedVault) -> None:
    w = witness_case(vault, SECRET)
    cases = CaseService(vault)
    with pytest.raises(ValidationError):
        cases.delete(r.Case, w.case_id)
    with pytest.raises(CaseNotFoundError):
        cases.delete_case("no-such-case")
    assert _rows(vault, w.case_id) == ["cases"]


def test_a_deletion_reaches_a_partner_office_and_a_concurrent_edit_there_is_a_conflict(
    tmp_path: Path,
) -> None:
    with partnered(tmp_path, "AB") as (a, b):
        w = witness_case(a, SECRET)
        ExchangeService(a).export(tmp_path / "1.pana", to=[b.actor.office_id])
        ExchangeService(b).import_bundle((tmp_path / "1.pana").read_bytes())
        at_b = CaseService(b).get_case(w.case_id)
        CaseService(a).delete_case(w.case_id)
        ExchangeService(a).export(tmp_path / "2.pana", to=[b.actor.office_id])

        ExchangeService(b).import_bundle((tmp_path / "2.pana").read_bytes())

        assert _rows(b, w.case_id) == [] and _rows(b, w.person_id) == []
        assert w.case_id not in [row.id for row in ListingService(b).page(r.CaseFilter()).rows]
        assert AdminService(b).check().ok
        assert at_b.case.reference == "P-1"


def test_an_edit_at_a_partner_office_crossing_the_deletion_comes_back_as_a_conflict(tmp_path: Path) -> None:
    with partnered(tmp_path, "AB") as (a, b):
        w = witness_case(a, SECRET)
        ExchangeService(a).export(tmp_path / "1.pana", to=[b.actor.office_id])
        ExchangeService(b).import_bundle((tmp_path / "1.pana").read_bytes())
        case_at_b = CaseService(b).get_case(w.case_id)
        CaseService(b).save(dataclasses.replace(case_at_b.case, summary="seen at B first"))
        CaseService(a).delete_case(w.case_id)
        ExchangeService(a).export(tmp_path / "2.pana", to=[b.actor.office_id])

        report = ExchangeService(b).import_bundle((tmp_path / "2.pana").read_bytes())

        # The case B was working on stays there, with a deletion conflict for someone to answer, and
        # so does its subject (held for it, a conflict answered with it); its records B did not touch
        # go, as they did at A.
        assert report.counts()["conflicts"] == 2
        assert _rows(b, w.case_id) == ["cases"] and _rows(b, w.subject_id) == ["persons"]
        assert _rows(b, w.relative_id) == []
        conflict = next(c for c in ConflictService(b).open_conflicts() if c.record_table == "cases")
        assert (conflict.record_id, conflict.field) == (w.case_id, "(deleted)")
        assert [side.deleted for side in conflict.sides] == [False, True]
        assert AdminService(b).check().ok

        ConflictService(b).keep(conflict.id, 0)  # kept, with its subject: at A too, not waiting there
        ExchangeService(b).export(tmp_path / "3.pana", to=[a.actor.office_id], since_last=True)
        ExchangeService(a).import_bundle((tmp_path / "3.pana").read_bytes())
        for office in (a, b):
            assert CaseService(office).get_case(w.case_id).case.summary == "seen at B first"
            assert ConflictService(office).count() == 0 and AdminService(office).check().ok
