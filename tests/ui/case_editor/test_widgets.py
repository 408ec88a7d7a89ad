# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared widgets: the partial-date editor, script-following fields, and keyboard use of the editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.dates import DatePrecision, PartialDate
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.partial_date_edit import ABOUT, PartialDateEdit
from app.ui.widgets.text import ScriptLineEdit, isolate, text_direction

from .helpers import SPELLINGS


def test_partial_date_edit_keeps_the_precision(qtbot: Any) -> None:
    edit = PartialDateEdit()
    qtbot.addWidget(edit)
    assert edit.value() == PartialDate() and edit.unknown.isChecked()
    assert not edit.month.isEnabled() and not edit.day.isEnabled()
    with qtbot.waitSignal(edit.changed):
        edit.year.setValue(1984)
    assert edit.value().precision == DatePrecision.YEAR and not edit.unknown.isChecked()
    assert edit.month.isEnabled() and not edit.day.isEnabled()
    edit.month.setCurrentIndex(2)
    assert edit.value() == PartialDate(1984, 2) and edit.day.isEnabled()
    edit.day.setValue(31)
    assert edit.value() == PartialDate(1984, 2, 29)  # the day is limited to the month (a leap year)
    edit.qualifier.setCurrentIndex(edit.qualifier.findData(ABOUT))
    assert edit.value() == PartialDate(1984, 2, 29, approximate=True)  # about, at any precision
    edit.unknown.setChecked(True)
    assert edit.value() == PartialDate() and edit.year.value() == 0
    edit.unknown.setChecked(False)  # a known date starts with its year
    assert edit.unknown.isChecked()
    for date in (PartialDate(2019, 1, 16), PartialDate(2018, 10), PartialDate(1950, approximate=True)):
        edit.set_value(date)
        assert edit.value() == date
    assert [
        format_partial_date(d)
        for d in (
            PartialDate(2019, 1, 16),
            PartialDate(2018, 10),
            PartialDate(1950, approximate=True),
            PartialDate(),
        )
    ] == ["16 January 2019", "October 2018", "about 1950", "unknown"]


def test_fields_follow_the_direction_of_the_script(qtbot: Any) -> None:
    edit = ScriptLineEdit()
    qtbot.addWidget(edit)
    edit.setText(SPELLINGS[2])
    assert edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    edit.setText(SPELLINGS[0])
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert text_direction("\u202e" + SPELLINGS[2]) == Qt.LayoutDirection.RightToLeft
    assert isolate("x") == "\u2068x\u2069"


def test_enter_adds_spellings_and_tab_moves_on(qtbot: Any, make_editor: Any) -> None:
    editor = make_editor()
    names = editor.identity.names
    names.entry.setFocus()
    for text in SPELLINGS:
        names.entry.setText(text)
        qtbot.keyClick(names.entry, Qt.Key.Key_Return)
        assert names.entry.text() == ""  # ready for the next spelling
    assert [n.text for n in names.names()] == list(SPELLINGS)
    assert [n.scheme for n in names.names()] == ["kk-cyrl", "", "kk-arab", "zh-transcription"]
    names.entry.setText(SPELLINGS[0])
    qtbot.keyClick(names.entry, Qt.Key.Key_Return)
    assert names.model.rowCount() == 4 and "already" in names.message.text()
    names.view.setCurrentIndex(names.model.index(3, 0))
    names.view.setFocus()
    qtbot.keyClick(names.view, Qt.Key.Key_Delete)
    assert names.model.rowCount() == 3

    editor.tabs.setCurrentWidget(editor.legal)
    editor.legal.panel.add_button.click()
    assert QApplication.focusWidget() is editor.legal.form.kind  # straight into the new row's form
    form = editor.legal.form
    form.kind.set_code("sentence")
    shown = form.layout_.isRowVisible
    assert shown(form._term_row) and shown(form._credit_row) and not shown(form._destination_row)
    form.kind.set_code("departure-third-country")
    assert not shown(form._term_row) and shown(form._destination_row)
    for to_or_in_a_country in ("deportation-warning", "deportation-ordered", "status-granted-abroad"):
        form.kind.set_code(to_or_in_a_country)  # the objection to deportation and the resettlement
        assert shown(form._destination_row), to_or_in_a_country  # letter print it; it was hidden
    form.kind.set_code("certificate-issued")
    assert shown(form._valid_row) and not shown(form._basis_row)
    form.kind.set_code("citizenship-refused")
    assert shown(form._basis_row) and not shown(form._valid_row)


def test_tab_goes_from_the_buttons_to_the_table_to_the_form(make_editor: Any) -> None:
    editor = make_editor()
    panel = editor.legal.panel
    assert panel.add_button.nextInFocusChain() is panel.remove_button
    chain, widget = [], panel.remove_button
    for _ in range(5):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain[:2] == [panel.up_button, panel.down_button]  # a timeline: Move up / Move down
    assert panel.view in chain[2:4]
    assert editor.legal.form.kind in chain


def test_grab_editor_tabs_writes_one_png_per_tab_and_page(make_editor: Any, tmp_path: Any) -> None:
    from app.ui.case_editor.screenshots import grab_editor_tabs

    editor = make_editor()
    files = grab_editor_tabs(editor, tmp_path / "shots", settle_ms=10)
    assert [f.name for f in files] == [
        "01-identity.png",
        "02-interviews.png",
        "03-legal-timeline.png",
        "04a-relatives.png",
        "04b-family-view.png",
        "04c-detentions.png",
        "04d-pressure-reports.png",
        "05-requests.png",
        "06-petitions.png",
        "07-sources.png",
        "08-attachments.png",
        "09-history.png",
        "10-timeline.png",
    ]
    assert all(f.stat().st_size > 1000 for f in files)
