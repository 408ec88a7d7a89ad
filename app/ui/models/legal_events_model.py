# SPDX-License-Identifier: GPL-3.0-or-later
"""The legal timeline: events in date order, certificates with the days they have left."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from app.domain.chronology import legal_timeline
from app.domain.dates import days_left, deadline_key
from app.domain.records import LegalEvent, Request
from app.domain.vocab import EXPIRING_EVENT_KINDS, RequestKind
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import LEGAL_EVENT_KIND, label
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import deadline_note, deadline_sort_text, format_partial_date

C = "LegalEventsModel"
SOON_DAYS = 30
#: An event a court or a complaint annulled, first in its details; %1 is the day of the annulment.
_ANNULLED_BY_COURT_ON = QT_TRANSLATE_NOOP("LegalEventsModel", "Annulled by a court, %1")
_ANNULLED_ON_COMPLAINT_ON = QT_TRANSLATE_NOOP("LegalEventsModel", "Annulled on complaint, %1")
_ANNULLED_BY_COURT = QT_TRANSLATE_NOOP("LegalEventsModel", "Annulled by a court")
_ANNULLED_ON_COMPLAINT = QT_TRANSLATE_NOOP("LegalEventsModel", "Annulled on complaint")
EXPIRED_BACKGROUND = QColor("#f8d7d7")
SOON_BACKGROUND = QColor("#fcebc4")


def event_details(event: LegalEvent) -> str:
    """Authority, place and reference number, as far as they are known."""
    return " · ".join(part for part in (event.authority, event.place, event.reference_number) if part)


class DaysLeft(QObject):
    """Words for a certificate's days left (a QObject so lupdate sees ``self.tr`` plurals)."""

    def text(self, days: int | None) -> str:
        if days is None:
            return ""
        if days < 0:
            return self.tr("expired %n day(s) ago", "", -days)
        if days == 0:
            return self.tr("expires today")
        return self.tr("%n day(s) left", "", days)


class LegalEventsModel(RecordTableModel):
    """Rows are LegalEvent records; the view sorts by SortRole: the date column by the one order.

    A certificate's days left count to the last day its "valid until" can mean (the end
    of the month for "October 2023"); the cell's tooltip says so.
    """

    CONTEXT = C
    DATE, KIND, DETAILS, VALID_UNTIL, DAYS_LEFT = range(5)

    def __init__(self, parent: Any = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self._superseded: set[str] = set()
        self._annulled: dict[str, Request] = {}
        self._days_left_words = DaysLeft(self)
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("LegalEventsModel", "Date"),
                lambda e: format_partial_date(e.date),
                sort=self.rank,  # the one order; the same date: the procedure (trial before sentence)
            ),
            Column(QT_TRANSLATE_NOOP("LegalEventsModel", "Event"), lambda e: label(LEGAL_EVENT_KIND, e.kind)),
            Column(QT_TRANSLATE_NOOP("LegalEventsModel", "Details"), self._details, user_text=True),
            Column(
                QT_TRANSLATE_NOOP("LegalEventsModel", "Valid until"),
                lambda e: format_partial_date(e.valid_until, "") if self.expires(e) else "",
                sort=lambda e: deadline_sort_text(e.valid_until),
            ),
            Column(
                QT_TRANSLATE_NOOP("LegalEventsModel", "Days left"),
                self._days_text,
                sort=lambda e: 10**7 if self.days_left(e) is None else self.days_left(e),
            ),
        )

    def set_annulments(self, annulled: Mapping[str, Request]) -> None:
        """The complaints and claims whose granted answer annulled events, by event id
        (``app.domain.complaints``): each such event says so first in its details."""
        if dict(annulled) != self._annulled:
            self._annulled = dict(annulled)
            self.refresh()

    def _details(self, event: LegalEvent) -> str:
        """Whether a court or a complaint annulled the event, then ``event_details``."""
        complaint = self._annulled.get(event.id)
        if complaint is None:
            return event_details(event)
        court = complaint.kind == RequestKind.COURT_CLAIM
        when = format_partial_date(complaint.answered_on, "")
        if not when:
            words = _ANNULLED_BY_COURT if court else _ANNULLED_ON_COMPLAINT
        else:
            words = _ANNULLED_BY_COURT_ON if court else _ANNULLED_ON_COMPLAINT_ON
        annulled = QCoreApplication.translate(C, words).replace("%1", when)
        return " · ".join(part for part in (annulled, event_details(event)) if part)

    @staticmethod
    def expires(event: LegalEvent) -> bool:
        return event.kind in EXPIRING_EVENT_KINDS and event.valid_until.is_known

    def days_left(self, event: LegalEvent) -> int | None:
        return days_left(event.valid_until, self.today) if self.expires(event) else None

    def is_superseded(self, event: LegalEvent) -> bool:
        """A status or certificate followed by a later one (its expiry no longer matters)."""
        return event.id in self._superseded

    def is_expired(self, event: LegalEvent) -> bool:
        days = self.days_left(event)
        return days is not None and days < 0 and not self.is_superseded(event)

    def _days_text(self, event: LegalEvent) -> str:
        if self.is_superseded(event):
            return QCoreApplication.translate("LegalEventsModel", "superseded")
        return self._days_left_words.text(self.days_left(event))

    def in_order(self, rows: list[Any]) -> list[Any]:
        return legal_timeline(rows)

    def _recompute(self) -> None:
        expiring = [e for e in self._rows if self.expires(e)]
        if not expiring:
            self._superseded = set()
            return
        latest = max(deadline_key(e.valid_until)[1] for e in expiring)
        self._superseded = {e.id for e in expiring if deadline_key(e.valid_until)[1] < latest}

    def set_rows(self, rows: Any) -> None:
        self._rows = list(rows)
        self._recompute()
        super().set_rows(self._rows)

    def upsert(self, record: Any) -> int:
        row = super().upsert(record)
        self._refresh_expiry()
        return row

    def remove(self, record_id: str) -> Any:
        removed = super().remove(record_id)
        self._refresh_expiry()
        return removed

    def _refresh_expiry(self) -> None:
        before = set(self._superseded)
        self._recompute()
        if before != self._superseded:
            self.refresh()

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.VALID_UNTIL, self.DAYS_LEFT):
            days = self.days_left(record)
            if days is None or self.is_superseded(record):
                return None
            if days < 0:
                return EXPIRED_BACKGROUND
            if days <= SOON_DAYS:
                return SOON_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and self.is_superseded(record):
            return QColor("#777777")
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.VALID_UNTIL, self.DAYS_LEFT):
            return (deadline_note(record.valid_until) or None) if self.expires(record) else None
        return None
