# SPDX-License-Identifier: GPL-3.0-or-later
"""The copies Pana kept of the vault: when, what, how large, and the name the CLI knows them by."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.copies import CopyKind, VaultCopy
from app.ui.models.attachments_model import local_time
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.tr_noop import QT_TRANSLATE_NOOP

C = "CopiesModel"
KIND_LABELS = {
    CopyKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("CopiesModel", "The vault a restore replaced"),
    CopyKind.INTERRUPTED_RESTORE: QT_TRANSLATE_NOOP("CopiesModel", "Left by an interrupted restore"),
    CopyKind.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("CopiesModel", "Backup made before an upgrade"),
    CopyKind.INTERRUPTED_BACKUP: QT_TRANSLATE_NOOP("CopiesModel", "Left by an interrupted backup"),
}


def kind_label(copy: VaultCopy) -> str:
    return QCoreApplication.translate(C, KIND_LABELS[copy.kind])


class CopiesModel(RecordTableModel):
    """Rows are VaultCopy records, oldest first as the service lists them."""

    CONTEXT = C
    MADE, KIND, SIZE, NAME = range(4)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("CopiesModel", "Kept since"),
            lambda c: local_time(c.made),
            sort=lambda c: c.made,
        ),
        Column(QT_TRANSLATE_NOOP("CopiesModel", "What"), kind_label),
        Column(
            QT_TRANSLATE_NOOP("CopiesModel", "Size"),
            lambda c: QLocale().formattedDataSize(c.size),
            sort=lambda c: c.size,
        ),
        Column(QT_TRANSLATE_NOOP("CopiesModel", "Name"), lambda c: c.id),
    )
