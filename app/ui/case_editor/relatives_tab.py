# SPDX-License-Identifier: GPL-3.0-or-later
"""Relatives tab: family members and where they are, a family picture, detentions, pressure reports."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCompleter, QFormLayout, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.domain import records as r
from app.domain.vocab import PressureKind, Relationship, RelativeStatus
from app.services.demo_people import COUNTIES
from app.ui.case_editor.family_view import FamilyView
from app.ui.case_editor.incidents import DetentionForm, PressureForm
from app.ui.case_editor.names_editor import NameVariantsEditor
from app.ui.case_editor.person_forms import add_row
from app.ui.case_editor.record_panel import RecordForm, RecordPanel, scrolled
from app.ui.case_editor.state import CaseState
from app.ui.models.entries import RelativeEntry
from app.ui.models.family_models import DetentionsModel, PressureReportsModel, RelativesModel
from app.ui.models.vocab_labels import RELATIONSHIP, RELATIVE_STATUS, options
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import InlineMessage, ScriptLineEdit, ScriptTextEdit, isolate
from app.ui.widgets.vocab_combo import VocabCombo, code_of


class RelativeForm(RecordForm):
    """One relative: their spellings, relationship, status, place in Xinjiang, last contact."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = NameVariantsEditor(self, compact=True)
        self.relationship = VocabCombo(options(RELATIONSHIP), self)
        self.status = VocabCombo(options(RELATIVE_STATUS), self)
        self.country = ScriptLineEdit(self)
        self.country.setCompleter(QCompleter(["PRC", "Kazakhstan"], self))
        self.prefecture = ScriptLineEdit(self)
        self.prefecture.setCompleter(QCompleter(sorted({c[1] for c in COUNTIES}), self))
        self.county = ScriptLineEdit(self)
        self.county.setCompleter(QCompleter(sorted({c[0] for c in COUNTIES}), self))
        self.township = ScriptLineEdit(self)
        self.village = ScriptLineEdit(self)
        self.last_contact = PartialDateEdit(self)
        self.notes = ScriptTextEdit(self)
        self.notes.set_lines(3)
        form = QFormLayout(self)
        add_row(form, self.tr("Names"), self.names)
        self._messages["names"], self._fields["names"] = self.names.message, self.names.entry
        add_row(form, self.tr("Relationship"), self.relationship)
        add_row(form, self.tr("Status"), self.status)
        add_row(form, self.tr("Country"), self.country, self.field_message("country", self.country))
        add_row(
            form, self.tr("Prefecture"), self.prefecture, self.field_message("prefecture", self.prefecture)
        )
        add_row(form, self.tr("County"), self.county, self.field_message("county", self.county))
        add_row(form, self.tr("Township"), self.township, self.field_message("township", self.township))
        add_row(form, self.tr("Village"), self.village, self.field_message("village", self.village))
        add_row(form, self.tr("Last contact"), self.last_contact)
        add_row(form, self.tr("Notes"), self.notes, self.field_message("notes", self.notes))
        self.watch(self.names, self.relationship, self.status, self.country, self.prefecture, self.county)
        self.watch(self.township, self.village, self.last_contact, self.notes)

    def fill(self, record: RelativeEntry) -> None:
        rel = record.relative
        self.names.set_names(record.person.person.id, list(record.person.names))
        self.relationship.set_code(rel.relationship)
        self.status.set_code(rel.status)
        for field, value in (
            (self.country, rel.country),
            (self.prefecture, rel.prefecture),
            (self.county, rel.county),
            (self.township, rel.township),
            (self.village, rel.village),
        ):
            field.setText(value)
        self.last_contact.set_value(rel.last_contact)
        self.notes.set_text(rel.notes)

    def build(self, base: RelativeEntry) -> RelativeEntry:
        relative = dataclasses.replace(
            base.relative,
            relationship=code_of(self.relationship, Relationship, Relationship.OTHER),
            status=code_of(self.status, RelativeStatus, RelativeStatus.UNKNOWN),
            country=self.country.text(),
            prefecture=self.prefecture.text(),
            county=self.county.text(),
            township=self.township.text(),
            village=self.village.text(),
            last_contact=self.last_contact.value(),
            notes=self.notes.text(),
        )
        person = dataclasses.replace(base.person, names=tuple(self.names.names()))
        return RelativeEntry(relative, person)

    def clear_fields(self) -> None:
        self.names.clear()
        for field in (self.country, self.prefecture, self.county, self.township, self.village, self.notes):
            field.clear()
        self.relationship.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.last_contact.clear()

    def first_field(self) -> QWidget:
        return self.names.entry

    def show_error(self, field: str, text: str) -> bool:
        if field in ("names", "text"):
            self.names.show_error(text)
            return True
        return super().show_error(field, text)


