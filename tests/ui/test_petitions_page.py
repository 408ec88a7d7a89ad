# SPDX-License-Identifier: GPL-3.0-or-later
"""The petitions registry across cases: every petition with its case, a status filter over true
counts, and a double-click opens the case."""

from __future__ import annotations

from typing import Any

from app.domain import records as r
from app.domain.dates import PartialDate
from app.services.cases import CaseService
from app.services.petitions import PetitionRegistry
from app.services.session import UnlockedVault
from app.ui.petitions_page import PetitionsPage
from app.ui.tasks import TaskRunner


def test_every_case_s_petitions_filtered_by_status_open_their_case(
    qtbot: Any, vault: UnlockedVault, runner: TaskRunner
) -> None:
    cases, registry = CaseService(vault), PetitionRegistry(vault)
    made = {}
    for reference, name in (("PP-1", "Айгүл Серікқызы"), ("PP-2", "Janar Serikqyzy")):
        case_id = cases.open_case(r.Person(), [r.PersonName("", name)], r.Case("", "", reference=reference))
        made[reference] = registry.keep(r.Petition(case_id, "travel-document", "ru", title="Заявление"))
    registry.file(made["PP-2"].id, filed_on=PartialDate(2025, 4, 1), authority="Migration service")
    page = PetitionsPage(registry, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert "draft: 1" in page.counts_label.text() and "filed: 1" in page.counts_label.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData("filed"))
    assert page.model.rowCount() == 1
    assert page.model.record(0).reference == "PP-2"
    with qtbot.waitSignal(page.case_activated) as opened:
        page.on_view_double_clicked(page.model.index(0, 0))
    assert opened.args == [made["PP-2"].case_id]
    page.clear()
    assert page.model.rowCount() == 0 and page.counts_label.text() == ""
