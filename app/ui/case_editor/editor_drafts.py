# SPDX-License-Identifier: GPL-3.0-or-later
"""The case editor's drafts: unsaved work kept every few seconds, and the offer to restore it.

A mixin of ``CaseEditor`` (its texts keep the "CaseEditor" translation context).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot

from app.domain.records import PersonName
from app.services.drafts import DraftView
from app.ui.case_editor.draft_text import draft_changes, record_kind
from app.ui.case_editor.state import PAYLOAD_FORMAT, CaseState
from app.ui.models.attachments_model import local_time
from app.ui.placeholders import filled
from app.ui.widgets.text import isolate


def find_draft(drafts: list[DraftView], case_id: str | None, own_id: str) -> DraftView | None:
    """The newest draft of this case (or of a new case, when ``case_id`` is None) other than our own."""
    for draft in drafts:  # newest first
        if draft.id == own_id or draft.payload.get("format") != PAYLOAD_FORMAT:
            continue
        if case_id is None and draft.case_id is None and draft.payload.get("is_new"):
            return draft
        if case_id is not None and draft.case_id == case_id:
            return draft
    return None


class DraftKeeping:
    """Writing drafts and offering them back; the editor holds the state, the draft bar and the timer."""

    _state: CaseState | None
    _baseline: CaseState | None
    _offered: DraftView | None
    _services: Any
    _runner: Any
    _is_new: bool
    _saving: bool
    _epoch: int
    _generation: int
    _drafted: int
    #: The spellings typed without Enter that the last draft holds.
    _drafted_typed: tuple[str, ...]
    _draft_id: str
    draft_bar: Any
    status: Any
    draft_saved: Any
    _set_state: Callable[..., None]
    _name_boxes: Callable[[], list[Any]]

    def _offer(self, draft: DraftView) -> None:
        self._offered = draft
        assert self._baseline is not None
        try:
            changes = draft_changes(draft.payload, self._baseline)
        except (ValueError, KeyError, TypeError):
            changes = QCoreApplication.translate("CaseEditor", "it could not be read")
        listed_out = draft.payload.get("left_out")
        left_out = [str(name) for name in listed_out] if isinstance(listed_out, list) else []
        if left_out:  # unsaved files too large to keep in a draft
            lost = QCoreApplication.translate("CaseEditor", "files too large for a draft, add them again: %1")
            changes = "; ".join(
                filter(None, [changes, lost.replace("%1", ", ".join(map(isolate, left_out)))])
            )
        listed = draft.payload.get("names")
        names = [n.get("text", "") for n in listed if isinstance(n, dict)] if isinstance(listed, list) else []
        if self._is_new and names:  # which new case it was
            changes = f"{isolate(names[0])}: {changes}"
        self.draft_bar.show_message(
            filled(
                QCoreApplication.translate("CaseEditor", "Restore unsaved changes from %1? (%2)"),
                local_time(draft.updated_at)[-5:],
                changes or QCoreApplication.translate("CaseEditor", "nothing differs from the case"),
            )
        )

    @Slot()
    def on_restore_button_clicked(self) -> None:
        draft, baseline = self._offered, self._baseline
        if draft is None or self._state is None or baseline is None:
            return
        try:
            restored, clashes = CaseState.restored(draft.payload, baseline)
        except (ValueError, KeyError, TypeError):
            self.status.show_message(
                QCoreApplication.translate(
                    "CaseEditor", "That draft could not be read; it was left as it was."
                )
            )
            self.draft_bar.dismiss()
            return
        self._draft_id, self._offered = draft.id, None  # our next drafts overwrite the restored one
        self.draft_bar.dismiss()
        self._set_state(restored, baseline=baseline)
        self._generation += 1
        if clashes:
            kinds = ", ".join(sorted({record_kind(kind) for kind in clashes}))
            self.status.show_message(
                QCoreApplication.translate(
                    "CaseEditor",
                    "Changed since by someone else too, and now as in the draft: %1. Check before saving.",
                ).replace("%1", kinds),
                "warning",
            )

    @Slot()
    def on_discard_button_clicked(self) -> None:
        draft, self._offered = self._offered, None
        self.draft_bar.dismiss()
        if draft is not None:
            drafts = self._services.drafts
            self._runner.start(lambda progress: drafts.discard(draft.id))

    @Slot()
    def on_draft_timer_timeout(self) -> None:
        if self._state is None or self._saving:
            return
        typed = [name for box in self._name_boxes() if (name := box.typed_name()) is not None]
        if self._generation != self._drafted or tuple(n.text for n in typed) != self._drafted_typed:
            self._write_draft(typed)

    def _write_draft(self, typed: list[PersonName] | None = None) -> None:
        """Keep the working copy as a draft (a task), with ``typed``: spellings typed without Enter,
        left in their entries."""
        assert self._state is not None
        state = self._state.with_spellings(typed) if typed else self._state
        self._drafted_typed = tuple(name.text for name in typed or ())
        payload = state.to_payload(is_new=self._is_new, base=self._baseline)
        drafts, draft_id = self._services.drafts, self._draft_id
        case_id = None if self._is_new else self._state.case.id
        self._drafted = generation = self._generation
        epoch = self._epoch
        self._runner.start(
            lambda progress: (epoch, generation, drafts.save(payload, draft_id=draft_id, case_id=case_id)),
            on_success=self.on_draft_written,
            on_failure=self.on_draft_failed,
        )

    @Slot(object)
    def on_draft_written(self, result: tuple[int, int, str]) -> None:
        if result[0] == self._epoch:
            self.draft_saved.emit()

    @Slot(Exception)
    def on_draft_failed(self, error: Exception) -> None:
        self._drafted = -1  # try again on the next tick
        if self._state is not None:
            self.status.show_message(
                QCoreApplication.translate("CaseEditor", "The draft could not be kept; save the case soon."),
                "warning",
            )
