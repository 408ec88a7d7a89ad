# SPDX-License-Identifier: GPL-3.0-or-later
"""Relatives as they are known, through the editor's Save: an unnamed relative with a description,
a status history with two statuses that hold at once, a pressure report with several kinds and targets."""

from __future__ import annotations

from typing import Any

from app.domain.dates import PartialDate
from app.services.bundle import Services
from app.ui.models.family_models import PressureReportsModel, RelativesModel

from .helpers import add_spellings

MOTHER = "her mother, about 70"


def add_relative(tab: Any, *, name: str = "", description: str = "", relationship: str = "mother") -> str:
    tab.pages.setCurrentWidget(tab.relatives)
    tab.relatives.add_button.click()
    form = tab.relative_form
    if name:
        form.names.add_spelling(name)
    form.description.setText(description)
    form.relationship.set_code(relationship)
    return str(form.current().id)


def add_status(tab: Any, status: str, start: PartialDate, end: PartialDate | None = None) -> None:
    tab.statuses.add_button.click()
    form = tab.statuses.status_form
    form.status.set_code(status)
    form.started_on.set_value(start)
    if end is not None:
        form.ended_on.set_value(end)


def typed_case(qtbot: Any, editor: Any) -> dict[str, str]:
    """A subject, an unnamed mother with three statuses (two current), a named brother, one report."""
    add_spellings(qtbot, editor, "Нұрлан Серікұлы")
    tab = editor.relatives
    brother = add_relative(tab, name="Ерлан Серікұлы", relationship="younger-brother")
    mother = add_relative(tab, description=MOTHER)
    form = tab.relative_form
    form.minor.setChecked(True)
    form.minor.setChecked(False)
    form.age.setValue(70)
    form.age_on.set_value(PartialDate(2019))
    form.occupation.setText("herder (fictional)")
    add_status(tab, "detained", PartialDate(2018, 4), PartialDate(2023, 3))
    add_status(tab, "under-surveillance", PartialDate(2023, 3))
    add_status(tab, "forbidden-to-leave", PartialDate(2023, approximate=True))

    tab.pages.setCurrentWidget(tab.pressure)
    tab.pressure.add_button.click()
    report = tab.pressure_form
    report.kinds.set_codes(["inducement", "threat-of-forced-return"])
    report.targets.set_codes([mother, brother])
    report.frequency.set_code("repeated")
    report.occurred_on.set_value(PartialDate(2021, 6))
    report.reported_on.set_value(PartialDate(2021, 8, 2))
    brother_person = next(e.person.person.id for e in editor.state().relatives if e.id == brother)
    report.relayed_by.set_code(brother_person)
    report.words.setPlainText("Come back and the house is yours.\nOtherwise your mother stays here.")
    report.reliability.set_code("B")
    report.source_connection.set_code("family-member")
    report.actor.set_code("police-unknown-level")
    return {"mother": mother, "brother": brother, "brother_person": brother_person}


