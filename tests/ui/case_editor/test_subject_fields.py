# SPDX-License-Identifier: GPL-3.0-or-later
"""The subject as known (#8 §4): occupation, civil status, an age at a date, what they lack and what it
blocks, dated places of residence, and the case summary, typed in the editor, saved and drafted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain import records as r
from app.domain.dates import PartialDate
from app.paths import resources_dir
from app.services.bundle import Services
from app.ui.case_editor.person_forms import PersonForm
from app.ui.case_editor.state import CaseState
from app.ui.i18n import Translations
from app.ui.models.record_table import SortRole
from app.ui.models.residences_model import ResidencesModel
from app.ui.tasks import TaskRunner

from .helpers import SPELLINGS, add_spellings
from .test_drafts import crash

SUMMARY = "Crossed in 2017; refugee certificate extended yearly (fictional)."


def test_residences_model_lists_places_oldest_first(qapp: Any) -> None:
    model = ResidencesModel()
    talgar = r.Residence("p", "Talgar", "Almaty Region", "Kazakhstan", PartialDate(2019), id="b")
    yining = r.Residence(
        "p", "Ghulja", "Ili", "China", PartialDate(2001), PartialDate(2017, 3), "first\nsecond", id="a"
    )
    unknown = r.Residence("p", "Zharkent", id="c")
    model.set_rows([talgar, unknown, yining])
    assert model.rowCount() == 3 and model.columnCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Place", "Region", "Country", "Since", "Until", "Notes"]
    row = model.row_of("a")
    assert [model.index(row, c).data(Qt.ItemDataRole.EditRole) for c in range(6)] == [
        "Ghulja",
        "Ili",
        "China",
        "2001",
        "March 2017",
        "first",
    ]
    assert model.index(model.row_of("c"), ResidencesModel.SINCE).data() == ""  # unknown: left empty
    order = sorted(range(3), key=lambda row: model.index(row, ResidencesModel.SINCE).data(SortRole))
    assert [model.record(row).id for row in order] == ["a", "b", "c"]  # by date, unknown last


def type_subject_fields(qtbot: Any, editor: Any) -> None:
    """Fill every new field the way a keyboard user does."""
    person = editor.identity.person
    person.occupation.setFocus()
    qtbot.keyClicks(person.occupation, "shepherd")
    person.civil_status.setFocus()
    person.civil_status.set_code("married-unregistered")
    person.age.setFocus()
    person.age.selectAll()
    qtbot.keyClicks(person.age, "70")
    person.age_on.set_value(PartialDate(2019, approximate=True))
    person.lacks.setFocus()
    person.lacks.setCurrentIndex(person.lacks.items.index(0, 0))
    qtbot.keyClick(person.lacks, Qt.Key.Key_Space)  # no IIN
    person.blocked.setFocus()
    person.blocked.setCurrentIndex(person.blocked.items.index(0, 0))
    qtbot.keyClick(person.blocked, Qt.Key.Key_Space)  # marriage registration
    qtbot.keyClick(person.blocked, Qt.Key.Key_Down)
    qtbot.keyClick(person.blocked, Qt.Key.Key_Space)  # a phone number
    summary = editor.identity.case_form.summary
    summary.setFocus()
    summary.setPlainText(SUMMARY)
    identity = editor.identity
    identity.residences.add_button.click()
    form = identity.residence_form
    assert form.place.hasFocus()  # Add leads straight to the first field
    qtbot.keyClicks(form.place, "Talgar")
    qtbot.keyClicks(form.region, "Almaty Region")
    qtbot.keyClicks(form.country, "Kazakhstan")
    form.since.set_value(PartialDate(2019))
    form.notes.setPlainText("With her husband's family.")


def assert_subject_fields(person: r.Person, case: r.Case, residences: Any) -> None:
    assert person.occupation == "shepherd"
    assert person.civil_status == "married-unregistered"
    assert person.age == 70 and person.age_on == PartialDate(2019, approximate=True)
    assert person.lacks == ("no-iin",)
    assert person.blocked == ("marriage-registration", "phone-number")
    assert case.summary == SUMMARY
    (residence,) = residences
    # A listed country typed by its name is stored by its code (#12 item 5: no English literal as data).
    assert (residence.place, residence.region, residence.country) == ("Talgar", "Almaty Region", "KZ")
    assert residence.since == PartialDate(2019) and residence.until == PartialDate()
    assert residence.notes == "With her husband's family." and residence.person_id == person.id


def test_typed_subject_fields_are_saved_and_shown_again(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    type_subject_fields(qtbot, editor)
    state = editor.state()
    assert_subject_fields(state.subject, state.case, state.residences)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    file = services.cases.get_case(saved.args[0])
    assert_subject_fields(file.subject.person, file.case, file.subject.residences)

    again = make_editor(saved.args[0])
    person = again.identity.person
    assert person.occupation.text() == "shepherd" and person.age.value() == 70
    assert person.civil_status.code() == "married-unregistered"
    assert person.age_on.value() == PartialDate(2019, approximate=True)
    assert person.lacks.codes() == ("no-iin",)
    assert person.blocked.codes() == ("marriage-registration", "phone-number")
    assert again.identity.case_form.summary.toPlainText() == SUMMARY
    assert again.identity.residences.model.rowCount() == 1
    assert again.identity.residence_form.place.text() == "Talgar"

    person.age.setValue(person.NO_AGE)  # "unknown" again
    again.identity.residences.view.setFocus()
    qtbot.keyClick(again.identity.residences.view, Qt.Key.Key_Delete)
    with qtbot.waitSignal(again.saved, timeout=10_000):
        assert again.save()
    file = services.cases.get_case(saved.args[0])
    assert file.subject.person.age is None and file.subject.residences == ()


def test_typed_subject_fields_survive_a_draft(
    qtbot: Any, make_editor: Any, runner: TaskRunner, services: Services
) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    type_subject_fields(qtbot, editor)
    typed = editor.state().copy()
    assert CaseState.from_payload(typed.to_payload(is_new=True), typed) == typed
    with qtbot.waitSignal(editor.draft_saved, timeout=5_000):
        pass
    crash(editor, runner)

    again = make_editor()
    again.restore_button.click()
    restored = again.state()
    assert restored == typed
    assert_subject_fields(restored.subject, restored.case, restored.residences)
    assert again.identity.person.lacks.codes() == ("no-iin",)
    assert again.identity.residence_form.country.currentText() == "Kazakhstan"


def test_a_bad_residence_or_occupation_is_marked_where_it_is(qtbot: Any, make_editor: Any) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    identity = editor.identity
    identity.residences.add_button.click()
    identity.residences.add_button.click()
    identity.residence_form.region.setText("x" * 1_500)
    bad = identity.residences.current_id()
    identity.residences.select(identity.residences.rows()[0].id)
    editor.tabs.setCurrentWidget(editor.legal)
    assert not editor.save()
    assert editor.tabs.currentWidget() is identity and identity.residences.current_id() == bad
    message = identity.residence_form._messages["region"]
    assert message.shown and "too long" in message.text()
    assert identity.residence_form.region.hasFocus()
    identity.residence_form.region.setText("Almaty Region")
    identity.person.occupation.setText("y" * 1_500)
    assert not editor.save()
    assert identity.person._messages["occupation"].shown
    assert editor.case_id is None  # nothing was written


def test_the_usual_citizenships_and_ethnicities_are_offered_in_the_interfaces_language(qapp: Any) -> None:
    """Not in English whatever the interface: a picked citizenship is one a petition knows in every
    language; ethnicities come as the language says them (in Russian, a man's and a woman's word)."""
    translations = Translations(resources_dir() / "i18n")
    try:
        translations.install("kk")
        form = PersonForm()
        offered = form.citizenship.completer().model()
        assert [offered.index(row, 0).data() for row in range(offered.rowCount())] == [
            "ҚХР",
            "Қазақстан",
            "Азаматтығы жоқ адам",
        ]
        translations.install("ru")
        form.deleteLater()
        form = PersonForm()
        offered = form.ethnicity.completer().model()
        assert [offered.index(row, 0).data() for row in range(offered.rowCount())][:2] == ["казах", "казашка"]
        form.deleteLater()
    finally:
        translations.install("en")
