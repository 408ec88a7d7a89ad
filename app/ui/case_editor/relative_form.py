# SPDX-License-Identifier: GPL-3.0-or-later
"""The form of one relative (named or only described) and the list of their dated statuses."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.domain import records as r
from app.domain.vocab import Relationship, RelativeStatus
from app.services.demo_people import COUNTIES
from app.ui.case_editor.incidents import place
from app.ui.case_editor.names_editor import NameVariantsEditor
from app.ui.case_editor.person_forms import add_row
from app.ui.case_editor.record_panel import RecordForm, RecordPanel
from app.ui.models.entries import RelativeEntry
from app.ui.models.family_models import RelativeStatusesModel
from app.ui.models.vocab_labels import RELATIONSHIP, RELATIVE_STATUS, options
from app.ui.widgets.country_combo import CountryCombo
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import ScriptLineEdit, ScriptTextEdit, inline_completer
from app.ui.widgets.vocab_combo import VocabCombo, code_of

NO_AGE = -1  # the age spin box's "not known" value


def row_of(parent: QWidget, *widgets: tuple[QWidget, int]) -> QWidget:
    """Widgets side by side in one form row, with their stretch factors."""
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in widgets:
        layout.addWidget(widget, stretch)
    return box


class RelativeForm(RecordForm):
    """One relative: spellings or a description, relationship, age, occupation, place, last contact."""

    def __init__(self, statuses: QWidget, parent: QWidget | None = None) -> None:
        """``statuses`` (the relative's status history, kept apart from the record) goes under the age."""
        super().__init__(parent)
        # Each field is made and placed in turn: the Tab order follows the order of the rows.
        form = QFormLayout(self)
        self.names = NameVariantsEditor(self, compact=True)
        add_row(form, self.tr("Names"), self.names)
        self._messages["names"], self._fields["names"] = self.names.message, self.names.entry
        self.description = place(self, form, self.tr("Description"), ScriptLineEdit(self), "description")
        self.description.setPlaceholderText(self.tr("When the name is not known: her mother, about 70"))
        self.relationship = VocabCombo(options(RELATIONSHIP), self)
        self.minor = QCheckBox(self.tr("Minor"), self)
        add_row(form, self.tr("Relationship"), row_of(self, (self.relationship, 1), (self.minor, 0)))
        self.age = QSpinBox(self)
        self.age.setRange(NO_AGE, 130)
        self.age.setSpecialValueText("—")
        self.age.setAccessibleName(self.tr("Age"))
        as_of = QLabel(self.tr("as of"), self)
        self.age_on = PartialDateEdit(self)
        add_row(form, self.tr("Age"), row_of(self, (self.age, 0), (as_of, 0), (self.age_on, 1)))
        add_row(form, self.tr("Statuses"), statuses)
        self.occupation = place(self, form, self.tr("Occupation"), ScriptLineEdit(self), "occupation")
        self.country = place(self, form, self.tr("Country"), CountryCombo(self), "country")
        self.prefecture = place(self, form, self.tr("Prefecture"), ScriptLineEdit(self), "prefecture")
        self.prefecture.setCompleter(inline_completer(sorted({c[1] for c in COUNTIES}), self))
        self.county = place(self, form, self.tr("County"), ScriptLineEdit(self), "county")
        self.county.setCompleter(inline_completer(sorted({c[0] for c in COUNTIES}), self))
        self.township = place(self, form, self.tr("Township"), ScriptLineEdit(self), "township")
        self.village = place(self, form, self.tr("Village"), ScriptLineEdit(self), "village")
        self.last_contact = place(self, form, self.tr("Last contact"), PartialDateEdit(self))
        self.notes = place(self, form, self.tr("Notes"), ScriptTextEdit(self), "notes")
        self.notes.set_lines(3)
        self.watch(self.names, self.description, self.relationship, self.minor, self.age, self.age_on)
        self.watch(self.occupation, self.country, self.prefecture, self.county, self.township, self.village)
        self.watch(self.last_contact, self.notes)

    def fill(self, record: RelativeEntry) -> None:
        rel, person = record.relative, record.person.person
        self.names.set_names(person.id, list(record.person.names))
        self.relationship.set_code(rel.relationship)
        self.minor.setChecked(rel.minor)
        self.age.setValue(NO_AGE if person.age is None else person.age)
        self.age_on.set_value(person.age_on)
        for field, value in (
            (self.description, rel.description),
            (self.occupation, person.occupation),
            (self.prefecture, rel.prefecture),
            (self.county, rel.county),
            (self.township, rel.township),
            (self.village, rel.village),
        ):
            field.setText(value)
        self.country.set_value(rel.country)
        self.last_contact.set_value(rel.last_contact)
        self.notes.set_text(rel.notes)

    def build(self, base: RelativeEntry) -> RelativeEntry:
        relative = dataclasses.replace(
            base.relative,
            relationship=code_of(self.relationship, Relationship, Relationship.OTHER),
            description=self.description.text(),
            minor=self.minor.isChecked(),
            country=self.country.value(),
            prefecture=self.prefecture.text(),
            county=self.county.text(),
            township=self.township.text(),
            village=self.village.text(),
            last_contact=self.last_contact.value(),
            notes=self.notes.text(),
        )
        person = dataclasses.replace(
            base.person.person,
            occupation=self.occupation.text(),
            age=None if self.age.value() == NO_AGE else self.age.value(),
            age_on=self.age_on.value(),
        )
        return RelativeEntry(
            relative, dataclasses.replace(base.person, person=person, names=tuple(self.names.names()))
        )

    def clear_fields(self) -> None:
        self.names.clear()
        for field in (
            self.description,
            self.occupation,
            self.prefecture,
            self.county,
            self.township,
            self.village,
            self.notes,
        ):
            field.clear()
        self.country.set_value("")
        self.relationship.setCurrentIndex(0)
        self.minor.setChecked(False)
        self.age.setValue(NO_AGE)
        self.age_on.clear()
        self.last_contact.clear()

    def first_field(self) -> QWidget:
        return self.names.entry

    def show_error(self, field: str, text: str) -> bool:
        if field in ("names", "text"):
            self.names.show_error(text)
            return True
        return super().show_error(field, text)


class StatusForm(RecordForm):
    """One dated status of a relative."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = VocabCombo(options(RELATIVE_STATUS), self)
        self.started_on = PartialDateEdit(self)
        self.ended_on = PartialDateEdit(self)
        self.notes = ScriptLineEdit(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("Status"), self.status)
        add_row(form, self.tr("From"), self.started_on)
        add_row(form, self.tr("Until"), self.ended_on)
        add_row(form, self.tr("Notes"), self.notes, self.field_message("notes", self.notes))
        self.watch(self.status, self.started_on, self.ended_on, self.notes)

    def fill(self, record: r.RelativeStatusEntry) -> None:
        self.status.set_code(record.status)
        self.started_on.set_value(record.started_on)
        self.ended_on.set_value(record.ended_on)
        self.notes.setText(record.notes)

    def build(self, base: r.RelativeStatusEntry) -> r.RelativeStatusEntry:
        return dataclasses.replace(
            base,
            status=code_of(self.status, RelativeStatus, RelativeStatus.UNKNOWN),
            started_on=self.started_on.value(),
            ended_on=self.ended_on.value(),
            notes=self.notes.text(),
        )

    def clear_fields(self) -> None:
        self.status.setCurrentIndex(0)
        self.started_on.clear()
        self.ended_on.clear()
        self.notes.clear()

    def first_field(self) -> QWidget:
        return self.status


class StatusHistory(RecordPanel):
    """The selected relative's statuses: several may hold at once; a row without "until" holds now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        status_form = StatusForm()
        super().__init__(
            RelativeStatusesModel(),
            status_form,
            self._new_status,
            add_text=QCoreApplication.translate("StatusHistory", "Add status"),
            remove_text=QCoreApplication.translate("StatusHistory", "Remove status"),
            sort_column=RelativeStatusesModel.FROM,
            stretch=RelativeStatusesModel.NOTES,
            parent=parent,
        )
        self.status_form = status_form
        self.case_id = ""
        self.relative_id = ""
        self.model.setParent(self)
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 4)
        self.splitter.setSizes([120, 200])

    def show_relative(self, case_id: str, relative_id: str, rows: list[r.RelativeStatusEntry]) -> None:
        """Show ``rows``, the statuses of ``relative_id`` (an empty id: no relative selected)."""
        self.case_id, self.relative_id = case_id, relative_id
        self.set_rows(rows)
        self.setEnabled(bool(relative_id))

    def _new_status(self) -> r.RelativeStatusEntry:
        return r.RelativeStatusEntry(self.case_id, self.relative_id, id=r.new_id())
