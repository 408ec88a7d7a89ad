# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments tab: scans, photos and audio kept inside the vault; images viewed from memory only."""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.errors import AttachmentDamagedError, AttachmentNotReceivedError, ValidationError
from app.domain.vocab import AttachmentKind
from app.files import write_whole
from app.services.attachments import MAX_ATTACHMENT, check_attachment_size, safe_display_name
from app.services.bundle import Services
from app.services.case_edit import PendingAttachment
from app.ui.case_editor.prompts import EditorPrompts
from app.ui.case_editor.record_panel import make_table_view, stretch_column
from app.ui.case_editor.state import CaseState, pending_record
from app.ui.errors import message_for
from app.ui.models.attachments_model import AttachmentsModel, is_pending
from app.ui.models.vocab_labels import ATTACHMENT_KIND, label, options
from app.ui.placeholders import filled
from app.ui.tasks import TaskRunner
from app.ui.widgets.text import InlineMessage, PlainLabel, ScriptLineEdit, isolate
from app.ui.widgets.vocab_combo import VocabCombo

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF-", "application/pdf"),
    (b"GIF8", "image/gif"),
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
)


def media_type_of(name: str, data: bytes) -> str:
    """From the bytes when they say it (PNG, JPEG, PDF…), else from the file name."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def read_file(path: str) -> tuple[str, bytes, str, str]:
    """Worker-thread work: (name, bytes, media type, SHA-256) of a file chosen by the user;
    ValidationError, before reading it, if it is empty or too large."""
    check_attachment_size(Path(path).stat().st_size)
    data = Path(path).read_bytes()
    name = Path(path).name
    return name, data, media_type_of(name, data), hashlib.sha256(data).hexdigest()


class AttachmentsTab(QWidget):
    """Adding files, viewing images, the SHA-256, and "save a copy" after a warning."""

    edited = Signal()
    attachment_added = Signal(object)  # the Attachment record (pending or stored)
    preview_shown = Signal(str)  # attachment id
    saved_out = Signal(str)

    def __init__(
        self, services: Services, runner: TaskRunner, prompts: EditorPrompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services, self._runner, self._prompts = services, runner, prompts
        self._state: CaseState | None = None
        self._is_new = True
        self._epoch = 0
        self._filling = False  # while a selected file's kind and note are shown, not edited
        self.model = AttachmentsModel(self)
        self.view = make_table_view(self)
        self.view.setModel(self.model)
        stretch_column(self.view, AttachmentsModel.NAME)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.save_copy_button = QPushButton(self.tr("Save a copy…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.kind = VocabCombo(options(ATTACHMENT_KIND), self)
        self.note = ScriptLineEdit(self)
        self.note.setPlaceholderText(self.tr("What it shows, where it comes from"))
        self.message = InlineMessage(self)
        self.name_label = PlainLabel("", self, selectable=True)
        self.type_label = PlainLabel("", self)
        self.sha_label = PlainLabel("", self, selectable=True)
        self.sha_label.setFont(QFont("DejaVu Sans Mono"))
        self.image = QLabel(self)
        self.image.setTextFormat(Qt.TextFormat.PlainText)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setWordWrap(True)  # its words in a narrow pane (Russian) wrap, never scroll
        self.image_scroll = QScrollArea(self)
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setWidget(self.image)
        self.current_image = QImage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_copy_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.view)
        right = QWidget(self)
        details = QFormLayout()
        details.addRow(self.tr("File"), self.name_label)
        details.addRow(self.tr("Type"), self.type_label)
        details.addRow(self.tr("Kind"), self.kind)
        details.addRow(self.tr("Description"), self.note)
        details.addRow(self.tr("SHA-256"), self.sha_label)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(details)
        right_layout.addWidget(self.image_scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.save_copy_button.clicked.connect(self.on_save_copy_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.kind.currentIndexChanged.connect(self.on_details_edited)
        self.note.textEdited.connect(self.on_details_edited)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_currentRowChanged)
        self._show_details(None)

    # -- state --------------------------------------------------------------------------------------
    def load(self, state: CaseState, is_new: bool) -> None:
        self._state, self._is_new = state, is_new
        keep = self.current_id()
        self.model.not_received = state.files_not_received
        self.model.set_rows(state.all_attachments())
        row = self.model.row_of(keep)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        else:
            self._show_details(None)

    def clear(self) -> None:
        self._state = None
        self._epoch += 1
        self.model.set_rows([])
        self.message.clear_message()
        self._show_details(None)

    def show_error(self, record: Any, field: str, message: str) -> bool:
        if field == "attachment":
            self.message.show_message(message)
            return True
        return False

    def current_id(self) -> str:
        index = self.view.currentIndex()
        return self.model.record(index.row()).id if index.isValid() else ""

    # -- adding -------------------------------------------------------------------------------------
    @Slot()
    def on_add_button_clicked(self) -> None:
        paths = self._prompts.open_files(
            self,
            self.tr("Add scans, photos or audio"),
            self.tr(
                "Scans, photos, audio (*.png *.jpg *.jpeg *.gif *.pdf *.mp3 *.ogg *.wav *.m4a);;All files (*)"
            ),
        )
        for path in paths:
            self.add_file(path)

    def add_file(self, path: str) -> None:
        """Read the file off the GUI thread, then store it (or keep it until the case's first save)."""
        epoch, name = self._epoch, safe_display_name(Path(path).name)
        self._runner.start(
            lambda progress: (epoch, read_file(path)),
            on_success=self.on_file_read,
            on_failure=lambda error: self.on_file_failed(name, error),
            database=False,
        )

    @Slot(object)
    def on_file_read(self, result: tuple[int, tuple[str, bytes, str, str]]) -> None:
        epoch, (name, data, media_type, sha256) = result
        if epoch == self._epoch:
            self.add_bytes(name, data, media_type, sha256)

    def on_file_failed(self, name: str, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self._refuse(name, error)
        else:
            self.message.show_message(self.tr("The file could not be read."))

    def add_bytes(self, name: str, data: bytes, media_type: str = "", sha256: str = "") -> None:
        state = self._state
        if state is None:
            return
        try:
            check_attachment_size(len(data))
        except ValidationError as error:
            self._refuse(safe_display_name(name), error)
            return
        media_type = media_type or media_type_of(name, data)
        sha256 = sha256 or hashlib.sha256(data).hexdigest()
        if self._is_new:
            pending = PendingAttachment(r.new_id(), safe_display_name(name), media_type, data, sha256)
            state.pending_attachments.append(pending)
            self._added(pending_record(pending, state.case.id))
            self.message.show_message(
                self.tr("Kept in memory; stored in the vault when the case is saved."), "info"
            )
            self.edited.emit()
            return
        service, case_id, epoch = self._services.attachments, state.case.id, self._epoch
        self._runner.start(
            lambda progress: (epoch, service.add(case_id, name, data, media_type)),
            on_success=self.on_attachment_stored,
            on_failure=self.on_attachment_failed,
        )

    @Slot(object)
    def on_attachment_stored(self, result: tuple[int, r.Attachment]) -> None:
        epoch, record = result
        if epoch != self._epoch or self._state is None:
            return
        self._state.attachments.append(record)
        self.message.show_message(self.tr("Stored in the vault (encrypted)."), "ok")
        self._added(record)

    @Slot(Exception)
    def on_attachment_failed(self, error: Exception) -> None:
        self.message.show_message(self.tr("The file was not stored.") + " " + (message_for(error) or ""))

    def _refuse(self, name: str, error: ValidationError) -> None:
        """Say why the file ``name`` was not added (an empty one, one too large)."""
        if error.kind == "empty-file":
            text = self.tr("%1 is empty (0 bytes), so it was not added: scan or copy it again.")
        else:
            text = self.tr("%1 is larger than %2 MiB, so it was not added.")
        self.message.show_message(filled(text, isolate(name), str(MAX_ATTACHMENT >> 20)))

    def _added(self, record: r.Attachment) -> None:
        row = self.model.upsert(record)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.attachment_added.emit(record)

    # -- viewing ------------------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def on_view_currentRowChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        self._show_details(record)
        if record is None or self._state is None:
            return
        pending = self._state.pending(record.id)
        if pending is not None:
            self._show_data(record, pending.data)
            return
        if not record.media_type.startswith("image/"):
            return
        service, epoch = self._services.attachments, self._epoch
        self._runner.start(
            lambda progress: (epoch, record, service.read(record.id)),
            on_success=self.on_attachment_read,
            on_failure=self.on_attachment_read_failed,
        )

    @Slot(object)
    def on_attachment_read(self, result: tuple[int, r.Attachment, bytes]) -> None:
        epoch, record, data = result
        if epoch == self._epoch and record.id == self.current_id():
            self._show_data(record, data)

    @Slot(Exception)
    def on_attachment_read_failed(self, error: Exception) -> None:
        said = message_for(error) if isinstance(error, AttachmentNotReceivedError) else None
        self.image.setText(
            said or self.tr("This attachment could not be read: it may be damaged (SHA-256 mismatch).")
        )

    # -- editing: kind and description of a stored file, or removing one (both written by Save) -------
    def _stored(self) -> r.Attachment | None:
        """The selected attachment when it is stored (a file not saved yet is only removed)."""
        index = self.view.currentIndex()
        record = self.model.record(index.row()) if index.isValid() else None
        return None if record is None or is_pending(record) else record

    @Slot()
    def on_details_edited(self) -> None:
        record, state = self._stored(), self._state
        if record is None or state is None or self._filling:
            return
        changed = dataclasses.replace(record, kind=AttachmentKind(self.kind.code()), note=self.note.text())
        if changed != record:
            state.attachments = [changed if a.id == record.id else a for a in state.attachments]
            self.model.upsert(changed)
            self.edited.emit()

    @Slot()
    def on_remove_button_clicked(self) -> None:
        index, state = self.view.currentIndex(), self._state
        if not index.isValid() or state is None:
            return
        record = self.model.record(index.row())
        if is_pending(record):
            kept = [p for p in state.pending_attachments if pending_record(p, "").id != record.id]
            state.pending_attachments = kept
        else:
            state.attachments = [a for a in state.attachments if a.id != record.id]
        self.load(state, self._is_new)
        self.edited.emit()

    def _show_details(self, record: r.Attachment | None) -> None:
        self.current_image = QImage()
        self.image.setPixmap(QPixmap())
        self.save_copy_button.setEnabled(record is not None and not is_pending(record))
        self.remove_button.setEnabled(record is not None)
        self._filling = True
        self.kind.set_code(record.kind if record is not None else AttachmentKind.OTHER)
        self.note.setText(record.note if record is not None else "")
        self._filling = False
        for widget in (self.kind, self.note):
            widget.setEnabled(record is not None and not is_pending(record))
        if record is None:
            for detail in (self.name_label, self.type_label, self.sha_label):
                detail.setText("")
            none = self.model.rowCount() == 0
            self.image.setText(
                self.tr("No files in this case yet. Add files… keeps scans, photos, documents.")
                if none
                else self.tr("Choose an attachment to see it here.")
            )
            return
        self.name_label.setText(record.display_name)
        self.type_label.setText(f"{label(ATTACHMENT_KIND, record.kind)} · {record.media_type}")
        self.sha_label.setText(record.sha256)
        self.image.setText(
            self.tr("Loading…")
            if record.media_type.startswith("image/")
            else self.tr("No preview for this kind of file.")
        )

    def _show_data(self, record: r.Attachment, data: bytes) -> None:
        image = QImage.fromData(data)  # decoded from memory: never a temporary file
        if image.isNull():
            self.image.setText(self.tr("No preview for this kind of file."))
            return
        self.current_image = image
        width = max(self.image_scroll.viewport().width() - 8, 64)
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)
        self.preview_shown.emit(record.id)

    # -- saving a copy out of the vault ---------------------------------------------------------------
    @Slot()
    def on_save_copy_button_clicked(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        record: r.Attachment = self.model.record(index.row())
        if is_pending(record):
            return
        warning = self.tr(
            "The copy of %1 will NOT be encrypted. Anyone who gets this computer or the medium you save "
            "it to can open it. Save a copy anyway?"
        ).replace("%1", isolate(record.display_name))
        if not self._prompts.confirm(self, self.tr("Save an unencrypted copy"), warning, destructive=True):
            return
        path = self._prompts.save_file(self, self.tr("Save a copy"), safe_display_name(record.display_name))
        if not path:
            return
        service, record_id = self._services.attachments, record.id

        def work(progress: Any) -> str:
            write_whole(Path(path), service.read(record_id), replace=True)
            service.record_saved_out(record_id)
            return record_id

        self._runner.start(work, on_success=self.on_copy_saved, on_failure=self.on_copy_failed)

    @Slot(object)
    def on_copy_saved(self, record_id: str) -> None:
        self.message.show_message(
            self.tr("Unencrypted copy saved. Delete it when it is no longer needed."), "warning"
        )
        self.saved_out.emit(record_id)

    @Slot(Exception)
    def on_copy_failed(self, error: Exception) -> None:
        known = isinstance(error, AttachmentNotReceivedError | AttachmentDamagedError)
        self.message.show_message(
            (message_for(error) if known else None) or self.tr("The copy could not be saved.")
        )
