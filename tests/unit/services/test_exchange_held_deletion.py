# SPDX-License-Identifier: GPL-3.0-or-later
"""T35: a record one office adds to a case (or a relative) that another office deletes meanwhile
holds the deletion (``app.services.merge_holds``).  Whichever file arrives first, or when they cross,
both offices keep the case with the new record and the same deletion conflict; one answer, at either
office, settles it at both: the case kept with the record, or both gone with deletion revisions."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import models as m
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import CaseNotFoundError
from app.domain.vocab import LegalEventKind
from app.exchange.merge import DELETION
from app.services.admin import AdminService
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.exchange import ExchangeService
from app.services.merge_rows import RowWriter
from app.services.session import UnlockedVault

from .conflict_kit import shared_case
from .sync_kit import bundle, send, state_digest

SENTENCE = "Sentenced to 9 years (fictional)."


def _waiting(vault: UnlockedVault) -> int:
    with vault.db.transaction(readonly=True) as session:
        return int(session.scalar(select(func.count()).select_from(m.WaitingRow)) or 0)


def _deleted(vault: UnlockedVault, record_id: str) -> bool:
    """Whether the record's newest revision here is a deletion."""
    with vault.db.transaction(readonly=True) as session:
        newest = session.scalars(
            select(m.Revision.deleted)
            .where(m.Revision.record_id == record_id)
            .order_by(m.Revision.hlc.desc())
        ).first()
    return bool(newest)


def _cross(a: UnlockedVault, b: UnlockedVault, folder: Path, first: str) -> tuple[str, r.LegalEvent]:
    """A deletes the shared case while B adds an event to it; the files go as ``first`` says."""
    case_id = shared_case(a, b, folder)
    event = CaseService(b).save(
        r.LegalEvent(case_id, LegalEventKind.SENTENCE, PartialDate(2019, 5), notes=SENTENCE)
    )
    CaseService(a).delete_case(case_id)
    _deliver(a, b, folder, first)
    return case_id, event


def _deliver(a: UnlockedVault, b: UnlockedVault, folder: Path, first: str) -> None:
    """A's file (the deletion) and B's go as ``first`` says: "deletion", "event" or "crossing"."""
    if first == "crossing":  # both write before either imports
        to_b, to_a = bundle(a, folder, [b], since_last=True), bundle(b, folder, [a], since_last=True)
        ExchangeService(b).import_bundle(to_b)
        ExchangeService(a).import_bundle(to_a)
    else:
        for source, target in ((a, b), (b, a)) if first == "deletion" else ((b, a), (a, b)):
            send(source, target, folder, since_last=True)


@pytest.mark.parametrize("first", ["deletion", "event", "crossing"])
def test_both_offices_keep_the_case_and_its_new_event_with_one_deletion_conflict(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, first: str
) -> None:
    a, b = pair
    case_id, event = _cross(a, b, tmp_path, first)

    assert state_digest(a) == state_digest(b)  # the same hold, made apart when the files crossed
    for office in (a, b):
        found = {c.record_table: c for c in ConflictService(office).open_conflicts()}
        assert set(found) == {"cases", "persons"}  # the case, and its subject kept with it
        case = found["cases"]
        assert (case.record_id, case.field, case.provisional) == (case_id, DELETION, False)
        assert [side.deleted for side in case.sides].count(True) == 1
        assert case.held and [side.held for side in case.sides].count(True) == 1  # nobody's edit
        shown = CaseService(office).get_case(case_id)
        assert [(e.id, e.notes) for e in shown.legal_events] == [(event.id, SENTENCE)]
        assert shown.relatives == ()  # what B did not add goes, as it went at A
        assert _waiting(office) == 0
        assert AdminService(office).check().ok


@pytest.mark.parametrize("answer", ["keep", "delete"])
@pytest.mark.parametrize("where", ["deleting office", "adding office"])
def test_one_answer_at_either_office_settles_it_at_both(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, answer: str, where: str
) -> None:
    a, b = pair
    case_id, event = _cross(a, b, tmp_path, "deletion")
    office, other = (a, b) if where == "deleting office" else (b, a)
    item = next(c for c in ConflictService(office).open_conflicts() if c.record_table == "cases")
    side = next(s.index for s in item.sides if s.deleted == (answer == "delete"))

    done = ConflictService(office).keep(item.id, side)

    assert done.deleted == (answer == "delete")
    assert ConflictService(office).count() == 0  # the subject's conflict went with the case's answer
    send(office, other, tmp_path, since_last=True)
    again = send(other, office, tmp_path, since_last=True)
    assert again.merge is not None and again.merge.conflicts == () and again.merge.merges == ()
    assert state_digest(a) == state_digest(b)
    for vault in (a, b):
        assert ConflictService(vault).count() == 0 and _waiting(vault) == 0
        if answer == "keep":  # as it was: what the deletion took with the case is back too
            kept = CaseService(vault).get_case(case_id)
            assert [e.notes for e in kept.legal_events] == [SENTENCE]
            assert [n.text for n in kept.subject.names] == ["Гүлнар Асқарқызы (fictional)"]
            assert [p.display_name for p in kept.relative_people] == ["Ерлан"]
            assert [rel.village for rel in kept.relatives] == ["Шәуешек"]
        else:
            with pytest.raises(CaseNotFoundError):
                CaseService(vault).get_case(case_id)
            assert _deleted(vault, case_id) and _deleted(vault, event.id)
        assert AdminService(vault).check().ok


