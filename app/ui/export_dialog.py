# SPDX-License-Identifier: GPL-3.0-or-later
"""Export: an encrypted exchange file for the partner offices ticked (and always this office).

What to send: every case (a full sync), only what changed since the last file to these offices,
the cases selected in the case list, or a lawyer packet of those cases (the "lawyer" profile of
``app.exchange.redaction``: what endangers people is withheld); attachments or not.  The file
gets a neutral name, is written on the worker with progress, and Cancel stops it before anything
is on disk (the service writes under a temporary name and renames only when complete).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.progress import Progress
from app.domain.records import CaseRow
from app.exchange.redaction import FULL, LAWYER
from app.services.exchange import ExchangeService, Written
from app.services.offices import OfficeService, Partner
from app.ui.exchange_files import ExchangeFiles, neutral_file_name
from app.ui.file_task_dialog import FileTaskDialog
from app.ui.models.exchange_models import CheckListModel, Choice
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.text import PlainLabel

#: The service's progress messages, as the user reads them.
STEPS = {
    "collect": QT_TRANSLATE_NOOP("ExportDialog", "Collecting the records…"),
    "encrypt": QT_TRANSLATE_NOOP("ExportDialog", "Signing and encrypting…"),
    "write": QT_TRANSLATE_NOOP("ExportDialog", "Writing the file…"),
    "done": QT_TRANSLATE_NOOP("ExportDialog", "Done."),
}


class Send(Enum):
    EVERYTHING = "everything"
    SINCE_LAST = "since-last"
    SELECTED = "selected"
    LAWYER_PACKET = "lawyer-packet"

    @property
    def needs_cases(self) -> bool:
        return self in (Send.SELECTED, Send.LAWYER_PACKET)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the user chose.  ``run`` is the one place the choices become the service's arguments."""

    to: tuple[str, ...]
    send: Send
    cases: tuple[str, ...]
    attachments: bool

    def run(self, service: ExchangeService, out: Path, progress: Progress) -> Written:
        return service.export(
            out,
            to=self.to,
            cases=self.cases if self.send.needs_cases else None,
            since_last=self.send is Send.SINCE_LAST,
            attachments=self.attachments,
            profile=LAWYER if self.send is Send.LAWYER_PACKET else FULL,
            progress=progress,
        )


def case_choice(row: CaseRow) -> Choice:
    return Choice(row.id, " · ".join(text for text in (row.reference, row.subject_name) if text))


