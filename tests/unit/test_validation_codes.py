# SPDX-License-Identifier: GPL-3.0-or-later
"""A coded field is checked against its own record type's vocabulary (#8: petitions could not save)."""

from __future__ import annotations

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.domain.validation import validate
from app.domain.vocab import CaseStatus, DocumentKind, LegalEventKind, PetitionStatus, RelativeStatus

CASE_ID = "0b4c3f0e-6a8e-4c61-9d0a-2f1e3d4c5b6a"


@pytest.mark.parametrize("status", list(PetitionStatus))
def test_a_petition_status_is_a_petition_status(status: PetitionStatus) -> None:
    validate(r.Petition(CASE_ID, "request", "ru", status))


@pytest.mark.parametrize(
    "record",
    [
        r.Petition(CASE_ID, "request", "ru", status=CaseStatus.INTAKE.value),  # type: ignore[arg-type]
        r.Case("p", "o", status=PetitionStatus.FILED.value),  # type: ignore[arg-type]
        r.RelativeStatusEntry(CASE_ID, "rel", status=CaseStatus.OPEN.value),  # type: ignore[arg-type]
    ],
)
def test_another_types_status_code_is_refused(record: object) -> None:
    with pytest.raises(ValidationError) as info:
        validate(record)
    assert (info.value.field, info.value.kind) == ("status", "unknown-code")


def test_case_and_relative_statuses_still_validate() -> None:
    validate(r.Case("p", "o", status=CaseStatus.WAITING))
    validate(r.RelativeStatusEntry(CASE_ID, "rel", status=RelativeStatus.IN_CAMP))


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (
            r.Detention(CASE_ID, started_on=PartialDate(2019, 5), ended_on=PartialDate(2019, 4, 30)),
            "ended_on",
        ),
        (r.Residence("p", since=PartialDate(2020), until=PartialDate(2019, 12)), "until"),
        (
            r.IdentityDocument(
                "p",
                DocumentKind.REFUGEE_CERTIFICATE,
                issued_on=PartialDate(2024, 3, 2),
                valid_until=PartialDate(2024, 3, 1),
            ),
            "valid_until",
        ),
        (r.Request(CASE_ID, filed_on=PartialDate(2021, 6), answered_on=PartialDate(2021, 5)), "answered_on"),
        (r.Case("p", "o", opened_on=PartialDate(2022), closed_on=PartialDate(2021)), "closed_on"),
    ],
)
def test_an_end_before_its_start_is_refused(record: object, field: str) -> None:
    """#12 item 5: an end or valid-until date before its start was saved."""
    with pytest.raises(ValidationError) as refused:
        validate(record)
    assert (refused.value.field, refused.value.kind) == (field, "ends-before-start")


def test_an_end_that_may_fall_after_its_start_is_kept() -> None:
    """ "2019" may end after "May 2019" begins; an unknown end is no end."""
    validate(r.Detention(CASE_ID, started_on=PartialDate(2019, 5), ended_on=PartialDate(2019)))
    validate(r.Detention(CASE_ID, started_on=PartialDate(2019, 5)))
    validate(r.LegalEvent(CASE_ID, LegalEventKind.CERTIFICATE_EXTENDED, valid_until=PartialDate(2020)))
