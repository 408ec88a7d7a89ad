# SPDX-License-Identifier: GPL-3.0-or-later
"""What the case list shows in each column and how a fixed list sorts by it (``CaseTableModel``):
plain functions of one ``CaseRow``, in the model's translation context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.domain.dates import PartialDate
from app.domain.records import CaseRow, CaseSort, MatchedBy
from app.names.collation import collation_key
from app.ui.i18n import status_label
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import date_sort_text, deadline_sort_text, format_partial_date
from app.ui.widgets.text import isolate

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison


@dataclass(frozen=True, slots=True)
class Column:
    sort: str | None  # a CaseSort code, or None when the service cannot order by it
    label: str


REFERENCE, NAME, STATUS, OFFICE, OPENED, DEADLINE, UPDATED = range(7)
COLUMNS = (
    Column(CaseSort.REFERENCE, QT_TRANSLATE_NOOP("CaseTableModel", "Reference")),
    Column(CaseSort.NAME, QT_TRANSLATE_NOOP("CaseTableModel", "Name")),
    Column(CaseSort.STATUS, QT_TRANSLATE_NOOP("CaseTableModel", "Status")),
    Column(None, QT_TRANSLATE_NOOP("CaseTableModel", "Office")),
    Column(CaseSort.OPENED, QT_TRANSLATE_NOOP("CaseTableModel", "Opened")),
    Column(CaseSort.DEADLINE, QT_TRANSLATE_NOOP("CaseTableModel", "Deadline")),
    Column(CaseSort.UPDATED, QT_TRANSLATE_NOOP("CaseTableModel", "Last change")),
)
_SORT_KEYS: dict[int, Callable[[CaseRow], SupportsRichComparison]] = {
    REFERENCE: lambda row: row.reference,
    NAME: lambda row: collation_key(row.subject_name),  # the alphabet of each script, as the service sorts
    STATUS: lambda row: str(row.status),
    OFFICE: lambda row: collation_key(row.office_name),
    # Dates in the one order, deadlines by the day they run to: as the service sorts them.
    OPENED: lambda row: date_sort_text(row.opened_on),
    DEADLINE: lambda row: deadline_sort_text(row.next_deadline or PartialDate()),
    UPDATED: lambda row: row.updated_at,
}


def sort_key(column: int) -> Callable[[CaseRow], SupportsRichComparison]:
    """How rows sort by ``column`` in memory (the last change for a column that has no order)."""
    return _SORT_KEYS.get(column, _SORT_KEYS[UPDATED])


def matched_text(row: CaseRow) -> str:
    """What a search matched, when the row alone does not show it."""
    if row.matched_by is MatchedBy.DOCUMENT:
        return QCoreApplication.translate("CaseTableModel", "document %1").replace("%1", isolate(row.matched))
    if row.matched_by is MatchedBy.NAME and row.matched != row.subject_name:
        return QCoreApplication.translate("CaseTableModel", "matched %1").replace("%1", isolate(row.matched))
    return ""


def cell_text(row: CaseRow, column: int) -> str:
    """The text of one cell."""
    if column == REFERENCE:
        return row.reference
    if column == NAME:
        # Isolated, so an RLO or a right-to-left name cannot run into the next column's text.
        name = isolate(row.subject_name) if row.subject_name else ""
        matched = matched_text(row)
        return f"{name} ({matched})" if matched else name
    if column == STATUS:
        return status_label(row.status)
    if column == OFFICE:
        return row.office_name
    if column == OPENED:
        return format_partial_date(row.opened_on, "", short=True)
    if column == DEADLINE:
        return format_partial_date(row.next_deadline, "", short=True) if row.next_deadline else ""
    local = row.updated_at
    if local.tzinfo is not None:
        local = local.astimezone()
    return local.strftime("%Y-%m-%d %H:%M")
