# SPDX-License-Identifier: GPL-3.0-or-later
"""Inline checks, never a modal: consent before the account, the PRC resident ID, duplicates, bad input."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.domain.prc_id import check_digit
from app.domain.validation import validate
from app.domain.vocab import ConsentScope
from app.services.bundle import Services
from app.services.name_index import DuplicateCandidate, PossibleDuplicates
from app.ui.case_editor import CaseEditor
from app.ui.case_editor.duplicates_panel import DuplicatesPanel
from app.ui.tasks import TaskRunner

from .helpers import SPELLINGS, add_interview, add_spellings

FIRST17 = "654027" + "19840612" + "123"
VALID_ID = FIRST17 + check_digit(FIRST17)


def no_modal() -> bool:
    return QApplication.activeModalWidget() is None


def test_the_account_waits_for_consent(qtbot: Any, make_editor: Any, services: Services) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    editor.tabs.setCurrentWidget(editor.interviews)
    add_interview(editor, consent=False)
    form = editor.interviews.form
    assert not form.account.isEnabled() and not form.narrative.isEnabled()
    assert form.consent_message.isVisible() and "consent" in form.consent_message.text()
    form.consent_given.setChecked(True)
    assert not form.narrative.isEnabled()  # how it was recorded is still missing
    form.recording.set_code("oral-witnessed")
    assert form.narrative.isEnabled() and not form.consent_message.isVisible()

    form.narrative.setPlainText("The account (fictional).")
    form.consent_given.setChecked(False)  # withdrawn after writing: the text stays, Save refuses
    assert not form.narrative.isEnabled()
    assert form.narrative.toPlainText() == "The account (fictional)."
    assert not editor.save()
    assert form.consent_message.kind == "error"
    assert "consent" in form.consent_message.text().lower()
    assert editor.tabs.currentWidget() is editor.interviews
    assert no_modal()
    assert editor.case_id is None  # nothing was written

    form.consent_given.setChecked(True)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
    (interview,) = services.cases.get_case(editor.case_id).interviews
    assert interview.consent_recording == "oral-witnessed" and interview.narrative


def test_documentation_only_and_any_use_cannot_both_be_ticked(qtbot: Any, make_editor: Any) -> None:
    """#12 item 5: mutually exclusive consent scopes could both be ticked and saved."""
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    editor.tabs.setCurrentWidget(editor.interviews)
    add_interview(editor)
    scopes = editor.interviews.form.scopes
    scopes[ConsentScope.LEGAL_ACTION].setChecked(True)
    scopes[ConsentScope.PUBLIC].setChecked(True)
    scopes[ConsentScope.DOCUMENTATION_ONLY].setChecked(True)
    assert [code for code, box in scopes.items() if box.isChecked()] == [ConsentScope.DOCUMENTATION_ONLY]
    scopes[ConsentScope.SHARE_PARTNERS].setChecked(True)
    assert [code for code, box in scopes.items() if box.isChecked()] == [ConsentScope.SHARE_PARTNERS]
    both = r.Interview(
        "c", consent_given=True, consent_recording="written", consent_scope="documentation-only,public"
    )
    with pytest.raises(ValidationError) as refused:  # the rule holds for any writer, not only the form
        validate(both)
    assert refused.value.kind == "exclusive-scopes"


