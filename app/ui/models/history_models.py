# SPDX-License-Identifier: GPL-3.0-or-later
"""A case's revisions (who changed what, when) and the field-by-field difference of one revision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.domain.records import FieldChange, RevisionView
from app.ui.models.attachments_model import local_time
from app.ui.models.field_labels import FIELD
from app.ui.models.petitions_model import PETITION_LANGUAGE, PETITION_STATUS, kind_text, petition_text
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import (
    ANSWER_OUTCOME,
    ATTACHMENT_KIND,
    BLOCKED,
    CASE_STATUS,
    CHANNEL,
    CIVIL_STATUS,
    CONFIDENTIALITY,
    CONSENT_RECORDING,
    CONSENT_SCOPE,
    DOCUMENT_KIND,
    FREQUENCY,
    LACK,
    LANGUAGE,
    LEGAL_EVENT_KIND,
    LINK_KIND,
    NAME_KIND,
    PARTY_KIND,
    PRESSURE_ACTOR,
    PRESSURE_KIND,
    RECORD_TABLE,
    RELATIONSHIP,
    RELATIVE_STATUS,
    RELIABILITY,
    REQUEST_KIND,
    REQUEST_STATUS,
    SCHEME,
    SCRIPT,
    SEX,
    SOURCE_CONNECTION,
    SOURCE_KIND,
    country_text,
    label,
)
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import format_partial_date

H = "HistoryModel"
DATE_FIELDS = frozenset(
    {"birth_date", "held_on", "date", "valid_until", "issued_on", "opened_on", "closed_on"}
    | {"started_on", "ended_on", "occurred_on", "last_contact"}
)
#: Which value names a record in the history list, per table.
_TITLE_FIELD: Mapping[str, tuple[str, Mapping[str, str] | None]] = {
    "person_names": ("text", None),
    "identity_documents": ("kind", DOCUMENT_KIND),
    "cases": ("status", CASE_STATUS),
    "interviews": ("place", None),
    "legal_events": ("kind", LEGAL_EVENT_KIND),
    "relatives": ("relationship", RELATIONSHIP),
    "detentions": ("facility", None),
    "pressure_reports": ("kinds", PRESSURE_KIND),
    "requests": ("kind", REQUEST_KIND),
    "sources": ("title", None),
    "petitions": ("title", None),
    "attachments": ("display_name", None),
    "persons": ("birth_place", None),
}


#: Coded fields and the label table of their codes; ``kind`` and ``status`` depend on the table.
_CODES: Mapping[str, Mapping[str, str]] = {
    "sex": SEX,
    "relationship": RELATIONSHIP,
    "actor": PRESSURE_ACTOR,
    "channel": CHANNEL,
    "reliability": RELIABILITY,
    "source_connection": SOURCE_CONNECTION,
    "confidentiality": CONFIDENTIALITY,
    "consent_recording": CONSENT_RECORDING,
    "script": SCRIPT,
    "civil_status": CIVIL_STATUS,
    "frequency": FREQUENCY,
    "lacks": LACK,
    "blocked": BLOCKED,
}
#: Free-text fields that may hold a listed country's code: that code is shown by its name.
_COUNTRY_FIELDS = frozenset({"country", "destination_country"})
_CODES_BY_TABLE: Mapping[tuple[str, str], Mapping[str, str]] = {
    ("legal_events", "kind"): LEGAL_EVENT_KIND,
    ("identity_documents", "kind"): DOCUMENT_KIND,
    ("person_names", "kind"): NAME_KIND,
    ("attachments", "kind"): ATTACHMENT_KIND,
    ("relative_statuses", "status"): RELATIVE_STATUS,
    ("cases", "status"): CASE_STATUS,
    ("pressure_reports", "kinds"): PRESSURE_KIND,
    ("requests", "kind"): REQUEST_KIND,
    ("requests", "status"): REQUEST_STATUS,
    ("requests", "outcome"): ANSWER_OUTCOME,  # a legal event's outcome is free text
    ("petitions", "outcome"): ANSWER_OUTCOME,
    ("sources", "kind"): SOURCE_KIND,
    ("sources", "connection"): SOURCE_CONNECTION,
    ("parties", "kind"): PARTY_KIND,
    ("links", "kind"): LINK_KIND,
    ("person_names", "scheme"): SCHEME,
    ("interviews", "language"): LANGUAGE,
    ("interviews", "consent_scope"): CONSENT_SCOPE,
    ("sources", "language"): LANGUAGE,
}
#: Fields whose codes are labelled by the screen that shows them (the petitions list's words).
_TEXT_BY_TABLE: Mapping[tuple[str, str], Callable[[str], str]] = {
    ("petitions", "kind"): kind_text,
    ("petitions", "language"): lambda code: petition_text(PETITION_LANGUAGE, code),
    ("petitions", "status"): lambda code: petition_text(PETITION_STATUS, code),
}
#: Text fields that hold several codes, comma-separated.
_COMMA_LISTS = frozenset({"consent_scope"})
TIME_FIELDS = frozenset({"created_at", "printed_at"})


def _empty(value: object) -> bool:
    return value is None or value is False or value == "" or value == [] or value == ()


def shown_changes(revision: RevisionView) -> tuple[FieldChange, ...]:
    """The changes worth showing: a new record's empty fields are left out."""
    return tuple(c for c in revision.changes if not (_empty(c.old) and _empty(c.new)))


