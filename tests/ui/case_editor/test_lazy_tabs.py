# SPDX-License-Identifier: GPL-3.0-or-later
"""#13 item 3: the editor builds a tab when it is first shown, and nothing that spans tabs notices:
Save writes what was touched and keeps the rest, and a Save's error on an unbuilt tab builds it."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from app.domain import records as r
from app.services.bundle import Services
from app.ui.case_editor.lazy_tabs import LazyTabs, TabSpec
from app.ui.case_editor.legal_tab import LegalTab
from app.ui.case_editor.state import CaseState
from app.ui.tasks import TaskRunner

from .helpers import fill_case
from .test_drafts import crash


def saved_case(qtbot: Any, make_editor: Any) -> str:
    """A whole intake typed on every tab and saved; returns its case id."""
    editor = make_editor()
    fill_case(qtbot, editor)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    return str(saved.args[0])


def built(editor: Any) -> list[str]:
    return [name for name in editor.lazy_tabs.names() if editor.lazy_tabs.built_tab(name) is not None]


def test_only_the_tab_on_show_is_built_and_another_is_built_when_shown(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    case_id = saved_case(qtbot, make_editor)
    editor = make_editor(case_id)
    assert built(editor) == ["identity"]
    assert editor.tabs.count() == 10 and not isinstance(editor.tabs.widget(2), LegalTab)
    assert editor.tabs.tabText(2) == "&Legal timeline"
    editor.tabs.setCurrentIndex(editor.tab_index("legal"))
    assert built(editor) == ["identity", "legal"]
    assert editor.tabs.currentWidget() is editor.legal and editor.legal.isVisible()
    stored = services.cases.get_case(case_id).legal_events
    assert sorted(editor.legal.model.rows(), key=lambda e: e.id) == sorted(stored, key=lambda e: e.id)
    assert editor.tabs.count() == 10 and editor.tabs.tabText(2) == "&Legal timeline"


def test_save_after_touching_one_tab_saves_it_and_keeps_every_other(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    case_id = saved_case(qtbot, make_editor)
    before = services.cases.get_case(case_id)
    editor = make_editor(case_id)
    editor.identity.person.birth_place.setText("Нылқы")
    assert built(editor) == ["identity"] and editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
    after = services.cases.get_case(case_id)
    assert after.subject.person.birth_place == "Нылқы"
    assert dataclasses.replace(after.subject.person, birth_place=before.subject.person.birth_place) == (
        before.subject.person
    )
    for part in ("interviews", "legal_events", "relatives", "relative_people", "detentions"):
        assert getattr(after, part) == getattr(before, part), part
    assert after.pressure_reports == before.pressure_reports and after.relative_statuses == (
        before.relative_statuses
    )
    assert after.attachments == before.attachments and after.subject.documents == before.subject.documents
    assert built(editor) == ["identity"]  # saving built nothing


def test_a_bad_field_on_an_unbuilt_tab_builds_it_shows_it_and_focuses_the_field(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    """A restored draft can carry a bad record on a tab not yet shown: Save must still point at it."""
    case_id = saved_case(qtbot, make_editor)
    editor = make_editor(case_id)
    bad = dataclasses.replace(editor.state().legal_events[0], authority="x" * 1_500)
    state: CaseState = editor.state().copy()
    state.legal_events = [bad if e.id == bad.id else e for e in state.legal_events]
    services.drafts.save(state.to_payload(is_new=False), draft_id=r.new_id(), case_id=case_id)
    crash(editor, runner)

    again = make_editor(case_id)
    again.restore_button.click()
    assert built(again) == ["identity"] and again.has_unsaved_changes()
    assert not again.save()
    assert built(again) == ["identity", "interviews", "legal"]  # built in turn up to the one that shows it
    assert again.tabs.currentWidget() is again.legal
    assert again.legal.panel.current_id() == bad.id
    message = again.legal.form._messages["authority"]
    assert message.shown and "too long" in message.text()
    assert again.legal.form.authority.hasFocus()
    stored = services.cases.get_case(case_id).legal_events
    assert all(len(e.authority) < 1_500 for e in stored)  # nothing was written


def test_long_tab_titles_shorten_to_fit_instead_of_hiding_tabs_behind_arrows(qtbot: Any) -> None:
    """Russian titles ("Правовая хронология", "Хронология дела"…) were wider than the case file at
    1366×768: the last tab hid behind scroll arrows. Every tab stays in view, titled in full on hover."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    titles = [f"&Очень длинное название вкладки {i}" for i in range(10)]
    LazyTabs(tabs, [TabSpec(f"t{i}", title, QWidget) for i, title in enumerate(titles)])
    tabs.resize(900, 300)
    tabs.show()
    bar = tabs.tabBar()
    assert all(bar.rect().contains(bar.tabRect(i)) for i in range(bar.count()))
    assert [bar.tabToolTip(i) for i in range(bar.count())] == [t.replace("&", "") for t in titles]
