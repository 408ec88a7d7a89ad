# SPDX-License-Identifier: GPL-3.0-or-later
"""Import: pick an exchange file, see what importing it would do (a dry run on the worker), then
Import applies it in one transaction and shows what it did.

The file is read once (its size bounded first) and the very bytes checked by the dry run are the
ones imported.  A refused file (not for this office, unknown or revoked sender, altered, cut
short, too large, an unknown version…) shows why, and nothing was changed.  A lock the user asks
for stops an import (all of it is undone); the idle lock lets it end first (``app.ui.lock_wait``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled
from app.domain.progress import Progress
from app.services.exchange import ExchangeService, ImportReport
from app.services.offices import OfficeService, Partner
from app.ui.errors import message_for, operation_failed
from app.ui.exchange_files import ExchangeFiles, read_bounded
from app.ui.import_report import ImportReportView
from app.ui.lock_wait import LockWait, LongWorkDialog
from app.ui.prompts import UserPrompts
from app.ui.tasks import Task, TaskRunner, Work
from app.ui.widgets.text import InlineMessage, PlainLabel


class ImportDialog(LongWorkDialog, QDialog):
    """``imported(ImportReport)`` once an import changed the vault (the case list reloads then)."""

    imported = Signal(object)

    def __init__(
        self,
        exchange: ExchangeService,
        offices: OfficeService,
        runner: TaskRunner,
        prompts: UserPrompts,
        files: ExchangeFiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self._runner = runner
        self._prompts = prompts
        self._files = files or ExchangeFiles()
        self._partners: dict[str, str] = {}
        self._task: Task | None = None
        self._applying = False
        self._lock_wait = LockWait()
        self._data: bytes | None = None  # the file as checked by the dry run (still encrypted)
        self.report: ImportReport | None = None
        self.intro_label = PlainLabel()
        self.file_label = PlainLabel(selectable=True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(False)
        self.status_label = PlainLabel()
        self.refusal = InlineMessage()
        self.report_view = ImportReportView()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(file_row)
        layout.addWidget(self.refusal)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(760, 600)
        self._retranslate()
        self._update_buttons()
        self._runner.start(lambda progress: offices.partners(), on_success=self._on_partners_loaded)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from a partner office"))
        self.intro_label.setText(
            self.tr(
                "Choose an exchange file a partner office sent. Pana first checks it and shows what "
                "importing it would do; nothing changes until you press Import."
            )
        )
        if self._data is None:
            self.file_label.setText(self.tr("No file chosen yet."))
        self.choose_button.setText(self.tr("&Choose file…"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_partners_loaded(self, partners: tuple[Partner, ...]) -> None:
        self._partners = {p.office_id: p.name for p in partners}
        if self.report is not None:
            self.report_view.show_report(self.report, self._sender(self.report))

    def _sender(self, report: ImportReport) -> str:
        bundle = report.bundle
        if bundle.from_self:
            return self.tr("this office")
        return self._partners.get(bundle.sender_office_id, bundle.sender_office_id)

    @property
    def importing(self) -> bool:
        """An import (not a dry run) is under way: it finishes even if the dialog is closed."""
        return self._task is not None and self._applying

    def _update_buttons(self) -> None:
        running = self._task is not None
        report = self.report
        can_import = report is not None and report.dry_run and not report.already_imported
        self.import_button.setEnabled(can_import and not running)
        self.choose_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    # -- the dry run ---------------------------------------------------------------------------------

    @Slot()
    def on_choose_button_clicked(self) -> None:
        path = self._files.open_bundle(self)
        if path is not None:
            self.check_file(path)

    def check_file(self, path: str) -> None:
        """Read ``path`` and run the dry run on the worker."""
        self._data, self.report = None, None
        self.file_label.setText(path)
        self.report_view.clear()
        self.refusal.clear_message()
        exchange = self._exchange

        def dry_run(progress: Progress) -> tuple[bytes, ImportReport]:
            progress(0, 2, "read")
            data = read_bounded(path)
            report = exchange.import_bundle(data, dry_run=True, progress=progress)
            progress(1, 1, "done")  # a Cancel that came meanwhile drops the report (nothing was changed)
            return data, report

        self._start(dry_run, self._on_checked, self.tr("Checking the file…"))

    def _on_checked(self, result: tuple[bytes, ImportReport]) -> None:
        self._finish()
        if self._lock_wait.locking:  # nothing was imported: nothing to say
            self._lock_wait.end("")
            return
        self._data, self.report = result
        self.report_view.show_report(self.report, self._sender(self.report))
        self.status_label.setText(
            "" if self.report.already_imported else self.tr("Press Import to apply this to the vault.")
        )
        self._update_buttons()

    # -- the import ----------------------------------------------------------------------------------

    @Slot()
    def on_import_button_clicked(self) -> None:
        data, exchange = self._data, self._exchange
        if data is None:
            return
        self._applying = True
        self._start(
            lambda progress: exchange.import_bundle(data, progress=progress),
            self._on_imported,
            self.tr("Importing… (it is done whole or not at all: Cancel undoes all of it)"),
        )

    def _on_imported(self, report: ImportReport) -> None:
        path = self.file_label.text()
        self._finish()
        if self._lock_wait.locking:
            done = self.tr("The exchange file %1 was imported just before the vault locked.").replace(
                "%1", path
            )
            self._lock_wait.end(done + "\n\n" + self.report_view.summary(report))
            return
        self.report = report
        self._data = None
        self.report_view.show_report(report, self._sender(report))
        self.status_label.setText(self.tr("Imported."))
        self._update_buttons()
        self.imported.emit(report)

    # -- worker --------------------------------------------------------------------------------------

    def _start(self, work: Work, on_success: Callable[[Any], None], message: str) -> None:
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.status_label.setText(message)
        self._lock_wait.started()
        self._task = self._runner.start(
            work, on_success=on_success, on_failure=self._on_failed, on_progress=self._on_progress
        )
        self._update_buttons()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if message == "merge" and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _finish(self) -> None:
        self._task = None
        self._applying = False
        self.progress_bar.setVisible(False)
        self.status_label.setText("")

    @Slot()
    def on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._lock_wait.cancel(self._task)
            self.status_label.setText(self.tr("Cancelling…"))

    def _on_failed(self, error: Exception) -> None:
        applying = self._applying
        self._finish()
        self._update_buttons()
        message = self.tr("The file could not be read.") if isinstance(error, OSError) else message_for(error)
        if self._lock_wait.locking and not applying:
            self._lock_wait.end("")  # a file being checked: nothing was imported, nothing to say
        elif self._lock_wait.locking:
            stopped = self.tr(
                "The vault locked while an exchange file was being imported, which stopped it: nothing "
                "was imported. Import it again from Exchange → Import from a partner office…"
            )
            self._lock_wait.failed(error, stopped, self._nothing_imported(message or operation_failed()))
        elif isinstance(error, Cancelled):
            self.status_label.setText(self.tr("Cancelled. Nothing was changed."))
        elif message is None:
            self._prompts.crash(self)
        else:
            self.refusal.show_message(self._nothing_imported(message))

    def _nothing_imported(self, message: str) -> str:
        return message + "\n" + self.tr("Nothing was imported; the vault is unchanged.")

    def reject(self) -> None:
        """Closing cancels a dry run still running; an import under way finishes (Cancel, not closing,
        undoes it), and the lists follow."""
        if not self._applying:
            self._lock_wait.cancel(self._task)
        self._data = None
        super().reject()
