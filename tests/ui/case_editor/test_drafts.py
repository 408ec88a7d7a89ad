# SPDX-License-Identifier: GPL-3.0-or-later
"""No data loss: drafts written on a timer and on clear(), offered back after a crash, dropped after Save."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import DocumentKind, Relationship
from app.services.bundle import Services
from app.ui.case_editor.state import CaseState
from app.ui.tasks import TaskRunner
from app.ui.widgets.text import isolate

from .conftest import png_bytes
from .helpers import SPELLINGS, add_interview, add_legal_event, add_spellings


def crash(editor: Any, runner: TaskRunner) -> None:
    """The editor disappears without save() or clear(), as when the laptop dies."""
    runner.wait(10_000)
    editor.draft_timer.stop()
    editor.hide()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_new_case_survives_a_crash_after_the_draft_timer(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, *SPELLINGS[:2])
    add_interview(editor, narrative="Account typed before the crash (fictional).")
    add_legal_event(editor, "arrest", PartialDate(2018, 10, 3), place="Zharkent")
    editor.attachments.add_bytes("photo.png", png_bytes())
    typed = editor.state().copy()
    with qtbot.waitSignal(editor.draft_saved, timeout=5_000):
        pass  # the timer (100 ms in tests) keeps a draft
    crash(editor, runner)
    assert [d for d in services.drafts.pending() if d.case_id is None]

    again = make_editor()
    assert again.draft_bar.isVisible()
    text = again.draft_bar.message.text()
    assert text.startswith("Restore unsaved changes from ")
    assert text.endswith(f"({isolate(SPELLINGS[0])}: new: Case, Interview, Legal event, Name ×2, Person)")
    assert not again.has_unsaved_changes()
    again.restore_button.click()
    assert not again.draft_bar.isVisible()
    restored = again.state()
    assert restored == typed
    assert again.has_unsaved_changes()
    assert again.identity.names.model.rowCount() == 2
    assert again.interviews.form.narrative.toPlainText() == "Account typed before the crash (fictional)."
    assert again.attachments.model.rowCount() == 1

    with qtbot.waitSignal(again.saved, timeout=10_000) as saved:
        assert again.save()
    assert services.drafts.pending() == [] or all(d.id != again._draft_id for d in services.drafts.pending())
    case = services.cases.get_case(saved.args[0])
    assert {n.text for n in case.subject.names} == set(SPELLINGS[:2])
    assert len(case.attachments) == 1


def test_an_existing_case_offers_its_draft_and_discard_drops_it(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    case_id = saved.args[0]
    editor.identity.person.birth_place.setText("Нылқы")
    with qtbot.waitSignal(editor.draft_saved, timeout=5_000):
        pass
    crash(editor, runner)

    again = make_editor(case_id)
    assert again.draft_bar.isVisible()
    assert again.draft_bar.message.text().endswith("(changed: Person)")  # what changed, not the whole case
    assert again.identity.person.birth_place.text() == ""  # the vault's value until restored
    again.restore_button.click()
    assert again.identity.person.birth_place.text() == "Нылқы"
    again.clear()
    runner.wait(10_000)

    third = make_editor(case_id)
    assert third.draft_bar.isVisible()  # clear() kept the restored edit as a draft again
    third.discard_button.click()
    runner.wait(10_000)
    assert not [d for d in services.drafts.pending() if d.case_id == case_id]
    fourth = make_editor(case_id)
    assert not fourth.draft_bar.isVisible()


def test_clear_keeps_a_draft_before_emptying(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    editor = make_editor(draft_interval_ms=60_000)  # the timer never fires: clear() alone keeps the work
    add_spellings(qtbot, editor, "Айгүл Болатқызы")
    editor.clear()
    runner.wait(10_000)
    (draft,) = [d for d in services.drafts.pending() if d.case_id is None]
    assert draft.payload["names"][0]["text"] == "Айгүл Болатқызы"


def test_discard_drops_the_edits_and_the_draft(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    with qtbot.waitSignal(editor.draft_saved, timeout=5_000):
        pass
    editor.discard()
    runner.wait(10_000)
    assert services.drafts.pending() == []
    assert editor.state() is None and editor.identity.names.model.rowCount() == 0


def test_a_draft_keeps_the_relatives_documents_even_from_before_they_were_in_drafts(
    services: Services,
) -> None:
    case_id = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])])
    relative = services.cases.add_relative(
        r.Relative(case_id, "", Relationship.FATHER), r.Person(), [r.PersonName("", "Серік Жақыпұлы")]
    )
    document = services.cases.save(r.IdentityDocument(relative.person_id, DocumentKind.OTHER, number="F-1"))
    stored = CaseState.from_case_file(services.cases.get_case(case_id))

    payload = stored.to_payload(is_new=False)
    assert CaseState.from_payload(payload, stored).relatives[0].person.documents == (document,)
    for item in payload["relatives"]:
        del item["documents"]  # as drafts were written before they carried them
    restored = CaseState.from_payload(payload, stored)
    assert restored.relatives[0].person.documents == (document,)
    assert not restored.edit(stored, draft_id="").changes()  # so Save deletes nothing
