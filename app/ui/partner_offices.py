# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Partner offices" page of Preferences: the offices this one exchanges bundles with, adding one
from its card after the fingerprint was compared by phone, revoking one, saving this office's card.

Database work and file writes run on the task runner; a card file is read here (at most
16 KiB + 1 byte) and parsed on the worker.  Card content is shown as plain text only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import OfficeCardError, ValidationError
from app.exchange.office_card import MAX_CARD_BYTES, OfficeCard
from app.files import write_whole
from app.services.case_refs import MAX_PREFIX
from app.services.offices import OfficeService, Partner
from app.ui.errors import message_for, show_failure
from app.ui.file_dialogs import open_path, save_path
from app.ui.placeholders import filled
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.text import PlainLabel

CARD_SUFFIX = ".pana-card"
#: Why a card was refused, by ``OfficeCardError.reason``.
CARD_REFUSALS = {
    OfficeCardError.NOT_A_CARD: QT_TRANSLATE_NOOP("PartnerOffices", "This file is not a Pana office card."),
    OfficeCardError.TOO_LARGE: QT_TRANSLATE_NOOP(
        "PartnerOffices", "This file is too large to be an office card."
    ),
    OfficeCardError.UNSUPPORTED_VERSION: QT_TRANSLATE_NOOP(
        "PartnerOffices", "This office card was made by another version of Pana and cannot be read."
    ),
    OfficeCardError.BAD_FIELD: QT_TRANSLATE_NOOP(
        "PartnerOffices", "This office card is damaged: a field is missing or malformed."
    ),
    OfficeCardError.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "PartnerOffices", "This office card was altered or damaged: its signature does not match."
    ),
    OfficeCardError.OWN_CARD: QT_TRANSLATE_NOOP("PartnerOffices", "This is this office's own card."),
    OfficeCardError.REVOKED: QT_TRANSLATE_NOOP(
        "PartnerOffices",
        "This office was revoked with these keys. Ask it for a card with new keys.",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartnerOffices", text)


class CardFiles:
    """The file choosers and the fingerprint question; tests replace it."""

    def open_card(self, parent: QWidget | None) -> str | None:
        return open_path(
            parent,
            QCoreApplication.translate("PartnerOffices", "Add a partner office from its card"),
            QCoreApplication.translate("PartnerOffices", "Office cards (*.pana-card);;All files (*)"),
        )

    def save_card(self, parent: QWidget | None, suggested_name: str) -> str | None:
        return save_path(
            parent, QCoreApplication.translate("PartnerOffices", "Save this office's card"), suggested_name
        )

    def confirm_fingerprint(self, parent: QWidget | None, card: OfficeCard) -> bool:
        """Show the groups large and ask whether the partner read out the same ones."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("PartnerOffices", "Check the fingerprint"),
            "",
            parent=parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(fingerprint_question(card))
        box.setInformativeText(fingerprint_lines(card.fingerprint))
        box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        yes = box.addButton(
            QCoreApplication.translate("PartnerOffices", "Every group matches: add"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes


def fingerprint_question(card: OfficeCard) -> str:
    text = QCoreApplication.translate(
        "PartnerOffices",
        "Office: %1\nOffice id: %2\n\nCall this office and ask them to read out their fingerprint "
        "(Preferences, Partner offices). Add it only if every group below is the same.",
    )
    return filled(text, card.office_name, card.office_id)


def fingerprint_lines(fingerprint: str) -> str:
    """Two lines of four groups: easier to read out than one long line."""
    groups = fingerprint.split()
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:])


class PartnerOfficesPage(QWidget):
    """Lists partners (``OfficeService.partners``) with fingerprint and status; add, revoke, save card."""

    NAME, OFFICE_ID, FINGERPRINT, STATUS = range(4)

    def __init__(
        self,
        offices: OfficeService,
        runner: TaskRunner,
        prompts: UserPrompts,
        files: CardFiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._offices = offices
        self._runner = runner
        self._prompts = prompts
        self._files = files or CardFiles()
        self._partners: tuple[Partner, ...] = ()
        self.loaded = False
        self.intro_label = PlainLabel()
        self.intro_label.setWordWrap(True)
        self.own_label = PlainLabel(selectable=True)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The office id is long and rarely read (the fingerprint dialog shows it whole): shown with its
        # middle elided, so the status stays on screen in the Preferences dialog.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.table.fontMetrics().horizontalAdvance("0" * 14))
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.itemSelectionChanged.connect(self.on_table_itemSelectionChanged)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.revoke_button = QPushButton()
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.on_revoke_button_clicked)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.prefix_label = PlainLabel()
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(MAX_PREFIX)
        widest = self.prefix_edit.fontMetrics().horizontalAdvance("W" * (MAX_PREFIX + 2))
        self.prefix_edit.setMaximumWidth(widest)
        self.prefix_button = QPushButton()
        self.prefix_button.clicked.connect(self.on_prefix_button_clicked)
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix_label)
        prefix_row.addWidget(self.prefix_edit)
        prefix_row.addWidget(self.prefix_button)
        prefix_row.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.revoke_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.own_label)
        layout.addLayout(prefix_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._retranslate()
        self.reload()

    def _retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "Bundles are exchanged only with these offices. Add an office from the card it gave "
                "you, after comparing its fingerprint with it by phone."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Office"), self.tr("Office id"), self.tr("Fingerprint"), self.tr("Status")]
        )
        self.add_button.setText(self.tr("&Add from card…"))
        self.revoke_button.setText(self.tr("&Revoke…"))
        self.save_button.setText(self.tr("&Save our card…"))
        self.prefix_label.setText(self.tr("New case references start with:"))
        self.prefix_button.setText(self.tr("Set"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        offices = self._offices
        self._run(
            lambda: (offices.partners(), offices.own_fingerprint(), offices.reference_prefix()),
            self._on_loaded,
        )

    def _on_loaded(self, result: tuple[tuple[Partner, ...], str, str]) -> None:
        self._partners, own, prefix = result
        self.own_label.setText(self.tr("This office's fingerprint: %1").replace("%1", own))
        self.prefix_edit.setText(prefix)
        self._fill()
        self.loaded = True

    def _fill(self) -> None:
        self.table.setRowCount(len(self._partners))
        for row, partner in enumerate(self._partners):
            status = (
                self.tr("Revoked on %1").replace("%1", partner.revoked_at.date().isoformat())
                if partner.revoked_at
                else self.tr("Active")
            )
            for column, text in enumerate((partner.name, partner.office_id, partner.fingerprint, status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.on_table_itemSelectionChanged()

    def selected(self) -> Partner | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._partners[rows.pop()] if len(rows) == 1 else None

    # -- actions -------------------------------------------------------------------------------------

    @Slot()
    def on_table_itemSelectionChanged(self) -> None:
        partner = self.selected()
        self.revoke_button.setEnabled(partner is not None and not partner.revoked)

    @Slot()
    def on_add_button_clicked(self) -> None:
        path = self._files.open_card(self)
        if path is None:
            return
        try:
            with open(path, "rb") as file:
                data = file.read(MAX_CARD_BYTES + 1)
        except OSError:
            self._prompts.error(self, self.tr("The file could not be read."))
            return
        offices = self._offices
        self._run(lambda: offices.read_card(data), self._on_card_read)

    def _on_card_read(self, card: OfficeCard) -> None:
        if self._files.confirm_fingerprint(self, card):
            offices = self._offices
            self._run(lambda: offices.add_partner(card), lambda _: self.reload())

    @Slot()
    def on_revoke_button_clicked(self) -> None:
        partner = self.selected()
        if partner is None:
            return
        question = self.tr(
            "Revoke %1? Bundles signed with its present keys will be refused. It can be added again "
            "only from a card with new keys."
        ).replace("%1", partner.name)
        if self._prompts.confirm(self, self.tr("Revoke a partner office"), question, destructive=True):
            offices = self._offices
            self._run(lambda: offices.revoke(partner.office_id), lambda _: self.reload())

    @Slot()
    def on_save_button_clicked(self) -> None:
        path = self._files.save_card(self, "office" + CARD_SUFFIX)
        if path is None:
            return
        offices = self._offices

        def save() -> None:
            write_whole(Path(path), offices.own_card(), replace=True)

        self._run(save, lambda _: None)

    @Slot()
    def on_prefix_button_clicked(self) -> None:
        offices, prefix = self._offices, self.prefix_edit.text()
        self._run(lambda: offices.set_reference_prefix(prefix), self.prefix_edit.setText)

    # -- internals -----------------------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._runner.start(lambda progress: work(), on_success=on_success, on_failure=self._on_failed)

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, OfficeCardError):
            message: str | None = _tr(CARD_REFUSALS[error.reason])
        elif isinstance(error, ValidationError) and error.kind == "bad-prefix":
            message = self.tr("A reference prefix is one to ten letters or digits, with no spaces or dashes.")
        elif isinstance(error, ValidationError) and error.kind == "stale-card":
            message = self.tr("This card is older than the one already added for this office.")
        elif isinstance(error, OSError):
            message = self.tr("The card could not be saved there.")
        else:
            message = message_for(error)
        show_failure(self._prompts, self, message)
