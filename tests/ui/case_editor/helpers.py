# SPDX-License-Identifier: GPL-3.0-or-later
"""Driving the case editor the way a field worker does (text set directly: keyClicks aborts on non-ASCII)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.dates import PartialDate
from app.domain.prc_id import check_digit
from app.ui.case_editor import CaseEditor

from .conftest import png_bytes

#: One fictional person in four scripts.
SPELLINGS = ("Нұрлан Серікұлы", "Nūrlan Serıkūly", "نۇرلان سەرىك", "努尔兰·赛力克")


def add_spellings(qtbot: Any, editor: CaseEditor, *spellings: str) -> None:
    """Type each spelling and press Enter, as at the keyboard."""
    entry = editor.identity.names.entry
    for text in spellings:
        entry.setText(text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)


def set_date(widget: Any, date: PartialDate) -> None:
    widget.set_value(date)


def add_interview(editor: CaseEditor, *, narrative: str = "", consent: bool = True) -> Any:
    tab = editor.interviews
    tab.panel.add_button.click()
    form = tab.form
    form.place.setText("Жаркент")
    form.interviewer.setText("Aigerim")
    form.language.set_code("kk")
    form.interpreter.setText("—")
    if consent:
        form.consent_given.setChecked(True)
        form.scopes["legal-action"].setChecked(True)
        form.scopes["share-partners"].setChecked(True)
        form.recording.set_code("written")
    form.sections["flight"].setPlainText("Crossed the border on foot at night (fictional).")
    form.narrative.setPlainText(narrative)
    return form.current()


def add_legal_event(editor: CaseEditor, kind: str, date: PartialDate, **fields: Any) -> Any:
    tab = editor.legal
    tab.panel.add_button.click()
    form = tab.form
    form.kind.set_code(kind)
    form.date.set_value(date)
    for name, value in fields.items():
        widget = getattr(form, name)
        if hasattr(widget, "set_value"):
            widget.set_value(value)
        elif hasattr(widget, "setChecked"):
            widget.setChecked(value)
        elif hasattr(widget, "setValue"):
            widget.setValue(value)
        else:
            widget.setText(value)
    return form.current()


def fill_case(qtbot: Any, editor: Any) -> dict[str, Any]:
    """Type a complete intake; returns what was typed, for comparing after reopening."""
    add_spellings(qtbot, editor, *SPELLINGS)
    person = editor.identity.person
    person.birth_date.set_value(PartialDate(1984, 6, 12))
    person.birth_place.setText("Тоғызтарау")
    person.sex.set_code("male")
    person.ethnicity.setText("Kazakh")
    person.citizenship.setText("PRC")
    editor.identity.case_form.reference.setText("T-0001")
    editor.identity.documents.add_button.click()
    first17 = "654027" + "19840612" + "123"
    editor.identity.document_form.number.setText(first17 + check_digit(first17))

    add_interview(editor, narrative="We crossed at night and were arrested (fictional).")
    add_legal_event(
        editor,
        "sentence",
        PartialDate(2019, 1, 16),
        authority="Panfilov district court",
        reference_number="2-117/19",
        term_months=6,
        suspended=True,
        credit_days=60,
    )
    add_legal_event(editor, "border-crossing", PartialDate(2018, 10), place="Khorgos")
    add_legal_event(
        editor, "certificate-issued", PartialDate(2019, 6, 1), valid_until=PartialDate(2020, 6, 1)
    )

    tab = editor.relatives
    tab.relatives.add_button.click()
    form = tab.relative_form
    form.names.entry.setText("Серік Жақыпұлы")
    form.names.on_add_button_clicked()
    form.relationship.set_code("father")
    form.prefecture.setText("Іле")
    form.county.setText("Тоғызтарау")
    form.township.setText("Township 3")
    form.village.setText("Ақбұлақ")
    form.last_contact.set_value(PartialDate(2019, approximate=True))
    relative_id = form.current().id
    tab.statuses.add_button.click()
    tab.statuses.status_form.status.set_code("in-camp")
    tab.statuses.status_form.started_on.set_value(PartialDate(2018, 4))

    tab.pages.setCurrentWidget(tab.detentions)
    tab.detentions.add_button.click()
    detention = tab.detention_form
    detention.who.set_code(relative_id)
    detention.facility.setText('"vocational training centre"')
    detention.started_on.set_value(PartialDate(2018, 4))
    detention.treatment.setPlainText("Health damaged (fictional).")

    tab.pages.setCurrentWidget(tab.pressure)
    tab.pressure.add_button.click()
    report = tab.pressure_form
    report.occurred_on.set_value(PartialDate(2020, 3))
    report.kinds.set_codes(["demand-to-return"])
    report.actor.set_code("county-police")
    report.channel.set_code("phone-call")
    report.reliability.set_code("C")
    report.source_connection.set_code("family-member")
    report.targets.set_codes([relative_id])
    report.description.setPlainText("Police told the father his son must return (fictional).")

    image = png_bytes()
    editor.attachments.add_bytes("scan.png", image)
    return {"image": image, "relative_id": relative_id}
