# SPDX-License-Identifier: GPL-3.0-or-later
"""Relatives, detention episodes and pressure reports of a case, as tables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.domain.chronology import by_date
from app.domain.records import PressureReport, Relative
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import (
    CHANNEL,
    PRESSURE_ACTOR,
    PRESSURE_KIND,
    RELATIONSHIP,
    RELATIVE_STATUS,
    RELIABILITY,
    SOURCE_CONNECTION,
    label,
)
from app.ui.widgets.date_text import date_sort_text, format_partial_date


def place_text(relative: Relative) -> str:
    """Village, township, county, prefecture, country: from the most to the least precise."""
    parts = (relative.village, relative.township, relative.county, relative.prefecture, relative.country)
    return ", ".join(part for part in parts if part)


def first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


R = "RelativesModel"


class RelativesModel(RecordTableModel):
    """Rows are RelativeEntry values."""

    CONTEXT = R
    NAME, RELATIONSHIP, STATUS, PLACE, LAST_CONTACT = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("RelativesModel", "Name"), lambda e: e.name, user_text=True),
        Column(
            QT_TRANSLATE_NOOP("RelativesModel", "Relationship"),
            lambda e: label(RELATIONSHIP, e.relative.relationship),
        ),
        Column(
            QT_TRANSLATE_NOOP("RelativesModel", "Status"), lambda e: label(RELATIVE_STATUS, e.relative.status)
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
    DATE, KIND, ACTOR, CHANNEL, RELIABILITY, SOURCE, RELATIVE, DESCRIPTION = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Date"),
                lambda p: format_partial_date(p.occurred_on),
                sort=self.rank,
            ),
            Column(QT_TRANSLATE_NOOP("PressureReportsModel", "Kind"), lambda p: label(PRESSURE_KIND, p.kind)),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Actor"), lambda p: label(PRESSURE_ACTOR, p.actor)
            ),
            Column(QT_TRANSLATE_NOOP("PressureReportsModel", "Channel"), lambda p: label(CHANNEL, p.channel)),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Reliability"),
                lambda p: label(RELIABILITY, p.reliability),
            ),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Source"),
                lambda p: label(SOURCE_CONNECTION, p.source_connection),
            ),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Relative"),
                lambda p: self._relative(p),
                user_text=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("PressureReportsModel", "Description"),
                lambda p: first_line(p.description),
                user_text=True,
            ),
        )

    def in_order(self, rows: list[Any]) -> list[Any]:
        return by_date(rows, "occurred_on")

    def _relative(self, report: PressureReport) -> str:
        return self.who(report.relative_id) if report.relative_id else ""
