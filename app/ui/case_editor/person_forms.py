# SPDX-License-Identifier: GPL-3.0-or-later
"""Identity tab forms: the case header and summary, the person, an identity document and its ID check."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import CaseStatus, CivilStatus, Confidentiality, DocumentKind, Sex
from app.ui.case_editor.record_panel import RecordForm
from app.ui.models.documents_model import describe_prc_check, prc_check
from app.ui.models.vocab_labels import (
    BLOCKED,
    CASE_STATUS,
    CITIZENSHIP,
    CIVIL_STATUS,
    CONFIDENTIALITY,
    DOCUMENT_KIND,
    LACK,
    SEX,
    options,
)
from app.ui.widgets.code_checklist import CodeChecklist
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import InlineMessage, ScriptLineEdit, ScriptTextEdit
from app.ui.widgets.vocab_combo import VocabCombo, code_of


def add_row(form: QFormLayout, label: str, widget: QWidget, message: InlineMessage | None = None) -> None:
    """A labelled field with its inline message right under it."""
    if message is None:
        form.addRow(label, widget)
        return
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)  # level with its label if the row is taller
    layout.addWidget(message)
    form.addRow(label, box)


class CaseForm(RecordForm):
    """Reference, status, confidentiality, opening date and summary of the case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Given when the case is saved"))
        self.status = VocabCombo(options(CASE_STATUS), self)
        self.confidentiality = VocabCombo(options(CONFIDENTIALITY), self)
        self.opened_on = PartialDateEdit(self)
        self.summary = ScriptTextEdit(self)
        self.summary.set_lines(4)
        self.summary.setAccessibleName(self.tr("Summary"))
        form = QFormLayout(self)
        add_row(form, self.tr("Reference"), self.reference, self.field_message("reference", self.reference))
        add_row(form, self.tr("Status"), self.status)
        add_row(form, self.tr("Confidentiality"), self.confidentiality)
        add_row(form, self.tr("Opened on"), self.opened_on)
        add_row(form, self.tr("Summary"), self.summary, self.field_message("summary", self.summary))
        self.watch(self.reference, self.status, self.confidentiality, self.opened_on, self.summary)

    def fill(self, record: r.Case) -> None:
        self.reference.setText(record.reference)
        self.status.set_code(record.status)
        self.confidentiality.set_code(record.confidentiality)
        self.opened_on.set_value(record.opened_on)
        self.summary.set_text(record.summary)

    def build(self, base: r.Case) -> r.Case:
        return dataclasses.replace(
            base,
            reference=self.reference.text(),
            status=code_of(self.status, CaseStatus, CaseStatus.INTAKE),
            confidentiality=code_of(self.confidentiality, Confidentiality, Confidentiality.NORMAL),
            opened_on=self.opened_on.value(),
            summary=self.summary.text(),
        )

    def clear_fields(self) -> None:
        self.reference.clear()
        self.status.setCurrentIndex(0)
        self.confidentiality.setCurrentIndex(0)
        self.opened_on.clear()
        self.summary.clear()


