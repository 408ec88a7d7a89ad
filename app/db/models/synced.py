# SPDX-License-Identifier: GPL-3.0-or-later
"""The mixin of every record that travels between offices: UUID key and head revision."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow

#: Columns that describe a row's place in history rather than its content.
BOOKKEEPING_COLUMNS = frozenset({"id", "rev", "updated_at"})


class SyncedRecord(Base):
    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: Id (content hash) of the revision this row currently shows.
    rev: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
