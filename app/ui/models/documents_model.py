# SPDX-License-Identifier: GPL-3.0-or-later
"""Identity documents of a person, with the PRC resident-ID check shown next to the number."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.domain.dates import PartialDate
from app.domain.prc_id import PrcIdCheck, PrcIdProblem, check_digit, check_prc_id
from app.domain.records import IdentityDocument
from app.domain.vocab import DocumentKind
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import DOCUMENT_KIND, label
from app.ui.placeholders import filled
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import deadline_sort_text, format_partial_date

C = "DocumentsModel"
PRC_PROBLEMS = {
    PrcIdProblem.LENGTH: QT_TRANSLATE_NOOP("PrcId", "needs 18 characters (%1 typed)"),
    PrcIdProblem.CHARACTERS: QT_TRANSLATE_NOOP("PrcId", "only digits, and X as the last character"),
    PrcIdProblem.REGION: QT_TRANSLATE_NOOP("PrcId", "the region code %1 is not a PRC province"),
    PrcIdProblem.BIRTH_DATE: QT_TRANSLATE_NOOP("PrcId", "the birth date part %1 is not a possible date"),
    PrcIdProblem.CHECK_DIGIT: QT_TRANSLATE_NOOP("PrcId", "the check digit should be %1"),
    PrcIdProblem.BIRTH_DATE_MISMATCH: QT_TRANSLATE_NOOP(
        "PrcId", "the ID says born %1 but the recorded birth date is %2"
    ),
}


def prc_check(document: IdentityDocument, birth: PartialDate | None) -> PrcIdCheck | None:
    """The resident-ID check of a document, or None when it is not a PRC resident ID."""
    if document.kind != DocumentKind.PRC_RESIDENT_ID or not document.number.strip():
        return None
    return check_prc_id(document.number, birth)


def describe_prc_check(check: PrcIdCheck, birth: PartialDate | None) -> str:
    """One translated sentence per problem, or what the valid number says."""
    translate = QCoreApplication.translate
    if check.valid:
        born = check.birth_date.strftime("%d.%m.%Y") if check.birth_date else ""
        sex = translate("Vocab", "Male") if check.sex == "male" else translate("Vocab", "Female")
        text = filled(translate("PrcId", "Valid resident ID: born %1, %2"), born, sex)
        return text + (translate("PrcId", ", registered in Xinjiang") if check.from_xinjiang else "")
    parts = []
    number = check.number
    for problem in check.problems:
        text = translate("PrcId", PRC_PROBLEMS[problem])
        if problem == PrcIdProblem.LENGTH:
            text = text.replace("%1", str(len(number)))
        elif problem == PrcIdProblem.REGION:
            text = text.replace("%1", number[:2])
        elif problem == PrcIdProblem.BIRTH_DATE:
            text = text.replace("%1", number[6:14])
        elif problem == PrcIdProblem.CHECK_DIGIT:
            text = text.replace("%1", check_digit(number[:17]))
        elif problem == PrcIdProblem.BIRTH_DATE_MISMATCH and check.birth_date and birth:
            text = filled(text, check.birth_date.strftime("%d.%m.%Y"), format_partial_date(birth))
        parts.append(text)
    return translate("PrcId", "Resident ID: %1").replace("%1", "; ".join(parts))


class DocumentsModel(RecordTableModel):
    """Rows are IdentityDocument records; a PRC resident ID shows whether it checks out."""

    CONTEXT = C
    KIND, NUMBER, ISSUER, VALID_UNTIL, CHECK = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.birth_date: PartialDate | None = None
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("DocumentsModel", "Document"), lambda d: label(DOCUMENT_KIND, d.kind)),
            Column(QT_TRANSLATE_NOOP("DocumentsModel", "Number"), lambda d: d.number, user_text=True),
            Column(QT_TRANSLATE_NOOP("DocumentsModel", "Issued by"), lambda d: d.issuer, user_text=True),
            Column(
                QT_TRANSLATE_NOOP("DocumentsModel", "Valid until"),
                lambda d: format_partial_date(d.valid_until, ""),
                sort=lambda d: deadline_sort_text(d.valid_until),
            ),
            Column(QT_TRANSLATE_NOOP("DocumentsModel", "Check"), self._check_text),
        )

    def set_birth_date(self, birth: PartialDate | None) -> None:
        if birth != self.birth_date:
            self.birth_date = birth
            self.refresh()

    def _check_text(self, document: IdentityDocument) -> str:
        check = prc_check(document, self.birth_date)
        if check is None:
            return ""
        if check.valid:
            return QCoreApplication.translate("DocumentsModel", "valid")
        problems = len(check.problems)
        return self.tr("%n problem(s)", "", problems)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if column == self.CHECK and role == Qt.ItemDataRole.ForegroundRole:
            check = prc_check(record, self.birth_date)
            if check is not None:
                return QColor("#2c6e2f") if check.valid else QColor("#a40000")
        return None
