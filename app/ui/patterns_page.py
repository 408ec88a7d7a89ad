# SPDX-License-Identifier: GPL-3.0-or-later
"""Patterns across cases: pressure reports and detentions counted by kind, actor, county,
relationship and month, as a chart and a table, under filters; a click on a bar (or a row of the
table) lists the cases behind it, and a case in that list opens in the case file.

The counts run on the database worker with progress and a Cancel button; the chart is drawn by
``app.reports.charts`` (matplotlib, imported when the page is first shown: it costs ~0.4 s) on a
``FigureCanvasQTAgg``.  The totals shown are true totals of distinct records, never sums of bars.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled
from app.domain.patterns import DIMENSIONS, Breakdown, CaseBehind, PatternFilter, Patterns, Subject
from app.services.listing import ListingService
from app.services.patterns import PatternService
from app.ui.errors import message_for
from app.ui.models.patterns_models import (
    BarsModel,
    CasesBehindModel,
    bar_label,
    bar_labels,
    dimension_name,
    title,
)
from app.ui.patterns_filters import PatternFilterBar
from app.ui.tasks import Task, TaskRunner
from app.ui.widgets.case_view import set_up_row_table
from app.ui.widgets.text import PlainLabel

#: Pixels per inch of chart height: a chart with many bars grows and the area scrolls.
CHART_DPI = 96


class CasesTable(QTableView):
    """The cases behind a bar; ``case_activated(case_id)`` on double-click or Enter."""

    case_activated = Signal(str)

    def __init__(self, model: CasesBehindModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases = model
        self.setModel(model)
        set_up_row_table(self)
        self.doubleClicked.connect(self.on_activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_activated.emit(self._cases.case_id(index.row()))


class PatternsPage(QWidget):
    """Loads ``PatternService.patterns`` on the database worker when shown and whenever a filter changes."""

    case_activated = Signal(str)
    load_failed = Signal(Exception)

    def __init__(
        self,
        patterns: PatternService,
        listing: ListingService,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._listing, self._runner = patterns, listing, runner
        self._stale = True
        # The count and the case list running; results of any other task are stale and dropped.
        self._task: Task | None = None
        self._cases_task: Task | None = None
        self._offices_loaded = False
        self._patterns: Patterns | None = None
        self._selected: str | None = None  # the key of the bar whose cases are listed
        self._selected_name = ""
        self.canvas: Any = None  # a FigureCanvasQTAgg, made when first needed
        self.filters = PatternFilterBar(self)
        self.filters.changed.connect(self.reload)
        self.subject = QComboBox(self)
        for subject in DIMENSIONS:
            self.subject.addItem("", subject.value)
        self.subject.currentIndexChanged.connect(self._on_subject_changed)
        self.dimension = QComboBox(self)
        self.dimension.currentIndexChanged.connect(lambda _: self._show())
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.totals_label = PlainLabel("", self)
        self.totals_label.setWordWrap(True)
        self.note_label = PlainLabel("", self)
        self.note_label.setWordWrap(True)
        self.chart_area = QScrollArea(self)
        self.chart_area.setWidgetResizable(True)
        self.bars_model = BarsModel(self)
        self.bars_view = QTableView(self)
        self.bars_view.setModel(self.bars_model)
        set_up_row_table(self.bars_view)
        self.bars_view.horizontalHeader().setStretchLastSection(False)
        self.bars_view.selectionModel().currentRowChanged.connect(self._on_bar_row_changed)
        self.cases_label = PlainLabel("", self)
        self.cases_model = CasesBehindModel(self)
        self.cases_view = CasesTable(self.cases_model, self)
        self.cases_view.horizontalHeader().setStretchLastSection(True)
        self.cases_view.case_activated.connect(self.case_activated)
        self._lay_out()
        self._set_busy(False)
        self._retranslate()

    def _lay_out(self) -> None:
        choice = QHBoxLayout()
        for widget in (self.subject, self.dimension, self.progress, self.cancel_button):
            choice.addWidget(widget)
        choice.addStretch(1)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.chart_area)
        charts.addWidget(self.bars_view)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 1)
        cases = QWidget(self)
        cases_layout = QVBoxLayout(cases)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(self.cases_label)
        cases_layout.addWidget(self.cases_view, 1)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(charts)
        body.addWidget(cases)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(choice)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.note_label)
        layout.addWidget(body, 1)

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again now if shown, else when next shown (records may have changed)."""
        self.reload()

    def reload(self) -> None:
        """Count for the filters shown, cancelling a count still running; when hidden, count when next shown.

        Callbacks are bound methods of this page, so Qt drops them if the page is gone first (a lock).
        """
        self._stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if not self._offices_loaded:
            self._offices_loaded = True
            listing = self._listing
            self._runner.start(lambda progress: listing.offices(), on_success=self.filters.set_offices)
        service, pattern_filter = self._service, self.filters.value()
        self._set_busy(True)

        def work(progress: Any) -> Patterns:
            from app.reports import charts  # matplotlib and its font list load here, not on the GUI thread

            charts.register_fonts()
            return service.patterns(pattern_filter, progress=progress)

        self._task = self._runner.start(
            work, on_success=self._on_loaded, on_failure=self._on_failed, on_progress=self._on_progress
        )

    def _from(self, task: Task | None) -> bool:
        """True in a callback of ``task``, the one still wanted."""
        return task is not None and self.sender() is task.signals

    def _stop(self) -> None:
        for task in (self._task, self._cases_task):
            if task is not None:
                task.cancel()
        self._task = self._cases_task = None
        self._set_busy(False)

    def cancel(self) -> None:
        """Stop the count running (Cancel): the counts shown before were for other filters, so go too."""
        if self._task is None:
            return
        self.clear()
        self._stale = False
        self.totals_label.setText(self.tr("Counting cancelled."))

    def clear(self) -> None:
        """Forget every count and case (lock)."""
        self._stop()
        self._stale = True
        self._patterns = None
        self._selected = None
        self.bars_model.set_rows([])
        self.cases_model.set_rows([])
        self.totals_label.setText("")
        self.note_label.setText("")
        self.cases_label.setText("")
        if self.canvas is not None:
            self.canvas.figure.clear()
            self.canvas.draw_idle()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._from(self._task):
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_loaded(self, patterns: Patterns) -> None:
        if not self._from(self._task):
            return
        self._task = None
        self._set_busy(False)
        self._patterns = patterns
        self._show()

    def _on_failed(self, error: Exception) -> None:
        if not (self._from(self._task) or self._from(self._cases_task)):
            return
        self._stop()
        if isinstance(error, Cancelled):
            return
        self.totals_label.setText(message_for(error) or self.tr("The patterns could not be counted."))
        if message_for(error) is None:
            self.load_failed.emit(error)

    # -- showing -----------------------------------------------------------------------------------

    def _on_subject_changed(self) -> None:
        if self.subject.currentData() is None:  # the combo empties as the page is destroyed
            return
        chosen = self.dimension.currentData()
        self.dimension.blockSignals(True)
        self.dimension.clear()
        for dimension in DIMENSIONS[Subject(self.subject.currentData())]:
            self.dimension.addItem(dimension_name(dimension), dimension.value)
        self.dimension.setCurrentIndex(max(0, self.dimension.findData(chosen)))
        self.dimension.blockSignals(False)
        self._show()

    def breakdown(self) -> Breakdown | None:
        """The breakdown chosen, of the patterns last counted."""
        if self._patterns is None or self.dimension.currentData() is None:
            return None
        return self._patterns.breakdown(self.subject.currentData(), self.dimension.currentData())

    def _show(self) -> None:
        self._selected = None
        self.cases_model.set_rows([])
        self.cases_label.setText(self.tr("Click a bar to list the cases behind it."))
        patterns, breakdown = self._patterns, self.breakdown()
        if patterns is None or breakdown is None:
            return
        self.totals_label.setText(
            self.tr("%n pressure report(s)", "", patterns.pressure_reports)
            + ", "
            + self.tr("%n detention(s)", "", patterns.detentions)
            + " — "
            + self.tr("in %n case(s)", "", patterns.cases)
        )
        note = self._note(patterns.filter, breakdown)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.bars_model.set_bars(breakdown.dimension, breakdown.bars)
        self.bars_view.resizeColumnsToContents()
        self._draw(breakdown)

    def _note(self, pattern_filter: PatternFilter, breakdown: Breakdown) -> str:
        notes = []
        if sum(bar.count for bar in breakdown.bars) > breakdown.total:
            notes.append(
                self.tr(
                    "A report of several kinds, or aimed at several relatives, counts under each of them: "
                    "the bars add up to more than the total."
                )
            )
        if breakdown.subject == Subject.DETENTION and (
            pattern_filter.kinds or pattern_filter.min_reliability
        ):
            notes.append(
                self.tr("Detentions have no kind or reliability: those filters count pressure reports only.")
            )
        return " ".join(notes)

    def _draw(self, breakdown: Breakdown) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from app.reports.charts import breakdown_figure

        figure = breakdown_figure(
            breakdown,
            title(breakdown.subject, breakdown.dimension),
            labels=bar_labels(breakdown.dimension, breakdown.bars),
        )
        figure.set_dpi(CHART_DPI)
        # matplotlib's Qt backend has no annotations.
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setMinimumHeight(int(figure.get_figheight() * CHART_DPI) if len(breakdown.bars) > 12 else 200)
        canvas.mpl_connect("button_press_event", self._on_chart_clicked)
        self.chart_area.setWidget(canvas)  # the scroll area deletes the previous canvas
        self.canvas = canvas

    def _on_chart_clicked(self, event: Any) -> None:
        from app.reports.charts import bar_at

        if event.inaxes is None:
            return
        key = bar_at(self.canvas.figure, event.xdata, event.ydata)
        if key is not None:
            self.select_bar(key)

    def _on_bar_row_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        if current.isValid():
            self.select_bar(self.bars_model.record(current.row()).key)

    def select_bar(self, key: str) -> None:
        """List the cases behind the bar ``key`` of the breakdown shown (on the database worker)."""
        patterns, breakdown = self._patterns, self.breakdown()
        if patterns is None or breakdown is None or breakdown.bar(key) is None or key == self._selected:
            return
        self._selected = key
        row = self.bars_model.row_of(key)
        if row != self.bars_view.currentIndex().row():
            self.bars_view.setCurrentIndex(self.bars_model.index(row, 0))
        self._selected_name = bar_label(breakdown.dimension, key)
        self.cases_label.setText(
            self.tr("Looking for the cases behind “%1”…").replace("%1", self._selected_name)
        )
        service = self._service
        subject, dimension, pattern_filter = breakdown.subject, breakdown.dimension, patterns.filter
        if self._cases_task is not None:
            self._cases_task.cancel()
        self._cases_task = self._runner.start(
            lambda progress: service.cases_behind(subject, dimension, key, pattern_filter),
            on_success=self._on_cases,
            on_failure=self._on_failed,
        )

    def _on_cases(self, cases: tuple[CaseBehind, ...]) -> None:
        if not self._from(self._cases_task):
            return
        self._cases_task = None
        self.cases_model.set_rows(cases)
        self.cases_view.resizeColumnsToContents()
        self.cases_label.setText(
            self.tr("%n case(s) behind “%1”", "", len(cases)).replace("%1", self._selected_name)
        )

    # -- language ----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.subject.setItemText(0, self.tr("Pressure reports"))
        self.subject.setItemText(1, self.tr("Detentions"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._on_subject_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
