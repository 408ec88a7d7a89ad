# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard: deadlines overdue and due within 30 days (true totals, the nearest few shown),
refugee certificates expiring soon or already expired, how many drafts wait, and how many merge
conflicts between offices wait for an answer (a click opens the review queue)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from app.services.conflicts import ConflictService
from app.services.deadlines import DeadlineService, Upcoming
from app.services.listing import Dashboard, ListingService
from app.ui.deadlines_view import DeadlinesTable
from app.ui.errors import message_for
from app.ui.models.case_table_model import CaseTableModel
from app.ui.models.deadlines_model import OVERDUE_COLOUR, DeadlinesModel
from app.ui.placeholders import filled
from app.ui.tasks import TaskRunner
from app.ui.widgets.case_view import CaseTableView
from app.ui.widgets.text import PlainLabel

EXPIRING_WITHIN_DAYS = 60
DEADLINES_WITHIN_DAYS = 30
NEAREST_DEADLINES = 5
_SHOWN_COLUMNS = (CaseTableModel.DEADLINE, CaseTableModel.NAME, CaseTableModel.REFERENCE)


class DashboardPanel(QWidget):
    """Loads ``ListingService.dashboard`` on the database worker; ``case_activated`` opens a case."""

    case_activated = Signal(str)
    load_failed = Signal(Exception)
    deadlines_requested = Signal()
    conflicts_requested = Signal()

    def __init__(
        self,
        listing: ListingService,
        deadlines: DeadlineService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        conflicts: ConflictService | None = None,
    ) -> None:
        super().__init__(parent)
        self._listing = listing
        self._deadlines = deadlines
        self._conflicts = conflicts
        self._runner = runner
        self._generation = 0
        self._dashboard: Dashboard | None = None
        self._open_conflicts = 0
        self.conflicts_label = PlainLabel()
        self.conflicts_label.setStyleSheet("color: #8a4b00;")
        self.conflicts_button = QPushButton()
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.deadlines_model = DeadlinesModel(self)
        self.overdue_label = PlainLabel()
        self.overdue_label.setStyleSheet(f"color: {OVERDUE_COLOUR};")
        self.due_label = PlainLabel()
        self.deadlines_button = QPushButton()
        self.deadlines_button.clicked.connect(self.deadlines_requested)
        self.deadlines_view = DeadlinesTable(self.deadlines_model, self)
        self._fit_deadlines_view()
        self.deadlines_view.case_activated.connect(self.case_activated)
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
        deadlines_bar = QHBoxLayout()
        deadlines_bar.addWidget(self.overdue_label)
        deadlines_bar.addWidget(self.due_label, 1)
        deadlines_bar.addWidget(self.deadlines_button)
        conflicts_bar = QHBoxLayout()
        conflicts_bar.addWidget(self.conflicts_label, 1)
        conflicts_bar.addWidget(self.conflicts_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.counts_label)
        layout.addLayout(conflicts_bar)
        layout.addLayout(deadlines_bar)
        for widget in (
            self.deadlines_view,
            self.expiring_label,
            self.expiring_view,
            self.expired_label,
            self.expired_view,
            self.status_label,
        ):
            layout.addWidget(widget)
        self._retranslate()

    def _fit_deadlines_view(self) -> None:
        """Days left, case, whose it is and what is due, for the nearest few rows: the full table is one
        click away."""
        view = self.deadlines_view
        for column in (DeadlinesModel.DUE, DeadlinesModel.RULE):
            view.setColumnHidden(column, True)
        view.horizontalHeader().setSectionResizeMode(DeadlinesModel.WHAT, QHeaderView.ResizeMode.Stretch)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = view.verticalHeader().defaultSectionSize() * NEAREST_DEADLINES
        view.setFixedHeight(rows + view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth())

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
        generation, listing, deadlines = self._generation, self._listing, self._deadlines
        conflicts = self._conflicts
        self.status_label.setText(self.tr("Loading…"))
        self._runner.start(
            lambda progress: (
                generation,
                listing.dashboard(within_days=EXPIRING_WITHIN_DAYS),
                deadlines.upcoming(days=DEADLINES_WITHIN_DAYS),
                conflicts.count() if conflicts is not None else 0,
            ),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def _on_loaded(self, result: tuple[int, Dashboard, Upcoming, int]) -> None:
        generation, dashboard, upcoming, open_conflicts = result
        if generation != self._generation:
            return
        self._dashboard = dashboard
        self._open_conflicts = open_conflicts
        self.status_label.setText("")
        self.deadlines_model.set_upcoming(upcoming, nearest=NEAREST_DEADLINES)
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
        self._open_conflicts = 0
        self.deadlines_model.clear()
        self.expiring_model.clear()
        self.expired_model.clear()
        self.status_label.setText("")
        self._retranslate()

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("What needs attention"))
        self.deadlines_button.setText(self.tr("All deadlines…"))
        upcoming = self.deadlines_model.upcoming
        self.overdue_label.setText(
            self.tr("Overdue: %1").replace("%1", str(upcoming.overdue_count)) if upcoming else ""
        )
        self.due_label.setText(
            self.tr("Due in the next %n days: %1", "", DEADLINES_WITHIN_DAYS).replace(
                "%1", str(upcoming.due_count)
            )
            if upcoming
            else ""
        )
        self.conflicts_label.setText(
            self.tr("%n merge conflict(s) between offices wait for an answer", "", self._open_conflicts)
        )
        self.conflicts_button.setText(self.tr("Review conflicts…"))
        for widget in (self.conflicts_label, self.conflicts_button):
            widget.setVisible(self._open_conflicts > 0)
        board = self._dashboard
        if board is None:
            self.counts_label.setText("")
        else:
            self.counts_label.setText(
                filled(
                    self.tr("Cases in intake: %1 · open: %2 · your unsaved drafts: %3"),
                    str(board.intake_count),
                    str(board.open_count),
                    str(board.draft_count),
                )
            )
        self.expiring_label.setText(
            self.tr("Certificates expiring within %n days", "", EXPIRING_WITHIN_DAYS)
            + (self._total(len(board.expiring), board.expiring_total) if board else "")
        )
        self.expired_label.setText(
            self.tr("Certificates already expired")
            + (self._total(len(board.expired), board.expired_total) if board else "")
        )

    def _total(self, listed: int, total: int) -> str:
        """The true total beside a list's title, and how many of them the list holds when not all."""
        if listed >= total:
            return f" ({total})"
        return " " + filled(self.tr("(%1, the first %2 listed)"), str(total), str(listed))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.deadlines_view.fit_columns()
            self._fit_deadlines_view()
        super().changeEvent(event)
