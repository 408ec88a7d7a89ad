# SPDX-License-Identifier: GPL-3.0-or-later
"""Printing a petition from a case: choose the kind and language, complete the blanks, choose the
annexes, look at the pages, reword any paragraph, then save the PDF or print it.

The preview shows the very PDF that is saved or printed: every change renders it again on a
worker (the window never freezes; a render can be cancelled), and Save and Print stay off
until the pages on screen are those of the current text.  What was saved or printed is kept
in the registry with its final text, its data and the PDF's SHA-256.  Nothing is written to
disk except the file the user chooses.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.progress import Progress
from app.names.collation import collation_key
from app.petitions.document import PetitionDocument
from app.petitions.errors import BlankFieldsError, TemplateError, TemplateNotFoundError
from app.petitions.pdf import RenderedPetition
from app.petitions.raster import RasterPage, page_images
from app.services.petition_compose import (
    ComposedPetition,
    PetitionForm,
    PetitionKindInfo,
    PetitionService,
    pdf_sha256,
    render_petition,
)
from app.ui.case_editor.prompts import EditorPrompts
from app.ui.errors import message_for
from app.ui.i18n import interface_language
from app.ui.models.petitions_model import PETITION_LANGUAGE, kind_text, petition_text
from app.ui.petition_pages import PRINT_DPI, PagePreview, paint_pages, preview_dpi
from app.ui.petition_panels import PetitionFields, PetitionWording
from app.ui.placeholders import filled
from app.ui.tasks import Task, TaskRunner
from app.ui.widgets.text import PlainLabel

Rendered = tuple[RenderedPetition, list[RasterPage]]


class PetitionDialog(QDialog):
    """One petition for one case; ``kept`` carries the registry record once saved or printed."""

    kept = Signal(object)

    def __init__(
        self,
        petitions: PetitionService,
        runner: TaskRunner,
        prompts: EditorPrompts,
        case_id: str,
        parent: QWidget | None = None,
        *,
        reprint: str = "",
        kind: str = "",
    ) -> None:
        super().__init__(parent)
        self._petitions, self._runner, self._prompts = petitions, runner, prompts
        self._case_id = case_id
        self._kinds: list[PetitionKindInfo] = []
        self._first_kind = kind  # chosen when the kinds arrive ("case-summary" from the menu)
        self._form: PetitionForm | None = None
        self._composed: ComposedPetition | None = None
        self._pdf = b""
        self._generation = 0  # bumped by every change: older renders are dropped
        self._running: set[Task] = set()
        self._closed = False
        self.setWindowTitle(self.tr("Print a petition"))
        self.kind = QComboBox(self)
        self.language = QComboBox(self)
        self.summary = PlainLabel("", self)
        self.summary.setWordWrap(True)
        self.fields = PetitionFields(self, tab_after=self.language)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.pages = PagePreview(self)
        self.wording = PetitionWording(self)
        self.status = PlainLabel("", self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setVisible(False)
        self.protect_check = QCheckBox(self.tr("Pass&word-protect"), self)
        self.protect_check.setToolTip(self.tr("Save the PDF encrypted: it opens only with a password"))
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.draft_button = QPushButton(self.tr("&Keep as draft"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self._lay_out()
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.language.currentIndexChanged.connect(self.on_language_changed)
        self.preview_button.clicked.connect(self.on_preview_clicked)
        self.fields.changed.connect(self._invalidate)
        self.wording.reworded.connect(self._render)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.draft_button.clicked.connect(self.on_draft_clicked)
        self.close_button.clicked.connect(self.reject)
        self._set_ready(False)
        if reprint:
            self._start_db(lambda progress: petitions.reopen(reprint), self.on_composed)
            for widget in (
                self.kind,
                self.language,
                self.fields.strict,
                self.preview_button,
                self.draft_button,
            ):
                widget.setEnabled(False)
            self.wording.set_read_only()
        else:
            self._start_db(lambda progress: petitions.kinds(), self.on_kinds_loaded)

    def _lay_out(self) -> None:
        left = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Petition"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.summary)
        column.addWidget(self.fields, 1)
        column.addWidget(self.preview_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.wording)
        splitter.setSizes([330, 520, 330])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.protect_check)
        for button in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        order = (self.draft_button, self.protect_check, self.save_button, self.print_button)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)  # as they stand, left to right
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1240, 700)

    # -- choosing the kind and completing the form ------------------------------------------------------
    def on_kinds_loaded(self, kinds: tuple[PetitionKindInfo, ...]) -> None:
        self._kinds = sorted(kinds, key=lambda info: collation_key(kind_text(info.code)))  # Ә after А
        self.kind.blockSignals(True)
        for info in self._kinds:
            self.kind.addItem(kind_text(info.code), info.code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self._first_kind)))
        self.kind.blockSignals(False)
        self.on_kind_changed()

    def on_kind_changed(self) -> None:
        info = self._kind_info()
        self.language.blockSignals(True)
        self.language.clear()
        for code in info.languages if info else ():
            self.language.addItem(petition_text(PETITION_LANGUAGE, code), code)
        self.language.blockSignals(False)
        # Each template's own line, in the interface's language where the kind is written in it.
        self.summary.setText(info.summary_in(interface_language()) if info else "")
        self.draft_button.setEnabled(True)
        self.on_language_changed()

    def on_language_changed(self) -> None:
        kind, language = self.kind.currentData(), self.language.currentData()
        if not kind or not language:
            return
        self._invalidate()
        petitions, case_id = self._petitions, self._case_id
        self._start_db(
            lambda progress: petitions.form(case_id, kind, language), self.on_form_loaded, current=True
        )

    def on_form_loaded(self, form: PetitionForm) -> None:
        self._form = form
        self.fields.show_form(form)
        self.on_preview_clicked()

    # -- the preview ---------------------------------------------------------------------------------
    def on_preview_clicked(self) -> None:
        form = self._form
        if form is None:
            return
        petitions, fields, annexes = self._petitions, self.fields.values(), self.fields.chosen_annexes()
        strict = self.fields.strict.isChecked()
        self._invalidate()
        self._start_db(
            lambda progress: petitions.compose(
                form.case_id, form.kind, form.language, fields, annexes, strict=strict
            ),
            self.on_composed,
            current=True,
        )

    def on_composed(self, composed: ComposedPetition) -> None:
        self._composed = composed
        self.wording.show_document(composed.document)
        self._render(composed.document)

    def _render(self, document: PetitionDocument) -> None:
        self._generation += 1
        self._set_ready(False)
        self.status.setText(self.tr("Rendering the pages…"))
        dpi = preview_dpi(self.pages)

        def work(progress: Progress) -> Rendered:
            rendered = render_petition(document, progress=progress)
            return rendered, page_images(rendered.pdf, dpi=dpi)

        self._start(work, self.on_rendered, database=False, current=True)

    def on_rendered(self, result: Rendered) -> None:
        rendered, pages = result
        self._pdf = rendered.pdf
        self.pages.show_pages(pages)
        text = self.tr("%n page(s), as they will print.", "", len(pages))
        if rendered.unreadable_annexes:
            numbers = ", ".join(str(n) for n in rendered.unreadable_annexes)
            text += " " + self.tr("Annex %1 is not an image Pana can read: listed, not appended.").replace(
                "%1", numbers
            )
        self.status.setText(text)
        self._set_ready(True)

    def _invalidate(self) -> None:
        """The pages on screen no longer show the current text: no saving or printing them."""
        self._generation += 1
        self._pdf = b""
        self._set_ready(False)
        if self._form is not None:
            self.status.setText(self.tr("Changed: press Preview to see the pages."))

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # -- save, print, keep ---------------------------------------------------------------------------
    def on_save_clicked(self) -> None:
        composed, document, pdf = self._composed, self.wording.document, self._pdf
        if composed is None or document is None or not pdf:
            return
        suggested = f"{composed.kind}-{composed.language}.pdf"
        path = self._prompts.save_file(self, self.tr("Save the petition as PDF"), suggested)
        if not path:
            return
        password = self._prompts.pdf_password(self) if self.protect_check.isChecked() else ""
        if password is None:
            return
        petitions = self._petitions
        done = (
            self.tr("Saved with its password. Kept in the case's petitions.")
            if password
            else self.tr("Saved. Kept in the case's petitions.")
        )

        def saved(record: Any) -> None:
            self.status.setText(done)
            self.kept.emit(record)

        # The chooser asked before an existing file was chosen.
        self._start_db(
            lambda progress: petitions.save_pdf(
                composed, document, pdf, Path(path), replace=True, password=password
            ),
            saved,
        )

    def on_print_clicked(self) -> None:
        composed, document, pdf = self._composed, self.wording.document, self._pdf
        if composed is None or document is None or not pdf:
            return
        device = self._prompts.printer(self)
        if device is None:
            return
        self.status.setText(self.tr("Preparing the pages for the printer…"))

        def printed(pages: list[RasterPage]) -> None:
            if not paint_pages(device, pages):
                self.status.setText(self.tr("The printer could not be opened."))
                return
            self._keep(
                composed,
                document,
                pdf_sha256(pdf),
                self.tr("Sent to the printer. Kept in the case's petitions."),
            )

        self._start(lambda progress: page_images(pdf, dpi=PRINT_DPI), printed, database=False)

    def on_draft_clicked(self) -> None:
        composed, document = self._composed, self.wording.document
        if composed is not None and document is not None:
            self._keep(composed, document, "", self.tr("Kept as a draft in the case's petitions."))

    def _keep(self, composed: ComposedPetition, document: PetitionDocument, sha256: str, done: str) -> None:
        petitions = self._petitions

        def kept(record: Any) -> None:
            self.status.setText(done)
            self.kept.emit(record)

        self._start_db(lambda progress: petitions.keep(composed, document, sha256), kept)

    # -- workers -------------------------------------------------------------------------------------
    def _start_db(
        self, work: Callable[[Any], Any], on_success: Callable[[Any], None], *, current: bool = False
    ) -> None:
        self._start(work, on_success, database=True, current=current)

    def _start(
        self,
        work: Callable[[Any], Any],
        on_success: Callable[[Any], None],
        *,
        database: bool,
        current: bool = False,
    ) -> None:
        """Run ``work`` on a worker; its result is dropped once the dialog is closed and, with
        ``current``, when the form changed meanwhile (a newer preview is on its way)."""
        generation = self._generation
        holder: list[Task] = []

        def finished(handle: Callable[[Any], None], value: Any) -> None:
            self._running.discard(holder[0])
            if self._closed:
                return
            if not self._running:
                self._idle()
            if current and generation != self._generation:
                return
            handle(value)

        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        task = self._runner.start(
            work,
            on_success=lambda result: finished(on_success, result),
            on_failure=lambda error: finished(self.on_failed, error),
            on_progress=self.on_progress,
            database=database,
        )
        holder.append(task)
        self._running.add(task)

    def done(self, result: int) -> None:
        """Closed: what is still running is cancelled where it can be, and its results dropped."""
        self._closed = True
        for task in self._running:
            task.cancel()
        super().done(result)

    def on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def on_cancel_clicked(self) -> None:
        for task in self._running:
            task.cancel()

    def on_failed(self, error: Exception) -> None:
        if isinstance(error, TemplateError):
            text = filled(
                self.tr("The template %1 cannot be used (line %2): %3"),
                error.file,
                str(error.line or "-"),
                error.reason,
            )
        elif isinstance(error, BlankFieldsError):
            text = self.tr("Fill in before printing: %1").replace("%1", ", ".join(error.labels))
        elif isinstance(error, TemplateNotFoundError):
            text = self.tr("There is no template of this petition in this language.")
        elif isinstance(error, OSError):  # the place chosen for the PDF
            text = self.tr("The PDF could not be saved: %1").replace("%1", error.strerror or str(error))
        else:
            text = message_for(error) or self.tr("Something went wrong; the petition was not made.")
        self.status.setText(text)
        if message_for(error) is None and not isinstance(error, OSError):
            raise error  # a bug: the crash dialog reports it

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _kind_info(self) -> PetitionKindInfo | None:
        code = self.kind.currentData()
        return next((info for info in self._kinds if info.code == code), None)