def test_prc_resident_id_is_checked_as_typed(qtbot: Any, make_editor: Any) -> None:
    editor = make_editor()
    identity = editor.identity
    identity.person.birth_date.set_value(PartialDate(1984, 6, 12))
    identity.documents.add_button.click()
    form = identity.document_form
    assert form.kind.code() == "prc-resident-id"

    form.number.setText(VALID_ID[:5])
    assert form.check.kind == "error" and "18 characters (5 typed)" in form.check.text()
    form.number.setText(VALID_ID)
    assert form.check.kind == "ok"
    assert "born 12.06.1984" in form.check.text() and "Xinjiang" in form.check.text()
    wrong = FIRST17 + ("0" if VALID_ID[-1] != "0" else "1")
    form.number.setText(wrong)
    assert form.check.kind == "error" and f"check digit should be {VALID_ID[-1]}" in form.check.text()
    form.number.setText("99" + VALID_ID[2:])
    assert "region code 99" in form.check.text()

    form.number.setText(VALID_ID)
    identity.person.birth_date.set_value(PartialDate(1985))  # the recorded birth year disagrees
    assert form.check.kind == "error"
    assert "the ID says born 12.06.1984 but the recorded birth date is 1985" in form.check.text()
    model = identity.documents_model
    assert model.index(0, model.CHECK).data() == "1 problem(s)"
    identity.person.birth_date.set_value(PartialDate(1984, approximate=True))
    assert form.check.kind == "ok" and model.index(0, model.CHECK).data() == "valid"
    form.kind.set_code("kz-iin")
    assert not form.check.isVisible()  # only PRC resident IDs are checked
    assert no_modal()


def test_a_second_spelling_of_a_known_person_raises_the_duplicate_panel(
    qtbot: Any, make_editor: Any, services: Services, runner: TaskRunner
) -> None:
    existing = services.cases.open_case(
        r.Person(birth_date=PartialDate(1984)),
        [r.PersonName("", SPELLINGS[0]), r.PersonName("", SPELLINGS[3])],
        r.Case("", services.vault.actor.office_id, reference="A-0042"),
    )
    other_person = services.cases.get_case(existing).subject.person.id
    editor = make_editor()
    assert not editor.identity.duplicates.isVisible()
    with qtbot.waitSignal(editor.identity.duplicates_checked, timeout=10_000):
        add_spellings(qtbot, editor, SPELLINGS[1])  # the Latin spelling of the same name
    panel = editor.identity.duplicates
    assert panel.isVisible() and no_modal()
    (card,) = panel.cards
    assert card.candidate.person_id == other_person
    assert set(card.candidate.names) == {SPELLINGS[0], SPELLINGS[3]}
    texts = " ".join(label.text() for label in card.findChildren(type(panel.heading)))
    assert "A-0042" in texts and "this person's own case" in texts
    # Without the English plural file installed, Qt shows the source text's "person(s)".
    assert panel.heading.text().startswith("1 person(s) in the vault may be this one: \u2068")

    with qtbot.waitSignal(editor.identity.open_case_requested) as opened:
        card.open_button.click()
    assert opened.args == [existing]
    card.not_same_button.click()
    assert not panel.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    subject = editor.state().subject.id
    assert services.names.possible_duplicates([SPELLINGS[1]], exclude_person=subject) == []

    with qtbot.waitSignal(editor.identity.duplicates_checked, timeout=10_000):
        add_spellings(qtbot, editor, SPELLINGS[2])  # the dismissed person stays dismissed
    assert not panel.isVisible()


def test_opening_a_case_whose_person_may_be_in_another_case_says_so(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    """#12 item 6: the warning came only while typing a new spelling, never when a case was opened."""
    office = services.vault.actor.office_id
    first = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])], r.Case("", office))
    second = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[1])], r.Case("", office))
    editor = make_editor(second)
    qtbot.waitUntil(lambda: editor.identity.duplicates.isVisible(), timeout=10_000)
    (card,) = editor.identity.duplicates.cards
    assert card.candidate.person_id == services.cases.get_case(first).subject.person.id


