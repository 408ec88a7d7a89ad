# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviews tab: when, where, who, informed consent, then the account (sections and free narrative)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.records import INTERVIEW_SECTIONS
from app.domain.validation import excluded_scopes
from app.domain.vocab import ConsentScope
from app.ui.case_editor.panel_tab import PanelTab
from app.ui.case_editor.person_forms import add_row
from app.ui.case_editor.record_panel import RecordForm, RecordPanel, scrolled
from app.ui.models.interviews_model import InterviewsModel
from app.ui.models.vocab_labels import (
    CONSENT_RECORDING,
    CONSENT_SCOPE,
    INTERVIEW_SECTION,
    LANGUAGE,
    label,
    options,
)
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import InlineMessage, ScriptLineEdit, ScriptTextEdit
from app.ui.widgets.vocab_combo import VocabCombo

NARRATIVE = "narrative"


class InterviewForm(RecordForm):
    """One interview; the account stays disabled until consent is given and how it was recorded is said."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held_on = PartialDateEdit(self)
        self.place = ScriptLineEdit(self)
        self.interviewer = ScriptLineEdit(self)
        self.language = VocabCombo(options(LANGUAGE), self, empty="")
        self.interpreter = ScriptLineEdit(self)
        self.consent_given = QCheckBox(self.tr("Informed consent given"), self)
        self.scopes = {code: QCheckBox(label(CONSENT_SCOPE, code), self) for code in CONSENT_SCOPE}
        self.recording = VocabCombo(options(CONSENT_RECORDING), self, empty=self.tr("(how was it recorded?)"))
        self.consent_message = InlineMessage(self)
        self.sections = {code: ScriptTextEdit(self) for code in INTERVIEW_SECTIONS}
        self.narrative = ScriptTextEdit(self)
        self.account = QTabWidget(self)
        for code, editor in self.sections.items():
            editor.setAccessibleName(label(INTERVIEW_SECTION, code))
            self.account.addTab(editor, label(INTERVIEW_SECTION, code))
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.account.addTab(self.narrative, self.tr("Free narrative"))
        self.account.setMinimumHeight(220)

        details = QGroupBox(self.tr("Interview"), self)
        form = QFormLayout(details)
        add_row(form, self.tr("Date"), self.held_on)
        add_row(form, self.tr("Place"), self.place, self.field_message("place", self.place))
        add_row(
            form,
            self.tr("Interviewer"),
            self.interviewer,
            self.field_message("interviewer", self.interviewer),
        )
        add_row(form, self.tr("Language"), self.language)
        add_row(
            form,
            self.tr("Interpreter"),
            self.interpreter,
            self.field_message("interpreter", self.interpreter),
        )
        consent = QGroupBox(self.tr("Informed consent (required before the account)"), self)
        grid = QGridLayout(consent)
        grid.addWidget(self.consent_given, 0, 0, 1, 2)
        for index, box in enumerate(self.scopes.values()):
            grid.addWidget(box, 1 + index // 2, index % 2)
        recording = QWidget(self)
        recording_layout = QHBoxLayout(recording)
        recording_layout.setContentsMargins(0, 0, 0, 0)
        recording_layout.addWidget(QLabel(self.tr("Recorded as"), self))
        recording_layout.addWidget(self.recording, 1)
        grid.addWidget(recording, 4, 0, 1, 2)
        grid.addWidget(self.consent_message, 5, 0, 1, 2)
        self.field_message("consent_recording", self.recording)
        self.field_message("consent_scope", self.scopes[ConsentScope.DOCUMENTATION_ONLY])
        self._messages["consent_given"] = self.consent_message
        self._fields["consent_given"] = self.consent_given
        account = QGroupBox(self.tr("Account"), self)
        account_layout = QVBoxLayout(account)
        account_layout.addWidget(self.account)
        self.field_message("narrative", self.narrative)
        account_layout.addWidget(self._messages["narrative"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(details)
        layout.addWidget(consent)
        layout.addWidget(account, 1)
        self.watch(self.held_on, self.place, self.interviewer, self.language, self.interpreter)
        self.watch(self.consent_given, *self.scopes.values(), self.recording, self.narrative)
        for code, box in self.scopes.items():
            box.toggled.connect(functools.partial(self._untick_excluded, code))
        self.watch(*self.sections.values())
        self.consent_given.toggled.connect(self.on_consent_changed)
        self.recording.currentIndexChanged.connect(self.on_consent_changed)

    def consent_recorded(self) -> bool:
        return self.consent_given.isChecked() and bool(self.recording.code())

    def after_load(self) -> None:
        self._update_consent()

    def _untick_excluded(self, code: str, checked: bool) -> None:
        """Ticking "documentation only" unticks every use, and ticking a use unticks it."""
        if checked:
            for other in excluded_scopes(code):
                self.scopes[other].setChecked(False)

    def _update_consent(self) -> None:
        recorded = self.current() is not None and self.consent_recorded()
        self.account.setEnabled(recorded)
        if self.current() is None or recorded:
            if self.consent_message.kind == "info":
                self.consent_message.clear_message()
            return
        self.consent_message.show_message(
            self.tr(
                'Record informed consent first: tick "consent given" and say how it was recorded. '
                "The account can be written after that."
            ),
            "info",
        )

    @Slot()
    def on_consent_changed(self, *_: object) -> None:
        self._update_consent()

    def fill(self, record: r.Interview) -> None:
        self.held_on.set_value(record.held_on)
        self.place.setText(record.place)
        self.interviewer.setText(record.interviewer)
        self.language.set_code(record.language) if record.language else self.language.setCurrentIndex(0)
        self.interpreter.setText(record.interpreter)
        self.consent_given.setChecked(record.consent_given)
        scopes = {s for s in record.consent_scope.split(",") if s}
        for code, box in self.scopes.items():
            box.setChecked(code in scopes)
        if record.consent_recording:
            self.recording.set_code(record.consent_recording)
        else:
            self.recording.setCurrentIndex(0)
        texts = dict(record.sections)
        for code, editor in self.sections.items():
            editor.set_text(texts.get(code, ""))
        self.narrative.set_text(record.narrative)
        written = [editor for editor in (*self.sections.values(), self.narrative) if editor.text()]
        self.account.setCurrentWidget(written[0] if written else self.narrative)

    def build(self, base: r.Interview) -> r.Interview:
        known = [(code, editor.text()) for code, editor in self.sections.items() if editor.text()]
        unknown = [(code, text) for code, text in base.sections if code not in self.sections]
        scopes = [code for code, box in self.scopes.items() if box.isChecked()]
        kept = [s for s in base.consent_scope.split(",") if s and s not in self.scopes]
        return dataclasses.replace(
            base,
            held_on=self.held_on.value(),
            place=self.place.text(),
            interviewer=self.interviewer.text(),
            language=self.language.code(),
            interpreter=self.interpreter.text(),
            consent_given=self.consent_given.isChecked(),
            consent_scope=",".join(scopes + kept),
            consent_recording=self.recording.code(),
            sections=tuple(known + unknown),
            narrative=self.narrative.text(),
        )

    def clear_fields(self) -> None:
        texts: list[ScriptLineEdit | ScriptTextEdit] = [
            self.place,
            self.interviewer,
            self.interpreter,
            self.narrative,
            *self.sections.values(),
        ]
        for field in texts:
            field.clear()
        self.held_on.clear()
        self.language.setCurrentIndex(0)
        self.consent_given.setChecked(False)
        for box in self.scopes.values():
            box.setChecked(False)
        self.recording.setCurrentIndex(0)
        self.consent_message.clear_message()

    def first_field(self) -> QWidget:
        return self.held_on.year

    def show_error(self, field: str, text: str) -> bool:
        if field in ("sections",):
            field = NARRATIVE
        return super().show_error(field, text)


class InterviewTab(PanelTab):
    """The interviews of the case: a list, and the selected one's form."""

    RECORD_TYPE = r.Interview
    STATE_FIELD = "interviews"

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.model = InterviewsModel(self)
        self.form = InterviewForm()
        self.host(
            RecordPanel(
                self.model,
                self.form,
                self._new_interview,
                add_text=self.tr("New interview"),
                remove_text=self.tr("Remove interview"),
                sort_column=InterviewsModel.DATE,
                stretch=InterviewsModel.PLACE,
                horizontal=True,
                form_host=scrolled(self.form),
            )
        )
        self.panel.splitter.setSizes([380, 820])  # the list needs little room; the account needs much

    def _new_interview(self) -> r.Interview:
        assert self._state is not None
        today = PartialDate.of(self._today or dt.date.today())
        return r.Interview(self._state.case.id, held_on=today, id=r.new_id())
