# SPDX-License-Identifier: GPL-3.0-or-later
"""Detention episodes (of the person or a relative) and pressure reports: their forms."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QWidget

from app.domain import records as r
from app.domain.vocab import Frequency, Reliability, SourceConnection
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
from app.ui.widgets.code_checklist import CodeChecklist
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import ScriptLineEdit, ScriptTextEdit, isolate
from app.ui.widgets.vocab_combo import VocabCombo, code_of


def people_options(people: Mapping[str | None, str], subject_label: str) -> list[tuple[str, str]]:
    """Combo items: "" for the person the case is about, then each relative by id."""
    items = [("", subject_label.replace("%1", isolate(people.get(None, ""))))]
    items += [(str(rid), isolate(name) if name else "?") for rid, name in people.items() if rid is not None]
    return items


W = TypeVar("W", bound=QWidget)


def place(owner: RecordForm, form: QFormLayout, label: str, widget: W, field: str = "") -> W:
    """Add ``widget`` as the next row (with the inline message of ``field``, if given) and return it.

    Made and placed one by one, the fields are in the Tab order of the rows: a field moved into its
    message box later would go to the end of the order.
    """
    add_row(form, label, widget, owner.field_message(field, widget) if field else None)
    return widget


class DetentionForm(RecordForm):
    """One detention episode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.who = place(self, form, self.tr("Who was held"), VocabCombo([], self))
        self.facility = place(self, form, self.tr("Facility"), ScriptLineEdit(self), "facility")
        self.place = place(self, form, self.tr("Place"), ScriptLineEdit(self), "place")
        self.started_on = place(self, form, self.tr("From"), PartialDateEdit(self))
        self.ended_on = place(self, form, self.tr("Until"), PartialDateEdit(self))
        self.stated_reason = place(
            self, form, self.tr("Stated reason"), ScriptTextEdit(self), "stated_reason"
        )
        self.stated_reason.set_lines(3)
        self.treatment = place(self, form, self.tr("Treatment"), ScriptTextEdit(self), "treatment")
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
        form = QFormLayout(self)
        self.kinds = place(self, form, self.tr("Kinds"), CodeChecklist(PRESSURE_KIND, self, rows=5), "kinds")
        self.kinds.setAccessibleName(self.tr("Kinds of pressure"))
        self.targets = place(self, form, self.tr("Aimed at"), CodeChecklist(None, self, rows=3), "target_ids")
        self.targets.setAccessibleName(self.tr("Relatives it was aimed at"))
        self.frequency = place(self, form, self.tr("How often"), VocabCombo(options(FREQUENCY), self))
        self.occurred_on = place(self, form, self.tr("Happened"), PartialDateEdit(self))
        self.reported_on = place(self, form, self.tr("Reported"), PartialDateEdit(self))
        relayed_by = VocabCombo([], self, empty=self.tr("(not recorded)"))
        self.relayed_by = place(self, form, self.tr("Relayed by"), relayed_by)
        self.words = place(self, form, self.tr("Words reported"), ScriptTextEdit(self), "words")
        self.words.set_lines(3)
        self.actor = place(self, form, self.tr("Actor"), VocabCombo(options(PRESSURE_ACTOR), self))
        self.channel = place(self, form, self.tr("Heard through"), VocabCombo(options(CHANNEL), self))
        self.reliability = place(self, form, self.tr("Reliability"), VocabCombo(options(RELIABILITY), self))
        connection = VocabCombo(options(SOURCE_CONNECTION), self)
        self.source_connection = place(self, form, self.tr("How the source knows"), connection)
        self.place = place(self, form, self.tr("Place"), ScriptLineEdit(self), "place")
        self.description = place(self, form, self.tr("Description"), ScriptTextEdit(self), "description")
        self.description.set_lines(3)
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