class ExportDialog(FileTaskDialog):
    """``exported(Written)`` once the file is complete."""

    exported = Signal(object)

    def __init__(
        self,
        exchange: ExchangeService,
        offices: OfficeService,
        runner: TaskRunner,
        prompts: UserPrompts,
        cases: Sequence[CaseRow] = (),
        files: ExchangeFiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, prompts, STEPS, "ExportDialog", parent)
        self._exchange = exchange
        self._offices = offices
        self._files = files or ExchangeFiles()
        self._partners: dict[str, Partner] = {}
        self.loaded = False
        self.written: Written | None = None
        self._build_ui(cases)
        self._retranslate()
        self._update_buttons()
        self._runner.start(
            lambda progress: offices.partners(),
            on_success=self._on_partners_loaded,
            on_failure=self._on_failed,
        )

    def _build_ui(self, cases: Sequence[CaseRow]) -> None:
        self.intro_label = PlainLabel()
        self.partner_model = CheckListModel(self)
        self.partner_view = QListView()
        self.partner_view.setModel(self.partner_model)
        self.own_label = PlainLabel()
        self.no_partner_label = PlainLabel()
        self.no_partner_label.setVisible(False)
        self.to_box = QGroupBox()
        to_layout = QVBoxLayout(self.to_box)
        for widget in (self.partner_view, self.no_partner_label, self.own_label):
            to_layout.addWidget(widget)
        self.attachments_check = QCheckBox()
        self.attachments_check.setChecked(True)
        self.everything_radio = QRadioButton()
        self.since_radio = QRadioButton()
        self.selected_radio = QRadioButton()
        self.lawyer_radio = QRadioButton()
        self.send_group = QButtonGroup(self)
        for radio, send in (
            (self.everything_radio, Send.EVERYTHING),
            (self.since_radio, Send.SINCE_LAST),
            (self.selected_radio, Send.SELECTED),
            (self.lawyer_radio, Send.LAWYER_PACKET),
        ):
            self.send_group.addButton(radio)
            radio.setProperty("send", send.value)
        self.case_model = CheckListModel(self)
        self.case_model.set_choices(case_choice(row) for row in cases)
        self.case_view = QListView()
        self.case_view.setModel(self.case_model)
        self.case_view.setVisible(bool(cases))
        self.selected_radio.setEnabled(bool(cases))
        self.lawyer_radio.setEnabled(bool(cases))
        (self.selected_radio if cases else self.everything_radio).setChecked(True)
        self.what_box = QGroupBox()
        what_layout = QVBoxLayout(self.what_box)
        for choice in (
            self.everything_radio,
            self.since_radio,
            self.selected_radio,
            self.lawyer_radio,
            self.case_view,
        ):
            what_layout.addWidget(choice)
        what_layout.addWidget(self.attachments_check)
        self.partner_model.checked_changed.connect(self._update_buttons)
        self.case_model.checked_changed.connect(self._update_buttons)
        self.send_group.buttonToggled.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.to_box, 2)
        layout.addWidget(self.what_box, 3)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(640, 600)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export for partner offices"))
        self.intro_label.setText(
            self.tr(
                "The file is encrypted: only the offices ticked below, and this office, can open it. Carry "
                "it as you like (USB stick, e-mail, messenger); its name says nothing about its content."
            )
        )
        self.to_box.setTitle(self.tr("Send to"))
        self.own_label.setText(self.tr("This office is always included, so the file can be read here too."))
        self.no_partner_label.setText(
            self.tr("No partner offices yet. Add them in Preferences, Partner offices, from their cards.")
        )
        self.what_box.setTitle(self.tr("What to send"))
        self.everything_radio.setText(self.tr("Every case (a full sync)"))
        self.since_radio.setText(self.tr("Only the changes since the last file to these offices"))
        self.selected_radio.setText(
            self.tr("Only the cases selected in the case list:")
            if self.case_model.rowCount()
            else self.tr("Only selected cases (select them in the case list first)")
        )
        self.lawyer_radio.setText(self.tr("A lawyer packet of these cases, without what endangers people"))
        self.lawyer_radio.setToolTip(
            self.tr(
                "Their whole history, without relatives' exact addresses in Xinjiang, who informed or "
                "relayed a report, and internal notes. The partner keeps its own values for those fields."
            )
        )
        self.attachments_check.setText(
            self.tr("Include attached files (scans, photos): the file gets larger")
        )
        self.attachments_check.setToolTip(
            self.tr(
                "Attached files an earlier file to these offices left out go with the next file that "
                "includes them."
            )
        )
        self.export_button.setText(self.tr("&Export…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- choices -------------------------------------------------------------------------------------

    def _on_partners_loaded(self, partners: tuple[Partner, ...]) -> None:
        active = [p for p in partners if not p.revoked]
        self._partners = {p.office_id: p for p in active}
        self.partner_model.set_choices(Choice(p.office_id, p.name, checked=len(active) == 1) for p in active)
        self.partner_view.setVisible(bool(active))
        self.no_partner_label.setVisible(not active)
        self.loaded = True
        self._update_buttons()

    def request(self) -> ExportRequest:
        button = self.send_group.checkedButton()
        return ExportRequest(
            to=tuple(self.partner_model.checked_keys()),
            send=Send(button.property("send")) if button else Send.EVERYTHING,
            cases=tuple(self.case_model.checked_keys()),
            attachments=self.attachments_check.isChecked(),
        )

    @Slot()
    def _update_buttons(self) -> None:
        request = self.request()
        ready = bool(request.to) and (not request.send.needs_cases or bool(request.cases))
        running = self.busy
        self.export_button.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.to_box, self.what_box):
            widget.setEnabled(not running)

    # -- exporting -----------------------------------------------------------------------------------

    @Slot()
    def on_export_button_clicked(self) -> None:
        request = self.request()
        path = self._files.save_bundle(self, neutral_file_name())
        if path is None:
            return
        exchange, out = self._exchange, Path(path)
        self.written = None
        self._start(lambda progress: request.run(exchange, out, progress), self._on_exported)

    def _on_exported(self, written: Written) -> None:
        self.written = written
        own = self.tr("this office")
        names = [self._partners[o].name if o in self._partners else own for o in written.recipients]
        self.status_label.setText(
            "\n".join(
                (
                    self.tr("Written: %1").replace("%1", str(written.path)),
                    self.tr("%n record revision(s)", "", written.revisions)
                    + ", "
                    + self.tr("%n attached file(s)", "", written.attachments)
                    + ", "
                    + QLocale().formattedDataSize(written.size),
                    self.tr("Can be opened by: %1").replace("%1", ", ".join(names)),
                    *self._left_out(written),
                )
            )
        )
        self.exported.emit(written)

    def _left_out(self, written: Written) -> tuple[str, ...]:
        if not written.not_received:
            return ()
        return (
            self.tr(
                "%n attached file(s) left out: this office has not received them from the office that "
                "added them yet. They go with the first file with attached files to these offices after "
                "they arrive.",
                "",
                written.not_received,
            ),
        )

    def _stopped_at_lock(self) -> str:
        return self.tr(
            "The vault locked while the exchange file was being written, which stopped it: no file was "
            "written. Start it again from Exchange → Export for partner offices…"
        )

    def _written_at_lock(self, result: Written) -> str:
        return self.tr("The exchange file was written to %1 just before the vault locked.").replace(
            "%1", str(result.path)
        )

    def _failure_text(self, error: Exception) -> str | None:
        if isinstance(error, ValidationError) and error.kind == "revoked":
            return self.tr("One of these partner offices was revoked meanwhile; untick it.")
        return super()._failure_text(error)
