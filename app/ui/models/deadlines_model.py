# SPDX-License-Identifier: GPL-3.0-or-later
"""The deadlines table: due day, days left or overdue, case, subject, what is due and the rule.

Rows are ``Deadline`` records of one ``Upcoming`` count, in its order (soonest first); the
days left count from that count's ``today``, so the table and its totals always agree.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.dates import PartialDate
from app.domain.deadlines import WhatIsDue
from app.services.deadlines import Deadline, Upcoming
from app.ui.i18n import interface_language
from app.ui.models.vocab_labels import WHAT_IS_DUE, label
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.text import isolate, leading_alignment

C = "DeadlinesModel"
_Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = "#b00020"


def what_label(what: WhatIsDue) -> str:
    """What a deadline asks for, from the vocabulary (the case summary prints it too)."""
    return label(WHAT_IS_DUE, what)


def due_label(deadline: Deadline) -> str:
    return format_partial_date(PartialDate.of(deadline.due), short=True)


class DaysLeftWords(QObject):
    """ "in 5 days", "today", "overdue by 3 days" (a QObject so lupdate sees the ``self.tr`` plurals)."""

    def text(self, days: int) -> str:
        if days < 0:
            return self.tr("overdue by %n day(s)", "", -days)
        if days == 0:
            return self.tr("today")
        return self.tr("in %n day(s)", "", days)


@functools.cache
def _days_left_words() -> DaysLeftWords:
    return DaysLeftWords()


def left_label(days: int) -> str:
    return _days_left_words().text(days)


class DeadlinesModel(QAbstractTableModel):
    """Read-only; ``CASE_ID_ROLE`` gives a row's case id, ``DEADLINE_ROLE`` the Deadline itself."""

    DUE, LEFT, REFERENCE, NAME, WHAT, RULE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("DeadlinesModel", "Due"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Days left"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Case"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Name"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "What is due"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Rule"),
    )
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Deadline] = []
        self.upcoming: Upcoming | None = None

    def set_upcoming(self, upcoming: Upcoming | None, *, nearest: int | None = None) -> None:
        """Show ``upcoming``'s deadlines in its order; with ``nearest``, only that many of those nearest
        to its ``today`` on either side (just missed or just coming).  None empties the table."""
        self.beginResetModel()
        self.upcoming = upcoming
        rows = list(upcoming.deadlines) if upcoming is not None else []
        if upcoming is not None and nearest is not None:
            near = sorted(rows, key=lambda d: (abs(d.days_left(upcoming.today)), d.due))[:nearest]
            rows = [d for d in rows if d in near]
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_upcoming(None)

    def deadline(self, row: int) -> Deadline:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate(C, self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        deadline, column = self._rows[index.row()], index.column()
        if role == self.CASE_ID_ROLE:
            return deadline.case_id
        if role == self.DEADLINE_ROLE:
            return deadline
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(deadline, column)
            return isolate(text) if column == self.NAME and text else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NAME:
            return int(leading_alignment(deadline.subject_name))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (self.DUE, self.LEFT)
            and self._overdue(deadline)
        ):
            return QBrush(QColor(OVERDUE_COLOUR))
        return None

    def _overdue(self, deadline: Deadline) -> bool:
        return self.upcoming is not None and deadline.overdue(self.upcoming.today)

    def _text(self, deadline: Deadline, column: int) -> str:
        if column == self.DUE:
            return due_label(deadline)
        if column == self.LEFT:
            return left_label(deadline.days_left(self.upcoming.today)) if self.upcoming is not None else ""
        if column == self.REFERENCE:
            return deadline.reference
        if column == self.NAME:
            return deadline.subject_name
        if column == self.WHAT:
            return what_label(deadline.what)
        return deadline.rule.in_language(interface_language()).title
