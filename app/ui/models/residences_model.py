# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a person has lived ("Talgar since 2019"), oldest first by the date they moved there."""

from __future__ import annotations

from typing import Any

from app.domain.chronology import by_date
from app.domain.records import Residence
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import country_text
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import format_partial_date

C = "ResidencesModel"


class ResidencesModel(RecordTableModel):
    """Rows are Residence records, in the one chronological order of ``since``."""

    CONTEXT = C
    PLACE, REGION, COUNTRY, SINCE, UNTIL, NOTES = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("ResidencesModel", "Place"), lambda r: r.place, user_text=True),
            Column(QT_TRANSLATE_NOOP("ResidencesModel", "Region"), lambda r: r.region, user_text=True),
            Column(
                QT_TRANSLATE_NOOP("ResidencesModel", "Country"),
                lambda r: country_text(r.country),
                user_text=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("ResidencesModel", "Since"),
                lambda r: format_partial_date(r.since, ""),
                sort=self.rank,
            ),
            Column(QT_TRANSLATE_NOOP("ResidencesModel", "Until"), lambda r: format_partial_date(r.until, "")),
            Column(QT_TRANSLATE_NOOP("ResidencesModel", "Notes"), _first_line, user_text=True),
        )

    def in_order(self, rows: list[Any]) -> list[Any]:
        return by_date(rows, "since")


def _first_line(residence: Residence) -> str:
    return residence.notes.strip().split("\n", 1)[0]