class RelativesTab(QWidget):
    """Four pages: relatives, the family picture, detention episodes, pressure reports."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: CaseState | None = None
        self.relatives_model = RelativesModel(self)
        self.relative_form = RelativeForm()
        self.relatives = RecordPanel(
            self.relatives_model,
            self.relative_form,
            self._new_relative,
            add_text=self.tr("Add relative"),
            remove_text=self.tr("Remove relative"),
            stretch=RelativesModel.PLACE,
            horizontal=True,
            form_host=scrolled(self.relative_form),
        )
        self.message = InlineMessage(self)
        self.family = FamilyView()
        self.detentions_model = DetentionsModel(self)
        self.detention_form = DetentionForm()
        self.detentions = RecordPanel(
            self.detentions_model,
            self.detention_form,
            self._new_detention,
            add_text=self.tr("Add detention"),
            remove_text=self.tr("Remove detention"),
            sort_column=DetentionsModel.STARTED,
            stretch=DetentionsModel.FACILITY,
            form_host=scrolled(self.detention_form),
        )
        self.pressure_model = PressureReportsModel(self)
        self.pressure_form = PressureForm()
        self.pressure = RecordPanel(
            self.pressure_model,
            self.pressure_form,
            self._new_report,
            add_text=self.tr("Add pressure report"),
            remove_text=self.tr("Remove report"),
            sort_column=PressureReportsModel.DATE,
            stretch=PressureReportsModel.DESCRIPTION,
            form_host=scrolled(self.pressure_form),
        )
        self.pages = QTabWidget(self)
        self.pages.addTab(self.relatives, self.tr("Relatives"))
        family_scroll = QScrollArea()
        family_scroll.setWidgetResizable(True)
        family_scroll.setWidget(self.family)
        self.pages.addTab(family_scroll, self.tr("Family view"))
        self.pages.addTab(self.detentions, self.tr("Detentions"))
        self.pages.addTab(self.pressure, self.tr("Pressure reports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.pages)
        self.relatives.edited.connect(self.on_relatives_edited)
        self.relatives.removed.connect(self.on_relatives_removed)
        self.detentions.edited.connect(self.on_detentions_edited)
        self.pressure.edited.connect(self.on_pressure_edited)
        self.family.relative_activated.connect(self.on_family_relative_activated)

    # -- factories ----------------------------------------------------------------------------------
    def _new_relative(self) -> RelativeEntry:
        assert self._state is not None
        person = r.Person(id=r.new_id())
        relative = r.Relative(self._state.case.id, person.id, country="PRC", id=r.new_id())
        return RelativeEntry(relative, r.PersonFile(person))

    def _new_detention(self) -> r.Detention:
        assert self._state is not None
        return r.Detention(self._state.case.id, id=r.new_id())

    def _new_report(self) -> r.PressureReport:
        assert self._state is not None
        return r.PressureReport(self._state.case.id, PressureKind.OTHER.value, id=r.new_id())

    # -- state --------------------------------------------------------------------------------------
    def load(self, state: CaseState, is_new: bool) -> None:
        self._state = state
        self.message.clear_message()
        self._refresh_people()
        self.relatives.set_rows(state.relatives)
        self.detentions.set_rows(state.detentions)
        self.pressure.set_rows(state.pressure_reports)

    def clear(self) -> None:
        self._state = None
        self.message.clear_message()
        for panel in (self.relatives, self.detentions, self.pressure):
            panel.clear()
        self.family.clear()
        self.detention_form.set_people({})
        self.pressure_form.set_people({})

    def refresh_subject(self) -> None:
        """The person's name or birth date changed on another tab."""
        self._refresh_people()

    def _refresh_people(self) -> None:
        if self._state is None:
            return
        people = self._state.people()
        self.detention_form.set_people(people)
        self.pressure_form.set_people(people)
        self.detentions_model.set_people(people)
        self.pressure_model.set_people(people)
        born = format_partial_date(self._state.subject.birth_date, "")
        self.family.set_family(self._state.display_name, born, self._state.relatives)

    def _entry_for(self, record: Any) -> RelativeEntry | None:
        for entry in self._state.relatives if self._state else []:
            person_id = entry.person.person.id
            if (
                record is entry
                or (isinstance(record, r.Relative) and record.id == entry.id)
                or (isinstance(record, r.PersonName) and record.person_id == person_id)
                or (isinstance(record, r.Person) and record.id == person_id)
            ):
                return entry
        return None

    def show_error(self, record: Any, field: str, message: str) -> bool:
        entry = self._entry_for(record)
        if entry is not None:
            self.pages.setCurrentWidget(self.relatives)
            self.relatives.select(entry.id)
            return self.relative_form.show_error(field, message)
        for page, form, kind in (
            (self.detentions, self.detention_form, r.Detention),
            (self.pressure, self.pressure_form, r.PressureReport),
        ):
            if isinstance(record, kind):
                self.pages.setCurrentWidget(page)
                page.select(record.id)
                return form.show_error(field, message)
        return False

    # -- edits --------------------------------------------------------------------------------------
    @Slot()
    def on_relatives_edited(self) -> None:
        if self._state is not None:
            self._state.relatives = self.relatives.rows()
            self._refresh_people()
            self.edited.emit()

    @Slot(object)
    def on_relatives_removed(self, entry: RelativeEntry) -> None:
        """A removed relative takes their detentions along; pressure reports stay, without a relative."""
        state = self._state
        if state is None:
            return
        held = [d for d in state.detentions if d.relative_id == entry.id]
        reports = [p for p in state.pressure_reports if p.relative_id == entry.id]
        state.detentions = [d for d in state.detentions if d.relative_id != entry.id]
        state.pressure_reports = [
            dataclasses.replace(p, relative_id=None) if p.relative_id == entry.id else p
            for p in state.pressure_reports
        ]
        self._refresh_people()
        self.detentions.set_rows(state.detentions)
        self.pressure.set_rows(state.pressure_reports)
        if held or reports:
            self.message.show_message(
                self.tr(
                    "Removed %1 with %2 detention episode(s); %3 pressure report(s) now name no relative. "
                    "Nothing is written until you save."
                )
                .replace("%1", isolate(entry.name))
                .replace("%2", str(len(held)))
                .replace("%3", str(len(reports))),
                "warning",
            )

    @Slot()
    def on_detentions_edited(self) -> None:
        if self._state is not None:
            self._state.detentions = self.detentions.rows()
            self.edited.emit()

    @Slot()
    def on_pressure_edited(self) -> None:
        if self._state is not None:
            self._state.pressure_reports = self.pressure.rows()
            self.edited.emit()

    @Slot(str)
    def on_family_relative_activated(self, relative_id: str) -> None:
        self.pages.setCurrentWidget(self.relatives)
        self.relatives.select(relative_id)
        self.relative_form.focus_first()
