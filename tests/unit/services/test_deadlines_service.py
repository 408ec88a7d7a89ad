# SPDX-License-Identifier: GPL-3.0-or-later
"""Deadlines across cases: an open request's answer, a complaint's decision, and the complaint a
refusal allows until one contests it; overdue ones included, every one counted."""

from __future__ import annotations

import datetime as dt

from app import paths
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.deadlines import load_rules
from app.domain.vocab import AnswerOutcome, LinkKind, RequestKind, RequestStatus
from app.services.cases import CaseService
from app.services.deadlines import DeadlineService
from app.services.session import UnlockedVault

TODAY = dt.date(2025, 5, 2)


def test_open_requests_and_uncontested_refusals_fall_due_by_their_rules(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    case_id = cases.open_case(
        r.Person(), [r.PersonName("", "Нұрлан Серікұлы (fictional)")], r.Case("", "", reference="DL-1")
    )
    pending = r.Request(case_id, RequestKind.TRAVEL_DOCUMENT, filed_on=PartialDate(2025, 4, 1), id=r.new_id())
    refused = r.Request(
        case_id,
        RequestKind.CITIZENSHIP,
        filed_on=PartialDate(2024, 11, 1),
        status=RequestStatus.ANSWERED,
        answered_on=PartialDate(2025, 3, 3),
        outcome=AnswerOutcome.REFUSED,
        id=r.new_id(),
    )
    old_refusal = r.Request(
        case_id,
        RequestKind.RESIDENCE_PERMIT,
        status=RequestStatus.ANSWERED,
        answered_on=PartialDate(2025, 2, 3),
        outcome=AnswerOutcome.REFUSED,
        id=r.new_id(),
    )
    complaint = r.Request(case_id, RequestKind.COMPLAINT, filed_on=PartialDate(2025, 4, 21), id=r.new_id())
    contests = r.Link(
        LinkKind.CONTESTS, case_id, "requests", complaint.id, "requests", old_refusal.id, id=r.new_id()
    )
    granted = r.Request(
        case_id,
        status=RequestStatus.ANSWERED,
        outcome=AnswerOutcome.GRANTED,
        filed_on=PartialDate(2025, 1),
        id=r.new_id(),
    )
    cases.save_all([pending, refused, old_refusal, complaint, granted, contests])
    service = DeadlineService(vault, load_rules(paths.resources_dir() / "deadlines" / "rules.toml"))

    found = {(d.request_id, d.rule.id): d for d in service.upcoming(days=60, today=TODAY)}
    assert set(found) == {
        (pending.id, "answer-to-request"),
        (complaint.id, "complaint-decision"),
        (refused.id, "complaint-against-act"),
    }  # the contested refusal and the granted request owe nothing
    answer = found[pending.id, "answer-to-request"]
    assert answer.due == dt.date(2025, 4, 22) and answer.overdue(TODAY)  # 15 working days: shows as overdue
    assert (answer.reference, answer.subject_name) == ("DL-1", "Нұрлан Серікұлы (fictional)")
    assert found[refused.id, "complaint-against-act"].due == dt.date(2025, 6, 3)
    assert found[complaint.id, "complaint-decision"].due == dt.date(2025, 5, 22)  # 1, 7 and 9 May are off
    assert [d.request_id for d in service.upcoming(days=10, today=TODAY)] == [pending.id]
