# SPDX-License-Identifier: GPL-3.0-or-later
"""Requests to authorities in the order they were filed, with the days a pending one has waited."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject

from app.domain.chronology import by_date
from app.domain.records import Request
from app.domain.requests import rough_span, waiting_days
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import ANSWER_OUTCOME, REQUEST_KIND, REQUEST_STATUS, label
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import format_partial_date

C = "RequestsModel"


class WaitingWords(QObject):
    """Words for a waiting time, "2654 days (about 7 years)" (a QObject so lupdate sees the ``self.tr``
    plurals)."""

    def text(self, days: int | None) -> str:
        if days is None:
            return ""
        text = self.tr("%n day(s)", "", days)
        span = rough_span(days)
        if span is None:
            return text
        count, unit = span
        if unit == "month":
            return text + " " + self.tr("(about %n month(s))", "", count)
        return text + " " + self.tr("(about %n year(s))", "", count)


def answer_text(request: Request) -> str:
    """The answer's outcome and date, as far as they are known."""
    parts = [label(ANSWER_OUTCOME, request.outcome)] if str(request.outcome) != "none" else []
    if request.answered_on.is_known:
        parts.append(format_partial_date(request.answered_on, short=True))
    return ", ".join(parts)


class RequestsModel(RecordTableModel):
    """Rows are Request records; the date column sorts by the one order of filing dates."""

    CONTEXT = C
    FILED, KIND, AUTHORITY, STATUS, WAITING, ANSWER = range(6)

    def __init__(self, parent: Any = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self._words = WaitingWords(self)
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("RequestsModel", "Filed"),
                lambda q: format_partial_date(q.filed_on),
                sort=self.rank,
            ),
            Column(QT_TRANSLATE_NOOP("RequestsModel", "Request"), lambda q: label(REQUEST_KIND, q.kind)),
            Column(QT_TRANSLATE_NOOP("RequestsModel", "Authority"), lambda q: q.authority, user_text=True),
            Column(QT_TRANSLATE_NOOP("RequestsModel", "Status"), lambda q: label(REQUEST_STATUS, q.status)),
            Column(
                QT_TRANSLATE_NOOP("RequestsModel", "Waiting"),
                lambda q: self._words.text(self.waiting(q)),
                sort=lambda q: -1 if self.waiting(q) is None else self.waiting(q),
            ),
            Column(QT_TRANSLATE_NOOP("RequestsModel", "Answer"), answer_text),
        )

    def waiting(self, request: Request) -> int | None:
        return waiting_days(request, self.today)

    def in_order(self, rows: list[Any]) -> list[Any]:
        return by_date(rows, "filed_on")
