# SPDX-License-Identifier: GPL-3.0-or-later
"""The interviews of a case (the intake and follow-ups), by date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.chronology import by_date
from app.domain.records import Interview
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import format_partial_date

C = "InterviewsModel"


def consent_text(interview: Interview) -> str:
    translate = QCoreApplication.translate
    if interview.consent_given and interview.consent_recording:
        return translate("InterviewsModel", "recorded")
    return translate("InterviewsModel", "not recorded")


class InterviewsModel(RecordTableModel):
    """Rows are Interview records."""

    CONTEXT = C
    DATE, PLACE, INTERVIEWER, CONSENT = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("InterviewsModel", "Date"),
                lambda i: format_partial_date(i.held_on),
                sort=self.rank,
            ),
            Column(QT_TRANSLATE_NOOP("InterviewsModel", "Place"), lambda i: i.place, user_text=True),
            Column(
                QT_TRANSLATE_NOOP("InterviewsModel", "Interviewer"), lambda i: i.interviewer, user_text=True
            ),
            Column(QT_TRANSLATE_NOOP("InterviewsModel", "Consent"), consent_text),
        )

    def in_order(self, rows: list[Any]) -> list[Any]:
        return by_date(rows, "held_on")
