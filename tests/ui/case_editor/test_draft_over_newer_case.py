# SPDX-License-Identifier: GPL-3.0-or-later
"""restoring a draft into a case someone changed since must not undo their changes."""

from __future__ import annotations

import dataclasses
from typing import Any

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind
from app.services.bundle import Services
from app.ui.tasks import TaskRunner

from .helpers import SPELLINGS


def test_a_restored_draft_keeps_what_another_user_saved_since(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    case_id = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])])
    editor = make_editor(case_id)
    editor.identity.person.birth_place.setText("Нылқы")  # A's unsaved edit
    editor.clear()  # the idle lock keeps it as a draft
    runner.wait(10_000)

    # Meanwhile another user of the vault (or an import) changes the case and saves.
    case = services.cases.get_case(case_id)
    services.cases.save(dataclasses.replace(case.subject.person, ethnicity="Kazakh"))
    arrest = services.cases.save(
        r.LegalEvent(case_id, LegalEventKind.ARREST, PartialDate(2018, 10), place="Жаркент")
    )

    again = make_editor(case_id)
    assert again.draft_bar.isVisible()
    again.restore_button.click()
    with qtbot.waitSignal(again.saved, timeout=10_000):
        assert again.save()
    stored = services.cases.get_case(case_id)
    assert stored.subject.person.birth_place == "Нылқы"  # A's edit
    assert stored.legal_events == (arrest,)  # the other user's record is still there
    assert stored.subject.person.ethnicity == "Kazakh"  # and their field too


def test_a_field_both_changed_takes_the_drafts_value_and_is_said(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    case_id = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])])
    editor = make_editor(case_id)
    editor.identity.person.birth_place.setText("Нылқы")
    editor.clear()
    runner.wait(10_000)
    person = services.cases.get_case(case_id).subject.person
    services.cases.save(dataclasses.replace(person, birth_place="Құлжа", ethnicity="Kazakh"))

    again = make_editor(case_id)
    again.restore_button.click()
    restored = again.state().subject
    assert (restored.birth_place, restored.ethnicity) == ("Нылқы", "Kazakh")
    told = again.status.text()
    assert told.startswith("Changed since by someone else too, and now as in the draft: Person")
