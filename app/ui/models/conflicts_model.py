# SPDX-License-Identifier: GPL-3.0-or-later
"""The conflict review queue, one side of a conflict as the reviewer reads it, and past imports."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.services.conflicts import ConflictItem, PastImport, Side
from app.ui.models.attachments_model import local_time
from app.ui.models.field_labels import FIELD
from app.ui.models.history_models import format_value, record_label
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import RECORD_TABLE, label
from app.ui.tr_noop import QT_TRANSLATE_NOOP

C = "ConflictsModel"


def case_text(item: ConflictItem) -> str:
    """The case a conflict belongs to: its reference and subject (user text, isolated by the view)."""
    parts = [part for part in (item.case_reference, item.case_subject) if part]
    return " · ".join(parts) if parts else QCoreApplication.translate("ConflictsModel", "(no case)")


def case_short(item: ConflictItem) -> str:
    """The case in the queue: its reference (the subject when it has none)."""
    return (
        item.case_reference or item.case_subject or QCoreApplication.translate("ConflictsModel", "(no case)")
    )


def record_text(item: ConflictItem) -> str:
    """What the record is, e.g. "Relative: Brother — Ерлан" (the case file itself: "Case")."""
    if item.record_table == "cases":
        return label(RECORD_TABLE, "cases")
    what = record_label(item.record_table, item.record_values)
    return f"{what} — {item.person_name}" if item.person_name else what


def field_text(item: ConflictItem) -> str:
    if item.is_deletion and item.held:
        return QCoreApplication.translate("ConflictsModel", "Deleted at one office, still needed at another")
    if item.is_deletion:
        return QCoreApplication.translate("ConflictsModel", "Deleted at one office, edited at another")
    return label(FIELD, item.field)


def value_text(item: ConflictItem, value: object) -> str:
    """A side's value as the reviewer reads it (dates with their precision, codes by their labels)."""
    return format_value(item.field, value, item.record_table)


@dataclass(frozen=True, slots=True)
class SideView:
    """One side of the selected conflict, as its card shows it."""

    title: str
    who: str
    when: str
    value: str
    shown_now: bool
    keep_label: str


def side_view(item: ConflictItem, side: Side) -> SideView:
    who = ", ".join(part for part in (side.user_name, side.office_name) if part)
    if not who:
        who = QCoreApplication.translate("ConflictsModel", "an office not known here")
    if side.own_office:
        who = QCoreApplication.translate("ConflictsModel", "%1 (this office)").replace("%1", who)
    if side.held:  # nobody's edit: the exchange kept it for records added to it or kept elsewhere
        who = QCoreApplication.translate("ConflictsModel", "Kept by the exchange")
    if item.is_deletion:
        if side.deleted:
            value = QCoreApplication.translate("ConflictsModel", "Deleted the record")
        elif side.held:
            value = QCoreApplication.translate("ConflictsModel", "Other records still need it")
        else:
            value = QCoreApplication.translate("ConflictsModel", "Edited the record")
        shown = not side.deleted  # the record stays until someone answers
        keep = (
            QCoreApplication.translate("ConflictsModel", "Delete the record")
            if side.deleted
            else QCoreApplication.translate("ConflictsModel", "Keep the record")
        )
    else:
        value = value_text(item, side.value)
        shown = side.value == item.provisional
        keep = QCoreApplication.translate("ConflictsModel", "Keep this value")
    return SideView(
        QCoreApplication.translate("ConflictsModel", "Side %1").replace("%1", str(side.index + 1)),
        who,
        local_time(side.at),
        value,
        shown,
        keep,
    )


class ConflictQueueModel(RecordTableModel):
    """Rows are ConflictItem, oldest first as the service gives them."""

    CONTEXT = C
    CASE, RECORD, FIELD, FOUND = range(4)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ConflictsModel", "Case"), case_short, user_text=True),
        Column(QT_TRANSLATE_NOOP("ConflictsModel", "Record"), record_text, user_text=True),
        Column(QT_TRANSLATE_NOOP("ConflictsModel", "Field"), field_text),
        Column(
            QT_TRANSLATE_NOOP("ConflictsModel", "Found"),
            lambda item: local_time(item.found_at),
            sort=lambda item: item.found_at,
        ),
    )


def _count(name: str) -> Column:
    return Column(
        name,
        lambda past: str(past.counts.get(_KEYS[name], 0)),
        sort=lambda past: past.counts.get(_KEYS[name], 0),
    )


_KEYS = {
    QT_TRANSLATE_NOOP("PastImportsModel", "New"): "new",
    QT_TRANSLATE_NOOP("PastImportsModel", "Updated"): "updated",
    QT_TRANSLATE_NOOP("PastImportsModel", "Merged"): "merged",
    QT_TRANSLATE_NOOP("PastImportsModel", "Conflicts"): "conflicts",
    QT_TRANSLATE_NOOP("PastImportsModel", "Deleted"): "deleted",
    QT_TRANSLATE_NOOP("PastImportsModel", "Files"): "files",
}


def _sender(past: PastImport) -> str:
    if past.from_self:
        return QCoreApplication.translate("PastImportsModel", "this office")
    return past.sender_name or past.sender_office_id


class PastImportsModel(RecordTableModel):
    """Rows are PastImport, newest first: what each imported exchange file did (its kept report)."""

    CONTEXT = "PastImportsModel"
    IMPORTED, SENDER = range(2)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("PastImportsModel", "Imported"),
            lambda past: local_time(past.imported_at),
            sort=lambda past: past.imported_at,
        ),
        Column(QT_TRANSLATE_NOOP("PastImportsModel", "From"), _sender, user_text=True),
        *(_count(name) for name in _KEYS),
    )

    @staticmethod
    def record_id(record: PastImport) -> str:
        return record.bundle_id
