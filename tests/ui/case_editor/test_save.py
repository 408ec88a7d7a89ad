# SPDX-License-Identifier: GPL-3.0-or-later
"""Saving: one transaction for the whole edit (CaseService.save_all), and a failed save loses nothing."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain import records as r
from app.domain.errors import StorageError, ValidationError
from app.domain.vocab import LegalEventKind
from app.services.bundle import Services

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

    monkeypatch.setattr(services.cases, "save_all", full_disk)
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
