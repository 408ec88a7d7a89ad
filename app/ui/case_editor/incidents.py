# SPDX-License-Identifier: GPL-3.0-or-later
"""Detention episodes (of the person or a relative) and pressure reports: their forms."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QWidget

from app.domain import records as r
from app.domain.vocab import Frequency, Reliability, SourceConnection
from app.ui.case_editor.checklist import Checklist
from app.ui.case_editor.person_forms import add_row
from app.ui.case_editor.record_panel import RecordForm
from app.ui.models.vocab_labels import (
    CHANNEL,
    FREQUENCY,
    PRESSURE_ACTOR,
    PRESSURE_KIND,
    RELIABILITY,
    SOURCE_CONNECTION,
    options,
)
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import ScriptLineEdit, ScriptTextEdit, isolate
from app.ui.widgets.vocab_combo import VocabCombo, code_of


def people_options(people: Mapping[str | None, str], subject_label: str) -> list[tuple[str, str]]:
    """Combo items: "" for the person the case is about, then each relative by id."""
    items = [("", subject_label.replace("%1", isolate(people.get(None, ""))))]
    items += [(str(rid), isolate(name) if name else "?") for rid, name in people.items() if rid is not None]
    return items


class DetentionForm(RecordForm):
    """One detention episode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = VocabCombo([], self)
        self.facility = ScriptLineEdit(self)
        self.place = ScriptLineEdit(self)
        self.started_on = PartialDateEdit(self)
        self.ended_on = PartialDateEdit(self)
        self.stated_reason = ScriptTextEdit(self)
        self.stated_reason.set_lines(3)
        self.treatment = ScriptTextEdit(self)
        form = QFormLayout(self)
        add_row(form, self.tr("Who was held"), self.who)
        add_row(form, self.tr("Facility"), self.facility, self.field_message("facility", self.facility))
        add_row(form, self.tr("Place"), self.place, self.field_message("place", self.place))
        add_row(form, self.tr("From"), self.started_on)
        add_row(form, self.tr("Until"), self.ended_on)
        add_row(
            form,
            self.tr("Stated reason"),
            self.stated_reason,
            self.field_message("stated_reason", self.stated_reason),
        )
        add_row(form, self.tr("Treatment"), self.treatment, self.field_message("treatment", self.treatment))
        self.watch(self.who, self.facility, self.place, self.started_on, self.ended_on, self.stated_reason)
        self.watch(self.treatment)

    def set_people(self, people: Mapping[str | None, str]) -> None:
        self._loading = True
        self.who.set_options(people_options(people, self.tr("The person: %1")))
        self._loading = False

    def fill(self, record: r.Detention) -> None:
        self.who.set_code(record.relative_id or "")
        self.facility.setText(record.facility)
        self.place.setText(record.place)
        self.started_on.set_value(record.started_on)
        self.ended_on.set_value(record.ended_on)
        self.stated_reason.set_text(record.stated_reason)
        self.treatment.set_text(record.treatment)

    def build(self, base: r.Detention) -> r.Detention:
        return dataclasses.replace(
            base,
            relative_id=self.who.code() or None,
            facility=self.facility.text(),
            place=self.place.text(),
            started_on=self.started_on.value(),
            ended_on=self.ended_on.value(),
            stated_reason=self.stated_reason.text(),
            treatment=self.treatment.text(),
        )

    def clear_fields(self) -> None:
        for field in (self.facility, self.place, self.stated_reason, self.treatment):
            field.clear()
        self.who.setCurrentIndex(0)
        self.started_on.clear()
        self.ended_on.clear()

    def first_field(self) -> QWidget:
        return self.who


