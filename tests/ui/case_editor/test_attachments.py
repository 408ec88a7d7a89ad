# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments: files read into memory and stored encrypted; a copy leaves the vault only after a warning."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from sqlalchemy import func, select, text

from app.db import models as m
from app.domain.errors import AttachmentDamagedError, AttachmentNotReceivedError
from app.domain.vocab import AttachmentKind
from app.services import attachments
from app.services.bundle import Services
from app.ui.errors import message_for

from .conftest import EditorPrompts, png_bytes
from .helpers import SPELLINGS, add_spellings


@pytest.fixture
def saved_editor(qtbot: Any, make_editor: Any) -> Any:
    editor = make_editor()
    add_spellings(qtbot, editor, SPELLINGS[0])
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    editor.tabs.setCurrentWidget(editor.attachments)
    return editor


def test_a_file_is_stored_and_viewed_from_memory(
    qtbot: Any, saved_editor: Any, editor_prompts: EditorPrompts, services: Services, tmp_path: Path
) -> None:
    image = png_bytes(64, 48)
    source = tmp_path / "passport scan.png"
    source.write_bytes(image)
    editor_prompts.files = [str(source)]
    tab = saved_editor.attachments
    assert tab.image.text().startswith("No files in this case yet")  # an empty list says what to do
    with qtbot.waitSignal(tab.preview_shown, timeout=10_000):
        tab.add_button.click()
    (stored,) = services.cases.get_case(saved_editor.case_id).attachments
    assert stored.display_name == "passport scan.png" and stored.media_type == "image/png"
    assert tab.sha_label.text() == stored.sha256 == hashlib.sha256(image).hexdigest()
    assert tab.current_image.width() == 64
    assert not saved_editor.has_unsaved_changes()  # stored at once in a saved case


def test_save_a_copy_warns_first_and_is_audited(
    qtbot: Any,
    saved_editor: Any,
    editor_prompts: EditorPrompts,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    audited: list[str] = []
    original = services.attachments.record_saved_out
    monkeypatch.setattr(services.attachments, "record_saved_out", lambda i: (audited.append(i), original(i)))
    tab = saved_editor.attachments
    with qtbot.waitSignal(tab.attachment_added, timeout=10_000):
        tab.add_bytes("../../.bashrc", b"%PDF-1.4 fictional")
    assert tab.model.record(0).display_name == "bashrc"
    target = tmp_path / "out.pdf"
    editor_prompts.save_path = str(target)

    editor_prompts.confirm_answer = False
    tab.save_copy_button.click()
    _title, warning = editor_prompts.asked[-1]
    assert "NOT be encrypted" in warning and "\u2068bashrc\u2069" in warning
    assert not target.exists() and audited == []

    editor_prompts.confirm_answer = True
    with qtbot.waitSignal(tab.saved_out, timeout=10_000):
        tab.save_copy_button.click()
    assert target.read_bytes() == b"%PDF-1.4 fictional"
    assert audited == [tab.model.record(0).id]
    assert editor_prompts.asked[-1][1] == "bashrc"  # the suggested name is the sanitised one


def test_a_stored_file_gets_a_kind_and_description_or_is_removed_with_its_bytes(
    qtbot: Any, saved_editor: Any, services: Services
) -> None:
    """#12 item 4: an attachment could be added but never described again nor removed."""
    tab = saved_editor.attachments
    with qtbot.waitSignal(tab.attachment_added, timeout=10_000):
        tab.add_bytes("answer.png", png_bytes(8, 8))
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.kind.set_code(AttachmentKind.SCAN)
    tab.note.setText("The migration service's answer (fictional)")
    tab.note.textEdited.emit(tab.note.text())
    assert saved_editor.has_unsaved_changes()
    with qtbot.waitSignal(saved_editor.saved, timeout=10_000):
        assert saved_editor.save()
    (stored,) = services.cases.get_case(saved_editor.case_id).attachments
    assert (stored.kind, stored.note) == (AttachmentKind.SCAN, "The migration service's answer (fictional)")

    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.remove_button.click()
    assert tab.model.rowCount() == 0 and saved_editor.has_unsaved_changes()
    with qtbot.waitSignal(saved_editor.saved, timeout=10_000):
        assert saved_editor.save()
    assert services.cases.get_case(saved_editor.case_id).attachments == ()
    history = [v for v in services.history.case_history(saved_editor.case_id) if v.record_id == stored.id]
    assert any(v.deleted for v in history)  # into history: who removed it, when
    with services.vault.db.transaction(readonly=True) as session:
        assert session.scalar(select(func.count()).select_from(m.AttachmentChunk)) == 0
    assert services.admin.check().ok


def test_a_file_not_received_yet_says_so_and_a_damaged_one_says_damaged(
    qtbot: Any, saved_editor: Any, editor_prompts: EditorPrompts, services: Services, tmp_path: Path
) -> None:
    """A file whose record came from another office without its bytes (a bundle written without files)
    is "not received yet" in the preview and when a copy is asked for, never "damaged"; a file whose
    bytes are there but wrong still says damaged."""
    tab = saved_editor.attachments
    with qtbot.waitSignal(tab.preview_shown, timeout=10_000):
        tab.add_bytes("scan.png", png_bytes(8, 8))
    editor_prompts.save_path = str(tmp_path / "copy.png")
    not_received, damaged = message_for(AttachmentNotReceivedError()), message_for(AttachmentDamagedError())
    for change, said in (
        ("DELETE FROM attachment_chunks", not_received),  # as a bundle without files leaves it
        ("INSERT INTO attachment_chunks SELECT id, 0, x'00' FROM attachments", damaged),
    ):
        with services.vault.db.transaction() as session:
            session.execute(text(change))
        tab.view.setCurrentIndex(QModelIndex())
        tab.view.setCurrentIndex(tab.model.index(0, 0))
        expected = said if said == not_received else "it may be damaged"
        qtbot.waitUntil(lambda expected=expected: expected in tab.image.text(), timeout=10_000)
        tab.save_copy_button.click()
        qtbot.waitUntil(lambda said=said: tab.message.text() == said, timeout=10_000)
        assert not (tmp_path / "copy.png").exists()


def test_an_empty_or_too_large_file_is_refused_by_name_and_nothing_is_added(
    qtbot: Any,
    saved_editor: Any,
    editor_prompts: EditorPrompts,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failed scan (0 bytes) chosen in the file dialog, and one too large, are named and refused
    before a byte is read or stored; the case keeps no file and no unsaved change."""
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT", 10)
    empty, large = tmp_path / "failed scan.pdf", tmp_path / "whole archive.zip"
    empty.write_bytes(b"")
    large.write_bytes(b"x" * 11)
    tab = saved_editor.attachments
    for source, said in ((empty, "is empty (0 bytes)"), (large, "is larger than")):
        editor_prompts.files = [str(source)]
        tab.message.clear_message()
        tab.add_button.click()
        qtbot.waitUntil(lambda said=said: said in tab.message.text(), timeout=10_000)
        assert f"\u2068{source.name}\u2069" in tab.message.text()
    tab.message.clear_message()
    tab.add_bytes("pasted.png", b"")
    assert "\u2068pasted.png\u2069 is empty" in tab.message.text()
    assert tab.model.rowCount() == 0 and not saved_editor.has_unsaved_changes()
    assert services.cases.get_case(saved_editor.case_id).attachments == ()
