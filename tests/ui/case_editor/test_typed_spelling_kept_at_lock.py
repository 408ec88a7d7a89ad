# SPDX-License-Identifier: GPL-3.0-or-later
"""A spelling typed but not yet added (no Enter) counts as work: Save keeps it, so must
closing the case file (asked first), the idle lock and the draft timer (kept as a draft, left in
its entry) and a Save that ends while it is typed."""

from __future__ import annotations

import json
from typing import Any

from app.domain import records as r
from app.services.bundle import Services
from app.ui.tasks import TaskRunner

from .helpers import SPELLINGS


def test_a_typed_spelling_is_kept_by_the_lock_and_asked_about_on_close(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    case_id = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])])
    editor = make_editor(case_id)
    editor.identity.names.entry.setText(SPELLINGS[2])  # typed, Enter not pressed yet
    assert editor.has_unsaved_changes()  # so the main window asks before closing the case file
    editor.clear()  # the idle lock
    runner.wait(10_000)
    drafts = [d for d in services.drafts.pending() if d.case_id == case_id]
    assert drafts and SPELLINGS[2] in [n["text"] for n in drafts[0].payload["names"]]


def test_a_spelling_typed_for_a_relative_counts_and_a_repeat_does_not(qtbot: Any, make_editor: Any) -> None:
    editor = make_editor()
    editor.identity.names.add_spelling(SPELLINGS[0])
    editor.relatives.relatives.add_button.click()
    editor.relatives.relative_form.names.add_spelling(SPELLINGS[1])
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
    assert not editor.has_unsaved_changes()
    editor.identity.names.entry.setText(SPELLINGS[0])  # already listed: Save would add nothing
    assert not editor.has_unsaved_changes()
    editor.relatives.relatives.select(editor.state().relatives[0].id)
    editor.relatives.relative_form.names.entry.setText(SPELLINGS[2])
    assert editor.has_unsaved_changes()


def test_a_spelling_typed_while_a_save_runs_stays_typed_and_the_next_save_adds_it(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    case_id = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])])
    editor = make_editor(case_id)
    editor.identity.person.birth_place.setText("Нылқы")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
        editor.identity.names.entry.setText(SPELLINGS[2])  # typed on while the Save runs
    assert editor.identity.names.entry.text() == SPELLINGS[2]
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
    stored = services.cases.get_case(case_id).subject.names
    assert sorted(n.text for n in stored) == sorted([SPELLINGS[0], SPELLINGS[2]])


def test_the_draft_timer_keeps_a_spelling_typed_without_enter_and_leaves_it_typed(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    case_id = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])])
    editor = make_editor(case_id, draft_interval_ms=50)
    editor.identity.names.entry.setText(SPELLINGS[2])  # typed, Enter not pressed: nothing else changed
    with qtbot.waitSignal(editor.draft_saved, timeout=10_000):
        pass
    drafts = [d for d in services.drafts.pending() if d.case_id == case_id]
    assert drafts and SPELLINGS[2] in [n["text"] for n in drafts[0].payload["names"]]
    assert editor.identity.names.entry.text() == SPELLINGS[2]  # still being typed
    assert [n.text for n in editor.state().names] == [SPELLINGS[0]]
    editor.relatives.relatives.add_button.click()
    editor.relatives.relative_form.names.entry.setText(SPELLINGS[1])  # a relative's, typed too
    with qtbot.waitSignal(editor.draft_saved, timeout=10_000):
        pass
    drafts = [d for d in services.drafts.pending() if d.case_id == case_id]
    assert SPELLINGS[1] in json.dumps(drafts[0].payload["relatives"], ensure_ascii=False)
