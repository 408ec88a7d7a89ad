# SPDX-License-Identifier: GPL-3.0-or-later
"""One place where a person has lived: place, region, country, since, until and notes."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QFormLayout, QWidget

from app.domain import records as r
from app.ui.case_editor.person_forms import add_row
from app.ui.case_editor.record_panel import RecordForm
from app.ui.widgets.country_combo import CountryCombo
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import ScriptLineEdit, ScriptTextEdit


class ResidenceForm(RecordForm):
    """Edits one Residence ("Talgar, Almaty Region, Kazakhstan, since 2019")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = ScriptLineEdit(self)
        self.place.setAccessibleName(self.tr("Place of residence"))
        self.region = ScriptLineEdit(self)
        self.country = CountryCombo(self)
        self.since = PartialDateEdit(self)
        self.until = PartialDateEdit(self)
        self.notes = ScriptTextEdit(self)
        self.notes.set_lines(2)
        form = QFormLayout(self)
        add_row(form, self.tr("Place"), self.place, self.field_message("place", self.place))
        add_row(form, self.tr("Region"), self.region, self.field_message("region", self.region))
        add_row(form, self.tr("Country"), self.country, self.field_message("country", self.country))
        add_row(form, self.tr("Since"), self.since, self.field_message("since", self.since))
        add_row(form, self.tr("Until"), self.until, self.field_message("until", self.until))
        add_row(form, self.tr("Notes"), self.notes, self.field_message("notes", self.notes))
        self.watch(self.place, self.region, self.country, self.since, self.until, self.notes)

    def fill(self, record: r.Residence) -> None:
        self.place.setText(record.place)
        self.region.setText(record.region)
        self.country.set_value(record.country)
        self.since.set_value(record.since)
        self.until.set_value(record.until)
        self.notes.set_text(record.notes)

    def build(self, base: r.Residence) -> r.Residence:
        return dataclasses.replace(
            base,
            place=self.place.text(),
            region=self.region.text(),
            country=self.country.value(),
            since=self.since.value(),
            until=self.until.value(),
            notes=self.notes.text(),
        )

    def clear_fields(self) -> None:
        self.country.set_value("")
        for field in (self.place, self.region, self.notes):
            field.clear()
        self.since.clear()
        self.until.clear()

    def first_field(self) -> QWidget:
        return self.place
