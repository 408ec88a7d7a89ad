# SPDX-License-Identifier: GPL-3.0-or-later
"""Declarative base with a naming convention (batch migrations on SQLite need named constraints)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

from app.domain.dates import PartialDate

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PartialDateType(TypeDecorator[PartialDate]):
    """Stores a PartialDate as its canonical, sortable text ("1990-05", "1990~", "")."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: PartialDate | None, dialect: Dialect) -> str:
        return "" if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> PartialDate:
        return PartialDate.parse(value)


def utcnow() -> dt.datetime:
    """Naive UTC now: every timestamp in the vault is naive UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