@pytest.mark.parametrize("importer", ["adding office", "deleting office"])
def test_a_dry_run_reports_the_hold_exactly_as_the_import_makes_it(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, importer: str
) -> None:
    a, b = pair
    case_id = shared_case(a, b, tmp_path)
    CaseService(b).save(r.LegalEvent(case_id, LegalEventKind.SENTENCE, PartialDate(2019, 5), notes=SENTENCE))
    CaseService(a).delete_case(case_id)
    source, target = (a, b) if importer == "adding office" else (b, a)
    data = bundle(source, tmp_path, [target], since_last=True)
    before = state_digest(target)

    dry = ExchangeService(target).import_bundle(data, dry_run=True)

    assert state_digest(target) == before
    done = ExchangeService(target).import_bundle(data)
    assert dry.merge == done.merge and dry.counts() == done.counts()
    assert done.merge is not None and ("cases", case_id) in done.merge.conflicted
    assert {(c.record_id, c.field) for c in done.merge.conflicts} >= {(case_id, DELETION)}


def test_a_detention_added_to_a_relative_deleted_elsewhere_holds_the_relative(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = pair
    case_id = shared_case(a, b, tmp_path)
    relative = CaseService(b).get_case(case_id).relatives[0]
    detention = CaseService(b).save(r.Detention(case_id, relative.id, facility="Camp No. 3 (fictional)"))
    CaseService(a).delete(r.Relative, relative.id)
    send(a, b, tmp_path, since_last=True)
    send(b, a, tmp_path, since_last=True)

    assert state_digest(a) == state_digest(b)
    for office in (a, b):
        held = [(c.record_table, c.record_id) for c in ConflictService(office).open_conflicts()]
        assert held == [("relatives", relative.id)]
        shown = CaseService(office).get_case(case_id)
        assert [x.id for x in shown.relatives] == [relative.id]
        assert [x.id for x in shown.detentions] == [detention.id]
    (item,) = ConflictService(a).open_conflicts()
    ConflictService(a).keep(item.id, next(s.index for s in item.sides if s.deleted))
    send(a, b, tmp_path, since_last=True)
    assert state_digest(a) == state_digest(b)
    for office in (a, b):
        shown = CaseService(office).get_case(case_id)
        assert (shown.relatives, shown.detentions) == ((), ())
        assert ConflictService(office).count() == 0 and _deleted(office, detention.id)


def test_a_relative_whose_own_deletion_met_an_edit_does_not_keep_its_case(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    """As in the T35 matrix, a record whose deletion met an edit waits for its parent with its conflict:
    here a row from an earlier import, when a later file deletes its whole case."""
    a, b = pair
    case_id = shared_case(a, b, tmp_path)
    relative = CaseService(b).get_case(case_id).relatives[0]
    CaseService(b).save(dataclasses.replace(relative, notes="Seen in Ghulja (fictional)."))
    CaseService(a).delete(r.Relative, relative.id)
    send(a, b, tmp_path, since_last=True)
    assert [c.record_id for c in ConflictService(b).open_conflicts()] == [relative.id]
    CaseService(a).delete_case(case_id)
    send(a, b, tmp_path, since_last=True)
    send(b, a, tmp_path, since_last=True)

    assert state_digest(a) == state_digest(b)
    for office in (a, b):
        with pytest.raises(CaseNotFoundError):
            CaseService(office).get_case(case_id)
        assert [(c.record_id, c.field, c.held) for c in ConflictService(office).open_conflicts()] == [
            (relative.id, DELETION, False)
        ]


@pytest.mark.parametrize("first", ["deletion", "event", "crossing"])
def test_a_report_relayed_by_a_person_the_deletion_took_shows_at_both_without_them(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, first: str
) -> None:
    """The database clears a reference to a deleted person (ON DELETE SET NULL) where the report was
    already there; where the report arrives after the deletion it must be written the same, not wait
    for the person forever."""
    a, b = pair
    case_id = shared_case(a, b, tmp_path)
    brother = CaseService(b).get_case(case_id).relative_people[0].person.id
    report = CaseService(b).save(
        r.PressureReport(
            case_id, ("visit-by-police",), relayed_by_id=brother, description="Visited (fictional)."
        )
    )
    CaseService(a).delete_case(case_id)
    _deliver(a, b, tmp_path, first)

    assert state_digest(a) == state_digest(b)
    for office in (a, b):
        shown = CaseService(office).get_case(case_id).pressure_reports
        assert [(p.id, p.relayed_by_id) for p in shown] == [(report.id, None)]
        assert _waiting(office) == 0


def test_a_report_kept_waiting_for_a_deleted_person_by_an_older_import_shows_at_the_next(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    case_id = shared_case(a, b, tmp_path)
    brother = CaseService(b).get_case(case_id).relative_people[0].person.id
    report = CaseService(b).save(r.PressureReport(case_id, ("threat",), relayed_by_id=brother))
    CaseService(a).delete_case(case_id)
    send(a, b, tmp_path, since_last=True)
    with monkeypatch.context() as older:  # the import as it was: the report waits for the person
        older.setattr(RowWriter, "_deleted_here", lambda self, model, rows: set())
        send(b, a, tmp_path, since_last=True)
    assert _waiting(a) == 1

    send(b, a, tmp_path, since_last=True)  # the next file, whatever it holds

    assert _waiting(a) == 0
    assert [p.id for p in CaseService(a).get_case(case_id).pressure_reports] == [report.id]
    assert state_digest(a) == state_digest(b)
