# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments of a case: file name, kind, type, size, SHA-256, and when added (or that the file is not
saved, or not received from another office, yet)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont

from app.domain.records import Attachment
from app.ui.models.entries import PENDING_PREFIX
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import ATTACHMENT_KIND, label
from app.ui.tr_noop import QT_TRANSLATE_NOOP

C = "AttachmentsModel"


def is_pending(attachment: Attachment) -> bool:
    """Added to a case that is not saved yet: the bytes are still only in the editor's memory."""
    return attachment.id.startswith(PENDING_PREFIX)


def local_time(at: dt.datetime | None) -> str:
    """A naive-UTC vault timestamp in the computer's time zone, to the minute."""
    if at is None:
        return ""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class AttachmentsModel(RecordTableModel):
    """Rows are Attachment records (pending ones have an id starting with ``pending:``)."""

    CONTEXT = C
    NAME, KIND, TYPE, SIZE, SHA256, ADDED = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: Ids of stored files whose bytes this office has not received (``CaseFile.files_not_received``).
        self.not_received: frozenset[str] = frozenset()
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("AttachmentsModel", "File"), lambda a: a.display_name, user_text=True),
            Column(QT_TRANSLATE_NOOP("AttachmentsModel", "Kind"), lambda a: label(ATTACHMENT_KIND, a.kind)),
            Column(QT_TRANSLATE_NOOP("AttachmentsModel", "Type"), lambda a: a.media_type),
            Column(
                QT_TRANSLATE_NOOP("AttachmentsModel", "Size"),
                lambda a: QLocale().formattedDataSize(a.size),
                sort=lambda a: a.size,
            ),
            Column(
                QT_TRANSLATE_NOOP("AttachmentsModel", "SHA-256"),
                lambda a: a.sha256[:16] + "…" if a.sha256 else "",
            ),
            Column(QT_TRANSLATE_NOOP("AttachmentsModel", "Added"), self._added),
        )

    def _added(self, attachment: Attachment) -> str:
        if is_pending(attachment):
            return QCoreApplication.translate("AttachmentsModel", "not saved yet")
        if attachment.id in self.not_received:
            return QCoreApplication.translate("AttachmentsModel", "not received yet")
        return local_time(attachment.created_at)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == self.SHA256:
            return QFont("DejaVu Sans Mono")
        if role == Qt.ItemDataRole.ForegroundRole and (is_pending(record) or record.id in self.not_received):
            return QColor("#8a4b00")
        return None
