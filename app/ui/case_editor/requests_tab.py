# SPDX-License-Identifier: GPL-3.0-or-later
"""Requests tab: applications, requests and complaints to authorities, and the answers they got."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from app.domain import records as r
from app.domain.vocab import AnswerOutcome, RequestKind, RequestStatus
from app.ui.case_editor.panel_tab import PanelTab
from app.ui.case_editor.person_forms import add_row
from app.ui.case_editor.record_panel import RecordForm, RecordPanel, scrolled
from app.ui.models.requests_model import RequestsModel
from app.ui.models.vocab_labels import ANSWER_OUTCOME, REQUEST_KIND, REQUEST_STATUS, options
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import ScriptLineEdit, ScriptTextEdit
from app.ui.widgets.vocab_combo import VocabCombo, code_of


class RequestForm(RecordForm):
    """One request and its answer; the answer's scan is one of the case's stored attachments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = VocabCombo(options(REQUEST_KIND), self)
        self.authority = ScriptLineEdit(self)
        self.filed_on = PartialDateEdit(self)
        self.reference_number = ScriptLineEdit(self)
        self.asked = ScriptTextEdit(self)
        self.asked.set_lines(2)
        self.status = VocabCombo(options(REQUEST_STATUS), self)
        self.answered_on = PartialDateEdit(self)
        self.outcome = VocabCombo(options(ANSWER_OUTCOME), self)
        self.answer_basis = ScriptLineEdit(self)
        self.answer_reference = ScriptLineEdit(self)
        self.answer_scan = VocabCombo([], self, empty="—")
        self.notes = ScriptTextEdit(self)
        self.notes.set_lines(2)
        form = QFormLayout(self)
        add_row(form, self.tr("Request"), self.kind)
        add_row(form, self.tr("Authority"), self.authority, self.field_message("authority", self.authority))
        add_row(form, self.tr("Filed on"), self.filed_on, self.field_message("filed_on", self.filed_on))
        add_row(
            form,
            self.tr("Reference number"),
            self.reference_number,
            self.field_message("reference_number", self.reference_number),
        )
        add_row(form, self.tr("What was asked"), self.asked, self.field_message("asked", self.asked))
        add_row(form, self.tr("Status"), self.status)
        add_row(
            form,
            self.tr("Answered on"),
            self.answered_on,
            self.field_message("answered_on", self.answered_on),
        )
        add_row(form, self.tr("Outcome"), self.outcome)
        add_row(
            form,
            self.tr("Legal basis cited"),
            self.answer_basis,
            self.field_message("answer_basis", self.answer_basis),
        )
        add_row(
            form,
            self.tr("Answer reference"),
            self.answer_reference,
            self.field_message("answer_reference", self.answer_reference),
        )
        add_row(
            form,
            self.tr("Answer scan"),
            self.answer_scan,
            self.field_message("answer_attachment_id", self.answer_scan),
        )
        add_row(form, self.tr("Notes"), self.notes, self.field_message("notes", self.notes))
        self.watch(self.kind, self.authority, self.filed_on, self.reference_number, self.asked, self.status)
        self.watch(self.answered_on, self.outcome, self.answer_basis, self.answer_reference, self.answer_scan)
        self.watch(self.notes)

    def set_attachments(self, attachments: list[r.Attachment]) -> None:
        """The case's stored files the answer's scan can be chosen from."""
        self.answer_scan.set_options([(a.id, a.display_name) for a in attachments], empty="—")

    def fill(self, record: r.Request) -> None:
        self.kind.set_code(str(record.kind))
        self.authority.setText(record.authority)
        self.filed_on.set_value(record.filed_on)
        self.reference_number.setText(record.reference_number)
        self.asked.set_text(record.asked)
        self.status.set_code(str(record.status))
        self.answered_on.set_value(record.answered_on)
        self.outcome.set_code(str(record.outcome))
        self.answer_basis.setText(record.answer_basis)
        self.answer_reference.setText(record.answer_reference)
        self.answer_scan.set_code(record.answer_attachment_id or "")
        self.notes.set_text(record.notes)

    def build(self, base: r.Request) -> r.Request:
        return dataclasses.replace(
            base,
            kind=code_of(self.kind, RequestKind, RequestKind.OTHER),
            authority=self.authority.text(),
            filed_on=self.filed_on.value(),
            reference_number=self.reference_number.text(),
            asked=self.asked.text(),
            status=code_of(self.status, RequestStatus, RequestStatus.PENDING),
            answered_on=self.answered_on.value(),
            outcome=code_of(self.outcome, AnswerOutcome, AnswerOutcome.NONE),
            answer_basis=self.answer_basis.text(),
            answer_reference=self.answer_reference.text(),
            answer_attachment_id=self.answer_scan.code() or None,
            notes=self.notes.text(),
        )

    def clear_fields(self) -> None:
        for field in (self.authority, self.reference_number, self.answer_basis, self.answer_reference):
            field.clear()
        for text in (self.asked, self.notes):
            text.set_text("")
        for combo in (self.kind, self.status, self.outcome, self.answer_scan):
            combo.setCurrentIndex(0)
        self.filed_on.clear()
        self.answered_on.clear()

    def first_field(self) -> QWidget:
        return self.kind


class RequestsTab(PanelTab):
    """The requests of the case in the order they were filed, with the days pending ones have waited."""

    RECORD_TYPE = r.Request
    STATE_FIELD = "requests"
    form: RequestForm

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.model = RequestsModel(self, today=today)
        self.form = RequestForm()
        self.host(
            RecordPanel(
                self.model,
                self.form,
                self._new_request,
                add_text=self.tr("Add request"),
                remove_text=self.tr("Remove request"),
                sort_column=RequestsModel.FILED,
                stretch=RequestsModel.AUTHORITY,
                form_host=scrolled(self.form),
            )
        )
        self.panel.splitter.setSizes([300, 500])

    def refresh_choices(self, state: Any) -> None:
        self.form.set_attachments(list(state.attachments) if state is not None else [])

    def _new_request(self) -> r.Request:
        assert self._state is not None
        return r.Request(self._state.case.id, id=r.new_id())
