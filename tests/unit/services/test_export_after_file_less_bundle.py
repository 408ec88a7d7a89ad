# SPDX-License-Identifier: GPL-3.0-or-later
"""An office that received a bundle written without files must still be able to export."""

from __future__ import annotations

from pathlib import Path

from app.domain import records as r
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.session import UnlockedVault


def test_a_bundle_without_files_does_not_stop_the_receiver_writing_bundles(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = pair
    case_id = CaseService(a).open_case(r.Person(), [r.PersonName("", "Ербол Қайратұлы (fictional)")])
    AttachmentService(a).add(case_id, "statement.pdf", b"%PDF fictional", "application/pdf")
    ExchangeService(a).export(tmp_path / "1.pana", to=[b.actor.office_id], attachments=False)
    ExchangeService(b).import_bundle((tmp_path / "1.pana").read_bytes())

    written = ExchangeService(b).export(tmp_path / "back.pana", to=[a.actor.office_id])
    assert written.revisions > 0
