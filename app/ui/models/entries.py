# SPDX-License-Identifier: GPL-3.0-or-later
"""Row values that combine two frozen records, and how unsaved ones are marked (plain Python, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.records import PersonFile, Relative

#: The id prefix of an attachment listed before its case is saved (its bytes are still in memory).
PENDING_PREFIX = "pending:"


@dataclass(frozen=True, slots=True)
class RelativeEntry:
    """A relative of the case together with the person record holding their spellings."""

    relative: Relative
    person: PersonFile

    @property
    def id(self) -> str:
        return self.relative.id

    @property
    def name(self) -> str:
        """The relative's name, or, when it is not known, their description ("her mother, about 70")."""
        return self.person.display_name or self.relative.description
