# SPDX-License-Identifier: GPL-3.0-or-later
"""The checkable list of vocabulary codes: what is ticked (by keyboard too) is what ``codes()`` returns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.vocab import Blocked, Lack
from app.ui.models.vocab_labels import BLOCKED, LACK
from app.ui.widgets.code_checklist import CodeChecklist


def test_ticks_follow_set_codes_in_the_tables_order(qtbot: Any) -> None:
    checklist = CodeChecklist(BLOCKED)
    qtbot.addWidget(checklist)
    assert checklist.count() == len(Blocked) and checklist.codes() == ()
    with qtbot.assertNotEmitted(checklist.edited):
        checklist.set_codes((Blocked.TRAVEL, "work"))
    assert checklist.codes() == ("work", "travel")  # table order, plain strings
    checklist.clear_codes()
    assert checklist.codes() == ()


def test_space_ticks_the_current_code_and_says_so(qtbot: Any) -> None:
    checklist = CodeChecklist(LACK)
    qtbot.addWidget(checklist)
    checklist.show()
    checklist.setFocus()
    checklist.setCurrentIndex(checklist.items.index(1, 0))
    with qtbot.waitSignal(checklist.edited):
        qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.codes() == (Lack.NO_IDENTITY_DOCUMENT.value,)
    qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.codes() == ("no-identity-document", "no-residence-registration")


def test_a_code_from_a_newer_vocabulary_is_kept(qtbot: Any) -> None:
    checklist = CodeChecklist(LACK)
    qtbot.addWidget(checklist)
    checklist.set_codes(("no-iin", "no-future-code"))
    assert checklist.codes() == ("no-iin", "no-future-code")
    assert "no-future-code" in checklist.items.item(checklist.count() - 1).text()
    checklist.set_codes(())
    assert checklist.codes() == () and checklist.count() == len(Lack) + 1


def test_shows_every_option_without_scrolling(qtbot: Any) -> None:
    checklist = CodeChecklist(BLOCKED)
    qtbot.addWidget(checklist)
    hint = checklist.sizeHint()
    assert hint.height() >= checklist.sizeHintForRow(0) * len(Blocked)
    assert hint.width() >= checklist.sizeHintForColumn(0)
