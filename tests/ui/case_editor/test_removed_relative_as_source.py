# SPDX-License-Identifier: GPL-3.0-or-later
"""A relative named as a source and then removed: the source stays, no longer naming them, and the
case still saves."""

from __future__ import annotations

from typing import Any

from app.domain.dates import PartialDate
from app.services.bundle import Services

from .helpers import add_spellings
from .test_relatives_v2 import add_relative


def test_removing_a_relative_named_as_a_source_keeps_the_source_without_them(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, "Нұрлан Серікұлы")
    brother = add_relative(editor.relatives, name="Бауыржан Серікұлы", relationship="brother")
    brother_person = next(e.person.person.id for e in editor.state().relatives if e.id == brother)
    editor.tabs.setCurrentWidget(editor.sources)
    sources = editor.sources
    for month in (3, 4):  # two conversations with him
        sources.panel.add_button.click()
        sources.form.kind.set_code("person")
        sources.form.person.set_code(brother_person)
        sources.form.information_on.set_value(PartialDate(2021, month))
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    assert [s.person_id for s in editor.state().sources] == [brother_person] * 2

    editor.tabs.setCurrentWidget(editor.relatives)
    editor.relatives.relatives.select(brother)
    editor.relatives.relatives.remove_button.click()
    assert "Sources that no longer name this relative: 2" in editor.relatives.message.text()
    editor.tabs.setCurrentWidget(editor.sources)  # the second source is shown, the first kept in the list
    sources.form.notes.set_text("Told by his brother (fictional), since removed from the case.")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
    stored = sorted(services.cases.get_case(saved.args[0]).sources, key=lambda s: s.information_on.month)
    assert [s.person_id for s in stored] == [None, None]  # both stay, naming nobody
    assert [s.notes for s in stored] == ["", "Told by his brother (fictional), since removed from the case."]
