# SPDX-License-Identifier: GPL-3.0-or-later
"""Deadlines across cases, one chain per test: answers, complaints, court claims (after a refusal and
after silence), certificate and travel-document expiry, the asylum application after arrival and the
refugee-status decision; overdue ones included, every one counted, the office's rules file in force."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.deadline_chains import case_deadlines
from app.domain.deadlines import DeadlineNote, WhatIsDue
from app.domain.vocab import AnswerOutcome, CaseStatus, DocumentKind, LegalEventKind, LinkKind, RequestKind
from app.domain.vocab import RequestStatus as S
from app.services.cases import CaseService
from app.services.deadlines import Deadline, DeadlineService
from app.services.demo import populate
from app.services.listing import ListingService
from app.services.session import UnlockedVault

TODAY = dt.date(2025, 5, 2)
D = dt.date


@pytest.fixture
def cases(vault: UnlockedVault) -> CaseService:
    return CaseService(vault)


def open_case(cases: CaseService, reference: str = "DL-1", status: CaseStatus = CaseStatus.OPEN) -> str:
    return cases.open_case(
        r.Person(), [r.PersonName("", "Нұрлан Серікұлы (fictional)")], r.Case("", "", reference, status)
    )


def found(vault: UnlockedVault, days: int = 60, today: dt.date = TODAY) -> dict[tuple[str, str], Deadline]:
    return {
        (d.record_id, d.rule.id): d for d in DeadlineService(vault).upcoming(days=days, today=today).deadlines
    }


def request(case_id: str, kind: RequestKind, filed: PartialDate = r.UNKNOWN, **fields: object) -> r.Request:
    return r.Request(case_id, kind, filed_on=filed, id=r.new_id(), **fields)  # type: ignore[arg-type]


def refused(case_id: str, kind: RequestKind, answered: PartialDate) -> r.Request:
    return request(case_id, kind, status=S.ANSWERED, answered_on=answered, outcome=AnswerOutcome.REFUSED)


def test_open_requests_and_uncontested_refusals_fall_due_by_their_rules(vault, cases) -> None:
    case_id = open_case(cases)
    pending = request(case_id, RequestKind.TRAVEL_DOCUMENT, PartialDate(2025, 4, 1))
    citizenship = refused(case_id, RequestKind.CITIZENSHIP, PartialDate(2025, 3, 3))
    old_refusal = refused(case_id, RequestKind.RESIDENCE_PERMIT, PartialDate(2025, 2, 3))
    complaint = request(case_id, RequestKind.COMPLAINT, PartialDate(2025, 4, 21))
    contests = r.Link(
        LinkKind.CONTESTS, case_id, "requests", complaint.id, "requests", old_refusal.id, id=r.new_id()
    )
    granted = request(case_id, status=S.ANSWERED, outcome=AnswerOutcome.GRANTED, kind=RequestKind.OTHER)
    cases.save_all([pending, citizenship, old_refusal, complaint, granted, contests])

    due = found(vault)
    assert set(due) == {
        (pending.id, "answer-to-request"),
        (complaint.id, "complaint-decision"),
        (citizenship.id, "complaint-against-act"),
    }  # the contested refusal and the granted request owe nothing
    answer = due[pending.id, "answer-to-request"]
    assert answer.due == D(2025, 4, 22) and answer.overdue(TODAY) and answer.days_left(TODAY) == -10
    assert (answer.reference, answer.subject_name) == ("DL-1", "Нұрлан Серікұлы (fictional)")
    assert (answer.what, answer.record_table) == (WhatIsDue.ANSWER, "requests")
    assert due[citizenship.id, "complaint-against-act"].due == D(2025, 6, 3)
    assert due[citizenship.id, "complaint-against-act"].what == WhatIsDue.COMPLAINT
    assert due[complaint.id, "complaint-decision"].due == D(2025, 5, 22)  # 1, 7 and 9 May are off
    soon = DeadlineService(vault).upcoming(days=10, today=TODAY)
    assert [d.record_id for d in soon.deadlines] == [pending.id]
    assert (soon.overdue_count, soon.due_count) == (1, 0)


def test_a_complaint_against_the_decision_that_answered_a_request_contests_the_request(vault, cases) -> None:
    """The refusal recorded as an event that answers the application, and the complaint linked to that
    event (as a lawyer links it, to the act itself): the complaint against the act is no longer owed."""
    case_id = open_case(cases)
    application = refused(case_id, RequestKind.CITIZENSHIP, PartialDate(2025, 3, 3))
    decision = r.LegalEvent(
        case_id, LegalEventKind.CITIZENSHIP_REFUSED, PartialDate(2025, 3, 3), id=r.new_id()
    )
    complaint = request(case_id, RequestKind.COMPLAINT, PartialDate(2025, 4, 21))
    cases.save_all(
        [
            application,
            decision,
            complaint,
            r.Link(LinkKind.ANSWERS, case_id, "legal_events", decision.id, "requests", application.id),
            r.Link(LinkKind.CONTESTS, case_id, "requests", complaint.id, "legal_events", decision.id),
        ]
    )
    assert set(found(vault)) == {(complaint.id, "complaint-decision")}


def test_a_filed_request_whose_15_working_days_passed_is_overdue(vault, cases) -> None:
    case_id = open_case(cases)
    # Filed Tuesday 18 March 2025: Nauryz (21-25 March with its days off) does not count.
    filed = request(case_id, RequestKind.IIN_REGISTRATION, PartialDate(2025, 3, 18))
    cases.save(filed)
    answer = found(vault, today=D(2025, 4, 14))[filed.id, "answer-to-request"]
    assert answer.due == D(2025, 4, 11) and answer.overdue(D(2025, 4, 14))
    assert not found(vault, today=D(2025, 4, 11))[filed.id, "answer-to-request"].overdue(D(2025, 4, 11))


def test_a_refused_complaint_allows_a_court_claim_for_a_month(vault, cases) -> None:
    case_id = open_case(cases)
    complaint = refused(case_id, RequestKind.COMPLAINT, PartialDate(2025, 1, 31))
    contested = refused(case_id, RequestKind.COMPLAINT, PartialDate(2025, 2, 3))
    claim = request(case_id, RequestKind.COURT_CLAIM, PartialDate(2025, 2, 20))
    link = r.Link(LinkKind.CONTESTS, case_id, "requests", claim.id, "requests", contested.id, id=r.new_id())
    cases.save_all([complaint, contested, claim, link])
    due = found(vault, today=D(2025, 2, 10))
    assert set(due) == {(complaint.id, "court-claim")}  # the court claim itself waits on no rule
    court = due[complaint.id, "court-claim"]
    assert court.due == D(2025, 2, 28) and court.what == WhatIsDue.COURT_CLAIM  # 31 Jan + 1 month
    assert court.rule.article == "Art. 136" and court.note == DeadlineNote.NONE


def test_silence_on_a_complaint_is_a_refusal_and_opens_the_court_claim(vault, cases) -> None:
    case_id = open_case(cases)
    complaint = request(case_id, RequestKind.COMPLAINT, PartialDate(2025, 4, 21))
    answered_by_claim = request(case_id, RequestKind.COMPLAINT, PartialDate(2025, 4, 21))
    claim = request(case_id, RequestKind.COURT_CLAIM, PartialDate(2025, 6, 2))
    link = r.Link(
        LinkKind.CONTESTS, case_id, "requests", claim.id, "requests", answered_by_claim.id, id=r.new_id()
    )
    cases.save_all([complaint, answered_by_claim, claim, link])
    # The 20 working days run to 22 May; while they run, the decision is what is due.
    assert found(vault, today=D(2025, 5, 22))[complaint.id, "complaint-decision"].due == D(2025, 5, 22)
    due = found(vault, today=D(2025, 5, 23))
    assert set(due) == {(complaint.id, "court-claim")}
    court = due[complaint.id, "court-claim"]
    assert court.due == D(2025, 6, 23)  # 22 June is a Sunday
    assert (court.note, court.note_date) == (DeadlineNote.SILENCE_IS_REFUSAL, D(2025, 5, 22))


def test_the_latest_certificate_expires_and_the_travel_document_never_outlives_it(vault, cases) -> None:
    case_id = open_case(cases)
    subject = cases.get_case(case_id).case.subject_id
    old = r.LegalEvent(
        case_id, LegalEventKind.CERTIFICATE_ISSUED, valid_until=PartialDate(2024, 6, 1), id=r.new_id()
    )
    extended = r.LegalEvent(
        case_id, LegalEventKind.CERTIFICATE_EXTENDED, valid_until=PartialDate(2025, 6, 1), id=r.new_id()
    )
    travel = r.IdentityDocument(
        subject, DocumentKind.TRAVEL_DOCUMENT, valid_until=PartialDate(2026, 1, 10), id=r.new_id()
    )
    asylum_seeker = r.IdentityDocument(
        subject, DocumentKind.ASYLUM_SEEKER_CERTIFICATE, valid_until=PartialDate(2023, 3), id=r.new_id()
    )
    cases.save_all([old, extended, travel, asylum_seeker])
    due = found(vault, days=400)
    assert set(due) == {(extended.id, "refugee-certificate"), (travel.id, "refugee-travel-document")}
    certificate = due[extended.id, "refugee-certificate"]
    assert (
        certificate.due == D(2025, 6, 1) and certificate.what == WhatIsDue.CERTIFICATE_EXPIRES
    )  # 1 June 2025 is a Sunday: an expiry is kept
    document = due[travel.id, "refugee-travel-document"]
    assert (document.due, document.record_table) == (D(2025, 6, 1), "identity_documents")
    assert (document.note, document.note_date) == (DeadlineNote.CAPPED_BY_CERTIFICATE, D(2026, 1, 10))


def test_an_asylum_seekers_certificate_counts_from_the_early_end_of_a_partial_date(vault, cases) -> None:
    case_id = open_case(cases)
    cases.save(r.LegalEvent(case_id, LegalEventKind.ASYLUM_SEEKER_STATUS, valid_until=PartialDate(2025, 5)))
    (deadline,) = found(vault, days=30).values()
    assert deadline.due == D(2025, 5, 1) and deadline.overdue(TODAY)  # "until May": the office acts by 1 May
    assert deadline.what == WhatIsDue.ASYLUM_SEEKER_CERTIFICATE_EXPIRES  # not the refugee's certificate


def test_an_asylum_application_is_due_5_days_after_the_crossing(vault, cases) -> None:
    waiting, applied, applied_before = (
        open_case(cases, "DL-1"),
        open_case(cases, "DL-2"),
        open_case(cases, "DL-3"),
    )
    crossing = r.LegalEvent(waiting, LegalEventKind.BORDER_CROSSING, PartialDate(2025, 4, 28), id=r.new_id())
    cases.save_all(
        [
            crossing,
            r.LegalEvent(applied, LegalEventKind.BORDER_CROSSING, PartialDate(2025, 4, 28)),
            request(applied, RequestKind.ASYLUM, PartialDate(2025, 4, 30)),
            r.LegalEvent(applied_before, LegalEventKind.ASYLUM_APPLICATION, PartialDate(2018, 1)),
            r.LegalEvent(applied_before, LegalEventKind.BORDER_CROSSING, PartialDate(2025, 4, 28)),
        ]
    )
    due = DeadlineService(vault).upcoming(today=TODAY).deadlines
    assert {d.reference for d in due if d.what == WhatIsDue.ASYLUM_APPLICATION} == {"DL-1", "DL-3"}
    (first,) = [d for d in due if d.record_id == crossing.id]
    assert first.due == D(2025, 5, 5)  # 3 May is a Saturday


def test_an_open_refugee_status_application_awaits_its_decision_for_3_months(vault, cases) -> None:
    case_id = open_case(cases)
    application = request(case_id, RequestKind.REFUGEE_STATUS, PartialDate(2024, 11, 30))
    cases.save(application)
    decision = found(vault)[application.id, "refugee-status-decision"]
    assert decision.due == D(2025, 2, 28) and decision.what == WhatIsDue.STATUS_DECISION  # no 30 February


def test_closed_cases_owe_nothing_and_counts_are_true_totals(vault, cases) -> None:
    closed = open_case(cases, "DL-X", CaseStatus.CLOSED)
    cases.save(request(closed, RequestKind.OTHER, PartialDate(2025, 1, 6)))
    case_id = open_case(cases)
    cases.save_all([request(case_id, RequestKind.OTHER, PartialDate(2025, 1, 6)) for _ in range(250)])
    cases.save_all([request(case_id, RequestKind.OTHER, PartialDate(2025, 5, 2)) for _ in range(120)])
    result = DeadlineService(vault).upcoming(days=30, today=TODAY)
    assert (result.overdue_count, result.due_count, len(result.deadlines)) == (250, 120, 370)
    assert {d.reference for d in result.deadlines} == {"DL-1"}


def test_the_offices_rules_file_is_in_force_and_a_broken_one_is_named(vault, cases) -> None:
    case_id = open_case(cases)
    filed = request(case_id, RequestKind.OTHER, PartialDate(2025, 4, 1))
    cases.save(filed)
    office = vault.directory / "deadlines.toml"
    office.write_text(
        '[[rule]]\nid = "answer-to-request"\ntitle = "Answer (office)"\ncounts = 1\nunit = "months"\n'
        'count_from = "latest"\nsource = "Office note"\n',
        encoding="utf-8",
    )
    result = DeadlineService(vault).upcoming(days=30, today=TODAY)
    assert result.book.office and result.book.path == office and not result.book.problem
    (deadline,) = result.deadlines
    assert (deadline.rule.title, deadline.due) == ("Answer (office)", D(2025, 5, 2))
    office.write_text('[[rule]]\nid = "x"\ncounts = = 3\n', encoding="utf-8")
    result = DeadlineService(vault).upcoming(days=30, today=TODAY)
    assert (
        not result.book.office and "deadlines.toml" in result.book.problem and "line 3" in result.book.problem
    )
    assert [d.rule.title for d in result.deadlines] == ["Answer to a request or application"]


def test_a_certificate_with_no_end_recorded_runs_out_a_rule_period_after_its_issue(vault, cases) -> None:
    case_id = open_case(cases)
    subject = cases.get_case(case_id).case.subject_id
    issued = r.IdentityDocument(
        subject, DocumentKind.ASYLUM_SEEKER_CERTIFICATE, issued_on=PartialDate(2025, 2, 28), id=r.new_id()
    )
    cases.save(issued)
    (deadline,) = found(vault).values()
    assert deadline.due == D(2025, 5, 28)  # 3 months from the issue
    assert (deadline.note, deadline.note_date) == (DeadlineNote.COUNTED_FROM_ISSUE, D(2025, 2, 28))


def test_a_case_files_own_deadlines_are_those_the_service_finds_for_it(vault: UnlockedVault) -> None:
    """The case summary counts a case's deadlines from its records (``case_deadlines``); the list of
    every case counts them in SQL: over the demo's varied cases both find the same, case by case."""
    populate(vault, 40, seed=7)
    today = dt.date(2026, 12, 6)
    service = DeadlineService(vault)
    rules = {rule.id: rule for rule in service.rule_book().rules}
    every = service.upcoming(days=100_000, today=today).deadlines
    cases = CaseService(vault)
    found = 0
    for case_id in sorted(
        {d.case_id for d in every}
        | {row.id for row in ListingService(vault).page(r.CaseFilter(), limit=10).rows}
    ):
        own = case_deadlines(cases.get_case(case_id), rules, today)
        expected = sorted(
            ((d.due, d.what, d.record_table, d.record_id, d.note) for d in every if d.case_id == case_id),
        )
        assert sorted((d.due, d.what, d.table, d.id, d.note) for d in own) == expected, case_id
        found += len(own)
    assert found == len(every) > 10
