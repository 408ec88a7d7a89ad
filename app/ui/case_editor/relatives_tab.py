# SPDX-License-Identifier: GPL-3.0-or-later
"""Relatives tab: family members and their statuses, a family picture, detentions, pressure reports."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.domain import records as r
from app.ui.case_editor.family_view import FamilyView
from app.ui.case_editor.incidents import DetentionForm, PressureForm
from app.ui.case_editor.record_panel import RecordPanel, scrolled
from app.ui.case_editor.relative_form import RelativeForm, StatusHistory
from app.ui.case_editor.state import CaseState
from app.ui.models.entries import RelativeEntry
from app.ui.models.family_models import DetentionsModel, PressureReportsModel, RelativesModel
from app.ui.placeholders import filled
from app.ui.widgets.country_combo import DEFAULT_RELATIVE_COUNTRY
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.text import InlineMessage, isolate


class RelativesTab(QWidget):
    """Four pages: relatives, the family picture, detention episodes, pressure reports."""

    edited = Signal()
    #: Sources that named a removed relative no longer do (the Sources tab shows them again).
    sources_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: CaseState | None = None
        self.relatives_model = RelativesModel(self)
        self.statuses = StatusHistory()
        self.relative_form = RelativeForm(self.statuses)
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
        self.relatives.current_changed.connect(self.on_relatives_current_changed)
        self.statuses.edited.connect(self.on_statuses_edited)
        self.detentions.edited.connect(self.on_detentions_edited)
        self.pressure.edited.connect(self.on_pressure_edited)
        self.family.relative_activated.connect(self.on_family_relative_activated)

    # -- factories ----------------------------------------------------------------------------------
    def _new_relative(self) -> RelativeEntry:
        assert self._state is not None
        person = r.Person(id=r.new_id())
        relative = r.Relative(self._state.case.id, person.id, country=DEFAULT_RELATIVE_COUNTRY, id=r.new_id())
        return RelativeEntry(relative, r.PersonFile(person))

    def _new_detention(self) -> r.Detention:
        assert self._state is not None
        return r.Detention(self._state.case.id, id=r.new_id())

    def _new_report(self) -> r.PressureReport:
        assert self._state is not None
        return r.PressureReport(self._state.case.id, id=r.new_id())

    # -- state --------------------------------------------------------------------------------------
    def load(self, state: CaseState, is_new: bool) -> None:
        self._state = state
        self.message.clear_message()
        self._refresh_people()
        self.relatives.set_rows(state.relatives)
        self._show_statuses()
        self.detentions.set_rows(state.detentions)
        self.pressure.set_rows(state.pressure_reports)

    def clear(self) -> None:
        self._state = None
        self.message.clear_message()
        for panel in (self.relatives, self.detentions, self.pressure):
            panel.clear()
        self.statuses.show_relative("", "", [])
        self.relatives_model.set_statuses([])
        self.family.clear()
        self.detention_form.set_people({})
        self.pressure_form.set_people({}, {})

    def refresh_subject(self) -> None:
        """The person's name or birth date changed on another tab."""
        self._refresh_people()

    def _refresh_people(self) -> None:
        if self._state is None:
            return
        state = self._state
        people = state.people()
        relayers = {state.subject.id: self.tr("The person: %1").replace("%1", isolate(state.display_name))}
        relayers.update({e.person.person.id: e.name for e in state.relatives})
        self.detention_form.set_people(people)
        self.pressure_form.set_people(people, relayers)
        self.detentions_model.set_people(people)
        self.pressure_model.set_people(people)
        self.relatives_model.set_statuses(state.relative_statuses)
        born = format_partial_date(state.subject.birth_date, "")
        self.family.set_family(state.display_name, born, state.relatives, state.relative_statuses)

    def _show_statuses(self) -> None:
        """The status history of the selected relative."""
        state, relative_id = self._state, self.relatives.current_id()
        if state is None:
            return
        rows = [s for s in state.relative_statuses if s.relative_id == relative_id] if relative_id else []
        self.statuses.show_relative(state.case.id, relative_id, rows)

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
        if isinstance(record, r.RelativeStatusEntry):
            self.pages.setCurrentWidget(self.relatives)
            self.relatives.select(record.relative_id)
            self.statuses.select(record.id)
            return self.statuses.status_form.show_error(field, message)
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

    def open_record(self, table: str, record_id: str) -> bool:
        """Show a detention, pressure report or relative's status selected on its page; False for others."""
        pages = {"detentions": self.detentions, "pressure_reports": self.pressure}
        if table in pages:
            self.pages.setCurrentWidget(pages[table])
            return pages[table].select(record_id)
        statuses = self._state.relative_statuses if self._state is not None else []
        status = next((s for s in statuses if s.id == record_id), None)
        if table != "relative_statuses" or status is None:
            return False
        self.pages.setCurrentWidget(self.relatives)
        self.relatives.select(status.relative_id)
        return self.statuses.select(record_id)

    # -- edits --------------------------------------------------------------------------------------
    @Slot()
    def on_relatives_edited(self) -> None:
        if self._state is not None:
            self._state.relatives = self.relatives.rows()
            self._refresh_people()
            self.edited.emit()

    @Slot(str)
    def on_relatives_current_changed(self, relative_id: str) -> None:
        self._show_statuses()

    @Slot()
    def on_statuses_edited(self) -> None:
        state, relative_id = self._state, self.statuses.relative_id
        if state is None or not relative_id:
            return
        others = [s for s in state.relative_statuses if s.relative_id != relative_id]
        state.relative_statuses = others + self.statuses.rows()
        self._refresh_people()
        self.edited.emit()

    @Slot(object)
    def on_relatives_removed(self, entry: RelativeEntry) -> None:
        """A removed relative takes their detentions and statuses along; pressure reports and sources
        stay, no longer naming them."""
        state = self._state
        if state is None:
            return
        held = [d for d in state.detentions if d.relative_id == entry.id]
        person_id = entry.person.person.id
        reports = [
            p for p in state.pressure_reports if entry.id in p.target_ids or p.relayed_by_id == person_id
        ]
        told = [s for s in state.sources if s.person_id == person_id]
        state.detentions = [d for d in state.detentions if d.relative_id != entry.id]
        state.relative_statuses = [s for s in state.relative_statuses if s.relative_id != entry.id]
        state.pressure_reports = [
            dataclasses.replace(
                p,
                target_ids=tuple(t for t in p.target_ids if t != entry.id),
                relayed_by_id=None if p.relayed_by_id == person_id else p.relayed_by_id,
            )
            if p in reports
            else p
            for p in state.pressure_reports
        ]
        state.sources = [dataclasses.replace(s, person_id=None) if s in told else s for s in state.sources]
        self._refresh_people()
        self._show_statuses()
        self.detentions.set_rows(state.detentions)
        self.pressure.set_rows(state.pressure_reports)
        if told:
            self.sources_edited.emit()
        if held or reports or told:
            self.message.show_message(
                filled(
                    self.tr(
                        "Removed %1. Detentions removed with them: %2. Pressure reports that no longer "
                        "name this relative: %3. Sources that no longer name this relative: %4. Nothing "
                        "is written until you save."
                    ),
                    isolate(entry.name),
                    str(len(held)),
                    str(len(reports)),
                    str(len(told)),
                ),
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
