# SPDX-License-Identifier: GPL-3.0-or-later
"""A coded field is checked against its own record type's vocabulary (#8: petitions could not save)."""

from __future__ import annotations

import pytest

from app.domain import records as r
from app.domain.errors import ValidationError
from app.domain.validation import validate
from app.domain.vocab import CaseStatus, PetitionStatus, RelativeStatus

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
