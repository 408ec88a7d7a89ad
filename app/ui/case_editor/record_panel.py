# SPDX-License-Identifier: GPL-3.0-or-later
"""A table of records with a form that edits the selected one as you type (master–detail).

Under the form, the links of the selected record (``LinksBox``) when its type can be linked;
in timelines, Move up / Move down (Alt+Up / Alt+Down) where the dates cannot order two items.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QKeyCombination,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.chronology import can_move, manual_order, move
from app.domain.link_rules import touches
from app.ui.case_editor.link_text import table_of
from app.ui.case_editor.links_box import LinksBox
from app.ui.case_editor.record_form import RecordForm, scrolled
from app.ui.models.record_table import RecordTableModel, SortRole

__all__ = ["RecordForm", "RecordPanel", "make_table_view", "scrolled", "stretch_column"]


#: Columns fit this many rows, the visible ones first (Qt's default, 1,000, reads every cell of a case's
#: tables at each layout, and all of them while the table is hidden: 60 % of opening a case).
SIZED_ROWS = 30


def make_table_view(parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table that Tab leaves (keyboard users move on to the form)."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZED_ROWS)
    header.setMaximumSectionSize(360)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return view


def arrow_button(arrow: Qt.ArrowType, name: str, parent: QWidget) -> QToolButton:
    """A small button showing an arrow; ``name`` is what screen readers say."""
    button = QToolButton(parent)
    button.setArrowType(arrow)
    button.setAccessibleName(name)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


def stretch_column(view: QTableView, column: int) -> None:
    """The column that takes the spare width (the one holding free text)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


#: The date that orders each kind of timeline record (``app.domain.chronology``).
TIMELINE_DATE = {
    r.LegalEvent: "date",
    r.Interview: "held_on",
    r.Detention: "started_on",
    r.PressureReport: "occurred_on",
    r.Request: "filed_on",
    r.RelativeStatusEntry: "started_on",
    r.Residence: "since",
}


def date_of(record: Any) -> Any:
    return attrgetter(TIMELINE_DATE[type(record)])(record)


