# SPDX-License-Identifier: GPL-3.0-or-later
"""The date editor: every kind of remembered date from the keyboard, read back in en / ru / kk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from app.domain.dates import RANGE_ORDER, DatePart, PartialDate
from app.paths import resources_dir
from app.ui.i18n import Translations
from app.ui.widgets.date_text import deadline_note, format_partial_date
from app.ui.widgets.partial_date_edit import ABOUT, BETWEEN, PartialDateEdit

P = PartialDate.parse


@pytest.fixture
def edit(qtbot: Any) -> PartialDateEdit:
    widget = PartialDateEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def language() -> Iterator[Any]:
    translations = Translations(resources_dir() / "i18n")
    try:
        yield translations.install
    finally:
        translations.install("en")


def pick(combo: Any, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_about_may_2018_from_the_keyboard(qtbot: Any, edit: PartialDateEdit) -> None:
    edit.year.setFocus(Qt.FocusReason.TabFocusReason)  # the first digit replaces the placeholder
    qtbot.keyClicks(edit.year, "2018")
    assert edit.value() == PartialDate(2018) and not edit.unknown.isChecked()
    pick(edit.month, 5)
    qtbot.keyClick(edit.qualifier, Qt.Key.Key_A)  # a letter picks the qualifier: "about"
    assert edit.value() == P("2018-05~")
    assert edit.message.text() == "about May 2018" and edit.message.kind == "info"
    edit.day.setValue(12)
    assert edit.value() == P("2018-05-12~")  # approximate at any precision


def test_the_month_takes_its_number_typed_with_or_without_a_leading_zero(
    qtbot: Any, edit: PartialDateEdit
) -> None:
    """#12 item 5: typing "5" did not pick May; only "05" did."""
    edit.year.setValue(2018)
    qtbot.keyClicks(edit.month, "5")
    assert edit.value() == PartialDate(2018, 5)
    edit.month._since.invalidate()  # a new number, not a second digit
    qtbot.keyClicks(edit.month, "05")
    assert edit.value() == PartialDate(2018, 5)
    edit.month._since.invalidate()
    qtbot.keyClicks(edit.month, "12")
    assert edit.value() == PartialDate(2018, 12)
    edit.month._since.invalidate()
    qtbot.keyClicks(edit.month, "13")  # no 13th month: the 3 starts again
    assert edit.value() == PartialDate(2018, 3)


def test_early_mid_late_qualify_a_month_or_a_year(edit: PartialDateEdit) -> None:
    edit.set_value(PartialDate(2019, 12, 24))
    pick(edit.qualifier, DatePart.LATE)
    assert edit.value() == P("2019-12-late") and not edit.day.isEnabled() and edit.day.value() == 0
    assert edit.message.text() == "late December 2019"
    edit.month.setCurrentIndex(0)
    pick(edit.qualifier, DatePart.EARLY)
    assert edit.value() == P("2019-early") and edit.message.text() == "early 2019"


def test_between_shows_the_second_date_and_checks_its_order(qtbot: Any, edit: PartialDateEdit) -> None:
    edit.set_value(PartialDate(2017))
    assert not edit.end_year.isVisible()
    pick(edit.qualifier, BETWEEN)
    assert edit.end_year.isVisible() and edit.dash.isVisible()
    assert edit.value() == PartialDate(2017) and edit.problem() == ""  # the second date is still to come
    edit.end_year.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit.end_year, "201")
    assert edit.problem() == ""  # no complaint while the year is being typed
    qtbot.keyClicks(edit.end_year, "9")
    assert edit.value() == P("[2017..2019]") and edit.message.text() == "between 2017 and 2019"
    edit.end_year.setValue(2016)
    assert edit.problem() == RANGE_ORDER and edit.message.kind == "error"
    assert "second date must come after the first" in edit.message.text()
    assert edit.value() == PartialDate(2017)  # what is saved meanwhile, as the message says
    edit.end_year.setValue(2023)
    pick(edit.end_month, 3)
    assert edit.value() == P("[2017..2023-03]") and edit.problem() == ""
    pick(edit.qualifier, ABOUT)  # leaving "between" drops the second date
    assert edit.value() == P("2017~") and not edit.end_year.isVisible() and edit.end_year.value() == 0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1990-05-12",
        "1990-05",
        "1990",
        "1990~",
        "2018-05~",
        "2018-05-12~",
        "2019-12-late",
        "2017-mid",
        "[2017..2019]",
        "[2019-12-21..2019-12-31]",
        "[2016..2023-03]",
    ],
)
def test_every_form_is_shown_and_read_back_unchanged(qtbot: Any, edit: PartialDateEdit, text: str) -> None:
    date = P(text)
    edit.set_value(P("2001-02-03"))
    with qtbot.waitSignal(edit.changed):
        edit.set_value(date)
    assert edit.value() == date
    assert edit.unknown.isChecked() is (not date.is_known)
    qualified = date.approximate or date.part is not None or date.is_range
    assert edit.message.text() == (format_partial_date(date) if qualified else "")  # the fields say the rest


def test_pasting_a_date_fills_the_fields_and_hostile_text_is_refused(
    qtbot: Any, edit: PartialDateEdit
) -> None:
    clipboard = QGuiApplication.clipboard()
    edit.year.setFocus()
    clipboard.setText("12.05.2018")
    qtbot.keyClick(edit.year, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.value() == PartialDate(2018, 5, 12)
    for hostile in (
        '<img src="file:///etc/passwd">',
        "\u202e2018",
        "2018-02-30",
        "9" * 1_000_000,
        "[2019..2017]",
    ):
        clipboard.setText(hostile)
        qtbot.keyClick(edit.year, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert edit.value() == PartialDate(2018, 5, 12)  # nothing changed
        assert edit.message.kind == "error" and edit.message.textFormat() == Qt.TextFormat.PlainText
        assert hostile[:6] not in edit.message.text()
    assert edit.set_text("[2017..2019]") and edit.value() == P("[2017..2019]")
    assert not edit.set_text("soon") and edit.value() == P("[2017..2019]")
    clipboard.setText("1990")  # digits alone are pasted into the field as usual
    edit.unknown.setChecked(True)
    assert edit.value() == PartialDate() and not edit.end_year.isVisible()


def test_the_date_is_read_back_in_russian_and_kazakh(
    qtbot: Any, edit: PartialDateEdit, language: Any
) -> None:
    expected = {
        "ru": ("около мая 2018", "в промежутке 2017 – 2019", "конец декабря 2019", "до конца октября 2023"),
        "kk": (
            "шамамен 2018 ж. мамыр",
            "2017 – 2019 аралығында",
            "2019 ж. желтоқсан соңы",
            "2023 ж. қазан соңына дейін",
        ),
    }
    for code, (about, between, late, until) in expected.items():
        assert language(code)
        edit.set_value(P("2018-05~"))
        assert edit.message.text() == about
        about_item = QCoreApplication.translate("PartialDateEdit", "about")
        assert about_item != "about"
        qtbot.waitUntil(lambda item=about_item: edit.qualifier.currentText() == item)  # qualifiers follow
        edit.set_value(P("[2017..2019]"))
        assert edit.message.text() == between
        assert format_partial_date(P("2019-12-late")) == late
        assert deadline_note(P("2023-10")) == until
    assert language("en")
    qtbot.waitUntil(lambda: edit.qualifier.currentText() == "between")
    assert edit.value() == P("[2017..2019]")  # retranslating kept the value
