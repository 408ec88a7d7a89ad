# SPDX-License-Identifier: GPL-3.0-or-later
"""The petitions registry as a table: of one case (the case file's tab) or of every case (the
Petitions page, with the case's reference and subject)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.dates import PartialDate
from app.domain.vocab import AnswerOutcome, PetitionStatus
from app.services.petitions import PetitionEntry
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import ANSWER_OUTCOME, label
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import format_partial_date

C = "PetitionsModel"
#: Petition kinds Pana ships, in the interface language; an office's own kind shows its code.
PETITION_KIND = {
    "travel-document": QT_TRANSLATE_NOOP("PetitionsModel", "Travel document"),
    "refugee-certificate-extension": QT_TRANSLATE_NOOP("PetitionsModel", "Refugee certificate extension"),
    "asylum-seeker-certificate-extension": QT_TRANSLATE_NOOP(
        "PetitionsModel", "Asylum-seeker certificate extension"
    ),
    "citizenship-application": QT_TRANSLATE_NOOP("PetitionsModel", "Citizenship application"),
    "citizenship-refusal-complaint": QT_TRANSLATE_NOOP(
        "PetitionsModel", "Complaint against a citizenship refusal"
    ),
    "non-refoulement": QT_TRANSLATE_NOOP("PetitionsModel", "Objection to deportation (non-refoulement)"),
    "marriage-registration": QT_TRANSLATE_NOOP("PetitionsModel", "Marriage registration"),
    "iin-issue": QT_TRANSLATE_NOOP("PetitionsModel", "Individual identification number (IIN)"),
    "administrative-complaint": QT_TRANSLATE_NOOP(
        "PetitionsModel", "Complaint against an administrative act"
    ),
    "court-claim": QT_TRANSLATE_NOOP("PetitionsModel", "Administrative claim to a court"),
    "resettlement-support": QT_TRANSLATE_NOOP("PetitionsModel", "Letter supporting resettlement"),
    "case-summary": QT_TRANSLATE_NOOP("PetitionsModel", "Case summary for a lawyer"),
}
PETITION_LANGUAGE = {
    "ru": QT_TRANSLATE_NOOP("PetitionsModel", "Russian"),
    "kk": QT_TRANSLATE_NOOP("PetitionsModel", "Kazakh"),
    "en": QT_TRANSLATE_NOOP("PetitionsModel", "English"),
}
PETITION_STATUS = {
    PetitionStatus.DRAFT: QT_TRANSLATE_NOOP("PetitionsModel", "draft"),
    PetitionStatus.PRINTED: QT_TRANSLATE_NOOP("PetitionsModel", "printed"),
    PetitionStatus.FILED: QT_TRANSLATE_NOOP("PetitionsModel", "filed"),
    PetitionStatus.ANSWERED: QT_TRANSLATE_NOOP("PetitionsModel", "answered"),
    PetitionStatus.COMPLAINED: QT_TRANSLATE_NOOP("PetitionsModel", "complained"),
    PetitionStatus.APPEALED: QT_TRANSLATE_NOOP("PetitionsModel", "appealed"),
}


def petition_text(table: dict[Any, str], code: object) -> str:
    """A petition kind, language or status in the interface language (an unknown code as it is)."""
    source = table.get(code) if isinstance(code, str) else None
    return QCoreApplication.translate(C, source) if source else str(code)


def kind_text(kind: str) -> str:
    return petition_text(PETITION_KIND, kind)


def _answer(entry: PetitionEntry) -> str:
    petition = entry.petition
    parts = [label(ANSWER_OUTCOME, petition.outcome)] if petition.outcome != AnswerOutcome.NONE else []
    if petition.answered_on.is_known:
        parts.append(format_partial_date(petition.answered_on, short=True))
    return ", ".join(parts)


def _made(entry: PetitionEntry) -> str:
    made = entry.petition.printed_at or entry.petition.created_at
    return "" if made is None else format_partial_date(PartialDate.of(made.date()), short=True)


class PetitionsModel(RecordTableModel):
    """Rows are PetitionEntry; ``with_case`` adds the case's reference and subject (the Petitions page)."""

    CONTEXT = C

    def __init__(self, parent: Any = None, *, with_case: bool = False) -> None:
        super().__init__(parent)
        case_columns = (
            Column(QT_TRANSLATE_NOOP("PetitionsModel", "Case"), lambda e: e.reference, user_text=True),
            Column(QT_TRANSLATE_NOOP("PetitionsModel", "Subject"), lambda e: e.subject_name, user_text=True),
        )
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("PetitionsModel", "Made"),
                _made,
                sort=lambda e: str(e.petition.printed_at or e.petition.created_at or ""),
            ),
            *(case_columns if with_case else ()),
            Column(
                QT_TRANSLATE_NOOP("PetitionsModel", "Petition"),
                lambda e: e.petition.title or kind_text(e.petition.kind),
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("PetitionsModel", "Language"),
                lambda e: petition_text(PETITION_LANGUAGE, e.petition.language),
            ),
            Column(
                QT_TRANSLATE_NOOP("PetitionsModel", "Status"),
                lambda e: petition_text(PETITION_STATUS, e.petition.status),
            ),
            Column(
                QT_TRANSLATE_NOOP("PetitionsModel", "Filed"),
                lambda e: format_partial_date(e.petition.filed_on, ""),
            ),
            Column(
                QT_TRANSLATE_NOOP("PetitionsModel", "With"), lambda e: e.petition.authority, user_text=True
            ),
            Column(
                QT_TRANSLATE_NOOP("PetitionsModel", "Number"),
                lambda e: e.petition.reference_number,
                user_text=True,
            ),
            Column(QT_TRANSLATE_NOOP("PetitionsModel", "Answer"), _answer),
        )

    @staticmethod
    def record_id(record: Any) -> str:
        return str(record.petition.id)
