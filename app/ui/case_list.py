# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list: the search box (any spelling in any script, a case reference, a document number)
beside the New case button, filters and the lazily paged table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import CaseFilter, CaseRow, DeadlineFilter, Office
from app.domain.vocab import CaseStatus
from app.services.case_search import CaseSearchService
from app.services.listing import ListingService
from app.services.name_index import MAX_QUERY_CHARS
from app.ui.errors import message_for
from app.ui.i18n import status_label
from app.ui.models.case_table_model import CaseTableModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.case_view import CaseTableView
from app.ui.widgets.filter_combo import FilterCombo
from app.ui.widgets.text import PlainLabel

SEARCH_DELAY_MS = 300
FILTER_MIN_CHARACTERS = 6
#: The deadline filter's choices, in the combo's order.
DEADLINE_CHOICES: tuple[tuple[DeadlineFilter | None, int], ...] = (
    (None, 0),
    (DeadlineFilter.OVERDUE, 0),
    *((DeadlineFilter.DUE_WITHIN, days) for days in (7, 30, 60, 90, 180)),
    (DeadlineFilter.NONE, 0),
)


class CaseListPanel(QWidget):
    """``case_activated(case_id)`` when a row is opened; ``new_case_requested`` for the New case button;
    ``failed(error)`` for a bug (crash dialog)."""

    case_activated = Signal(str)
    new_case_requested = Signal()
    failed = Signal(Exception)

    def __init__(
        self,
        listing: ListingService,
        search: CaseSearchService,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._listing = listing
        self._search = search
        self._runner = runner
        self._search_generation = 0
        self._offices: list[Office] = []
        self._closed = True  # nothing is queried before refresh(), nor after clear() (lock)
        self.model = CaseTableModel(runner, listing.page, parent=self)
        self.search_edit = QLineEdit()
        self.search_edit.setMaxLength(MAX_QUERY_CHARS)  # typing or pasting more is cut here, visibly
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.on_search_edit_textChanged)
        self.new_case_button = QPushButton()
        self.new_case_button.clicked.connect(self.new_case_requested)
        self.status_combo = FilterCombo(FILTER_MIN_CHARACTERS)
        self.office_combo = FilterCombo(FILTER_MIN_CHARACTERS)
        self.deadline_combo = FilterCombo(FILTER_MIN_CHARACTERS)
        for combo in (self.status_combo, self.office_combo, self.deadline_combo):
            # Full width beside a wide list, cut short when the case file leaves the list little room.
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentIndexChanged.connect(self.on_filter_changed)
        self.view = CaseTableView(self.model, self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # to export some
        self.view.horizontalHeader().setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.view.setSortingEnabled(True)  # after the indicator: enabling sorts by the indicator's column
        self.view.case_activated.connect(self.case_activated)
        self.count_label = PlainLabel()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.on_search_timer_timeout)
        self.model.total_changed.connect(self._show_count)
        self.model.loading_changed.connect(self._show_count)
        self.model.load_failed.connect(self._on_failed)
        filters = QHBoxLayout()
        filters.addWidget(self.status_combo)
        filters.addWidget(self.office_combo)
        filters.addWidget(self.deadline_combo)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.new_case_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._fill_combos()
        self._retranslate()

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the offices and the first page (or re-run the search)."""
        self._closed = False
        self._runner.start(
            lambda progress: self._listing.offices(),
            on_success=self._on_offices_loaded,
            on_failure=self._on_failed,
        )
        self._apply()

    def _on_offices_loaded(self, offices: list[Office]) -> None:
        if self._closed:
            return
        self._offices = list(offices)
        current = self.office_combo.currentData()
        self.office_combo.blockSignals(True)
        while self.office_combo.count() > 1:
            self.office_combo.removeItem(1)
        for office in self._offices:
            self.office_combo.addItem(office.name, office.id)
        self.office_combo.setCurrentIndex(max(0, self.office_combo.findData(current)))
        self.office_combo.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        status = self.status_combo.currentData()
        deadline, days = DEADLINE_CHOICES[max(0, self.deadline_combo.currentIndex())]
        return CaseFilter(
            status=CaseStatus(status) if status else None,
            office_id=self.office_combo.currentData() or None,
            deadline=deadline,
            deadline_days=days,
        )

    @property
    def searching(self) -> bool:
        return bool(self.search_edit.text().strip())

    def _apply(self) -> None:
        if self._closed:
            return
        if self.searching:
            self._start_search()
        else:
            self._search_generation += 1
            self.view.setSortingEnabled(True)
            self.model.set_query(self.current_filter())

    @Slot()
    def on_filter_changed(self) -> None:
        self._apply()

    @Slot(str)
    def on_search_edit_textChanged(self, text: str) -> None:
        self.search_timer.start()

    @Slot()
    def on_search_timer_timeout(self) -> None:
        self._apply()

    def _start_search(self) -> None:
        self._search_generation += 1
        generation, query = self._search_generation, self.search_edit.text().strip()
        search, wanted = self._search, self.current_filter()

        def work(progress: object) -> tuple[int, list[CaseRow]]:
            return generation, search.search(query, wanted)

        self.count_label.setText(self.tr("Searching…"))
        self._runner.start(work, on_success=self._on_search_done, on_failure=self._on_failed)

    def _on_search_done(self, result: tuple[int, list[CaseRow]]) -> None:
        generation, rows = result
        if self._closed or generation != self._search_generation or not self.searching:
            return
        self.view.setSortingEnabled(False)  # results stay in order of how well the name matches
        self.model.set_rows(rows)
        self._show_count()

    def _on_failed(self, error: Exception) -> None:
        message = message_for(error)
        if message is None:
            self.failed.emit(error)
        else:
            self.count_label.setText(message)

    def selected_rows(self) -> list[CaseRow]:
        """The selected cases that are loaded, in list order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [case for case in map(self.model.row, rows) if case is not None]

    # -- lock and focus ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear(self) -> None:
        """Forget every row, the search text (it may be a name) and the offices (lock)."""
        self._closed = True
        self._search_generation += 1
        self.search_timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.setText("")  # setText, unlike clear(), also empties the undo history
        self.search_edit.blockSignals(False)
        self.model.clear()
        self._offices = []
        self.office_combo.blockSignals(True)
        while self.office_combo.count() > 1:
            self.office_combo.removeItem(1)
        self.office_combo.blockSignals(False)
        self.count_label.setText("")

    # -- texts -------------------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        self.status_combo.addItem("", None)
        for status in CaseStatus:
            self.status_combo.addItem("", status.value)
        self.office_combo.addItem("", None)
        for _ in DEADLINE_CHOICES:
            self.deadline_combo.addItem("")

    def _deadline_text(self, deadline: DeadlineFilter | None, days: int) -> str:
        if deadline is DeadlineFilter.OVERDUE:
            return self.tr("Deadline passed")
        if deadline is DeadlineFilter.DUE_WITHIN:
            return self.tr("Due in the next %n days", "", days)
        if deadline is DeadlineFilter.NONE:
            return self.tr("No deadline")
        return self.tr("Any deadline")

    def _retranslate(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr("Find by any spelling, case reference or document number (Ctrl+F)")
        )
        self.new_case_button.setText(self.tr("New case"))
        self.new_case_button.setToolTip(self.tr("Open an empty case file for a new person (Ctrl+N)"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index, status in enumerate(CaseStatus, start=1):
            self.status_combo.setItemText(index, status_label(status))
        self.office_combo.setItemText(0, self.tr("All offices"))
        for index, (deadline, days) in enumerate(DEADLINE_CHOICES):
            self.deadline_combo.setItemText(index, self._deadline_text(deadline, days))
        self.view.fit_columns()
        self._show_count()

    def _show_count(self, *_: object) -> None:
        if self.model.loading and not self.model.rows:
            self.count_label.setText(self.tr("Loading…"))
        elif self.searching:
            self.count_label.setText(self.tr("Cases found by name: %n", "", len(self.model.rows)))
        elif self.model.total >= 0:
            self.count_label.setText(self.tr("Cases: %n", "", self.model.total))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