class PersonForm(RecordForm):
    """Birth date or an age at a date, birth place, sex, civil status, occupation, ethnicity,
    citizenship, what the person lacks and what that blocks, and notes."""

    NO_AGE = -1  # the spin box's lowest value, shown as "unknown": the age is not known

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.birth_date = PartialDateEdit(self)
        self.age = QSpinBox(self)
        self.age.setRange(self.NO_AGE, 150)
        self.age.setSpecialValueText(self.tr("unknown"))
        self.age.setAccessibleName(self.tr("Age"))
        self.age.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.age_on = PartialDateEdit(self)
        self.birth_place = ScriptLineEdit(self)
        self.sex = VocabCombo(options(SEX), self)
        self.civil_status = VocabCombo(options(CIVIL_STATUS), self)
        self.occupation = ScriptLineEdit(self)
        self.ethnicity = ScriptLineEdit(self)
        # One text, so a language can offer as many words as it needs (Russian: a man's and a woman's).
        suggested = self.tr("Kazakh, Uyghur, Kyrgyz, Hui, Han", "ethnicities suggested, separated by commas")
        self.ethnicity.setCompleter(QCompleter([word.strip() for word in suggested.split(",")], self))
        self.citizenship = ScriptLineEdit(self)
        self.citizenship.setCompleter(QCompleter([text for _, text in options(CITIZENSHIP)], self))
        self.lacks = CodeChecklist(LACK, self)
        self.lacks.setAccessibleName(self.tr("Missing papers"))
        self.blocked = CodeChecklist(BLOCKED, self)
        self.blocked.setAccessibleName(self.tr("What it blocks"))
        self.notes = ScriptTextEdit(self)
        self.notes.set_lines(3)
        form = QFormLayout()
        situation = QFormLayout()  # beside the rest, labels above: the lists are narrow, the labels long
        situation.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        columns = QHBoxLayout(self)
        columns.addLayout(form, 3)
        columns.addLayout(situation, 2)
        add_row(
            form, self.tr("Birth date"), self.birth_date, self.field_message("birth_date", self.birth_date)
        )
        add_row(form, self.tr("Age"), self.age, self.field_message("age", self.age))
        add_row(form, self.tr("Age as of"), self.age_on, self.field_message("age_on", self.age_on))
        add_row(
            form,
            self.tr("Birth place"),
            self.birth_place,
            self.field_message("birth_place", self.birth_place),
        )
        add_row(form, self.tr("Sex"), self.sex)
        add_row(form, self.tr("Civil status"), self.civil_status)
        add_row(
            form, self.tr("Occupation"), self.occupation, self.field_message("occupation", self.occupation)
        )
        add_row(form, self.tr("Ethnicity"), self.ethnicity, self.field_message("ethnicity", self.ethnicity))
        add_row(
            form,
            self.tr("Citizenship"),
            self.citizenship,
            self.field_message("citizenship", self.citizenship),
        )
        add_row(form, self.tr("Notes"), self.notes, self.field_message("notes", self.notes))
        add_row(situation, self.tr("Missing papers"), self.lacks, self.field_message("lacks", self.lacks))
        add_row(
            situation, self.tr("What it blocks"), self.blocked, self.field_message("blocked", self.blocked)
        )
        self.watch(
            self.birth_date,
            self.age,
            self.age_on,
            self.birth_place,
            self.sex,
            self.civil_status,
            self.occupation,
            self.ethnicity,
            self.citizenship,
            self.notes,
        )
        self.watch(self.lacks, self.blocked)

    def fill(self, record: r.Person) -> None:
        self.birth_date.set_value(record.birth_date)
        self.age.setValue(self.NO_AGE if record.age is None else record.age)
        self.age_on.set_value(record.age_on)
        self.birth_place.setText(record.birth_place)
        self.sex.set_code(record.sex)
        self.civil_status.set_code(record.civil_status)
        self.occupation.setText(record.occupation)
        self.ethnicity.setText(record.ethnicity)
        self.citizenship.setText(record.citizenship)
        self.lacks.set_codes(record.lacks)
        self.blocked.set_codes(record.blocked)
        self.notes.set_text(record.notes)

    def build(self, base: r.Person) -> r.Person:
        age = self.age.value()
        return dataclasses.replace(
            base,
            birth_date=self.birth_date.value(),
            age=None if age == self.NO_AGE else age,
            age_on=self.age_on.value(),
            birth_place=self.birth_place.text(),
            sex=code_of(self.sex, Sex, Sex.UNKNOWN),
            civil_status=code_of(self.civil_status, CivilStatus, CivilStatus.UNKNOWN),
            occupation=self.occupation.text(),
            ethnicity=self.ethnicity.text(),
            citizenship=self.citizenship.text(),
            lacks=self.lacks.codes(),
            blocked=self.blocked.codes(),
            notes=self.notes.text(),
        )

    def clear_fields(self) -> None:
        for field in (self.birth_place, self.occupation, self.ethnicity, self.citizenship, self.notes):
            field.clear()
        self.birth_date.clear()
        self.age.setValue(self.NO_AGE)
        self.age_on.clear()
        self.sex.set_code(Sex.UNKNOWN)
        self.civil_status.set_code(CivilStatus.UNKNOWN)
        self.lacks.clear_codes()
        self.blocked.clear_codes()

    def first_field(self) -> QWidget:
        return self.birth_date.year


