# SPDX-License-Identifier: GPL-3.0-or-later
"""Typing on while the first Save of a new case runs must not change the case's reference."""

from __future__ import annotations

import dataclasses
from typing import Any

from app.services.bundle import Services
from app.ui.case_editor.state import CaseState

from .helpers import SPELLINGS


def test_an_edit_during_the_first_save_keeps_the_given_reference(
    qtbot: Any, make_editor: Any, services: Services
) -> None:
    services.offices.set_reference_prefix("TLG")
    editor = make_editor(draft_interval_ms=600_000)
    editor.identity.names.entry.setText(SPELLINGS[0])
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
        editor.identity.person.birth_place.setText("Нылқы")  # typed on while the Save runs
    given = services.cases.get_case(saved.args[0]).case.reference
    assert given.startswith("TLG-")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
    stored = services.cases.get_case(saved.args[0])
    assert stored.subject.person.birth_place == "Нылқы"
    assert stored.case.reference == given
    assert editor.identity.case_form.reference.text() == given


def test_what_a_save_gave_is_taken_in_beside_a_later_edit_of_the_same_record() -> None:
    sent = CaseState.new("office-1")
    saved = sent.copy()
    saved.case = dataclasses.replace(sent.case, reference="TLG-2026-001")
    working = sent.copy()
    working.case = dataclasses.replace(sent.case, summary="Detained in Nylqy, 2019.")  # typed meanwhile
    working.take_saved(sent, saved)
    assert working.case.reference == "TLG-2026-001"
    assert working.case.summary == "Detained in Nylqy, 2019."
