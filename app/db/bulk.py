# SPDX-License-Identifier: GPL-3.0-or-later
"""Bulk loading with Core inserts (about 8× faster than ORM ``add_all``), revisions included.

Used by demo vaults and large imports: every row still gets its full-valued
revision, exactly as ``revisions.save`` would write it.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.mapping import content_columns, json_value
from app.db.revisions import revision_row
from app.domain.hlc import HybridClock
from app.domain.records import Actor, new_id

#: Insert order that satisfies foreign keys.
_ORDER: tuple[type[Any], ...] = (
    m.Person,
    m.PersonName,
    m.IdentityDocument,
    m.Case,
    m.Interview,
    m.LegalEvent,
    m.Relative,
    m.Detention,
    m.PressureReport,
    m.NameKey,
    m.CaseListing,
)


@functools.cache
def _defaults(model: type[m.SyncedRecord]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in content_columns(model):
        default = model.__table__.c[name].default
        if default is None:
            values[name] = None
        elif default.is_callable:
            values[name] = default.arg  # called per row: the callable may build a fresh object
        else:
            values[name] = default.arg
    return values


class BulkWriter:
    """Buffers rows and their revisions; ``flush`` writes them with one INSERT per table."""

    def __init__(self, session: Session, actor: Actor, clock: HybridClock) -> None:
        self._session = session
        self._actor = actor
        self._clock = clock
        self._rows: dict[type[Any], list[dict[str, Any]]] = defaultdict(list)
        self._revisions: list[dict[str, Any]] = []

    def add(self, model: type[m.SyncedRecord], **values: Any) -> str:
        """Queue a synced row (missing columns take their defaults); returns its id."""
        row: dict[str, Any] = {}
        for name, default in _defaults(model).items():
            if name in values:
                row[name] = values[name]
            else:
                row[name] = default(None) if callable(default) else default
        record_id = values.get("id") or new_id()
        revision = revision_row(
            model.__tablename__,
            record_id,
            {name: json_value(value) for name, value in row.items()},
            [],
            self._actor,
            self._clock.now(),
        )
        self._revisions.append(revision)
        self._rows[model].append({**row, "id": record_id, "rev": revision["id"]})
        return record_id

    def add_plain(self, model: type[Any], **values: Any) -> None:
        """Queue a row of a table that has no revisions (index and listing tables)."""
        self._rows[model].append(values)

    def flush(self) -> None:
        for model in _ORDER:
            if self._rows.get(model):
                self._session.execute(insert(model), self._rows[model])
        if self._revisions:
            self._session.execute(insert(m.Revision), self._revisions)
        self._rows.clear()
        self._revisions.clear()
