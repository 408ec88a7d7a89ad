# SPDX-License-Identifier: GPL-3.0-or-later
"""Saving: one transaction for the whole edit (CaseEditService.save), and a failed save loses nothing."""

from __future__ import annotations

from typing import Any

import pytest

from app.db import revisions
from app.domain import records as r
from app.domain.errors import StorageError, ValidationError
from app.domain.vocab import LegalEventKind
from app.paths import resources_dir
from app.services.bundle import Services
from app.ui.i18n import Translations
from tests.conftest import recorded_begins

from .conftest import png_bytes
from .helpers import SPELLINGS, add_spellings


def test_save_all_writes_everything_or_nothing(services: Services) -> None:
    person = r.Person(id=r.new_id())
    case = r.Case(person.id, services.vault.actor.office_id, reference="X-1", id=r.new_id())
    name = r.PersonName(person.id, SPELLINGS[0], is_primary=True, id=r.new_id())
    bad = r.LegalEvent(case.id, LegalEventKind.OTHER, place="x" * 5_000, id=r.new_id())
    with pytest.raises(ValidationError):
        services.cases.save_all([person, name, case, bad])
    assert services.listing.page(r.CaseFilter()).total == 0

    event = r.LegalEvent(case.id, LegalEventKind.ARREST, id=r.new_id())
    stored = services.cases.save_all([person, name, case, event])
    assert [type(x) for x in stored] == [r.Person, r.PersonName, r.Case, r.LegalEvent]
    assert services.cases.get_case(case.id).legal_events == (stored[3],)
    assert services.listing.page(r.CaseFilter()).rows[0].subject_name == SPELLINGS[0]
    services.cases.save_all([], [(r.LegalEvent, event.id), (r.LegalEvent, event.id)])  # gone twice: fine
    assert services.cases.get_case(case.id).legal_events == ()


def test_a_failed_save_keeps_the_edits_and_says_so(
    qtbot: Any, make_editor: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])

    def full_disk(*args: object, **kwargs: object) -> None:
        raise StorageError()

    monkeypatch.setattr(revisions, "save", full_disk)  # the disk fills up under the first record
    with qtbot.waitSignal(editor.save_failed, timeout=10_000) as failed:
        assert editor.save()
    assert "disk full" in failed.args[0]
    assert editor.status.kind == "error" and "draft" in editor.status.text()
    assert editor.has_unsaved_changes() and editor.case_id is None
    with qtbot.waitSignal(editor.draft_saved, timeout=5_000):
        pass  # the failure makes sure a draft is kept
    monkeypatch.undo()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()  # pre-assigned ids make the retry safe
    assert not editor.has_unsaved_changes()


def test_edits_of_an_existing_case_become_revisions_and_deletions(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, *SPELLINGS[:2])
    editor.legal.panel.add_button.click()
    editor.legal.form.kind.set_code("arrest")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    case_id = saved.args[0]
    editor.identity.names.view.setCurrentIndex(editor.identity.names.model.index(1, 0))
    editor.identity.names.remove_button.click()
    editor.legal.panel.remove_button.click()
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    case = services.cases.get_case(case_id)
    assert [n.text for n in case.subject.names] == [SPELLINGS[0]] and case.legal_events == ()
    deleted = {h.table for h in services.history.case_history(case_id) if h.deleted}
    assert deleted == {"person_names", "legal_events"}


def test_a_typed_but_not_added_spelling_is_saved(qtbot: Any, make_editor: Any, services: Services) -> None:
    editor = make_editor()
    editor.identity.names.entry.setText(SPELLINGS[2])  # no Enter before Save
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    assert [n.text for n in services.cases.get_case(saved.args[0]).subject.names] == [SPELLINGS[2]]


def test_a_new_case_with_a_file_and_a_dismissed_namesake_is_saved_in_one_write(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    namesake = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])])
    editor = make_editor(draft_interval_ms=600_000)  # no draft written while we count
    with qtbot.waitSignal(editor.identity.duplicates_checked, timeout=10_000):
        add_spellings(qtbot, editor, SPELLINGS[0])
    editor.identity.duplicates.cards[0].not_same_button.click()
    image = png_bytes()
    editor.attachments.add_bytes("scan.png", image)
    engine = services.vault.db.engine
    with recorded_begins(engine) as begins, qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    assert begins.count("BEGIN IMMEDIATE") == 1
    case = services.cases.get_case(saved.args[0])
    assert services.attachments.read(case.attachments[0].id) == image
    other = services.cases.get_case(namesake).subject.person.id
    assert services.names.possible_duplicates([SPELLINGS[0]], exclude_person=case.subject.person.id) == []
    assert other in {m.person_id for m in services.names.possible_duplicates([SPELLINGS[0]])}


def test_a_new_case_gets_its_reference_and_a_taken_one_is_refused_beside_the_field(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    """#12 item 3: a case saved with no reference got none, or one another case had."""
    services.offices.set_reference_prefix("TLG")
    editor = make_editor()
    editor.identity.names.entry.setText(SPELLINGS[0])
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    first = services.cases.get_case(saved.args[0]).case
    assert first.reference.startswith("TLG-")
    assert editor.identity.case_form.reference.text() == first.reference
    other = make_editor()
    other.identity.names.entry.setText(SPELLINGS[1])
    other.identity.case_form.reference.setText(first.reference.lower())
    with qtbot.waitSignal(other.save_failed, timeout=10_000):
        assert other.save()
    message = other.identity.case_form._messages["reference"]
    qtbot.waitUntil(lambda: "Another case has this reference" in message.text(), timeout=5_000)


def test_a_language_change_retranslates_an_open_case_file_and_keeps_its_edits(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    """#12 item 7: the case editor stayed in the old language until it was closed."""
    editor = make_editor()
    editor.identity.names.entry.setText(SPELLINGS[0])
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    editor = make_editor(saved.args[0])
    editor.identity.person.birth_place.setText("Нылқы")  # not saved
    editor.tabs.setCurrentWidget(editor.legal)
    translations = Translations(resources_dir() / "i18n")
    try:
        translations.install("kk")
        qtbot.waitUntil(lambda: editor.tabs.tabText(0) != "&Identity", timeout=5_000)
        assert editor.tabs.currentWidget() is editor.legal
        assert editor.identity.person.birth_place.text() == "Нылқы" and editor.has_unsaved_changes()
        stored = services.cases.get_case(saved.args[0]).case
        assert editor.identity.case_form.reference.text() == stored.reference
    finally:
        translations.install("en")
    qtbot.waitUntil(lambda: editor.tabs.tabText(0) == "&Identity", timeout=5_000)


def test_the_saved_message_does_not_move_the_tabs(qtbot: Any, make_editor: Any) -> None:
    """#12 item 5: the form jumped down when "Saved." appeared (and the case's name as the title)."""
    editor = make_editor()
    editor.identity.names.entry.setText(SPELLINGS[0])
    top = editor.tabs.geometry().top()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
    qtbot.waitUntil(lambda: editor.status.isVisible(), timeout=5_000)
    qtbot.wait(50)
    assert editor.tabs.geometry().top() == top
    editor.status.clear_message()
    qtbot.wait(50)
    assert editor.tabs.geometry().top() == top
