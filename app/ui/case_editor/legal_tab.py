# SPDX-License-Identifier: GPL-3.0-or-later
"""Legal timeline tab: arrests, trials, sentences, statuses, refusals and certificates, in date order."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.complaints import Complaints
from app.domain.dates import PartialDate, days_left
from app.domain.requests import REQUEST_EVENT_KINDS, moved_links, request_from_event
from app.domain.vocab import EXPIRING_EVENT_KINDS
from app.domain.vocab import LegalEventKind as K
from app.ui.case_editor.panel_tab import PanelTab
from app.ui.case_editor.person_forms import add_row
from app.ui.case_editor.record_panel import RecordForm, RecordPanel, scrolled
from app.ui.models.legal_events_model import DaysLeft, LegalEventsModel
from app.ui.models.vocab_labels import LEGAL_EVENT_KIND, options
from app.ui.widgets.date_text import deadline_note
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import InlineMessage, ScriptLineEdit, ScriptTextEdit
from app.ui.widgets.vocab_combo import VocabCombo, code_of

COURT = {K.CHARGE, K.TRIAL, K.SENTENCE, K.APPEAL_FILED, K.APPEAL_DECIDED, K.DEPORTATION_ORDERED}
LETTER = {
    K.REFUGEE_STATUS_REFUSED,
    K.CITIZENSHIP_REFUSED,
    K.RESIDENCE_PERMIT_REFUSED,
    K.TRAVEL_DOCUMENT_REPLY,
    K.DEPORTATION_REFUSED,
    K.REFUGEE_STATUS_APPEALED,
}
CERTIFICATE = {K.CERTIFICATE_ISSUED, K.CERTIFICATE_EXTENDED, K.ASYLUM_SEEKER_STATUS, K.REFUGEE_STATUS_GRANTED}
BASIS = LETTER | {K.DEPORTATION_ORDERED, K.TRAVEL_DOCUMENT_REQUESTED, K.APPEAL_FILED}
OUTCOME = {K.TRIAL, K.SENTENCE, K.APPEAL_DECIDED, K.TRAVEL_DOCUMENT_REPLY, K.RELEASE, K.OTHER}
#: Which optional fields each kind of event uses (the rest are hidden, their values kept).
RELEVANT: dict[str, set[Any]] = {
    "reference_number": COURT | LETTER | CERTIFICATE | {K.OTHER},
    "sentence": {K.SENTENCE},
    "valid_until": set(EXPIRING_EVENT_KINDS) | {K.OTHER},
    "legal_basis": BASIS | {K.OTHER},
    "outcome": OUTCOME,
    # Where a person went, obtained status, or is to be sent (templates read it for each).
    "destination_country": {
        K.DEPARTURE_THIRD_COUNTRY,
        K.STATUS_GRANTED_ABROAD,
        K.DEPORTATION_ORDERED,
        K.DEPORTATION_WARNING,
    },
}
LEGAL_BASES = [
    "Law on Migration No. 477-IV of 22 July 2011, Art. 49",
    "Law on Refugees, Art. 9",
    "1951 Refugee Convention, Art. 33 (non-refoulement)",
    "Criminal Code of the Republic of Kazakhstan, Art. 392 (illegal border crossing)",
]


def optional_count(spin: QSpinBox) -> int | None:
    return spin.value() or None


class LegalEventForm(RecordForm):
    """One legal event; the fields shown follow its kind."""

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._days_left_words = DaysLeft(self)
        self.today = today
        self.kind = VocabCombo(options(LEGAL_EVENT_KIND), self)
        self.date = PartialDateEdit(self)
        self.place = ScriptLineEdit(self)
        self.authority = ScriptLineEdit(self)
        self.reference_number = ScriptLineEdit(self)
        self.term_months = QSpinBox(self)
        self.term_months.setRange(0, 600)
        self.term_months.setSpecialValueText("—")
        self.term_months.setSuffix(self.tr(" months"))
        self.suspended = QCheckBox(self.tr("Suspended sentence"), self)
        self.credit_days = QSpinBox(self)
        self.credit_days.setRange(0, 10000)
        self.credit_days.setSpecialValueText("—")
        self.credit_days.setSuffix(self.tr(" days"))
        self.valid_until = PartialDateEdit(self)
        self.validity = InlineMessage(self)
        self.legal_basis = ScriptLineEdit(self)
        self.legal_basis.setCompleter(QCompleter(LEGAL_BASES, self))
        self.outcome = ScriptLineEdit(self)
        self.destination = ScriptLineEdit(self)
        self.notes = ScriptTextEdit(self)
        self.notes.set_lines(4)
        self.to_request = QPushButton(self.tr("Turn into a request"), self)
        self.to_request.setToolTip(
            self.tr("An application recorded as an event: move it to the Requests tab, links included")
        )
        self.layout_ = form = QFormLayout(self)
        add_row(form, self.tr("Event"), self.kind)
        form.addRow("", self.to_request)
        add_row(form, self.tr("Date"), self.date, self.field_message("date", self.date))
        add_row(form, self.tr("Place"), self.place, self.field_message("place", self.place))
        add_row(form, self.tr("Authority"), self.authority, self.field_message("authority", self.authority))
        self._reference_row = self._row(
            form, self.tr("Reference number"), self.reference_number, "reference_number"
        )
        self._term_row = self._row(form, self.tr("Term"), self.term_months, "term_months")
        form.addRow("", self.suspended)
        self._credit_row = self._row(
            form, self.tr("Credit for pre-trial detention"), self.credit_days, "detention_credit_days"
        )
        valid_box = QWidget(self)
        valid_layout = QVBoxLayout(valid_box)
        valid_layout.setContentsMargins(0, 0, 0, 0)
        valid_layout.addWidget(self.valid_until)
        valid_layout.addWidget(self.validity)
        form.addRow(self.tr("Valid until"), valid_box)
        self._valid_row = valid_box
        self._basis_row = self._row(form, self.tr("Legal basis"), self.legal_basis, "legal_basis")
        self._outcome_row = self._row(form, self.tr("Outcome"), self.outcome, "outcome")
        self._destination_row = self._row(
            form, self.tr("Destination country"), self.destination, "destination_country"
        )
        add_row(form, self.tr("Notes"), self.notes, self.field_message("notes", self.notes))
        self.watch(self.kind, self.date, self.place, self.authority, self.reference_number, self.term_months)
        self.watch(self.suspended, self.credit_days, self.valid_until, self.legal_basis, self.outcome)
        self.watch(self.destination, self.notes)
        self.kind.currentIndexChanged.connect(self.on_kind_currentIndexChanged)
        self.valid_until.changed.connect(self.on_valid_until_changed)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, field: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.field_message(field, widget))
        form.addRow(text, box)
        return box

    def _kind(self) -> Any:
        return code_of(self.kind, K, K.OTHER)

    def _update_fields(self) -> None:
        kind = self._kind()
        form = self.layout_
        form.setRowVisible(self._reference_row, kind in RELEVANT["reference_number"])
        form.setRowVisible(self._term_row, kind in RELEVANT["sentence"])
        form.setRowVisible(self.suspended, kind in RELEVANT["sentence"])
        form.setRowVisible(self._credit_row, kind in RELEVANT["sentence"])
        form.setRowVisible(self._valid_row, kind in RELEVANT["valid_until"])
        form.setRowVisible(self._basis_row, kind in RELEVANT["legal_basis"])
        form.setRowVisible(self._outcome_row, kind in RELEVANT["outcome"])
        form.setRowVisible(self._destination_row, kind in RELEVANT["destination_country"])
        form.setRowVisible(self.to_request, kind in REQUEST_EVENT_KINDS)
        reference_label = form.labelForField(self._reference_row)
        if isinstance(reference_label, QLabel):
            if kind in COURT:
                reference_label.setText(self.tr("Court case number"))
            elif kind in CERTIFICATE:
                reference_label.setText(self.tr("Certificate number"))
            else:
                reference_label.setText(self.tr("Letter number"))
        self._update_validity()

    def _update_validity(self) -> None:
        until = self.valid_until.value()
        if not until.is_known or self._kind() not in EXPIRING_EVENT_KINDS:
            self.validity.clear_message()
            return
        days = days_left(until, self.today or dt.date.today())
        assert days is not None
        text, note = self._days_left_words.text(days), deadline_note(until)  # "until the end of October 2023"
        self.validity.show_message(
            f"{text} ({note})" if note else text, "error" if days < 0 else "warning" if days <= 30 else "ok"
        )

    def after_load(self) -> None:
        self._update_fields()

    @Slot()
    def on_kind_currentIndexChanged(self, *_: object) -> None:
        self._update_fields()

    @Slot()
    def on_valid_until_changed(self) -> None:
        self._update_validity()

    def fill(self, record: r.LegalEvent) -> None:
        self.kind.set_code(record.kind)
        self.date.set_value(record.date)
        self.place.setText(record.place)
        self.authority.setText(record.authority)
        self.reference_number.setText(record.reference_number)
        self.term_months.setValue(record.term_months or 0)
        self.suspended.setChecked(record.suspended)
        self.credit_days.setValue(record.detention_credit_days or 0)
        self.valid_until.set_value(record.valid_until)
        self.legal_basis.setText(record.legal_basis)
        self.outcome.setText(record.outcome)
        self.destination.setText(record.destination_country)
        self.notes.set_text(record.notes)

    def build(self, base: r.LegalEvent) -> r.LegalEvent:
        return dataclasses.replace(
            base,
            kind=self._kind(),
            date=self.date.value(),
            place=self.place.text(),
            authority=self.authority.text(),
            reference_number=self.reference_number.text(),
            term_months=optional_count(self.term_months),
            suspended=self.suspended.isChecked(),
            detention_credit_days=optional_count(self.credit_days),
            valid_until=self.valid_until.value(),
            legal_basis=self.legal_basis.text(),
            outcome=self.outcome.text(),
            destination_country=self.destination.text(),
            notes=self.notes.text(),
        )

    def clear_fields(self) -> None:
        for field in (
            self.place,
            self.authority,
            self.reference_number,
            self.legal_basis,
            self.outcome,
            self.destination,
            self.notes,
        ):
            field.clear()
        self.kind.setCurrentIndex(0)
        self.date.clear()
        self.valid_until.clear()
        self.term_months.setValue(0)
        self.credit_days.setValue(0)
        self.suspended.setChecked(False)
        self.validity.clear_message()

    def first_field(self) -> QWidget:
        return self.kind


class LegalTab(PanelTab):
    """The legal timeline of the case."""

    #: An application event was turned into this request (its id).
    request_made = Signal(str)

    RECORD_TYPE = r.LegalEvent
    STATE_FIELD = "legal_events"

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.model = LegalEventsModel(self, today=today)
        self.form = LegalEventForm(today=today)
        self.host(
            RecordPanel(
                self.model,
                self.form,
                self._new_event,
                add_text=self.tr("Add legal event"),
                remove_text=self.tr("Remove event"),
                sort_column=LegalEventsModel.DATE,
                stretch=LegalEventsModel.DETAILS,
                horizontal=False,  # the timeline needs its full width: date, event, details, validity
                form_host=scrolled(self.form),
            )
        )
        self.panel.splitter.setSizes([460, 340])  # most of the height for the timeline itself
        self.form.to_request.clicked.connect(self.on_to_request_clicked)

    def refresh_choices(self, state: Any) -> None:
        """Which events a complaint or claim annulled: its requests and links change on other tabs."""
        if state is None:
            self.model.set_annulments({})
            return
        complaints = Complaints(state.requests, state.links)
        annulled = {e.id: complaints.annulled_by(e.id) for e in state.legal_events}
        self.model.set_annulments({event_id: q for event_id, q in annulled.items() if q is not None})

    @Slot()
    def on_to_request_clicked(self) -> None:
        """The selected application becomes a request (Requests tab); nothing is stored before Save."""
        event = self.form.current()
        if self._state is None or not isinstance(event, r.LegalEvent):
            return
        request = request_from_event(event)
        state = self._state
        state.links = moved_links(state.links, event, request)
        state.requests = [*state.requests, request]
        state.legal_events = [e for e in state.legal_events if e.id != event.id]
        self.panel.set_rows(state.legal_events)
        self.edited.emit()
        self.request_made.emit(request.id)

    def _new_event(self) -> r.LegalEvent:
        assert self._state is not None
        return r.LegalEvent(self._state.case.id, K.OTHER, date=PartialDate(), id=r.new_id())
