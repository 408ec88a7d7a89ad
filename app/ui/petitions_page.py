# SPDX-License-Identifier: GPL-3.0-or-later
"""The petitions registry across every case: what was printed, filed and answered, with the case
it belongs to; a status filter, true counts, and a double-click opens the case."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from app.domain.vocab import PetitionStatus
from app.services.petitions import PetitionEntry, PetitionRegistry
from app.ui.case_editor.record_panel import make_table_view
from app.ui.errors import message_for
from app.ui.models.petitions_model import PETITION_STATUS, PetitionsModel, petition_text
from app.ui.tasks import TaskRunner
from app.ui.widgets.text import PlainLabel


class PetitionsPage(QWidget):
    """Loads ``PetitionRegistry.list`` on the database worker when shown."""

    case_activated = Signal(str)
    load_failed = Signal(Exception)

    def __init__(self, registry: PetitionRegistry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry, self._runner = registry, runner
        self._generation = 0
        self._stale = True
        self._entries: tuple[PetitionEntry, ...] = ()
        self.model = PetitionsModel(self, with_case=True)
        self.view = make_table_view(self)
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self.on_view_double_clicked)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem("", "")
        for status in PetitionStatus:
            self.status_filter.addItem("", status.value)
        self.status_filter.currentIndexChanged.connect(self._show)
        self.filter_label = PlainLabel("", self)
        self.counts_label = PlainLabel("", self)
        self.counts_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_label)
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.view, 1)
        self._retranslate()

    def refresh(self) -> None:
        """Reload now if shown, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, registry = self._generation, self._registry
        self._runner.start(
            lambda progress: (generation, registry.list()),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def clear(self) -> None:
        self._generation += 1
        self._stale = False
        self._entries = ()
        self.model.set_rows([])
        self.counts_label.setText("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_loaded(self, result: tuple[int, tuple[PetitionEntry, ...]]) -> None:
        generation, entries = result
        if generation == self._generation:
            self._entries = entries
            self._show()

    def _on_failed(self, error: Exception) -> None:
        self.counts_label.setText(message_for(error) or self.tr("The petitions could not be loaded."))
        if message_for(error) is None:
            self.load_failed.emit(error)

    def _show(self) -> None:
        wanted = self.status_filter.currentData()
        shown = [e for e in self._entries if not wanted or e.petition.status == wanted]
        self.model.set_rows(shown)
        by_status = Counter(e.petition.status for e in self._entries)
        parts = [
            f"{petition_text(PETITION_STATUS, status)}: {by_status[status]}"
            for status in PetitionStatus
            if by_status[status]
        ]
        total = self.tr("%n petition(s) in all", "", len(self._entries))
        self.counts_label.setText("; ".join([total, *parts]))

    def on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_activated.emit(self.model.record(index.row()).petition.case_id)

    def _retranslate(self) -> None:
        self.filter_label.setText(self.tr("Show"))
        self.status_filter.setItemText(0, self.tr("every status"))
        for row in range(1, self.status_filter.count()):
            self.status_filter.setItemText(
                row, petition_text(PETITION_STATUS, self.status_filter.itemData(row))
            )
        if self._entries:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
