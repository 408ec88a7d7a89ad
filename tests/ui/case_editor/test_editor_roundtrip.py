# SPDX-License-Identifier: GPL-3.0-or-later
"""A whole new case typed into the editor, saved, and reopened in a new editor: everything equal."""

from __future__ import annotations

import hashlib
from typing import Any

from PySide6.QtCore import Qt

from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind
from app.services.bundle import Services
from app.ui.models.record_table import RecordRole, SortRole

from .helpers import SPELLINGS, add_spellings, fill_case


def test_new_case_saved_and_reopened_equal(qtbot: Any, make_editor: Any, services: Services) -> None:
    editor = make_editor()
    typed = fill_case(qtbot, editor)
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    case_id = saved.args[0]
    assert not editor.has_unsaved_changes()

    reopened = make_editor(case_id)
    state, original = reopened.state(), editor.state()
    assert state == original
    assert not reopened.has_unsaved_changes()

    assert [n.text for n in state.names] and {n.text for n in state.names} == set(SPELLINGS)
    assert {n.script for n in state.names} == {"Cyrl", "Latn", "Arab", "Hani"}
    assert state.display_name == SPELLINGS[0]
    assert state.subject.birth_date == PartialDate(1984, 6, 12)
    assert state.case.reference == "T-0001"
    assert state.documents[0].number.startswith("654027")
    (interview,) = state.interviews
    assert interview.consent_given and interview.consent_recording == "written"
    assert interview.consent_scope == "legal-action,share-partners"
    assert interview.narrative.startswith("We crossed at night")
    assert dict(interview.sections)["flight"].startswith("Crossed the border")
    kinds = {e.kind for e in state.legal_events}
    assert kinds == {
        LegalEventKind.SENTENCE,
        LegalEventKind.BORDER_CROSSING,
        LegalEventKind.CERTIFICATE_ISSUED,
    }
    sentence = next(e for e in state.legal_events if e.kind == LegalEventKind.SENTENCE)
    assert (sentence.term_months, sentence.suspended, sentence.detention_credit_days) == (6, True, 60)
    (relative,) = state.relatives
    assert relative.name == "Серік Жақыпұлы" and relative.relative.village == "Ақбұлақ"
    assert relative.relative.last_contact == PartialDate(2019, approximate=True)
    assert state.detentions[0].relative_id == typed["relative_id"] == relative.id
    assert state.pressure_reports[0].target_ids == (relative.id,)
    assert state.pressure_reports[0].kinds == ("demand-to-return",)
    (status,) = state.relative_statuses
    assert (status.relative_id, status.status, status.started_on) == (
        relative.id,
        "in-camp",
        PartialDate(2018, 4),
    )
    (attachment,) = state.attachments
    assert attachment.sha256 == hashlib.sha256(typed["image"]).hexdigest()
    assert services.attachments.read(attachment.id) == typed["image"]

    # The reopened widgets show it: names table, timeline in date order, the image from memory.
    names = reopened.identity.names.model
    assert names.rowCount() == 4
    proxy = reopened.legal.panel.proxy
    dates = [proxy.index(row, 0).data(SortRole) for row in range(proxy.rowCount())]
    assert dates == sorted(dates)
    assert proxy.index(0, 0).data(RecordRole).kind == LegalEventKind.BORDER_CROSSING
    reopened.tabs.setCurrentWidget(reopened.attachments)
    with qtbot.waitSignal(reopened.attachments.preview_shown, timeout=10_000):
        reopened.attachments.view.setCurrentIndex(reopened.attachments.model.index(0, 0))
    assert not reopened.attachments.current_image.isNull()
    assert reopened.attachments.sha_label.text() == attachment.sha256


def test_history_lists_revisions_with_field_diffs(qtbot: Any, make_editor: Any) -> None:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    editor.identity.person.birth_place.setText("Күнес")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    with qtbot.waitSignal(editor.history.loaded, timeout=10_000):
        editor.tabs.setCurrentWidget(editor.history)
    history = editor.history.model
    newest = history.record(0)
    assert newest.table == "persons" and newest.parents
    assert history.index(0, history.WHO).data(RecordRole).author == "aigerim"
    editor.history.view.setCurrentIndex(history.index(0, 0))
    changes = editor.history.changes_model
    assert [c.field for c in changes.rows()] == ["birth_place"]
    assert changes.index(0, changes.AFTER).data() == "\u2068Күнес\u2069"
    assert changes.index(0, changes.BEFORE).data(Qt.ItemDataRole.EditRole) == "—"
