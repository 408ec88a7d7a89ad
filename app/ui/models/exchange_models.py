# SPDX-License-Identifier: GPL-3.0-or-later
"""The lists of the exchange dialogs: choices to tick (partner offices, cases) and the "may be the
same person" suggestions of an import's dry run."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.services.exchange_suggestions import SamePersonHint
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.text import isolate

Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Choice:
    key: str  # what the dialog passes on (an office id, a case id)
    text: str  # what the user reads (user data: shown bidi-isolated)
    checked: bool = True


class CheckListModel(QAbstractListModel):
    """A list of ``Choice`` rows, each with a check box; ``checked_changed`` after any tick."""

    checked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []

    def set_choices(self, choices: Iterable[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()
        self.checked_changed.emit()

    def checked_keys(self) -> list[str]:
        return [choice.key for choice in self._choices if choice.checked]

    def keys(self) -> list[str]:
        return [choice.key for choice in self._choices]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(choice.text)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice.checked else Qt.CheckState.Unchecked
        if role == KeyRole:
            return choice.key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = index.row()
        if self._choices[row].checked != checked:
            choice = self._choices[row]
            self._choices[row] = Choice(choice.key, choice.text, checked)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.checked_changed.emit()
        return True


def _cases(hint: SamePersonHint) -> str:
    return ", ".join(case.reference or case.case_id[:8] for case in hint.cases)


class SamePersonModel(RecordTableModel):
    """Rows are ``SamePersonHint``: the arriving person, the person here, and that person's cases."""

    CONTEXT = "SamePersonModel"
    ARRIVING, ARRIVING_BORN, HERE, HERE_BORN, CASES, SIMILARITY = range(6)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SamePersonModel", "Arriving person"), lambda h: h.incoming_name, True),
        Column(
            QT_TRANSLATE_NOOP("SamePersonModel", "Born"),
            lambda h: format_partial_date(h.incoming_birth, "", short=True),
            sort=lambda h: h.incoming_birth.sort_key(),
        ),
        Column(QT_TRANSLATE_NOOP("SamePersonModel", "May be, here"), lambda h: h.local_name, True),
        Column(
            QT_TRANSLATE_NOOP("SamePersonModel", "Born"),
            lambda h: format_partial_date(h.local_birth, "", short=True),
            sort=lambda h: h.local_birth.sort_key(),
        ),
        Column(QT_TRANSLATE_NOOP("SamePersonModel", "Their cases here"), _cases, True),
        Column(
            QT_TRANSLATE_NOOP("SamePersonModel", "Names alike"),
            lambda h: f"{round(h.score * 100)} %",
            sort=lambda h: h.score,
        ),
    )

    @staticmethod
    def record_id(record: Any) -> str:
        return f"{record.incoming_person_id}/{record.local_person_id}"

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        """A birth date here that cannot be the arriving person's stands out, and says why."""
        if column != self.HERE_BORN or not record.births_contradict:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#9a3412")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Not the arriving person's birth date: probably a namesake.")
        return None