class DocumentForm(RecordForm):
    """One identity document; a PRC resident ID is checked as it is typed (never a modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.birth: PartialDate | None = None
        self.kind = VocabCombo(options(DOCUMENT_KIND), self)
        self.number = ScriptLineEdit(self)
        self.number.setAccessibleName(self.tr("Document number"))
        self.check = InlineMessage(self)
        self.issuer = ScriptLineEdit(self)
        self.issued_on = PartialDateEdit(self)
        self.valid_until = PartialDateEdit(self)
        self.notes = ScriptTextEdit(self)
        self.notes.set_lines(3)
        number_box = QWidget(self)
        number_layout = QVBoxLayout(number_box)
        number_layout.setContentsMargins(0, 0, 0, 0)
        number_layout.setSpacing(2)
        number_layout.addWidget(self.number)
        number_layout.addWidget(self.check)
        number_layout.addWidget(self.field_message("number", self.number))
        form = QFormLayout(self)
        add_row(form, self.tr("Document"), self.kind)
        form.addRow(self.tr("Number"), number_box)
        add_row(form, self.tr("Issued by"), self.issuer, self.field_message("issuer", self.issuer))
        add_row(form, self.tr("Issued on"), self.issued_on)
        add_row(form, self.tr("Valid until"), self.valid_until)
        add_row(form, self.tr("Notes"), self.notes, self.field_message("notes", self.notes))
        self.watch(self.kind, self.number, self.issuer, self.issued_on, self.valid_until, self.notes)
        self.number.textChanged.connect(self.on_number_textChanged)
        self.kind.currentIndexChanged.connect(self.on_number_textChanged)

    def set_birth_date(self, birth: PartialDate | None) -> None:
        self.birth = birth
        self.update_check()

    def update_check(self) -> None:
        record = self.current()
        if record is None:
            self.check.clear_message()
            return
        check = prc_check(self.build(record), self.birth)
        if check is None:
            self.check.clear_message()
        else:
            self.check.show_message(describe_prc_check(check, self.birth), "ok" if check.valid else "error")

    def after_load(self) -> None:
        self.update_check()

    @Slot()
    def on_number_textChanged(self, *_: object) -> None:
        self.update_check()

    def fill(self, record: r.IdentityDocument) -> None:
        self.kind.set_code(record.kind)
        self.number.setText(record.number)
        self.issuer.setText(record.issuer)
        self.issued_on.set_value(record.issued_on)
        self.valid_until.set_value(record.valid_until)
        self.notes.set_text(record.notes)

    def build(self, base: r.IdentityDocument) -> r.IdentityDocument:
        return dataclasses.replace(
            base,
            kind=code_of(self.kind, DocumentKind, DocumentKind.OTHER),
            number=self.number.text(),
            issuer=self.issuer.text(),
            issued_on=self.issued_on.value(),
            valid_until=self.valid_until.value(),
            notes=self.notes.text(),
        )

    def clear_fields(self) -> None:
        for field in (self.number, self.issuer, self.notes):
            field.clear()
        self.kind.setCurrentIndex(0)
        self.issued_on.clear()
        self.valid_until.clear()
        self.check.clear_message()

    def first_field(self) -> QWidget:
        return self.kind
