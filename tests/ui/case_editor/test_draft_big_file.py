# SPDX-License-Identifier: GPL-3.0-or-later
"""A phone photo added to a new case must come back with the draft an idle lock kept, or
the worker must be told it did not."""

from __future__ import annotations

from typing import Any

from app.ui.tasks import TaskRunner

from .conftest import png_bytes
from .helpers import SPELLINGS


def test_a_big_unsaved_file_is_restored_or_said_to_be_lost(
    qtbot: Any, make_editor: Any, runner: TaskRunner
) -> None:
    editor = make_editor(draft_interval_ms=600_000)
    editor.identity.names.entry.setText(SPELLINGS[0])
    photo = png_bytes() + bytes(2_000_000)  # a 2 MB photo from a phone (fictional)
    editor.attachments.add_bytes("passport-photo.png", photo)
    editor.clear()  # the idle lock keeps a draft
    runner.wait(10_000)

    again = make_editor()
    banner = again.draft_bar.message.text()
    again.restore_button.click()
    restored = [p.display_name for p in again.state().pending_attachments]
    told = "passport-photo.png" in banner or "passport-photo.png" in again.status.text()
    assert restored == ["passport-photo.png"] or told
