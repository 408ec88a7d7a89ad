# SPDX-License-Identifier: GPL-3.0-or-later
"""Composing from a stored case: the case summary carries the case timeline (and keeps it in the
registry for a reprint); a petition to an authority does not."""

from __future__ import annotations

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind
from app.services.bundle import Services
from app.services.session import UnlockedVault


def test_the_case_summary_of_a_stored_case_has_its_timeline(vault: UnlockedVault) -> None:
    services = Services.for_vault(vault)
    names = [r.PersonName("", "Әсел Нұрланқызы", is_primary=True)]
    case_id = services.cases.open_case(r.Person(), names, r.Case("", "", reference="TL-1"))
    services.cases.save(r.LegalEvent(case_id, LegalEventKind.ARREST, PartialDate(2019, 3, 14)))
    fields = {"prepared_by": "A.", "place": "Almaty"}
    summary = services.petitions.compose(case_id, "case-summary", "en", fields)
    chart = summary.document.timeline
    assert chart is not None and chart.lane_names == ("Әсел Нұрланқызы",)
    assert [item.label for item in chart.timeline.items] == ["Arrest"]
    kept = services.petitions.keep(summary, summary.document, "ab" * 32)
    assert services.petitions.reopen(kept.id).document.timeline == chart
    form = services.petitions.form(case_id, "travel-document", "en")
    letter = services.petitions.compose(
        case_id, "travel-document", "en", {f.name: f.value for f in form.fields}
    )
    assert letter.document.timeline is None