class RecordPanel(QWidget):
    """Add / remove buttons, a table and the form for the current row."""

    edited = Signal()
    current_changed = Signal(str)
    removed = Signal(object)

    def __init__(
        self,
        model: RecordTableModel,
        form: RecordForm,
        factory: Callable[[], Any],
        *,
        add_text: str,
        remove_text: str,
        sort_column: int | None = None,
        stretch: int | None = None,
        horizontal: bool = False,
        form_host: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.form, self._factory = model, form, factory
        self.can_remove: Callable[[Any], bool] = lambda record: True
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setDynamicSortFilter(True)
        self.view = make_table_view(self)
        self.view.setModel(self.proxy)
        if sort_column is not None:
            self.proxy.sort(sort_column, Qt.SortOrder.AscendingOrder)
        if stretch is not None:
            stretch_column(self.view, stretch)
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(remove_text, self)
        # Arrows, not words: the row must stay narrow beside a form in every language.
        self.up_button = arrow_button(
            Qt.ArrowType.UpArrow, QCoreApplication.translate("RecordPanel", "Move up"), self
        )
        self.down_button = arrow_button(
            Qt.ArrowType.DownArrow, QCoreApplication.translate("RecordPanel", "Move down"), self
        )
        self.up_button.setToolTip(
            QCoreApplication.translate(
                "RecordPanel", "Move up (Alt+Up) among items with the same or overlapping dates"
            )
        )
        self.down_button.setToolTip(
            QCoreApplication.translate(
                "RecordPanel", "Move down (Alt+Down) among items with the same or overlapping dates"
            )
        )
        self.is_timeline = model.in_order([]) is not None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        self.up_button.setVisible(self.is_timeline)
        self.down_button.setVisible(self.is_timeline)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.view)
        self.splitter = splitter = QSplitter(
            Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical, self
        )
        splitter.addWidget(top)
        host = form_host or form  # e.g. a scroll area holding a long form
        if horizontal and isinstance(host, QScrollArea):
            # The splitter may squeeze the table, never the form: a clipped field cannot be edited.
            host.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            bar = host.verticalScrollBar().sizeHint().width()
            host.setMinimumWidth(form.minimumSizeHint().width() + bar + 2 * host.frameWidth())
        self.links = LinksBox(self)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(0)
        bottom_layout.addWidget(host, 1)
        bottom_layout.addWidget(self.links)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 480] if horizontal else [260, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.add_button, self.remove_button)  # Add, Remove, the table, then the form
        QWidget.setTabOrder(self.remove_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.view)
        first = form.first_field()
        if first is not None:
            QWidget.setTabOrder(self.view, first)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_currentRowChanged)
        self.form.changed.connect(self.on_form_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.on_remove_button_clicked)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.form.focus_first)
        self.up_button.clicked.connect(self.on_up_button_clicked)
        self.down_button.clicked.connect(self.on_down_button_clicked)
        for key, slot in (
            (Qt.Key.Key_Up, self.on_up_button_clicked),
            (Qt.Key.Key_Down, self.on_down_button_clicked),
        ):
            shortcut = QShortcut(
                QKeySequence(QKeyCombination(Qt.KeyboardModifier.AltModifier, key)), self.view
            )
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.links.edited.connect(self.edited)
        self._state: Any = None
        self.form.load(None)
        self._sync_buttons()

    def set_rows(self, rows: list[Any]) -> None:
        keep = self.current_id()
        self.model.set_rows(rows)
        if not self.select(keep) and rows:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        elif not rows:
            self.form.load(None)
        self._sync_buttons()

    def rows(self) -> list[Any]:
        return self.model.rows()

    def current_id(self) -> str:
        index = self.view.currentIndex()
        if not index.isValid():
            return ""
        return self.model.record_id(self.model.record(self.proxy.mapToSource(index).row()))

    def select(self, record_id: str) -> bool:
        row = self.model.row_of(record_id) if record_id else -1
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        return True

    def clear(self) -> None:
        self.model.set_rows([])
        self.form.load(None)
        self._sync_buttons()

    def bind(self, state: Any) -> None:
        """The working copy whose links (and other records) the links box reads and edits; None: none."""
        self._state = state
        self.links.bind(state)
        self.links.show_record(self.form.current() if state is not None else None)

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.current_id()))
        if self.is_timeline:
            ordered, index = self._ordered()
            self.up_button.setEnabled(index >= 0 and can_move(ordered, index, -1, date_of))
            self.down_button.setEnabled(index >= 0 and can_move(ordered, index, 1, date_of))

    # -- manual order -------------------------------------------------------------------------
    def _ordered(self) -> tuple[list[Any], int]:
        """The rows in the one order, and the place of the current one (-1: none)."""
        ordered = self.model.in_order(self.model.rows()) or []
        ids = [self.model.record_id(record) for record in ordered]
        current = self.current_id()
        return ordered, ids.index(current) if current in ids else -1

    def move_current(self, step: int) -> bool:
        """Move the current row one place (step -1 up, +1 down) where the dates cannot tell; False if not."""
        ordered, index = self._ordered()
        if index < 0 or not can_move(ordered, index, step, date_of):
            return False
        keep = self.current_id()
        for record, position in move(ordered, index, step, date_of, manual_order).changes:
            self.model.upsert(dataclasses.replace(record, sort_order=position))
        self.select(keep)
        shown = self.form.current()
        if shown is not None:  # the form holds the record with its new manual order
            self.form.load(self.model.record(self.model.row_of(keep)))
        self._sync_buttons()
        self.edited.emit()
        return True

    @Slot()
    def on_up_button_clicked(self) -> None:
        self.move_current(-1)

    @Slot()
    def on_down_button_clicked(self) -> None:
        self.move_current(1)

    @Slot(QModelIndex, QModelIndex)
    def on_view_currentRowChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        record = self.model.record(self.proxy.mapToSource(current).row()) if current.isValid() else None
        shown = self.form.current()
        if (
            record is not None
            and shown is not None
            and self.model.record_id(shown) == self.model.record_id(record)
        ):
            return
        self.form.load(record)
        self.links.show_record(record if self._state is not None else None)
        self._sync_buttons()
        self.current_changed.emit(self.current_id())

    @Slot()
    def on_form_changed(self) -> None:
        record = self.form.current()
        if record is not None:
            self.model.upsert(record)
            self._sync_buttons()  # a new date may order it apart from its neighbours
            self.edited.emit()

    @Slot()
    def on_add_button_clicked(self) -> None:
        record = self._factory()
        self.model.upsert(record)
        self.select(self.model.record_id(record))
        self.form.focus_first()
        self.edited.emit()

    @Slot()
    def on_remove_button_clicked(self) -> None:
        record_id = self.current_id()
        if not record_id:
            return
        record = self.model.record(self.model.row_of(record_id))
        if not self.can_remove(record):
            return
        self.model.remove(record_id)
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        shown = self.form.current()
        if shown is not None and self.model.record_id(shown) == record_id:
            current = self.view.currentIndex()
            self.form.load(
                self.model.record(self.proxy.mapToSource(current).row()) if current.isValid() else None
            )
        self._drop_links(record)
        self.links.show_record(self.form.current() if self._state is not None else None)
        self._sync_buttons()
        self.removed.emit(record)
        self.edited.emit()

    def _drop_links(self, record: Any) -> None:
        """A removed record takes its links with it (the other end must not point at nothing)."""
        table = table_of(record)
        if self._state is not None and table is not None:
            self._state.links = [
                link for link in self._state.links if not touches(link, table, self.model.record_id(record))
            ]