def test_the_check_for_the_same_person_waits_until_the_case_is_on_screen(
    qtbot: Any, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#13: run while the case's forms were first laid out and painted, the look-up made the GUI
    thread wait for the worker at each call into Python (~20 ms of a 90 ms open)."""
    office = services.vault.actor.office_id
    services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])], r.Case("", office))
    second = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[1])], r.Case("", office))
    looked_up: list[bool] = []
    look_up = services.names.duplicate_candidates
    monkeypatch.setattr(
        services.names,
        "duplicate_candidates",
        lambda *args, **kwargs: looked_up.append(True) or look_up(*args, **kwargs),
    )
    editor = CaseEditor(services, runner, second)
    editor.resize(1200, 800)
    assert editor.tabs.isHidden()  # no empty forms laid out and painted while the case loads
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        pass
    assert not editor.tabs.isHidden()
    qtbot.wait(200)
    runner.wait(10_000)
    assert not looked_up  # loaded, never painted: nothing looked up yet
    with qtbot.waitSignal(editor.identity.duplicates_checked, timeout=10_000):
        editor.show()
    assert looked_up == [True] and len(editor.identity.duplicates.cards) == 1
    editor.close()
    editor.deleteLater()


def test_an_empty_name_list_is_refused_inline(qtbot: Any, make_editor: Any) -> None:
    editor = make_editor()
    editor.identity.person.birth_place.setText("Алтай")
    assert not editor.save()
    message = editor.identity.names.message
    assert message.isVisible() and "at least one spelling" in message.text()
    assert editor.tabs.currentWidget() is editor.identity and no_modal()
    editor.identity.names.entry.setText("   ")
    qtbot.keyClick(editor.identity.names.entry, Qt.Key.Key_Return)
    assert editor.identity.names.model.rowCount() == 0


def test_a_too_long_field_is_marked_where_it_is(qtbot: Any, make_editor: Any) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    editor.legal.panel.add_button.click()
    editor.legal.form.authority.setText("x" * 1_500)
    assert not editor.save()
    message = editor.legal.form._messages["authority"]
    assert message.shown and "too long" in message.text()
    assert editor.tabs.currentWidget() is editor.legal


def test_a_field_message_moves_no_row_and_goes_when_the_field_is_corrected(
    qtbot: Any, make_editor: Any
) -> None:
    """#12 item 5: a message that pushed the rows down sent the next keystrokes into the wrong field."""
    editor = make_editor()
    editor.resize(1366, 768)
    editor.show()
    add_spellings(qtbot, editor, SPELLINGS[0])
    editor.tabs.setCurrentWidget(editor.legal)
    editor.legal.panel.add_button.click()
    form = editor.legal.form
    rows = {name: getattr(form, name).mapTo(form, form.rect().topLeft()) for name in ("place", "notes")}
    form.authority.setText("x" * 1_500)

    assert not editor.save()
    qtbot.wait(50)

    message = form._messages["authority"]
    assert message.shown and "too long" in message.text() and not message.isVisible()
    assert {name: getattr(form, name).mapTo(form, form.rect().topLeft()) for name in rows} == rows

    def under_its_field() -> bool:
        bubble = message.bubble.geometry()
        parent = form.authority.parentWidget()
        field = form.authority.geometry().translated(parent.mapTo(form, form.rect().topLeft()))
        return (
            bubble.left() == field.left()
            and bubble.width() >= min(field.width(), form.width())
            and (bubble.top() in (field.bottom() + 2, field.top() - bubble.height() - 1))
        )

    assert under_its_field()
    width = form.authority.width()
    editor.resize(1800, 900)  # the form is laid out again: the bubble follows its field
    qtbot.waitUntil(lambda: form.authority.width() != width and under_its_field(), timeout=5_000)
    form.authority.setText("Almaty city court")
    assert not message.shown


def test_tab_reaches_the_possible_duplicates_right_after_the_spellings(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    """The cards are made when the check answers, after the whole tab: placed, Tab goes from the
    spellings' Remove to each card's buttons, then on to the person's details."""
    office = services.vault.actor.office_id
    services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[0])], r.Case("", office))
    second = services.cases.open_case(r.Person(), [r.PersonName("", SPELLINGS[1])], r.Case("", office))
    editor = make_editor(second)
    qtbot.waitUntil(lambda: editor.identity.duplicates.isVisible(), timeout=10_000)
    (card,) = editor.identity.duplicates.cards
    remove = editor.identity.names.remove_button
    assert remove.nextInFocusChain() is card.not_same_button
    assert card.not_same_button.nextInFocusChain() is card.open_button
    assert not editor.identity.duplicates.isAncestorOf(card.open_button.nextInFocusChain())


