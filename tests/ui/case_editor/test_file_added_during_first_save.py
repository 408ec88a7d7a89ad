# SPDX-License-Identifier: GPL-3.0-or-later
"""A file added to a new case while its first Save runs must not vanish."""

from __future__ import annotations

from typing import Any

from app.services.bundle import Services
from app.services.case_edit import PendingAttachment
from app.ui.case_editor.state import CaseState

from .conftest import png_bytes
from .helpers import SPELLINGS


def test_a_file_added_during_the_first_save_is_kept(qtbot: Any, make_editor: Any, services: Services) -> None:
    editor = make_editor(draft_interval_ms=600_000)
    editor.identity.names.entry.setText(SPELLINGS[0])
    tab = editor.attachments  # built before the Save, as when the worker looks at it
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
        tab.add_bytes("scan.png", png_bytes())  # added while the Save runs
    assert tab.model.rowCount() == 1  # still listed
    assert editor.has_unsaved_changes()  # and still to be stored
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
    assert len(services.cases.get_case(saved.args[0]).attachments) == 1


def test_files_stored_by_the_save_are_listed_as_stored_unless_removed_meanwhile() -> None:
    sent = CaseState.new("office-1")
    sent.pending_attachments = [PendingAttachment("f1", "kept.png", "image/png", b"1")]
    sent.pending_attachments.append(PendingAttachment("f2", "removed.png", "image/png", b"2"))
    saved = sent.copy()
    saved.pending_attachments = []
    saved.attachments = [item.record(sent.case.id) for item in sent.pending_attachments]
    working = sent.copy()
    added = PendingAttachment("f3", "added.png", "image/png", b"3")
    working.pending_attachments = [sent.pending_attachments[0], added]  # f2 removed, f3 added meanwhile
    working.take_saved(sent, saved)
    assert [a.id for a in working.attachments] == ["f1"]  # f2 goes on the next Save
    assert working.pending_attachments == [added]
