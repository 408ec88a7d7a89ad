# SPDX-License-Identifier: GPL-3.0-or-later
"""The deadlines view: everything overdue or due within the chosen days, across open cases.

Each row names its case, what is due and the rule; the selected row shows the rule's source,
article, note and how sure it is.  The totals are true totals.  The rules file in force is
named, and an office file that does not read is named with its line while the shipped rules
count.  A lawyer's aid, not legal advice: the screen says so at all times.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import PartialDate
from app.domain.deadlines import EXPIRIES, DeadlineNote, WhatIsDue
from app.services.deadlines import Deadline, DeadlineService, Upcoming
from app.ui.errors import message_for
from app.ui.i18n import interface_language
from app.ui.models.deadlines_model import DeadlinesModel, left_label, what_label
from app.ui.models.vocab_labels import WHAT_IS_DUE
from app.ui.placeholders import filled
from app.ui.tasks import TaskRunner
from app.ui.widgets.case_view import set_up_row_table
from app.ui.widgets.date_text import format_partial_date
from app.ui.widgets.text import InlineMessage, PlainLabel, isolate

DAY_CHOICES = (7, 14, 30, 60, 90, 180, 365)
DEFAULT_DAYS = 30


def day_text(day: dt.date) -> str:
    return format_partial_date(PartialDate.of(day))


class DeadlinesTable(QTableView):
    """Rows of a DeadlinesModel; ``case_activated(case_id)`` on double-click or Enter."""

    case_activated = Signal(str)

    def __init__(self, model: DeadlinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        set_up_row_table(self)
        self.horizontalHeader().setStretchLastSection(False)
        self.fit_columns()
        # Double-click and Enter, not ``activated``: that one needs the press before the double-click, which
        # synthetic clicks (tests, accessibility tools) lack, and fires on a single click in some desktops.
        self.doubleClicked.connect(self.on_view_activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.on_view_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def fit_columns(self) -> None:
        """Size the short columns to their header and sample values (never measured over thousands of
        rows); the name and the rule share the rest of the width."""
        metrics, header, model = self.fontMetrics(), self.horizontalHeader(), self.model()
        samples = {
            DeadlinesModel.DUE: [
                format_partial_date(PartialDate(2000, m, 28), short=True) for m in range(1, 13)
            ],
            DeadlinesModel.LEFT: [left_label(-999), left_label(999), left_label(0)],
            DeadlinesModel.REFERENCE: ["D-0000000"],
            DeadlinesModel.WHAT: [what_label(WhatIsDue(what)) for what in WHAT_IS_DUE],
        }
        for column, texts in samples.items():
            title = str(model.headerData(column, header.orientation()) or "")
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in [*texts, title]) + 20)
        for column in (DeadlinesModel.NAME, DeadlinesModel.RULE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    @Slot(QModelIndex)
    def on_view_activated(self, index: QModelIndex) -> None:
        case_id = index.data(DeadlinesModel.CASE_ID_ROLE)
        if case_id:
            self.case_activated.emit(str(case_id))


class DeadlinesView(QWidget):
    """Loads ``DeadlineService.upcoming`` on the database worker when shown; ``case_activated`` opens
    a case."""

    case_activated = Signal(str)
    load_failed = Signal(Exception)

    def __init__(self, deadlines: DeadlineService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deadlines = deadlines
        self._runner = runner
        self._generation = 0
        self._stale = True
        self.model = DeadlinesModel(self)
        self.title_label = PlainLabel()
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.days_label = PlainLabel()
        self.days_label.setWordWrap(False)
        self.days_combo = QComboBox()
        for days in DAY_CHOICES:
            self.days_combo.addItem("", days)
        self.days_combo.setCurrentIndex(DAY_CHOICES.index(DEFAULT_DAYS))
        self.days_combo.currentIndexChanged.connect(self.on_days_combo_current_index_changed)
        self.totals_label = PlainLabel()
        self.status_label = PlainLabel()
        self.rules_label = PlainLabel(selectable=True)
        self.rules_warning = InlineMessage()
        self.table = DeadlinesTable(self.model, self)
        self.table.case_activated.connect(self.case_activated)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.detail_label = PlainLabel(selectable=True)
        self.disclaimer_label = PlainLabel()
        self.disclaimer_label.setStyleSheet("color: #8a4b00;")
        bar = QHBoxLayout()
        bar.addWidget(self.days_label)
        bar.addWidget(self.days_combo)
        bar.addWidget(self.totals_label, 1)
        bar.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.disclaimer_label)
        layout.addLayout(bar)
        layout.addWidget(self.rules_warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.rules_label)
        self._retranslate()

    @property
    def days(self) -> int:
        return int(self.days_combo.currentData())

    def set_days(self, days: int) -> None:
        self.days_combo.setCurrentIndex(DAY_CHOICES.index(days))

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload on the database worker now if the view is shown, else when it next is."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, service, days = self._generation, self._deadlines, self.days
        self.status_label.setText(self.tr("Loading…"))
        self._runner.start(
            lambda progress: (generation, service.upcoming(days=days)),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_loaded(self, result: tuple[int, Upcoming]) -> None:
        generation, upcoming = result
        if generation != self._generation:
            return
        self.status_label.setText("")
        self.model.set_upcoming(upcoming)
        self._show_detail(None)
        self._retranslate()
        self.scroll_to_first_due()

    def first_due_row(self) -> int | None:
        """The first row not yet overdue (rows come soonest first, the overdue ones above it)."""
        upcoming = self.model.upcoming
        if upcoming is None:
            return None
        return next((row for row, d in enumerate(upcoming.deadlines) if not d.overdue(upcoming.today)), None)

    @Slot()
    def scroll_to_first_due(self) -> None:
        """What is still to come at the top; the overdue rows are just above (and counted)."""
        row = self.first_due_row()
        if row is not None:
            self.table.doItemsLayout()  # a reset table lays out its rows later, and scrolls nowhere before
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _on_failed(self, error: Exception) -> None:
        self.status_label.setText(message_for(error) or self.tr("The deadlines could not be loaded."))
        if message_for(error) is None:
            self.load_failed.emit(error)

    def clear(self) -> None:
        """Forget everything shown (lock); a load still in flight is ignored when it lands, and
        nothing loads again until ``refresh``."""
        self._generation += 1
        self._stale = False
        self.model.clear()
        self.status_label.setText("")
        self._show_detail(None)
        self._retranslate()

    @Slot(int)
    def on_days_combo_current_index_changed(self, index: int) -> None:
        self.refresh()

    # -- the selected deadline ---------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def on_table_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_detail(self.model.deadline(rows[0].row()) if rows else None)

    def _show_detail(self, deadline: Deadline | None) -> None:
        if deadline is None:
            self.detail_label.setText(self.tr("Select a deadline to see its rule and legal source."))
            return
        rule = deadline.rule.in_language(interface_language())
        source = ", ".join(part for part in (rule.source, rule.article) if part)
        lines = [
            filled(
                self.tr("%1: due %2, %3"),
                what_label(deadline.what),
                day_text(deadline.due),
                self._left(deadline),
            ),
            self._rule_line(deadline),
            self.tr("Source: %1").replace("%1", source),
        ]
        notes = {
            DeadlineNote.SILENCE_IS_REFUSAL: self.tr(
                "No decision on the complaint by %1: silence counts as a refusal (APC Art. 100(5)), "
                "so the court claim counts from that day."
            ),
            DeadlineNote.CAPPED_BY_CERTIFICATE: self.tr(
                "The travel document says it is valid until %1, but it is never valid beyond the refugee "
                "certificate, which expires first."
            ),
            DeadlineNote.COUNTED_FROM_ISSUE: self.tr(
                "No end of validity is recorded: it is counted by the rule from the day it was issued, %1."
            ),
        }
        if deadline.note in notes and deadline.note_date is not None:
            lines.append(notes[deadline.note].replace("%1", day_text(deadline.note_date)))
        if rule.note:
            lines.append(self.tr("Note: %1").replace("%1", rule.note))
        if rule.confidence:
            lines.append(self.tr("Confidence: %1").replace("%1", rule.confidence))
        lines.append(filled(self.tr("Case %1, %2"), deadline.reference, isolate(deadline.subject_name)))
        self.detail_label.setText("\n".join(lines))

    def _rule_line(self, deadline: Deadline) -> str:
        rule = deadline.rule.in_language(interface_language())
        if deadline.what in EXPIRIES:
            return self.tr("Rule: %1 (due the day it expires: apply to extend it before then)").replace(
                "%1", rule.title
            )
        return filled(self.tr("Rule: %1 (counted from %2)"), rule.title, rule.from_ or "-")

    def _left(self, deadline: Deadline) -> str:
        upcoming = self.model.upcoming
        return left_label(deadline.days_left(upcoming.today)) if upcoming is not None else ""

    # -- text --------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Deadlines"))
        self.disclaimer_label.setText(
            self.tr(
                "These deadlines are a lawyer's aid, not legal advice: check each against the law in force."
            )
        )
        self.days_label.setText(self.tr("Show what falls due within:"))
        for index, days in enumerate(DAY_CHOICES):
            self.days_combo.setItemText(index, self.tr("%n days", "", days))
        upcoming = self.model.upcoming
        if upcoming is None:
            self.totals_label.setText("")
            self.rules_label.setText("")
            self.rules_warning.clear_message()
            return
        self.totals_label.setText(
            filled(
                self.tr("Overdue: %1 · due in the next %n days: %2", "", upcoming.days),
                str(upcoming.overdue_count),
                str(upcoming.due_count),
            )
        )
        book = upcoming.book
        if book.office:
            self.rules_label.setText(
                self.tr("Rules in force: the office's file %1").replace("%1", str(book.path))
            )
        else:
            self.rules_label.setText(self.tr("Rules in force: those shipped with Pana"))
        self.rules_label.setToolTip(str(book.path))  # where they are read from: for whoever keeps them
        if book.problem:
            self.rules_warning.show_message(
                self.tr(
                    "The office's rules file was not used: %1. The shipped rules count meanwhile."
                ).replace("%1", book.problem),
                "warning",
            )
        else:
            self.rules_warning.clear_message()
        rows = self.table.selectionModel().selectedRows()
        self._show_detail(self.model.deadline(rows[0].row()) if rows else None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.table.fit_columns()
        super().changeEvent(event)
