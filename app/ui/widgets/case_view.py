# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only table of cases that reports the case id of an activated row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain.dates import PartialDate
from app.domain.vocab import CaseStatus
from app.ui.i18n import status_label
from app.ui.models.case_table_model import CaseTableModel
from app.ui.widgets.date_text import format_partial_date

#: Sample text per column used to size it (never measured over the rows: 100,000 of them would be slow).
_SAMPLES = {
    CaseTableModel.REFERENCE: "WWW-2026-0000",  # PREFIX-YEAR-NNN
    CaseTableModel.NAME: "Бақытгүл Құрманғалиқызы",  # a long full name (a longer one is cut; drag wider)
    CaseTableModel.OFFICE: "Demo Office Almaty",
    CaseTableModel.UPDATED: "2000-00-00 00:00",
}
_DATE_COLUMNS = (CaseTableModel.OPENED, CaseTableModel.DEADLINE)


def _date_samples() -> list[str]:
    """A day of every month in words, in the interface language: the longest sizes a date column."""
    return [format_partial_date(PartialDate(2000, month, 28), short=True) for month in range(1, 13)]


def set_up_row_table(view: QTableView) -> None:
    """A long read-only list of rows: one row selected at a time, rows of one fixed height (fast
    with many thousands), no row numbers, smooth sideways scrolling."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)


class CaseTableView(QTableView):
    """Row selection, no editing; ``case_activated(case_id)`` on double-click or Enter."""

    case_activated = Signal(str)

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        set_up_row_table(self)
        self.horizontalHeader().setStretchLastSection(True)  # the rest of a wide window goes to the last
        self.fit_columns()
        self.activated.connect(self.on_view_activated)

    def fit_columns(self) -> None:
        """Size each column to its header and a typical value, the name to a full name: in a narrow
        pane the columns after it scroll sideways rather than the names being cut."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        model = self.model()
        statuses = [status_label(s) for s in CaseStatus]
        for column in range(model.columnCount()):
            samples = statuses if column == CaseTableModel.STATUS else [_SAMPLES.get(column, "")]
            if column in _DATE_COLUMNS:
                samples = _date_samples()
            title = str(model.headerData(column, header.orientation()) or "")
            width = max(metrics.horizontalAdvance(t) for t in [*samples, title]) + 28
            header.resizeSection(column, width)
        header.setMinimumSectionSize(metrics.horizontalAdvance("D-000") + 16)

    @Slot(QModelIndex)
    def on_view_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseTableModel.CASE_ID_ROLE)
        if case_id:
            self.case_activated.emit(str(case_id))

    def current_case_id(self) -> str | None:
        index = self.currentIndex()
        value = index.data(CaseTableModel.CASE_ID_ROLE) if index.isValid() else None
        return str(value) if value else None
