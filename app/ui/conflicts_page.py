# SPDX-License-Identifier: GPL-3.0-or-later
"""The conflict review page: the queue of merge conflicts on the left, the selected one's sides
side by side with who and when on the right (keep one, or write the answer), and below the
reports of past imports.  An answer is written on the database worker; the queue reloads after it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotFoundError, ValidationError
from app.services.conflicts import ConflictItem, ConflictService, PastImport, Resolved
from app.ui.case_editor.record_panel import make_table_view
from app.ui.errors import message_for
from app.ui.models.conflicts_model import (
    ConflictQueueModel,
    PastImportsModel,
    SideView,
    case_text,
    field_text,
    record_text,
    side_view,
)
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner, Work
from app.ui.widgets.text import InlineMessage, PlainLabel, isolate


class SideCard(QGroupBox):
    """One side of a conflict: who and when, the value (plain text), and the button that keeps it."""

    keep_requested = Signal(int)

    def __init__(self, index: int, view: SideView, parent: QWidget | None = None) -> None:
        super().__init__(view.title, parent)
        self.index = index
        self.who_label = PlainLabel(view.who)
        self.when_label = PlainLabel(view.when)
        self.value_edit = QPlainTextEdit()
        self.value_edit.setReadOnly(True)
        self.value_edit.setPlainText(view.value)
        self.value_edit.setMinimumHeight(60)
        self.shown_label = PlainLabel(self.tr("Shown until you choose") if view.shown_now else "")
        self.shown_label.setStyleSheet("color: #1d4f91;")
        self.keep_button = QPushButton(view.keep_label)
        self.keep_button.clicked.connect(lambda: self.keep_requested.emit(self.index))
        layout = QVBoxLayout(self)
        layout.addWidget(self.who_label)
        layout.addWidget(self.when_label)
        layout.addWidget(self.value_edit, 1)
        layout.addWidget(self.shown_label)
        layout.addWidget(self.keep_button)


class ConflictsPage(QWidget):
    """Loads ``ConflictService.open_conflicts`` and ``imports`` on the database worker when shown."""

    case_activated = Signal(str)
    load_failed = Signal(Exception)
    #: An answer was written (the case list and the dashboard may show something else now).
    resolved = Signal(object)

    def __init__(
        self,
        conflicts: ConflictService,
        runner: TaskRunner,
        prompts: UserPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._conflicts, self._runner, self._prompts = conflicts, runner, prompts
        self._generation = 0
        self._stale = True
        self._busy = False
        self.cards: list[SideCard] = []
        self.model = ConflictQueueModel(self)
        self.queue_view = make_table_view(self)
        self.queue_view.setModel(self.model)
        self.queue_view.selectionModel().selectionChanged.connect(self.on_queue_selection_changed)
        self.queue_view.doubleClicked.connect(self.on_queue_view_double_clicked)
        self.counts_label = PlainLabel()
        self.imports_model = PastImportsModel(self)
        self.imports_view = make_table_view(self)
        self.imports_view.setModel(self.imports_model)
        self.imports_label = PlainLabel()
        self.case_label = PlainLabel(selectable=True)
        self.record_label = PlainLabel(selectable=True)
        self.field_label = PlainLabel()
        bold = self.field_label.font()
        bold.setBold(True)
        self.field_label.setFont(bold)
        self.others_label = InlineMessage(self)
        self.sides_row = QHBoxLayout()
        self.answer_label = PlainLabel()
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setMaximumHeight(80)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.message = InlineMessage(self)
        self.empty_label = PlainLabel()
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        for widget in (self.case_label, self.record_label, self.field_label, self.others_label):
            detail.addWidget(widget)
        detail.addLayout(self.sides_row, 1)
        answer_bar = QHBoxLayout()
        answer_bar.addWidget(self.answer_edit, 1)
        answer_bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        detail.addWidget(self.answer_label)
        detail.addLayout(answer_bar)
        detail.addWidget(self.message)
        right = QFrame()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.detail, 1)
        self.queue_view.horizontalHeader().setMaximumSectionSize(180)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.queue_view)
        top.addWidget(right)
        top.setSizes([2500, 2500])  # the queue shows its four columns; each side still has a third
        past = QWidget()
        past_layout = QVBoxLayout(past)
        past_layout.setContentsMargins(0, 0, 0, 0)
        past_layout.addWidget(self.imports_label)
        past_layout.addWidget(self.imports_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(past)
        self.splitter.setSizes([3000, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.splitter, 1)
        self._show_conflict(None)
        self._retranslate()

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload now if shown, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, service = self._generation, self._conflicts
        self._runner.start(
            lambda progress: (generation, service.open_conflicts(), service.imports()),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def clear(self) -> None:
        """Forget everything shown (lock)."""
        self._generation += 1
        self._stale = False
        self.model.set_rows([])
        self.imports_model.set_rows([])
        self._show_conflict(None)
        self.counts_label.setText("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_loaded(self, result: tuple[int, tuple[ConflictItem, ...], tuple[PastImport, ...]]) -> None:
        generation, items, imports = result
        if generation != self._generation:
            return
        selected = self.current()
        self.model.set_rows(items)
        self.imports_model.set_rows(imports)
        self.counts_label.setText(self.tr("%n open conflict(s) to review", "", len(items)))
        row = self.model.row_of(selected.id) if selected is not None else -1
        if items:
            self.queue_view.selectRow(max(row, 0))
        else:
            self._show_conflict(None)

    def _on_failed(self, error: Exception) -> None:
        self.counts_label.setText(message_for(error) or self.tr("The conflicts could not be loaded."))
        if message_for(error) is None:
            self.load_failed.emit(error)

    # -- the selected conflict -----------------------------------------------------------------------
    def current(self) -> ConflictItem | None:
        rows = self.queue_view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def on_queue_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show_conflict(self.current())

    def on_queue_view_double_clicked(self, index: QModelIndex) -> None:
        item = self.model.record(index.row()) if index.isValid() else None
        if item is not None and item.case_id:
            self.case_activated.emit(item.case_id)

    def _show_conflict(self, item: ConflictItem | None) -> None:
        self.message.clear_message()
        for card in self.cards:
            self.sides_row.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self.detail.setVisible(item is not None)
        self.empty_label.setVisible(item is None)
        if item is None:
            return
        self.case_label.setText(self.tr("Case: %1").replace("%1", isolate(case_text(item))))
        self.record_label.setText(self.tr("Record: %1").replace("%1", isolate(record_text(item))))
        self.field_label.setText(field_text(item))
        if item.others_on_record:
            self.others_label.show_message(
                self.tr(
                    "This record has %n other open conflict(s): answering this one keeps the values "
                    "shown now for them.",
                    "",
                    item.others_on_record,
                ),
                "warning",
            )
        else:
            self.others_label.clear_message()
        for side in item.sides:
            card = SideCard(side.index, side_view(item, side), self.detail)
            card.keep_requested.connect(self.on_card_keep_requested)
            self.sides_row.addWidget(card, 1)
            self.cards.append(card)
        for widget in (self.answer_label, self.answer_edit, self.save_button):
            widget.setVisible(item.editable)
        # the value as stored (a date as 2019-03), which is what the answer is read back as
        self.answer_edit.setPlainText(item.provisional if isinstance(item.provisional, str) else "")
        self._set_busy(self._busy)

    # -- answering -----------------------------------------------------------------------------------
    def on_card_keep_requested(self, index: int) -> None:
        item = self.current()
        if item is None:
            return
        side = item.sides[index]
        if (
            item.is_deletion
            and side.deleted
            and not self._prompts.confirm(
                self,
                self.tr("Delete the record"),
                self.tr(
                    "Delete this record, as the other office did? Its history is kept, and the "
                    "deletion reaches the other offices with the next exchange file."
                ),
                destructive=True,
            )
        ):
            return
        conflict_id, service = item.id, self._conflicts
        self._answer(lambda progress: service.keep(conflict_id, index))

    def on_save_button_clicked(self) -> None:
        item = self.current()
        if item is None or not item.editable:
            return
        conflict_id, service, text = item.id, self._conflicts, self.answer_edit.toPlainText()
        self._answer(lambda progress: service.resolve(conflict_id, text))

    def _answer(self, work: Work) -> None:
        self._set_busy(True)
        self.message.show_message(self.tr("Saving the answer…"), "info")
        self._runner.start(work, on_success=self._on_answered, on_failure=self._on_answer_failed)

    def _on_answered(self, done: Resolved) -> None:
        self._set_busy(False)
        self.resolved.emit(done)
        self.refresh()

    def _on_answer_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, NotFoundError):
            self.message.show_message(self.tr("This conflict was answered already; the list is reloaded."))
            self.refresh()
        elif isinstance(error, ValidationError) and error.kind == "cannot-delete":
            self.message.show_message(self.tr("This record holds others and cannot be deleted here."))
        else:
            self.message.show_message(message_for(error) or self.tr("The answer could not be saved."))
            if message_for(error) is None:
                self.load_failed.emit(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for card in self.cards:
            card.keep_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    # -- text ----------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.empty_label.setText(self.tr("No conflict is waiting for an answer."))
        self.answer_label.setText(self.tr("Or write the answer:"))
        self.save_button.setText(self.tr("Save this answer"))
        self.imports_label.setText(self.tr("Past imports: what each exchange file did"))
        self.counts_label.setText(self.tr("%n open conflict(s) to review", "", self.model.rowCount()))
        self._show_conflict(self.current())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
