# SPDX-License-Identifier: GPL-3.0-or-later
"""Review: typing on while the first Save of a new case runs must not change the case's reference."""

from __future__ import annotations

from typing import Any

import pytest

from app.services.bundle import Services

from .helpers import SPELLINGS


@pytest.mark.xfail(
    strict=True,
    reason="an edit during a new case's first Save keeps reference '' in the working copy; "
    "the next Save gives the case a second, new reference",
)
def test_review_an_edit_during_the_first_save_keeps_the_given_reference(
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
