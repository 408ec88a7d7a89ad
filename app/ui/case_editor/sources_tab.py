# SPDX-License-Identifier: GPL-3.0-or-later
"""Sources tab: the people, articles and documents the case's facts come from, and how far to believe them."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from app.domain import records as r
from app.domain.vocab import Reliability, SourceConnection, SourceKind
from app.ui.case_editor.link_text import person_name
from app.ui.case_editor.panel_tab import PanelTab
from app.ui.case_editor.person_forms import add_row
from app.ui.case_editor.record_panel import RecordForm, RecordPanel, scrolled
from app.ui.models.sources_model import SourcesModel
from app.ui.models.vocab_labels import LANGUAGE, RELIABILITY, SOURCE_CONNECTION, SOURCE_KIND, options
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import ScriptLineEdit, ScriptTextEdit
from app.ui.widgets.vocab_combo import VocabCombo, code_of


class SourceForm(RecordForm):
    """One source; a person source is one of the case's people."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = VocabCombo(options(SOURCE_KIND), self)
        self.person = VocabCombo([], self, empty="—")
        self.title = ScriptLineEdit(self)
        self.publisher = ScriptLineEdit(self)
        self.published_on = PartialDateEdit(self)
        self.information_on = PartialDateEdit(self)
        self.language = VocabCombo(options(LANGUAGE), self, empty="")
        self.connection = VocabCombo(options(SOURCE_CONNECTION), self)
        self.reliability = VocabCombo(options(RELIABILITY), self)
        self.notes = ScriptTextEdit(self)
        self.notes.set_lines(3)
        form = QFormLayout(self)
        add_row(form, self.tr("Kind"), self.kind)
        add_row(form, self.tr("Person"), self.person, self.field_message("person_id", self.person))
        add_row(form, self.tr("Title"), self.title, self.field_message("title", self.title))
        add_row(form, self.tr("Publisher"), self.publisher, self.field_message("publisher", self.publisher))
        add_row(
            form,
            self.tr("Published on"),
            self.published_on,
            self.field_message("published_on", self.published_on),
        )
        add_row(
            form,
            self.tr("Information as of"),
            self.information_on,
            self.field_message("information_on", self.information_on),
        )
        add_row(form, self.tr("Language"), self.language)
        add_row(form, self.tr("How the source knows"), self.connection)
        add_row(form, self.tr("Reliability"), self.reliability)
        add_row(form, self.tr("Notes"), self.notes, self.field_message("notes", self.notes))
        self.watch(self.kind, self.person, self.title, self.publisher, self.published_on, self.information_on)
        self.watch(self.language, self.connection, self.reliability, self.notes)

    def set_people(self, people: list[tuple[str, str]]) -> None:
        """(person id, name) of the case's subject and relatives."""
        self.person.set_options(people, empty="—")

    def fill(self, record: r.Source) -> None:
        self.kind.set_code(str(record.kind))
        self.person.set_code(record.person_id or "")
        self.title.setText(record.title)
        self.publisher.setText(record.publisher)
        self.published_on.set_value(record.published_on)
        self.information_on.set_value(record.information_on)
        self.language.set_code(record.language) if record.language else self.language.setCurrentIndex(0)
        self.connection.set_code(str(record.connection))
        self.reliability.set_code(str(record.reliability))
        self.notes.set_text(record.notes)

    def build(self, base: r.Source) -> r.Source:
        return dataclasses.replace(
            base,
            kind=code_of(self.kind, SourceKind, SourceKind.OTHER),
            person_id=self.person.code() or None,
            title=self.title.text(),
            publisher=self.publisher.text(),
            published_on=self.published_on.value(),
            information_on=self.information_on.value(),
            language=self.language.code(),
            connection=code_of(self.connection, SourceConnection, SourceConnection.UNKNOWN),
            reliability=code_of(self.reliability, Reliability, Reliability.CANNOT_BE_JUDGED),
            notes=self.notes.text(),
        )

    def clear_fields(self) -> None:
        self.title.clear()
        self.publisher.clear()
        self.notes.set_text("")
        for combo in (self.kind, self.person, self.language, self.connection, self.reliability):
            combo.setCurrentIndex(0)
        self.published_on.clear()
        self.information_on.clear()

    def first_field(self) -> QWidget:
        return self.kind


class SourcesTab(PanelTab):
    """The sources of the case; a source is tied to the facts it speaks of by links."""

    RECORD_TYPE = r.Source
    STATE_FIELD = "sources"
    form: SourceForm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SourcesModel(self)
        self.form = SourceForm()
        self.host(
            RecordPanel(
                self.model,
                self.form,
                self._new_source,
                add_text=self.tr("Add source"),
                remove_text=self.tr("Remove source"),
                stretch=SourcesModel.TITLE,
                form_host=scrolled(self.form),
            )
        )
        self.panel.splitter.setSizes([300, 500])

    def _people(self, state: Any) -> list[tuple[str, str]]:
        subject = (state.subject.id, state.display_name or self.tr("The person the case is about"))
        return [subject, *((e.person.person.id, e.name) for e in state.relatives if e.name)]

    def refresh_choices(self, state: Any) -> None:
        if state is None:
            self.model.person_name = lambda person_id: ""
            self.form.set_people([])
        else:
            self.model.person_name = lambda person_id: person_name(state, person_id)
            self.form.set_people(self._people(state))
        self.model.refresh()

    def _new_source(self) -> r.Source:
        assert self._state is not None
        return r.Source(self._state.case.id, id=r.new_id())