class PressureForm(RecordForm):
    """One report of pressure as it was told: what, on whom, how often, when, who relayed it, how reliable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = Checklist(options(PRESSURE_KIND), self)
        self.kinds.setAccessibleName(self.tr("Kinds of pressure"))
        self.targets = Checklist([], self, rows=3)
        self.targets.setAccessibleName(self.tr("Relatives it was aimed at"))
        self.frequency = VocabCombo(options(FREQUENCY), self)
        self.occurred_on = PartialDateEdit(self)
        self.reported_on = PartialDateEdit(self)
        self.relayed_by = VocabCombo([], self, empty=self.tr("(not recorded)"))
        self.words = ScriptTextEdit(self)
        self.words.set_lines(3)
        self.actor = VocabCombo(options(PRESSURE_ACTOR), self)
        self.channel = VocabCombo(options(CHANNEL), self)
        self.reliability = VocabCombo(options(RELIABILITY), self)
        self.source_connection = VocabCombo(options(SOURCE_CONNECTION), self)
        self.place = ScriptLineEdit(self)
        self.description = ScriptTextEdit(self)
        self.description.set_lines(3)
        form = QFormLayout(self)
        add_row(form, self.tr("Kinds"), self.kinds, self.field_message("kinds", self.kinds))
        add_row(form, self.tr("Aimed at"), self.targets, self.field_message("target_ids", self.targets))
        add_row(form, self.tr("How often"), self.frequency)
        add_row(form, self.tr("Happened"), self.occurred_on)
        add_row(form, self.tr("Reported"), self.reported_on)
        add_row(form, self.tr("Relayed by"), self.relayed_by)
        add_row(form, self.tr("Words reported"), self.words, self.field_message("words", self.words))
        add_row(form, self.tr("Actor"), self.actor)
        add_row(form, self.tr("Heard through"), self.channel)
        add_row(form, self.tr("Reliability"), self.reliability)
        add_row(form, self.tr("How the source knows"), self.source_connection)
        add_row(form, self.tr("Place"), self.place, self.field_message("place", self.place))
        add_row(
            form,
            self.tr("Description"),
            self.description,
            self.field_message("description", self.description),
        )
        self.watch(self.kinds, self.targets, self.frequency, self.occurred_on, self.reported_on)
        self.watch(self.relayed_by, self.words, self.actor, self.channel, self.reliability)
        self.watch(self.source_connection, self.place, self.description)

    def set_people(self, people: Mapping[str | None, str], relayers: Mapping[str, str]) -> None:
        """``people``: names by relative id (None: the case's person); ``relayers``: names by person id."""
        self._loading = True
        self.targets.set_options(
            [(str(k), isolate(v) if v else "?") for k, v in people.items() if k is not None]
        )
        self.relayed_by.set_options(
            [(k, isolate(v) if v else "?") for k, v in relayers.items()], empty=self.tr("(not recorded)")
        )
        self._loading = False

    def fill(self, record: r.PressureReport) -> None:
        self.kinds.set_codes(record.kinds)
        self.targets.set_codes(record.target_ids)
        self.frequency.set_code(record.frequency)
        self.occurred_on.set_value(record.occurred_on)
        self.reported_on.set_value(record.reported_on)
        self.relayed_by.set_code(record.relayed_by_id or "")
        self.words.set_text(record.words)
        self.actor.set_code(record.actor)
        self.channel.set_code(record.channel)
        self.reliability.set_code(record.reliability)
        self.source_connection.set_code(record.source_connection)
        self.place.setText(record.place)
        self.description.set_text(record.description)

    def build(self, base: r.PressureReport) -> r.PressureReport:
        return dataclasses.replace(
            base,
            kinds=self.kinds.codes(),
            target_ids=self.targets.codes(),
            frequency=code_of(self.frequency, Frequency, Frequency.UNKNOWN),
            occurred_on=self.occurred_on.value(),
            reported_on=self.reported_on.value(),
            relayed_by_id=self.relayed_by.code() or None,
            words=self.words.text(),
            actor=self.actor.code(),
            channel=self.channel.code(),
            reliability=code_of(self.reliability, Reliability, Reliability.CANNOT_BE_JUDGED),
            source_connection=code_of(self.source_connection, SourceConnection, SourceConnection.UNKNOWN),
            place=self.place.text(),
            description=self.description.text(),
        )

    def clear_fields(self) -> None:
        self.kinds.set_codes(())
        self.targets.set_codes(())
        for date in (self.occurred_on, self.reported_on):
            date.clear()
        for combo in (
            self.frequency,
            self.relayed_by,
            self.actor,
            self.channel,
            self.reliability,
            self.source_connection,
        ):
            combo.setCurrentIndex(0)
        for field in (self.words, self.place, self.description):
            field.clear()

    def first_field(self) -> QWidget:
        return self.kinds
