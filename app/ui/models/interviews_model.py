# SPDX-License-Identifier: GPL-3.0-or-later
"""The interviews of a case (the intake and follow-ups), by date."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.records import Interview
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.widgets.partial_date_edit import format_partial_date, sort_key

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
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("InterviewsModel", "Date"),
            lambda i: format_partial_date(i.held_on),
            sort=lambda i: f"{sort_key(i.held_on)}|{i.id}",
        ),
        Column(QT_TRANSLATE_NOOP("InterviewsModel", "Place"), lambda i: i.place, user_text=True),
        Column(QT_TRANSLATE_NOOP("InterviewsModel", "Interviewer"), lambda i: i.interviewer, user_text=True),
        Column(QT_TRANSLATE_NOOP("InterviewsModel", "Consent"), consent_text),
    )
