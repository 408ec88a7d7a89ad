# SPDX-License-Identifier: GPL-3.0-or-later
"""An unsaved description of a stored file must come back with the draft a lock kept."""

from __future__ import annotations

from typing import Any

from app.domain import records as r
from app.services.bundle import Services
from app.ui.tasks import TaskRunner

from .conftest import png_bytes
from .helpers import SPELLINGS

NOTE = "Паспорт, 2-бет (fictional)"


def test_a_restored_draft_keeps_a_stored_files_new_description(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    case_id = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])])
    services.attachments.add(case_id, "scan.png", png_bytes(), "image/png")
    editor = make_editor(case_id)
    tab = editor.attachments
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.note.setText(NOTE)
    tab.note.textEdited.emit(NOTE)  # as typed
    assert editor.has_unsaved_changes()
    editor.clear()  # the idle lock keeps a draft
    runner.wait(10_000)

    again = make_editor(case_id)
    assert again.draft_bar.isVisible()
    again.restore_button.click()
    assert [a.note for a in again.state().attachments] == [NOTE]
