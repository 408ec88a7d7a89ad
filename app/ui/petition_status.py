# SPDX-License-Identifier: GPL-3.0-or-later
"""What became of a petition, asked in small dialogs: filed (when, with whom, under which number),
answered (when, how, the reply's scan) and contested (a complaint or an appeal, and when)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import AnswerOutcome, PetitionStatus
from app.ui.models.petitions_model import PETITION_STATUS, petition_text
from app.ui.models.vocab_labels import ANSWER_OUTCOME, options
from app.ui.widgets.partial_date_edit import PartialDateEdit
from app.ui.widgets.text import PlainLabel, ScriptLineEdit
from app.ui.widgets.vocab_combo import VocabCombo, code_of


class _StatusDialog(QDialog):
    """A form over OK / Cancel; the date field starts at today and OK needs it known."""

    def __init__(self, title: str, parent: QWidget | None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        day = today or dt.date.today()
        self.date = PartialDateEdit(self)
        self.date.set_value(PartialDate(day.year, day.month, day.day))
        self.form = QFormLayout()
        self.problem = PlainLabel("", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def on_accepted(self) -> None:
        if self.date.value().year is None or self.date.problem():
            self.problem.setText(self.tr("Give the date (at least the year)."))
            return
        self.accept()


class FilingDialog(_StatusDialog):
    """The petition was filed: the request it stands for is created from these."""

    def __init__(
        self, authority: str, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(self.tr("Petition filed"), parent, today=today)
        self.authority = ScriptLineEdit(self)
        self.authority.setText(authority)
        self.reference_number = ScriptLineEdit(self)
        self.form.addRow(self.tr("Filed on"), self.date)
        self.form.addRow(self.tr("With (authority)"), self.authority)
        self.form.addRow(self.tr("Registered under number"), self.reference_number)

    def on_accepted(self) -> None:
        if not self.authority.text().strip():
            self.problem.setText(self.tr("Say which authority it was filed with."))
            return
        super().on_accepted()


class AnswerDialog(_StatusDialog):
    """The authority answered; the reply's scan is one of the case's files."""

    def __init__(
        self, files: Sequence[r.Attachment], parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(self.tr("Answer received"), parent, today=today)
        self.outcome = VocabCombo(options(ANSWER_OUTCOME), self)
        self.outcome.set_code(AnswerOutcome.REFUSED.value)
        self.reply = VocabCombo([(f.id, f.display_name) for f in files], self, empty="—")
        self.form.addRow(self.tr("Answered on"), self.date)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.tr("The reply (a file of the case)"), self.reply)

    def outcome_code(self) -> AnswerOutcome:
        outcome = code_of(self.outcome, AnswerOutcome, AnswerOutcome.NONE)
        return outcome if isinstance(outcome, AnswerOutcome) else AnswerOutcome.NONE

    def reply_id(self) -> str | None:
        return self.reply.code() or None


class ContestDialog(_StatusDialog):
    """A complaint to the higher body, or an appeal to a court, was made against the answer."""

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(self.tr("Complaint or appeal"), parent, today=today)
        choices = (PetitionStatus.COMPLAINED, PetitionStatus.APPEALED)
        self.how = VocabCombo([(s.value, petition_text(PETITION_STATUS, s.value)) for s in choices], self)
        self.form.addRow(self.tr("What was done"), self.how)
        self.form.addRow(self.tr("On"), self.date)

    def status(self) -> PetitionStatus:
        return PetitionStatus(self.how.code())