def _candidate(person_id: str, born: PartialDate) -> DuplicateCandidate:
    return DuplicateCandidate(person_id, 1.0, SPELLINGS[0], (SPELLINGS[0],), born, ())


def test_a_namesake_born_on_another_day_is_said_to_differ_and_comes_last(qtbot: Any) -> None:
    """Three namesakes all "100 % alike" by name: the one whose birth cannot be this person's is
    flagged with both dates and put after the others, and the heading names the name once."""
    panel = DuplicatesPanel()
    qtbot.addWidget(panel)
    found = (
        _candidate("p-1953", PartialDate(1953)),
        _candidate("p-1954", PartialDate(1954, 3)),
        _candidate("p-?", r.UNKNOWN),
    )
    panel.show_candidates(PossibleDuplicates(found, 3), PartialDate(1954, 3, 12))
    assert [card.candidate.person_id for card in panel.cards] == ["p-1954", "p-?", "p-1953"]
    assert [card.birth_differs for card in panel.cards] == [False, False, True]
    assert "Born: 1953, not 12 March 1954 as here" in panel.cards[-1].details.text()
    assert "Names 100% alike" in panel.cards[0].details.text()
    assert panel.heading.text().count(SPELLINGS[0]) == 1
    assert panel.heading.text().startswith("3 person(s) in the vault may be this one")


def test_the_person_born_that_year_comes_first_though_namesakes_are_more_alike(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    """Five namesakes spelled exactly alike, born in the 1950s, and the same woman spelled the Russian
    way, born 1993: before a birth date is given the panel shows four of the namesakes; once 1993 is
    entered it looks again, and she comes first."""
    office = services.vault.actor.office_id
    for year in range(1950, 1955):
        person = r.Person(birth_date=PartialDate(year))
        services.cases.open_case(
            person, [r.PersonName("", "Айгүл Серікқызы (fictional)")], r.Case("", office)
        )
    same = services.cases.open_case(
        r.Person(birth_date=PartialDate(1993)),
        [r.PersonName("", "Айгуль Серикова (fictional)")],
        r.Case("", office),
    )
    her = services.cases.get_case(same).subject.person.id
    editor = make_editor()
    with qtbot.waitSignal(editor.identity.duplicates_checked, timeout=10_000):
        add_spellings(qtbot, editor, "Айгүл Серікқызы (fictional)")
    panel = editor.identity.duplicates
    assert len(panel.cards) == 4 and her not in [card.candidate.person_id for card in panel.cards]
    with qtbot.waitSignal(editor.identity.duplicates_checked, timeout=10_000):
        editor.identity.person.birth_date.set_value(PartialDate(1993))
    assert panel.cards[0].candidate.person_id == her and not panel.cards[0].birth_differs
    assert all(card.birth_differs for card in panel.cards[1:])
    assert panel.heading.text().startswith("6 person(s) in the vault may be this one; the 4 most likely: ")
    panel.cards[1].not_same_button.click()  # a namesake told apart: five left, three of them shown
    assert panel.heading.text().startswith("5 person(s) in the vault may be this one; the 3 most likely: ")


def test_a_search_that_stopped_at_its_limit_says_there_may_be_more(qtbot: Any) -> None:
    panel = DuplicatesPanel()
    qtbot.addWidget(panel)
    shown = tuple(_candidate(f"p-{n}", r.UNKNOWN) for n in range(4))
    panel.show_candidates(PossibleDuplicates(shown, 50, complete=False), r.UNKNOWN)
    assert panel.heading.text().startswith("50 or more person(s) in the vault may be this one; the 4 most")
