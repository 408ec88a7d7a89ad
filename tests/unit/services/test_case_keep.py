# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeping a case another office deleted brings it back as it was (``app.services.case_keep``):
the subject's names, the relatives and the records the deletion took with the case, at both offices
once the answer travels; not what was deleted apart before it, nor the files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind
from app.exchange.merge import DELETION
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.session import UnlockedVault

from .conflict_kit import shared_case
from .sync_kit import send, state_digest

SUBJECT, BROTHER = "Гүлнар Асқарқызы (fictional)", "Ерлан"


def _keep_the_case(office: UnlockedVault, case_id: str) -> None:
    item = next(
        c for c in ConflictService(office).open_conflicts() if (c.record_id, c.field) == (case_id, DELETION)
    )
    ConflictService(office).keep(item.id, next(s.index for s in item.sides if not s.deleted))


def _round_trip(a: UnlockedVault, b: UnlockedVault, folder: Path) -> None:
    send(a, b, folder, since_last=True)
    send(b, a, folder, since_last=True)


def test_a_case_edited_at_one_office_and_deleted_at_the_other_comes_back_whole_when_kept(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = pair
    case_id = shared_case(a, b, tmp_path)
    event = CaseService(a).save(r.LegalEvent(case_id, LegalEventKind.BORDER_CROSSING, PartialDate(2018, 3)))
    send(a, b, tmp_path, since_last=True)
    cases_b = CaseService(b)
    cases_b.save(
        dataclasses.replace(cases_b.get_case(case_id).case, summary="Crossed at Qorghas (fictional).")
    )
    CaseService(a).delete_case(case_id)
    _round_trip(a, b, tmp_path)

    _keep_the_case(a, case_id)
    _round_trip(a, b, tmp_path)

    assert state_digest(a) == state_digest(b)
    for office in (a, b):
        kept = CaseService(office).get_case(case_id)
        assert kept.case.summary == "Crossed at Qorghas (fictional)."
        assert [n.text for n in kept.subject.names] == [SUBJECT]
        assert [p.display_name for p in kept.relative_people] == [BROTHER]
        assert [e.id for e in kept.legal_events] == [event.id]
        assert ConflictService(office).count() == 0
        assert AdminService(office).check().ok


def test_what_was_deleted_apart_before_the_case_and_the_files_stay_deleted(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    case_id = shared_case(a, b, tmp_path)
    cases_a = CaseService(a)
    wrong = cases_a.save(
        r.LegalEvent(case_id, LegalEventKind.OTHER, PartialDate(2020), notes="Entered by mistake.")
    )
    kept_event = cases_a.save(r.LegalEvent(case_id, LegalEventKind.ARREST, PartialDate(2017, 11)))
    AttachmentService(a).add(case_id, "letter.txt", b"A fictional letter.", "text/plain")
    send(a, b, tmp_path, since_last=True)
    cases_a.delete(r.LegalEvent, wrong.id)  # deleted on its own, just before the case
    real_wall = a.db.clock._wall
    monkeypatch.setattr(a.db.clock, "_wall", lambda: real_wall() + 5_000)  # a person took 5 s to choose
    cases_a.delete_case(case_id)
    CaseService(b).save(r.LegalEvent(case_id, LegalEventKind.SENTENCE, PartialDate(2019, 5)))  # holds it
    _round_trip(a, b, tmp_path)

    _keep_the_case(b, case_id)
    _round_trip(a, b, tmp_path)

    assert state_digest(a) == state_digest(b)
    for office in (a, b):
        kept = CaseService(office).get_case(case_id)
        assert [n.text for n in kept.subject.names] == [SUBJECT]
        assert kept_event.id in [e.id for e in kept.legal_events]
        assert wrong.id not in [e.id for e in kept.legal_events]
        assert kept.attachments == ()
        assert AdminService(office).check().ok
