# SPDX-License-Identifier: GPL-3.0-or-later
"""The petitions registry: kept with its text and data, status moves in order, filing makes the
case's request (one place for "awaiting an answer" and the deadlines), an answer closes it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import NotFoundError, ValidationError
from app.domain.vocab import AnswerOutcome, PetitionStatus, RequestKind, RequestStatus
from app.services.cases import CaseService
from app.services.deadlines import DeadlineService
from app.services.petitions import PetitionRegistry
from app.services.session import UnlockedVault


def _case(vault: UnlockedVault, reference: str = "PT-1") -> str:
    return CaseService(vault).open_case(
        r.Person(), [r.PersonName("", "Айгүл Серікқызы (fictional)")], r.Case("", "", reference=reference)
    )


def _draft(case_id: str, kind: str = "travel-document") -> r.Petition:
    return r.Petition(
        case_id,
        kind,
        "ru",
        title="Заявление о выдаче проездного документа",
        fields=(("authority", "Комитет миграционной службы"),),
        content='{"blocks": []}',
        snapshot='{"subject": {"name": "Айгүл Серікқызы"}}',
    )


def test_a_kept_petition_keeps_its_text_data_and_hash(vault: UnlockedVault) -> None:
    registry = PetitionRegistry(vault)
    case_id = _case(vault)
    kept = registry.keep(_draft(case_id))
    assert kept.id and kept.status == PetitionStatus.DRAFT and kept.printed_at is None
    printed = registry.mark_printed(kept.id, "ab" * 32)
    assert printed.status == PetitionStatus.PRINTED and printed.printed_at is not None
    again = registry.get(kept.id)
    assert again.fields == (("authority", "Комитет миграционной службы"),)
    assert again.snapshot == '{"subject": {"name": "Айгүл Серікқызы"}}'
    assert again.sha256 == "ab" * 32
    (entry,) = registry.list(case_id)
    assert entry.reference == "PT-1" and "Айгүл" in entry.subject_name
    assert registry.list() == (entry,)


def test_filing_creates_the_request_and_an_answer_closes_it(vault: UnlockedVault) -> None:
    registry = PetitionRegistry(vault)
    case_id = _case(vault)
    petition = registry.keep(_draft(case_id))
    filed = registry.file(
        petition.id,
        filed_on=PartialDate(2025, 4, 1),
        authority=" Migration service ",
        reference_number="Z-17",
    )
    assert filed.status == PetitionStatus.FILED and filed.request_id
    (request,) = CaseService(vault).get_case(case_id).requests
    assert request.id == filed.request_id
    assert request.kind == RequestKind.TRAVEL_DOCUMENT
    assert (request.authority, request.reference_number) == ("Migration service", "Z-17")
    assert request.filed_on == PartialDate(2025, 4, 1) and request.status == RequestStatus.PENDING

    # Its 15 working days passed: the deadlines list it as overdue, from the same record.
    (due,) = DeadlineService(vault).upcoming(today=dt.date(2025, 5, 30)).deadlines
    assert due.record_id == request.id and due.overdue(dt.date(2025, 5, 30))

    # Correcting the filing updates the same request, never a second one.
    registry.file(petition.id, filed_on=PartialDate(2025, 4, 2), authority="Migration service")
    (request,) = CaseService(vault).get_case(case_id).requests
    assert request.filed_on == PartialDate(2025, 4, 2)

    answered = registry.answer(
        petition.id, answered_on=PartialDate(2025, 5, 5), outcome=AnswerOutcome.REFUSED
    )
    assert answered.status == PetitionStatus.ANSWERED
    (request,) = CaseService(vault).get_case(case_id).requests
    assert request.status == RequestStatus.ANSWERED and request.outcome == AnswerOutcome.REFUSED
    contested = registry.contest(petition.id, PetitionStatus.COMPLAINED, PartialDate(2025, 6, 1))
    assert contested.status == PetitionStatus.COMPLAINED and contested.contested_on == PartialDate(2025, 6, 1)


def test_status_moves_only_forward_and_bad_calls_change_nothing(vault: UnlockedVault) -> None:
    registry = PetitionRegistry(vault)
    case_id = _case(vault)
    petition = registry.keep(_draft(case_id))
    with pytest.raises(ValidationError) as refused:
        registry.answer(petition.id, answered_on=PartialDate(2025, 5, 5), outcome=AnswerOutcome.GRANTED)
    assert refused.value.kind == "wrong-status"
    with pytest.raises(ValidationError) as no_date:
        registry.file(petition.id, filed_on=PartialDate(), authority="Migration service")
    assert no_date.value.field == "filed_on"
    with pytest.raises(ValidationError) as no_authority:
        registry.file(petition.id, filed_on=PartialDate(2025, 4, 1), authority="  ")
    assert no_authority.value.field == "authority"
    summary = registry.keep(_draft(case_id, "case-summary"))
    with pytest.raises(ValidationError) as not_filed:
        registry.file(summary.id, filed_on=PartialDate(2025, 4, 1), authority="Court")
    assert not_filed.value.kind == "not-filed"
    assert registry.get(petition.id) == petition
    assert CaseService(vault).get_case(case_id).requests == ()
    with pytest.raises(NotFoundError):
        registry.get("no-such-petition")
    with pytest.raises(NotFoundError):
        registry.keep(_draft("no-such-case"))


def test_a_reply_must_be_a_file_of_the_same_case(vault: UnlockedVault) -> None:
    registry = PetitionRegistry(vault)
    case_id = _case(vault)
    petition = registry.keep(_draft(case_id))
    registry.file(petition.id, filed_on=PartialDate(2025, 4, 1), authority="Migration service")
    with pytest.raises(ValidationError) as wrong:
        registry.answer(
            petition.id,
            answered_on=PartialDate(2025, 5, 5),
            outcome=AnswerOutcome.GRANTED,
            reply_attachment_id="not-a-file",
        )
    assert wrong.value.kind == "wrong-case"
    assert registry.get(petition.id).status == PetitionStatus.FILED