def record_title(revision: RevisionView) -> str:
    """What the revision is about, e.g. "Legal event: Sentence"; user text is isolated by the view."""
    return record_label(revision.table, revision.values)


def record_label(table_name: str, values: Mapping[str, object]) -> str:
    """A record named by its kind and its telling value, e.g. "Identity document: Passport"."""
    what = label(RECORD_TABLE, table_name)
    field, table = _TITLE_FIELD.get(table_name, ("", None))
    value = values.get(field) if field else None
    if not value:
        return what
    items = value if isinstance(value, list | tuple) else [value]  # a report's several kinds
    shown = "; ".join(label(table, item) if table else str(item) for item in items)
    return f"{what}: {shown}"


def change_kind(revision: RevisionView) -> str:
    translate = QCoreApplication.translate
    if revision.deleted:
        return translate("HistoryModel", "deleted")
    return translate("HistoryModel", "changed") if revision.parents else translate("HistoryModel", "created")


def format_value(field: str, value: object, table: str = "") -> str:
    """A revision value as the user reads it (dates with their precision, labels for codes, yes/no)."""
    translate = QCoreApplication.translate
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("HistoryModel", "yes") if value else translate("HistoryModel", "no")
    if field.endswith("_table") and isinstance(value, str):  # the kind of record a link points to
        return label(RECORD_TABLE, value)
    if field in _COUNTRY_FIELDS and isinstance(value, str):
        return country_text(value)
    text = _TEXT_BY_TABLE.get((table, field))
    if text is not None and isinstance(value, str):
        return text(value)
    codes = _CODES_BY_TABLE.get((table, field)) or _CODES.get(field)
    if codes is not None and field in _COMMA_LISTS and isinstance(value, str):
        value = [code for code in value.split(",") if code]
    if codes is not None and isinstance(value, str):
        return label(codes, value)
    if codes is not None and isinstance(value, list | tuple):  # several codes: kinds, lacks
        return "; ".join(label(codes, item) for item in value) or "—"
    if field in TIME_FIELDS and isinstance(value, str):
        try:
            return local_time(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if field in DATE_FIELDS and isinstance(value, str):
        try:
            return format_partial_date(PartialDate.parse(value))
        except ValidationError:  # e.g. a form from a newer version: shown as stored
            return value
    if isinstance(value, list | tuple):
        return "; ".join(
            ": ".join(str(part) for part in item) if isinstance(item, list | tuple) else str(item)
            for item in value
        )
    return str(value)


_LISTED = frozenset(field for field in FIELD if not field.endswith("_id"))


class HistoryModel(RecordTableModel):
    """Rows are RevisionView records, newest first as given by the caller."""

    CONTEXT = H
    WHEN, WHO, WHAT, CHANGE, FIELDS = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("HistoryModel", "When"), lambda v: local_time(v.at), sort=lambda v: v.hlc),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "Who"), lambda v: v.author, user_text=True),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "What"), record_title, user_text=True),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "Change"), change_kind),
        Column(
            QT_TRANSLATE_NOOP("HistoryModel", "Fields"),
            lambda v: ", ".join(label(FIELD, c.field) for c in shown_changes(v) if c.field in _LISTED),
        ),
    )


F = "FieldChangesModel"


class FieldChangesModel(RecordTableModel):
    """Rows are the FieldChange values of one revision against its parent."""

    CONTEXT = F
    FIELD, BEFORE, AFTER = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.id_names: Mapping[str, str] = {}
        self.table = ""
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("FieldChangesModel", "Field"), lambda c: label(FIELD, c.field)),
            Column(
                QT_TRANSLATE_NOOP("FieldChangesModel", "Before"),
                lambda c: self._value(c.field, c.old),
                user_text=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("FieldChangesModel", "After"),
                lambda c: self._value(c.field, c.new),
                user_text=True,
            ),
        )

    def set_revision(self, revision: RevisionView | None) -> None:
        """Show what ``revision`` changed against its parent (codes shown by their labels)."""
        self.table = revision.table if revision else ""
        self.set_rows(shown_changes(revision) if revision else [])

    def set_id_names(self, names: Mapping[str, str]) -> None:
        """How to show record ids (a relative's id as their name, a link's ends by their titles)
        instead of a UUID."""
        self.id_names = dict(names)
        self.refresh()

    def _value(self, field: str, value: object) -> str:
        if field.endswith("_id") and isinstance(value, str) and value in self.id_names:
            return self.id_names[value]
        if field.endswith("_ids") and isinstance(value, list | tuple):  # a pressure report's targets
            return "; ".join(self.id_names.get(str(item), str(item)) for item in value) or "—"
        return format_value(field, value, self.table)

    @staticmethod
    def record_id(record: Any) -> str:
        change: FieldChange = record
        return change.field


def record_titles(revisions: Iterable[RevisionView]) -> dict[str, str]:
    """Each record of these revisions (oldest first) by its latest title, e.g. "Legal event: Sentence"."""
    return {revision.record_id: record_title(revision) for revision in revisions}
