# SPDX-License-Identifier: GPL-3.0-or-later
"""Identity tab: the spellings of the name (with the duplicate check), the person, their documents and
residences, and the case header with its summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGroupBox, QScrollArea, QVBoxLayout, QWidget

from app.domain import records as r
from app.domain.vocab import DocumentKind
from app.services.bundle import Services
from app.services.name_index import PossibleDuplicates
from app.ui.case_editor.duplicates_panel import DuplicatesPanel
from app.ui.case_editor.links_box import LinksBox
from app.ui.case_editor.names_editor import NameVariantsEditor
from app.ui.case_editor.person_forms import CaseForm, DocumentForm, PersonForm
from app.ui.case_editor.record_panel import RecordPanel
from app.ui.case_editor.residence_form import ResidenceForm
from app.ui.case_editor.state import CaseState
from app.ui.models.documents_model import DocumentsModel
from app.ui.models.residences_model import ResidencesModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.after_paint import after_paint


class IdentityTab(QWidget):
    """Edits ``state.case``, ``state.subject``, ``state.names``, ``state.documents`` and
    ``state.residences`` in place."""

    edited = Signal()
    duplicates_checked = Signal()
    open_case_requested = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._runner = services, runner
        self._state: CaseState | None = None
        self._is_new = True
        self._check_token = 0
        self.names = NameVariantsEditor(self)
        self.duplicates = DuplicatesPanel(self, tab_after=self.names.remove_button)
        self.person = PersonForm(self)
        self.case_form = CaseForm(self)
        self.documents_model = DocumentsModel(self)
        self.document_form = DocumentForm(self)
        self.documents = RecordPanel(
            self.documents_model,
            self.document_form,
            self._new_document,
            add_text=self.tr("Add document"),
            remove_text=self.tr("Remove document"),
            stretch=DocumentsModel.ISSUER,
        )
        self.residences_model = ResidencesModel(self)
        self.residence_form = ResidenceForm(self)
        self.residences = RecordPanel(
            self.residences_model,
            self.residence_form,
            self._new_residence,
            add_text=self.tr("Add residence"),
            remove_text=self.tr("Remove residence"),
            sort_column=ResidencesModel.SINCE,
            stretch=ResidencesModel.NOTES,
        )
        names_box = QGroupBox(self.tr("Names (every spelling, any script)"), self)
        names_layout = QVBoxLayout(names_box)
        names_layout.addWidget(self.names)
        names_layout.addWidget(self.duplicates)
        person_box = QGroupBox(self.tr("Person"), self)
        person_layout = QVBoxLayout(person_box)
        person_layout.addWidget(self.person)
        self.person_links = LinksBox(person_box)  # sources of the person's details
        person_layout.addWidget(self.person_links)
        case_box = QGroupBox(self.tr("Case"), self)
        case_layout = QVBoxLayout(case_box)
        case_layout.addWidget(self.case_form)
        # Links from records of other cases ("one decision for four people"); they are made from the
        # record that concerns this case, so only Remove is offered here.
        self.case_links = LinksBox(case_box)
        self.case_links.add_button.hide()
        case_layout.addWidget(self.case_links)
        documents_box = QGroupBox(self.tr("Identity documents"), self)
        QVBoxLayout(documents_box).addWidget(self.documents)
        residences_box = QGroupBox(self.tr("Places of residence"), self)
        QVBoxLayout(residences_box).addWidget(self.residences)
        inner = QWidget(self)
        column = QVBoxLayout(inner)  # one column: two did not fit 1366x768 in Kazakh
        column.addWidget(names_box)
        column.addWidget(person_box)
        column.addWidget(case_box)
        column.addWidget(documents_box)
        column.addWidget(residences_box)
        for box in (names_box, documents_box, residences_box):
            box.setMinimumHeight(box.sizeHint().height())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setTabOrder(self.names.remove_button, self.person.birth_date.year)
        self.names.edited.connect(self.on_names_edited)
        self.names.spelling_added.connect(self.on_names_spelling_added)
        self.person.changed.connect(self.on_person_changed)
        self.case_form.changed.connect(self.on_case_form_changed)
        self.documents.edited.connect(self.on_documents_edited)
        self.residences.edited.connect(self.on_residences_edited)
        self.case_links.edited.connect(self.edited)
        self.person_links.edited.connect(self.edited)
        self.duplicates.not_same.connect(self.on_duplicates_not_same)
        self.duplicates.open_case_requested.connect(self.open_case_requested)

    # -- state ------------------------------------------------------------------------------------
    def load(self, state: CaseState, is_new: bool) -> None:
        self._state, self._is_new = state, is_new
        self.names.set_names(state.subject.id, state.names)
        self.person.load(state.subject)
        self.case_form.load(state.case)
        self.documents.set_rows(state.documents)
        self.residences.set_rows(state.residences)
        for box, record in ((self.case_links, state.case), (self.person_links, state.subject)):
            box.bind(state)
            box.show_record(record)
        self._birth_changed()
        self.duplicates.clear()
        if not is_new:  # the person may also be in another case, recorded there under another spelling
            self._check_token += 1  # a check for the case shown before must not fill the panel
            token = self._check_token
            after_paint(self, lambda: self._check_if_current(token))

    def clear(self) -> None:
        self._state = None
        self._check_token += 1  # a check still running must not fill the panel again
        self.names.clear()
        self.person.load(None)
        self.case_form.load(None)
        self.documents.clear()
        self.residences.clear()
        for box in (self.case_links, self.person_links):
            box.show_record(None)
            box.bind(None)
        self.duplicates.clear()

    def show_error(self, record: Any, field: str, message: str) -> bool:
        subject_id = self._state.subject.id if self._state else ""
        if (isinstance(record, r.PersonName) and record.person_id == subject_id) or (
            record is None and field == "names"
        ):
            self.names.show_error(message)
            return True
        if isinstance(record, r.Person) and record.id == subject_id:
            return self.person.show_error(field, message)
        if isinstance(record, r.Case) or (record is None and field == "reference"):  # checked at Save
            return self.case_form.show_error(field, message)
        if isinstance(record, r.IdentityDocument):
            self.documents.select(record.id)
            return self.document_form.show_error(field, message)
        if isinstance(record, r.Residence):
            self.residences.select(record.id)
            return self.residence_form.show_error(field, message)
        return False

    def _new_document(self) -> r.IdentityDocument:
        assert self._state is not None
        return r.IdentityDocument(self._state.subject.id, DocumentKind.PRC_RESIDENT_ID, id=r.new_id())

    def _new_residence(self) -> r.Residence:
        assert self._state is not None
        return r.Residence(self._state.subject.id, id=r.new_id())

    def _birth_changed(self) -> None:
        birth = self._state.subject.birth_date if self._state else None
        self.documents_model.set_birth_date(birth)
        self.document_form.set_birth_date(birth)

    # -- the duplicate check ------------------------------------------------------------------------
    def _check_if_current(self, token: int) -> None:
        """The check asked for by ``load``, unless the tab was cleared or loaded again since."""
        if token == self._check_token:
            self.check_duplicates()

    def check_duplicates(self) -> None:
        """Look for persons already in the vault who may be this one (off the GUI thread)."""
        if self._state is None or not self._state.names:
            return
        self._check_token += 1
        token, names = self._check_token, self._services.names
        spellings = [n.text for n in self._state.names]
        subject, dismissed = self._state.subject, list(self._state.not_same)
        self._runner.start(
            lambda progress: (
                token,
                names.duplicate_candidates(spellings, subject.id, dismissed, born=subject.birth_date),
            ),
            on_success=self.on_duplicates_found,
            on_failure=self.on_duplicates_failed,
        )

    @Slot(object)
    def on_duplicates_found(self, result: tuple[int, PossibleDuplicates]) -> None:
        token, duplicates = result
        if token == self._check_token and self._state is not None:
            self.duplicates.show_candidates(duplicates, self._state.subject.birth_date)
            self.duplicates_checked.emit()

    @Slot(Exception)
    def on_duplicates_failed(self, error: Exception) -> None:
        self.duplicates.clear()  # the check is a help, not a gate: a failure must not block the intake
        self.duplicates_checked.emit()

    @Slot(str)
    def on_duplicates_not_same(self, person_id: str) -> None:
        if self._state is None:
            return
        if self._is_new:
            self._state.not_same.append(person_id)  # written with the first save (the person must exist)
            self.edited.emit()
            return
        names, subject_id = self._services.names, self._state.subject.id
        self._runner.start(lambda progress: names.mark_not_same(subject_id, person_id))

    # -- edits ------------------------------------------------------------------------------------
    @Slot()
    def on_names_edited(self) -> None:
        if self._state is not None:
            self._state.names = self.names.names()
            self.edited.emit()

    @Slot(str)
    def on_names_spelling_added(self, text: str) -> None:
        self.check_duplicates()

    @Slot()
    def on_person_changed(self) -> None:
        if self._state is not None:
            birth_before = self._state.subject.birth_date
            self._state.subject = self.person.current()
            if self._state.subject.birth_date != birth_before:
                self._birth_changed()
                if self.duplicates.cards:  # who comes first among them depends on it
                    self.check_duplicates()
            self.edited.emit()

    @Slot()
    def on_case_form_changed(self) -> None:
        if self._state is not None:
            self._state.case = self.case_form.current()
            self.edited.emit()

    @Slot()
    def on_documents_edited(self) -> None:
        if self._state is not None:
            self._state.documents = self.documents.rows()
            self.edited.emit()

    @Slot()
    def on_residences_edited(self) -> None:
        if self._state is not None:
            self._state.residences = self.residences.rows()
            self.edited.emit()
