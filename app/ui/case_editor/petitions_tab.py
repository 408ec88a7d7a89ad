# SPDX-License-Identifier: GPL-3.0-or-later
"""Petitions tab: the case's petitions as printed, and what became of each; "New petition…" opens
the petition dialog.

Filing a petition creates the case's request for it (and an answer closes that request), so
these steps change the case: they wait until the case file has no unsaved changes, and then
``case_changed`` makes the editor read the case again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain import records as r
from app.domain.petition_flow import CASE_SUMMARY, NOT_FILED, may_move
from app.domain.vocab import PetitionStatus
from app.services.petition_compose import PetitionService
from app.services.petitions import PetitionEntry
from app.ui.case_editor.prompts import EditorPrompts
from app.ui.case_editor.record_panel import make_table_view, stretch_column
from app.ui.case_editor.state import CaseState
from app.ui.errors import message_for
from app.ui.models.petitions_model import PetitionsModel
from app.ui.petition_dialog import PetitionDialog
from app.ui.petition_status import AnswerDialog, ContestDialog, FilingDialog
from app.ui.tasks import TaskRunner
from app.ui.widgets.text import InlineMessage, PlainLabel


class PetitionsTab(QWidget):
    case_changed = Signal()
    dialog_opened = Signal(object)  # the PetitionDialog (tests and screenshots drive it)

    def __init__(
        self,
        petitions: PetitionService,
        runner: TaskRunner,
        prompts: EditorPrompts,
        may_change_case: Callable[[], bool],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._petitions, self._runner, self._prompts = petitions, runner, prompts
        self._may_change_case = may_change_case
        self._today = today
        self._state: CaseState | None = None
        self._epoch = 0
        self.model = PetitionsModel(self)
        self.view = make_table_view(self)
        self.view.setModel(self.model)
        stretch_column(self.view, 1)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self.on_reprint_clicked)
        self.note = PlainLabel(
            self.tr(
                "Petitions are drafts for a lawyer to check; the deadlines they start are a lawyer's aid."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.message = InlineMessage(self)
        self.new_button = QPushButton(self.tr("&New petition…"), self)
        self.reprint_button = QPushButton(self.tr("Print &again…"), self)
        self.filed_button = QPushButton(self.tr("&Filed…"), self)
        self.answer_button = QPushButton(self.tr("Ans&wer received…"), self)
        self.contest_button = QPushButton(self.tr("&Complaint or appeal…"), self)
        buttons = QHBoxLayout()
        for button, slot in (
            (self.new_button, self.on_new_clicked),
            (self.reprint_button, self.on_reprint_clicked),
            (self.filed_button, self.on_filed_clicked),
            (self.answer_button, self.on_answer_clicked),
            (self.contest_button, self.on_contest_clicked),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    # -- the editor's tab contract -------------------------------------------------------------------
    def load(self, state: CaseState, is_new: bool) -> None:
        self._state = None if is_new else state
        self.new_button.setEnabled(not is_new)
        if is_new:
            self.message.show_message(
                self.tr("Save the case first; then its petitions can be printed."), "info"
            )
            self.model.set_rows([])
        else:
            self.message.clear_message()
            self.refresh()

    def show_error(self, record: Any, field: str, message: str) -> bool:
        """Petitions are saved by their own dialog: a Save's error is never about this tab."""
        return False

    def clear(self) -> None:
        self._epoch += 1
        self._state = None
        self.model.set_rows([])
        self.message.clear_message()
        self._update_buttons()

    def refresh(self) -> None:
        state = self._state
        if state is None:
            return
        registry, case_id, epoch = self._petitions.registry, state.case.id, self._epoch
        self._runner.start(
            lambda progress: (epoch, registry.list(case_id)),
            on_success=self.on_listed,
            on_failure=self.on_failed,
        )

    def on_listed(self, result: tuple[int, tuple[PetitionEntry, ...]]) -> None:
        epoch, entries = result
        if epoch == self._epoch:
            self.model.set_rows(entries)
            self._update_buttons()
            if not entries:
                self.message.show_message(
                    self.tr("No petitions for this case yet. New petition… fills one from the case."), "info"
                )
            else:
                self.message.clear_message()

    def select(self, petition_id: str) -> bool:
        """Select the petition ``petition_id`` in the list (False when it is not listed)."""
        row = self.model.row_of(petition_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    # -- actions -------------------------------------------------------------------------------------
    def on_new_clicked(self) -> None:
        if self._state is not None:
            self._open_dialog()

    def on_reprint_clicked(self) -> None:
        entry = self.current()
        if entry is not None:
            self._open_dialog(entry.petition.id)

    def print_case_summary(self) -> bool:
        """Open the petition dialog on the case summary; False for a case not saved yet."""
        if self._state is None or not self.new_button.isEnabled():
            return False
        self._open_dialog(kind=CASE_SUMMARY)
        return True

    def _open_dialog(self, reprint: str = "", kind: str = "") -> None:
        assert self._state is not None
        dialog = PetitionDialog(
            self._petitions,
            self._runner,
            self._prompts,
            self._state.case.id,
            self,
            reprint=reprint,
            kind=kind,
        )
        dialog.kept.connect(lambda record: self.refresh())
        dialog.finished.connect(self.refresh)  # a petition kept just as the dialog closed
        dialog.finished.connect(dialog.deleteLater)
        self.dialog_opened.emit(dialog)
        dialog.open()

    def on_filed_clicked(self) -> None:
        entry = self.current()
        if entry is None or not self._case_may_change():
            return
        authority = entry.petition.authority or dict(entry.petition.fields).get("authority", "")
        dialog = FilingDialog(authority, self, today=self._today)
        registry, petition_id = self._petitions.registry, entry.petition.id

        def filed() -> None:
            filed_on, number = dialog.date.value(), dialog.reference_number.text()
            authority = dialog.authority.text()
            self._change(
                lambda: registry.file(
                    petition_id, filed_on=filed_on, authority=authority, reference_number=number
                )
            )

        self._show(dialog, filed)

    def on_answer_clicked(self) -> None:
        entry, state = self.current(), self._state
        if entry is None or state is None or not self._case_may_change():
            return
        dialog = AnswerDialog(state.attachments, self, today=self._today)
        registry, petition_id = self._petitions.registry, entry.petition.id

        def answered() -> None:
            answered_on, outcome, reply = dialog.date.value(), dialog.outcome_code(), dialog.reply_id()
            self._change(
                lambda: registry.answer(
                    petition_id, answered_on=answered_on, outcome=outcome, reply_attachment_id=reply
                )
            )

        self._show(dialog, answered)

    def on_contest_clicked(self) -> None:
        entry = self.current()
        if entry is None:
            return
        dialog = ContestDialog(self, today=self._today)
        registry, petition_id = self._petitions.registry, entry.petition.id

        def contested() -> None:
            status, on = dialog.status(), dialog.date.value()
            self._change(lambda: registry.contest(petition_id, status, on), changes_case=False)

        self._show(dialog, contested)

    def _show(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        """Open ``dialog`` window-modal without blocking; ``on_accepted`` runs after OK."""
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog_opened.emit(dialog)
        dialog.open()

    def _change(self, work: Callable[[], r.Petition], *, changes_case: bool = True) -> None:
        def done(record: Any) -> None:
            self.refresh()
            if changes_case:
                self.case_changed.emit()

        self._runner.start(lambda progress: work(), on_success=done, on_failure=self.on_failed)

    def _case_may_change(self) -> bool:
        if self._may_change_case():
            return True
        self.message.show_message(self.tr("Save or discard the changes to the case first."), "warning")
        return False

    def on_failed(self, error: Exception) -> None:
        self.message.show_message(
            message_for(error) or self.tr("The petitions could not be read or changed.")
        )

    # -- selection -----------------------------------------------------------------------------------
    def current(self) -> PetitionEntry | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update_buttons(self, *args: object) -> None:
        entry = self.current()
        petition = entry.petition if entry is not None else None
        filed = petition is not None and petition.kind not in NOT_FILED
        self.reprint_button.setEnabled(petition is not None and bool(petition.content))
        self.filed_button.setEnabled(
            filed and petition is not None and may_move(petition, PetitionStatus.FILED)
        )
        self.answer_button.setEnabled(petition is not None and may_move(petition, PetitionStatus.ANSWERED))
        self.contest_button.setEnabled(petition is not None and may_move(petition, PetitionStatus.COMPLAINED))
