# SPDX-License-Identifier: GPL-3.0-or-later
"""Relatives, their status history, detention episodes and pressure reports of a case, as tables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.chronology import by_date
from app.domain.records import PressureReport, Relative, RelativeStatusEntry
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import (
    FREQUENCY,
    PRESSURE_ACTOR,
    PRESSURE_KIND,
    RELATIONSHIP,
    RELATIVE_STATUS,
    SOURCE_CONNECTION,
    country_text,
    label,
)
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import date_sort_text, format_partial_date


def place_text(relative: Relative) -> str:
    """Village, township, county, prefecture, country: from the most to the least precise."""
    country = country_text(relative.country)
    parts = (relative.village, relative.township, relative.county, relative.prefecture, country)
    return ", ".join(part for part in parts if part)


def first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def current_statuses(statuses: Iterable[RelativeStatusEntry], relative_id: str) -> list[str]:
    """The status codes of a relative that hold now (no end date), in their dated order."""
    held = [s for s in statuses if s.relative_id == relative_id and not s.ended_on.is_known]
    return [str(s.status) for s in by_date(held, "started_on")]


def joined(table: Mapping[str, str], codes: Iterable[object]) -> str:
    """Several coded values as one cell: their labels, comma-separated."""
    return ", ".join(label(table, code) for code in codes)


R = "RelativesModel"


class RelativesModel(RecordTableModel):
    """Rows are RelativeEntry values; the status column shows the statuses that hold now."""

    CONTEXT = R
    NAME, RELATIONSHIP, STATUS, PLACE, LAST_CONTACT = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.statuses: list[RelativeStatusEntry] = []
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("RelativesModel", "Name"), lambda e: e.name, user_text=True),
            Column(
                QT_TRANSLATE_NOOP("RelativesModel", "Relationship"),
                lambda e: label(RELATIONSHIP, e.relative.relationship),
            ),
            Column(
                QT_TRANSLATE_NOOP("RelativesModel", "Status"),
                lambda e: joined(RELATIVE_STATUS, current_statuses(self.statuses, e.id)),
            ),
            Column(
                QT_TRANSLATE_NOOP("RelativesModel", "Place"), lambda e: place_text(e.relative), user_text=True
            ),
            Column(
                QT_TRANSLATE_NOOP("RelativesModel", "Last contact"),
                lambda e: format_partial_date(e.relative.last_contact),
                sort=lambda e: date_sort_text(e.relative.last_contact),
            ),
        )

    def set_statuses(self, statuses: Iterable[RelativeStatusEntry]) -> None:
        """The case's status rows (all relatives); the table shows each relative's current ones."""
        self.statuses = list(statuses)
        self.refresh()


S = "RelativeStatusesModel"


class RelativeStatusesModel(RecordTableModel):
    """Rows are one relative's RelativeStatusEntry records, in their dated order."""

    CONTEXT = S
    STATUS, FROM, UNTIL, NOTES = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("RelativeStatusesModel", "Status"),
                lambda s: label(RELATIVE_STATUS, s.status),
            ),
            Column(
                QT_TRANSLATE_NOOP("RelativeStatusesModel", "From"),
                lambda s: format_partial_date(s.started_on),
                sort=self.rank,
            ),
            Column(
                QT_TRANSLATE_NOOP("RelativeStatusesModel", "Until"),
                lambda s: format_partial_date(s.ended_on, ""),
                sort=lambda s: date_sort_text(s.ended_on),
            ),
            Column(
                QT_TRANSLATE_NOOP("RelativeStatusesModel", "Notes"),
                lambda s: first_line(s.notes),
                user_text=True,
            ),
        )

    def in_order(self, rows: list[Any]) -> list[Any]:
        return by_date(rows, "started_on")


class _PeopleAware(RecordTableModel):
    """A table whose rows name a relative by id (None: the case's own person)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.people: Mapping[str | None, str] = {}

    def set_people(self, people: Mapping[str | None, str]) -> None:
        """Display names by relative id; the key None is the person the case is about."""
        self.people = dict(people)
        self.refresh()

    def who(self, relative_id: str | None) -> str:
        return self.people.get(relative_id, "")


D = "DetentionsModel"


class DetentionsModel(_PeopleAware):
    """Rows are Detention records."""

    CONTEXT = D
    WHO, FACILITY, PLACE, STARTED, ENDED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("DetentionsModel", "Who"), lambda d: self.who(d.relative_id), user_text=True
            ),
            Column(QT_TRANSLATE_NOOP("DetentionsModel", "Facility"), lambda d: d.facility, user_text=True),
            Column(QT_TRANSLATE_NOOP("DetentionsModel", "Place"), lambda d: d.place, user_text=True),
            Column(
                QT_TRANSLATE_NOOP("DetentionsModel", "From"),
                lambda d: format_partial_date(d.started_on),
                sort=self.rank,
            ),
            Column(
                QT_TRANSLATE_NOOP("DetentionsModel", "Until"),
                lambda d: format_partial_date(d.ended_on),
                sort=lambda d: date_sort_text(d.ended_on),
            ),
        )

    def in_order(self, rows: list[Any]) -> list[Any]:
        return by_date(rows, "started_on")


P = "PressureReportsModel"


class PressureReportsModel(_PeopleAware):
    """Rows are PressureReport records."""

    CONTEXT = P
    DATE, KINDS, TARGETS, FREQUENCY, ACTOR, RELIABILITY, SOURCE, DESCRIPTION = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Date"),
                lambda p: format_partial_date(p.occurred_on),
                sort=self.rank,
            ),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Kinds"), lambda p: joined(PRESSURE_KIND, p.kinds)
            ),
            Column(QT_TRANSLATE_NOOP("PressureReportsModel", "Aimed at"), self.targets, user_text=True),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "How often"),
                lambda p: label(FREQUENCY, p.frequency),
            ),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Actor"), lambda p: label(PRESSURE_ACTOR, p.actor)
            ),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Reliability"),
                lambda p: str(p.reliability),
            ),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Source"),
                lambda p: label(SOURCE_CONNECTION, p.source_connection),
            ),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Description"),
                lambda p: first_line(p.description or p.words),
                user_text=True,
            ),
        )

    def in_order(self, rows: list[Any]) -> list[Any]:
        return by_date(rows, "occurred_on")

    def targets(self, report: PressureReport) -> str:
        """The targeted relatives by name (or description), comma-separated."""
        return ", ".join(self.who(t) or "?" for t in report.target_ids)
