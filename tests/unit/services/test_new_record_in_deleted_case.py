# SPDX-License-Identifier: GPL-3.0-or-later
"""A record one office adds to a case another office deletes meanwhile is an edit against a
deletion (T35): it must be surfaced as a conflict, not vanish at both offices."""

from __future__ import annotations

from pathlib import Path

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.session import UnlockedVault

from .conflict_kit import send, shared_case


def test_an_event_added_to_a_case_deleted_elsewhere_is_a_conflict_not_a_silent_loss(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = pair
    case_id = shared_case(a, b, tmp_path)
    added = CaseService(b).save(
        r.LegalEvent(case_id, LegalEventKind.SENTENCE, PartialDate(2019, 5), notes="Sentenced to 9 years.")
    )
    CaseService(a).delete_case(case_id)
    send(a, b, tmp_path)
    send(b, a, tmp_path)

    for office in (a, b):
        shown = [c.record_id for c in ConflictService(office).open_conflicts()]
        assert case_id in shown or added.id in shown, "the new event vanished without a conflict"
