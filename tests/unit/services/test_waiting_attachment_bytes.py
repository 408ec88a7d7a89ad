# SPDX-License-Identifier: GPL-3.0-or-later
"""A file whose record waits for its case (bundles out of order) must not lose its bytes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import records as r
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.session import UnlockedVault

from .exchange_kit import partnered

DATA = b"%PDF statement of a fictional witness"


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    with partnered(tmp_path, "AB") as offices:
        yield offices


def _two_bundles_out_of_order(a: UnlockedVault, b: UnlockedVault, folder: Path) -> str:
    """A sends a new case, then (since the last bundle) a file of it; B gets the second one first."""
    case_id = CaseService(a).open_case(r.Person(), [r.PersonName("", "Гүлнар Әбілқызы (fictional)")])
    ExchangeService(a).export(folder / "1.pana", to=[b.actor.office_id])
    attachment = AttachmentService(a).add(case_id, "statement.pdf", DATA, "application/pdf")
    ExchangeService(a).export(folder / "2.pana", to=[b.actor.office_id], since_last=True)
    ExchangeService(b).import_bundle((folder / "2.pana").read_bytes())  # the file waits for its case
    ExchangeService(b).import_bundle((folder / "1.pana").read_bytes())  # the case comes
    return str(attachment.id)


def test_a_file_delivered_before_its_case_keeps_its_bytes(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    attachment_id = _two_bundles_out_of_order(a, b, tmp_path)
    assert AttachmentService(b).read(attachment_id) == DATA


def test_the_office_that_got_bundles_out_of_order_can_still_export(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    _two_bundles_out_of_order(a, b, tmp_path)
    ExchangeService(b).export(tmp_path / "back.pana", to=[a.actor.office_id])
