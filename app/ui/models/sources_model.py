# SPDX-License-Identifier: GPL-3.0-or-later
"""The sources of a case: who or what told, and how far it is believed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.records import Source
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.models.vocab_labels import RELIABILITY, SOURCE_KIND, label
from app.ui.tr_noop import QT_TRANSLATE_NOOP
from app.ui.widgets.date_text import format_partial_date

C = "SourcesModel"


class SourcesModel(RecordTableModel):
    """Rows are Source records; a person source is named by the person's spelling (``person_name``)."""

    CONTEXT = C
    KIND, TITLE, PUBLISHER, PUBLISHED, RELIABILITY_ = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.person_name: Callable[[str | None], str] = lambda person_id: ""
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("SourcesModel", "Kind"), lambda s: label(SOURCE_KIND, s.kind)),
            Column(QT_TRANSLATE_NOOP("SourcesModel", "Source"), self.title, user_text=True),
            Column(QT_TRANSLATE_NOOP("SourcesModel", "Publisher"), lambda s: s.publisher, user_text=True),
            Column(
                QT_TRANSLATE_NOOP("SourcesModel", "Published"),
                lambda s: format_partial_date(s.published_on, ""),
                sort=lambda s: s.published_on.sort_key(),
            ),
            Column(
                QT_TRANSLATE_NOOP("SourcesModel", "Reliability"),
                lambda s: label(RELIABILITY, s.reliability),
                sort=lambda s: str(s.reliability),
            ),
        )

    def title(self, source: Source) -> str:
        """The title, else the person it is."""
        return source.title or (self.person_name(source.person_id) if source.person_id else "")