def test_unnamed_relative_status_history_and_report_are_saved_and_read_back(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    editor = make_editor()
    ids = typed_case(qtbot, editor)
    tab = editor.relatives
    row = tab.relatives_model.row_of(ids["mother"])
    shown = tab.relatives_model.index(row, RelativesModel.STATUS).data()
    assert shown == "Forbidden to leave, Under surveillance"  # dated order; the ended detention is history
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()

    reopened = make_editor(saved.args[0])
    state = reopened.state()
    assert state == editor.state()
    mother = next(e for e in state.relatives if e.id == ids["mother"])
    assert mother.person.names == () and mother.name == MOTHER
    assert (mother.relative.description, mother.relative.relationship, mother.relative.minor) == (
        MOTHER,
        "mother",
        False,
    )
    person = mother.person.person
    assert (person.age, person.age_on, person.occupation) == (70, PartialDate(2019), "herder (fictional)")
    statuses = [(s.status, s.started_on, s.ended_on) for s in state.relative_statuses]
    assert statuses == [
        ("detained", PartialDate(2018, 4), PartialDate(2023, 3)),
        ("forbidden-to-leave", PartialDate(2023, approximate=True), PartialDate()),
        ("under-surveillance", PartialDate(2023, 3), PartialDate()),
    ]
    assert {s.relative_id for s in state.relative_statuses} == {ids["mother"]}
    (report,) = state.pressure_reports
    assert set(report.kinds) == {"inducement", "threat-of-forced-return"}
    assert set(report.target_ids) == {ids["mother"], ids["brother"]}
    assert (report.frequency, report.occurred_on, report.reported_on) == (
        "repeated",
        PartialDate(2021, 6),
        PartialDate(2021, 8, 2),
    )
    assert report.relayed_by_id == ids["brother_person"]
    assert report.words.endswith("your mother stays here.")
    assert (report.reliability, report.source_connection, report.actor) == (
        "B",
        "family-member",
        "police-unknown-level",
    )

    pressure = reopened.relatives.pressure_model
    targets = pressure.index(0, PressureReportsModel.TARGETS).data()
    assert MOTHER in targets and "Ерлан Серікұлы" in targets
    kinds = pressure.index(0, PressureReportsModel.KINDS).data()
    assert "Inducement" in kinds and "Threat of forced return" in kinds
    reopened.relatives.relatives.select(ids["mother"])
    assert reopened.relatives.statuses.model.rowCount() == 3
    reopened.relatives.relatives.select(ids["brother"])
    assert reopened.relatives.statuses.model.rowCount() == 0  # each relative's own history


def test_removing_a_relative_drops_its_statuses_and_unnames_it_in_reports(
    qtbot: Any, make_editor: Any
) -> None:
    editor = make_editor()
    ids = typed_case(qtbot, editor)
    tab = editor.relatives
    add_status(tab, "released", PartialDate(2022))  # on the mother, still selected
    tab.relatives.select(ids["brother"])
    add_status(tab, "at-home", PartialDate(2020))
    tab.relatives.remove_button.click()
    state = editor.state()
    assert [e.id for e in state.relatives] == [ids["mother"]]
    assert {s.relative_id for s in state.relative_statuses} == {ids["mother"]}
    assert len(state.relative_statuses) == 4
    (report,) = state.pressure_reports
    assert report.target_ids == (ids["mother"],) and report.relayed_by_id is None
    assert "no longer name this relative" in tab.message.text()
    assert tab.pressure_form.targets.count() == 1

    tab.relatives.select(ids["mother"])
    tab.relatives.remove_button.click()
    state = editor.state()
    assert state.relative_statuses == [] and state.pressure_reports[0].target_ids == ()
    assert not tab.statuses.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    reopened = make_editor(saved.args[0]).state()
    assert reopened.relatives == [] and reopened.relative_statuses == []
    assert reopened.pressure_reports[0].target_ids == ()


def focus_order(start: Any, widgets: list[Any]) -> list[Any]:
    """``widgets`` in the order Tab reaches them from ``start``."""
    seen: list[Any] = []
    widget = start
    for _ in range(500):
        if widget in widgets and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def test_tab_walks_the_relative_and_report_forms_in_the_order_of_their_rows(
    qtbot: Any, make_editor: Any
) -> None:
    editor = make_editor()
    tab = editor.relatives
    tab.relatives.add_button.click()
    form, statuses = tab.relative_form, tab.statuses
    rows = [form.names.entry, form.description, form.relationship, form.minor, form.age, form.age_on.year]
    rows += [statuses.add_button, statuses.status_form.status, form.occupation, form.country, form.village]
    rows += [form.last_contact.year, form.notes]
    assert focus_order(form.names.entry, rows) == rows
    report = tab.pressure_form
    rows = [report.kinds, report.targets, report.frequency, report.occurred_on.year, report.relayed_by]
    rows += [report.words, report.actor, report.reliability, report.place, report.description]
    assert focus_order(report.kinds, rows) == rows
    held = tab.detention_form
    rows = [held.who, held.facility, held.place, held.started_on.year, held.stated_reason, held.treatment]
    assert focus_order(held.who, rows) == rows
