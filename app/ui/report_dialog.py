# SPDX-License-Identifier: GPL-3.0-or-later
"""Exchange → Report for analysts…: the export of ``pana report`` (CSV, XLSX, Uwazi CSV, PDF).

Format, anonymised (ticked to start with), an optional period; the file is saved only where the
user says (a save dialog), written on the worker with progress, and Cancel stops it before
anything is on disk (the service writes under a temporary name and renames only when complete).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.reports.pdf_report import ReportLabels
from app.services.reports import ReportFormat, ReportRequest, ReportService, ReportWritten
from app.ui.errors import show_failure
from app.ui.file_dialogs import save_path
from app.ui.file_task_dialog import FileTaskDialog
from app.ui.i18n import interface_language
from app.ui.prompts import UserPrompts
from app.ui.tasks import TaskRunner
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.text import PlainLabel

#: The service's progress messages, as the user reads them.
STEPS = {
    "collect": QT_TRANSLATE_NOOP("ReportDialog", "Starting…"),
    "cases": QT_TRANSLATE_NOOP("ReportDialog", "Writing the cases…"),
    "events": QT_TRANSLATE_NOOP("ReportDialog", "Writing the events…"),
    "relatives": QT_TRANSLATE_NOOP("ReportDialog", "Writing the relatives…"),
    "pressure-reports": QT_TRANSLATE_NOOP("ReportDialog", "Writing the pressure reports…"),
    "patterns": QT_TRANSLATE_NOOP("ReportDialog", "Counting…"),
    "pdf": QT_TRANSLATE_NOOP("ReportDialog", "Drawing the charts…"),
    "done": QT_TRANSLATE_NOOP("ReportDialog", "Done."),
}
#: File name suffix of each format.
SUFFIX = {
    ReportFormat.CSV: ".zip",
    ReportFormat.XLSX: ".xlsx",
    ReportFormat.PDF: ".pdf",
    ReportFormat.UWAZI: ".csv",
}


class ReportFiles:
    """The save dialog; tests replace it."""

    def save_report(self, parent: QWidget | None, suggested_name: str) -> str | None:
        return save_path(parent, QCoreApplication.translate("ReportFiles", "Save the report"), suggested_name)


@dataclass(frozen=True, slots=True)
class _Choice:
    format: ReportFormat
    label: str


class ReportDialog(FileTaskDialog):
    """``exported(ReportWritten)`` once the file is complete."""

    exported = Signal(object)

    def __init__(
        self,
        reports: ReportService,
        runner: TaskRunner,
        prompts: UserPrompts,
        files: ReportFiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, prompts, STEPS, "ReportDialog", parent)
        self._reports = reports
        self._files = files or ReportFiles()
        self.written: ReportWritten | None = None
        self._build_ui()
        self._retranslate()
        self._update_buttons()

    def _build_ui(self) -> None:
        self.intro_label = PlainLabel()
        self.format_combo = QComboBox()
        for fmt in ReportFormat:
            self.format_combo.addItem("", fmt.value)
        self.anonymised_check = QCheckBox()
        self.anonymised_check.setChecked(True)
        self.anonymised_label = PlainLabel()
        self.from_check, self.to_check = QCheckBox(), QCheckBox()
        today = QDate.currentDate()
        self.from_edit = QDateEdit(QDate(today.year(), 1, 1))
        self.to_edit = QDateEdit(today)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.period_box = QGroupBox()
        period = QFormLayout(self.period_box)
        period.addRow(self.from_check, self.from_edit)
        period.addRow(self.to_check, self.to_edit)
        self.period_label = PlainLabel()
        period.addRow(self.period_label)
        self.what_box = QGroupBox()
        what = QFormLayout(self.what_box)
        self.format_label = PlainLabel()
        what.addRow(self.format_label, self.format_combo)
        what.addRow(self.anonymised_check)
        what.addRow(self.anonymised_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        row = QHBoxLayout()
        row.addWidget(self.what_box, 3)
        row.addWidget(self.period_box, 2)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(760, 330)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report for analysts"))
        self.intro_label.setText(
            self.tr(
                "Cases, events, relatives and pressure reports, one row per record, for analysis in a "
                "spreadsheet or in Uwazi; or a PDF of the pattern charts. The file is written only where "
                "you choose. It is not encrypted: keep it safe."
            )
        )
        self.what_box.setTitle(self.tr("What"))
        self.format_label.setText(self.tr("Format:"))
        names = {
            ReportFormat.CSV: self.tr("CSV files (one per table, zipped)"),
            ReportFormat.XLSX: self.tr("Excel workbook (XLSX)"),
            ReportFormat.UWAZI: self.tr("Uwazi CSV (pressure reports)"),
            ReportFormat.PDF: self.tr("PDF report with charts"),
        }
        for index in range(self.format_combo.count()):
            self.format_combo.setItemText(index, names[ReportFormat(self.format_combo.itemData(index))])
        self.anonymised_check.setText(self.tr("Anonymised"))
        self.anonymised_label.setText(
            self.tr(
                "No names, document or reference numbers, free text or places finer than a county; dates "
                "to the month; ids replaced; counts under 5 shown as <5."
            )
        )
        self.period_box.setTitle(self.tr("Period"))
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("To"))
        self.period_label.setText(
            self.tr('A record counts when its date may fall in the period ("2019" counts for March 2019).')
        )
        self.export_button.setText(self.tr("&Export…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def labels(self) -> ReportLabels:
        """The PDF's words in the user's language."""
        by = {
            "pressure/kind": self.tr("Pressure reports by kind"),
            "pressure/actor": self.tr("Pressure reports by actor"),
            "pressure/county": self.tr("Pressure reports by county"),
            "pressure/relationship": self.tr("Pressure reports by relationship of the relative"),
            "pressure/month": self.tr("Pressure reports by month"),
            "detention/relationship": self.tr("Detentions by relationship"),
            "detention/county": self.tr("Detentions by county"),
            "detention/month": self.tr("Detentions by month they began"),
        }
        return ReportLabels(
            title=self.tr("Pressure on relatives and detentions: patterns across cases"),
            period=self.tr("Period: {period}"),
            all_dates=self.tr("all dates"),
            anonymised=self.tr(
                "Anonymised: no names or document numbers; counts under 5 are shown as <5 and not drawn."
            ),
            totals=self.tr("Totals"),
            pressure_reports=self.tr("Pressure reports"),
            detentions=self.tr("Detentions"),
            cases=self.tr("Cases"),
            value=self.tr("Value"),
            count=self.tr("Count"),
            unknown=self.tr("not known"),
            page=self.tr("Page {page}"),
            breakdowns=by,
            language=interface_language(),
            person=self.tr("The person themself"),
        )

    # -- choices -------------------------------------------------------------------------------------

    def request(self) -> ReportRequest:
        def day(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
            # PySide6's stub says toPython() returns object; a QDate's is a datetime.date.
            return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]

        return ReportRequest(
            ReportFormat(self.format_combo.currentData()),
            self.anonymised_check.isChecked(),
            day(self.from_check, self.from_edit),
            day(self.to_check, self.to_edit),
        )

    @Slot()
    def _update_buttons(self) -> None:
        running = self.busy
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.what_box, self.period_box):
            widget.setEnabled(not running)

    # -- exporting -----------------------------------------------------------------------------------

    @Slot()
    def on_export_button_clicked(self) -> None:
        try:
            request = self.request()
        except ValidationError:
            show_failure(self._prompts, self, self.tr("The period ends before it starts."))
            return
        kind = "anonymised-" if request.anonymised else ""
        name = f"pana-report-{kind}{dt.date.today():%Y%m%d}{SUFFIX[request.format]}"
        path = self._files.save_report(self, name)
        if path is None:
            return
        reports, out, labels = self._reports, Path(path), self.labels()
        self.written = None
        self._start(lambda progress: reports.export(out, request, progress, labels), self._on_exported)

    def _stopped_at_lock(self) -> str:
        return self.tr(
            "The vault locked while the report was being written, which stopped it: no file was "
            "written. Start it again from Exchange → Report for analysts…"
        )

    def _written_at_lock(self, result: ReportWritten) -> str:
        return self.tr("The report was written to %1 just before the vault locked.").replace(
            "%1", str(result.path)
        )

    def _on_exported(self, written: ReportWritten) -> None:
        self.written = written
        self.status_label.setText(self.tr("Written: %1").replace("%1", str(written.path)))
        self.exported.emit(written)
