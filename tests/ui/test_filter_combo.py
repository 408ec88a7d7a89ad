# SPDX-License-Identifier: GPL-3.0-or-later
"""A filter cut short by a narrow screen: its tooltip holds the whole choice, in the language shown,
and its open list is as wide as its longest item."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextDocument

from app.ui.widgets.filter_combo import FilterCombo
from app.ui.widgets.text import isolate

LONG = "Қысымның барлық түрлері (туыстарына)"


def _tip(combo: FilterCombo) -> str:
    """The tooltip as a reader sees it (Qt renders it as rich text)."""
    document = QTextDocument()
    document.setHtml(combo.toolTip())
    return document.toPlainText()


def test_the_tooltip_is_the_whole_choice_and_follows_a_new_language(qtbot: Any) -> None:
    combo = FilterCombo(6)
    qtbot.addWidget(combo)
    combo.addItems(["Барлық күйлер", LONG])
    assert _tip(combo) == isolate("Барлық күйлер")
    combo.setCurrentIndex(1)
    assert _tip(combo) == isolate(LONG)
    combo.setItemText(1, "Every kind of pressure")
    assert _tip(combo) == isolate("Every kind of pressure")


def test_a_choice_that_looks_like_markup_is_shown_as_written(qtbot: Any) -> None:
    """T28: an office's name comes from a partner office; as a rich-text tooltip, an ``<img>`` in it
    was loaded and shown, and a link drawn."""
    hostile = "<img src=file:///etc/hostname> <a href='https://example.invalid'>Office</a>"
    combo = FilterCombo(6)
    qtbot.addWidget(combo)
    combo.addItems(["All offices", hostile])
    combo.setCurrentIndex(1)
    assert _tip(combo) == isolate(hostile)
    assert "<img" not in combo.toolTip() and "<a " not in combo.toolTip()


@pytest.fixture
def narrow(qtbot: Any) -> FilterCombo:
    """A combo as narrow as it may be, holding a short choice and a long one."""
    combo = FilterCombo(6)
    qtbot.addWidget(combo)
    combo.addItems(["Барлық", LONG])
    combo.resize(combo.minimumSizeHint())
    combo.show()
    qtbot.waitExposed(combo)
    return combo


def test_closed_it_may_be_narrow_open_its_list_shows_every_item_whole(narrow: FilterCombo) -> None:
    combo = narrow
    assert combo.width() < combo.fontMetrics().horizontalAdvance(LONG)
    combo.showPopup()
    assert combo.view().minimumWidth() >= combo.view().sizeHintForColumn(0)
    combo.hidePopup()


def test_a_choice_cut_short_ends_in_an_ellipsis_and_a_whole_one_is_drawn_whole(narrow: FilterCombo) -> None:
    """ "Барлық күйл" read as a misspelling: a cut choice ends in "…"."""
    combo = narrow
    assert combo.shown_text() == "Барлық"
    combo.setCurrentIndex(1)
    assert combo.shown_text().endswith("…") and LONG.startswith(combo.shown_text()[:-1])
    combo.grab()  # paints through the same text
