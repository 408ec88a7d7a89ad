# SPDX-License-Identifier: GPL-3.0-or-later
"""The patterns screen's tables (the bars of a breakdown, the cases behind a bar) and the translated
labels of bar keys, shared by the tables and the chart."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.patterns import PERSON, UNKNOWN, Bar, CaseBehind, Dimension, Subject
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import PRESSURE_ACTOR, PRESSURE_KIND, RELATIONSHIP, label
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.text import FSI, PDI

C = "PatternsModels"

#: Chart titles, by (subject, dimension).
TITLES = {
    (Subject.PRESSURE, Dimension.KIND): QT_TRANSLATE_NOOP("PatternsModels", "Pressure reports by kind"),
    (Subject.PRESSURE, Dimension.ACTOR): QT_TRANSLATE_NOOP("PatternsModels", "Pressure reports by actor"),
    (Subject.PRESSURE, Dimension.COUNTY): QT_TRANSLATE_NOOP(
        "PatternsModels", "Pressure reports by county of the relatives aimed at"
    ),
    (Subject.PRESSURE, Dimension.RELATIONSHIP): QT_TRANSLATE_NOOP(
        "PatternsModels", "Pressure reports by relationship of the relatives aimed at"
    ),
    (Subject.PRESSURE, Dimension.MONTH): QT_TRANSLATE_NOOP("PatternsModels", "Pressure reports by month"),
    (Subject.DETENTION, Dimension.RELATIONSHIP): QT_TRANSLATE_NOOP(
        "PatternsModels", "Detentions by relationship"
    ),
    (Subject.DETENTION, Dimension.COUNTY): QT_TRANSLATE_NOOP(
        "PatternsModels", "Detentions by county of the relative"
    ),
    (Subject.DETENTION, Dimension.MONTH): QT_TRANSLATE_NOOP(
        "PatternsModels", "Detentions by month of arrest"
    ),
}
#: The dimension choices, as "by …".
DIMENSION_NAMES = {
    Dimension.KIND: QT_TRANSLATE_NOOP("PatternsModels", "by kind"),
    Dimension.ACTOR: QT_TRANSLATE_NOOP("PatternsModels", "by actor"),
    Dimension.COUNTY: QT_TRANSLATE_NOOP("PatternsModels", "by county"),
    Dimension.RELATIONSHIP: QT_TRANSLATE_NOOP("PatternsModels", "by relationship"),
    Dimension.MONTH: QT_TRANSLATE_NOOP("PatternsModels", "by month"),
}
#: The bar of records whose dimension is not known, by dimension.
UNKNOWN_NAMES = {
    Dimension.KIND: QT_TRANSLATE_NOOP("PatternsModels", "No kind recorded"),
    Dimension.ACTOR: QT_TRANSLATE_NOOP("PatternsModels", "Actor not known"),
    Dimension.COUNTY: QT_TRANSLATE_NOOP("PatternsModels", "County not known"),
    Dimension.RELATIONSHIP: QT_TRANSLATE_NOOP("PatternsModels", "No relative recorded"),
    Dimension.MONTH: QT_TRANSLATE_NOOP("PatternsModels", "Month not known"),
}
_VOCABULARY = {
    Dimension.KIND: PRESSURE_KIND,
    Dimension.ACTOR: PRESSURE_ACTOR,
    Dimension.RELATIONSHIP: RELATIONSHIP,
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(C, source)


def title(subject: str, dimension: str) -> str:
    source = TITLES.get((Subject(subject), Dimension(dimension)))
    return _tr(source) if source else ""


def dimension_name(dimension: str) -> str:
    return _tr(DIMENSION_NAMES[Dimension(dimension)])


def month_label(key: str) -> str:
    """ "2019-03" as "March 2019" in the interface language."""
    month = QLocale().standaloneMonthName(int(key[5:7]), QLocale.FormatType.LongFormat)
    return f"{month} {key[:4]}"


def bar_label(dimension: str, key: str) -> str:
    """What a bar is called on screen: a vocabulary code translated, a county as written, a month in
    words, the unknown bar by what is unknown.  Plain text (no bidi isolates): a chart draws it as is."""
    dimension = Dimension(dimension)
    if key == UNKNOWN:
        return _tr(UNKNOWN_NAMES[dimension])
    if dimension is Dimension.RELATIONSHIP and key == PERSON:
        return _tr(QT_TRANSLATE_NOOP("PatternsModels", "The person themself"))
    if dimension is Dimension.MONTH:
        return month_label(key)
    if dimension in _VOCABULARY:
        return label(_VOCABULARY[dimension], key).strip(FSI + PDI)
    return key


def bar_labels(dimension: str, bars: Iterable[Bar]) -> dict[str, str]:
    return {bar.key: bar_label(dimension, bar.key) for bar in bars}


class BarsModel(RecordTableModel):
    """The bars of one breakdown as a table (what the chart shows, readable and keyboard-selectable)."""

    CONTEXT = C

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("PatternsModels", "Counted under"),
                lambda bar: self._labels.get(bar.key, bar.key),
                user_text=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("PatternsModels", "Count"),
                lambda bar: str(bar.count),
                sort=lambda b: b.count,
            ),
        )

    @staticmethod
    def record_id(record: Any) -> str:
        return str(record.key)

    def set_bars(self, dimension: str, bars: Iterable[Bar]) -> None:
        bars = list(bars)
        self._labels = bar_labels(dimension, bars)
        self.set_rows(bars)


class CasesBehindModel(RecordTableModel):
    """The cases behind one bar, most records first."""

    CONTEXT = C
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PatternsModels", "Case"), lambda c: c.reference, user_text=True),
        Column(QT_TRANSLATE_NOOP("PatternsModels", "Subject"), lambda c: c.subject_name, user_text=True),
        Column(QT_TRANSLATE_NOOP("PatternsModels", "Office"), lambda c: c.office_name, user_text=True),
        Column(
            QT_TRANSLATE_NOOP("PatternsModels", "Records counted"),
            lambda c: str(c.records),
            sort=lambda c: c.records,
        ),
    )

    def case_id(self, row: int) -> str:
        case: CaseBehind = self.record(row)
        return case.id
