# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard: refugee certificates expiring soon or already expired, and how many drafts wait."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.listing import Dashboard, ListingService
from app.ui.errors import message_for
from app.ui.models.case_table_model import CaseTableModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.case_view import CaseTableView
from app.ui.widgets.text import PlainLabel

EXPIRING_WITHIN_DAYS = 60
_SHOWN_COLUMNS = (CaseTableModel.DEADLINE, CaseTableModel.NAME, CaseTableModel.REFERENCE)


class DashboardPanel(QWidget):
    """Loads ``ListingService.dashboard`` on the database worker; ``case_activated`` opens a case."""

    case_activated = Signal(str)
    load_failed = Signal(Exception)

    def __init__(self, listing: ListingService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listing = listing
        self._runner = runner
        self._generation = 0
        self._dashboard: Dashboard | None = None
        self.expiring_model = CaseTableModel(runner, parent=self)
        self.expired_model = CaseTableModel(runner, parent=self)
        self.title_label = PlainLabel()
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.counts_label = PlainLabel()
        self.counts_label.setWordWrap(True)
        self.expiring_label = PlainLabel()
        self.expired_label = PlainLabel()
        self.status_label = PlainLabel()
        self.expiring_view = self._view(self.expiring_model)
        self.expired_view = self._view(self.expired_model)
        layout = QVBoxLayout(self)
        for widget in (
            self.title_label,
            self.counts_label,
            self.expiring_label,
            self.expiring_view,
            self.expired_label,
            self.expired_view,
            self.status_label,
        ):
            layout.addWidget(widget)
        self._retranslate()

    def _view(self, model: CaseTableModel) -> CaseTableView:
        view = CaseTableView(model, self)
        for column in range(model.columnCount()):
            view.setColumnHidden(column, column not in _SHOWN_COLUMNS)
        header = view.horizontalHeader()
        for visual, column in enumerate(_SHOWN_COLUMNS):
            header.moveSection(header.visualIndex(column), visual)
        view.setMinimumHeight(view.verticalHeader().defaultSectionSize() * 5)
        view.case_activated.connect(self.case_activated)
        return view

    def refresh(self) -> None:
        """Reload on the database worker."""
        self._generation += 1
        generation, listing = self._generation, self._listing
        self.status_label.setText(self.tr("Loading…"))
        self._runner.start(
            lambda progress: (generation, listing.dashboard(within_days=EXPIRING_WITHIN_DAYS)),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def _on_loaded(self, result: tuple[int, Dashboard]) -> None:
        generation, dashboard = result
        if generation != self._generation:
            return
        self._dashboard = dashboard
        self.status_label.setText("")
        self.expiring_model.set_rows(list(dashboard.expiring))
        self.expired_model.set_rows(list(dashboard.expired))
        self._retranslate()

    def _on_failed(self, error: Exception) -> None:
        self.status_label.setText(message_for(error) or self.tr("The dashboard could not be loaded."))
        if message_for(error) is None:
            self.load_failed.emit(error)

    def clear(self) -> None:
        """Forget everything shown (lock); a load still in flight is ignored when it lands."""
        self._generation += 1
        self._dashboard = None
        self.expiring_model.clear()
        self.expired_model.clear()
        self.status_label.setText("")
        self._retranslate()

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("What needs attention"))
        board = self._dashboard
        if board is None:
            self.counts_label.setText("")
        else:
            self.counts_label.setText(
                self.tr("Cases in intake: %1 · open: %2 · your unsaved drafts: %3")
                .replace("%1", str(board.intake_count))
                .replace("%2", str(board.open_count))
                .replace("%3", str(board.draft_count))
            )
        self.expiring_label.setText(
            self.tr("Certificates expiring within %n days", "", EXPIRING_WITHIN_DAYS)
            + (f" ({len(board.expiring)})" if board else "")
        )
        self.expired_label.setText(
            self.tr("Certificates already expired") + (f" ({len(board.expired)})" if board else "")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
