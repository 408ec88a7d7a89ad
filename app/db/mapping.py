# SPDX-License-Identifier: GPL-3.0-or-later
"""Moves frozen records in and out of rows: field names equal column names, types are converted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import DateTime, Table, inspect

from app.db.base import Base, PartialDateType
from app.db.models.synced import BOOKKEEPING_COLUMNS, SyncedRecord
from app.domain.dates import PartialDate

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


def table_of(model: type[Base]) -> Table:
    """The Core table behind a mapped model (for statements that bypass the ORM)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


@functools.cache
def content_columns(model: type[SyncedRecord]) -> tuple[str, ...]:
    """A synced model's columns that carry content (what a revision records)."""
    return tuple(c.key for c in inspect(model).column_attrs if c.key not in BOOKKEEPING_COLUMNS)


@functools.cache
def column_defaults(model: type[SyncedRecord]) -> dict[str, Any]:
    """Each content column's Python-side default: a value, or a callable taking the SQL context."""
    values: dict[str, Any] = {}
    for name in content_columns(model):
        default = table_of(model).c[name].default
        values[name] = None if default is None else getattr(default, "arg", None)
    return values


@functools.cache
def _defaulted_not_null(model: type[SyncedRecord]) -> frozenset[str]:
    """Columns where a record's None means "not given": they take no NULL and have a default."""
    table = table_of(model)
    return frozenset(
        name for name in content_columns(model) if not table.c[name].nullable and table.c[name].default
    )


def with_defaults(model: type[SyncedRecord], values: dict[str, Any]) -> dict[str, Any]:
    """``values`` completed with the defaults of the columns it lacks (what an INSERT would store)."""
    full = dict(values)
    for name, default in column_defaults(model).items():
        if name not in full:
            full[name] = default(None) if callable(default) else default
    return full


def _to_column(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_to_column(item) for item in value]
    return value


def _to_code(vocabulary: type[enum.Enum], value: object) -> object:
    if value is None:
        return None
    try:
        return vocabulary(value)
    except ValueError:
        return value  # a code from a newer vocabulary: keep it rather than lose it


def _to_plain(value: object) -> object:
    if isinstance(value, list):
        return tuple(tuple(item) if isinstance(item, list) else item for item in value)
    return value


@functools.cache
def _converters(record_type: type[Any]) -> tuple[tuple[str, Callable[[object], object]], ...]:
    """Per field of a record type: how a column value becomes the field's value (worked out once)."""
    hints = typing.get_type_hints(record_type)
    found = []
    for f in dataclasses.fields(record_type):
        candidates = typing.get_args(hints[f.name]) or (hints[f.name],)
        codes = [c for c in candidates if isinstance(c, type) and issubclass(c, enum.Enum)]
        found.append((f.name, functools.partial(_to_code, codes[0]) if codes else _to_plain))
    return tuple(found)


def row_values(record: DataclassInstance, model: type[SyncedRecord]) -> dict[str, object]:
    """Column values taken from a record (the id excluded; a None the column cannot hold is left out,
    so the column's default applies, e.g. an attachment's ``created_at``)."""
    columns = set(content_columns(model))
    unset = _defaulted_not_null(model)
    values = {}
    for f in dataclasses.fields(record):
        if f.name in columns:
            value = getattr(record, f.name)
            if value is not None or f.name not in unset:
                values[f.name] = _to_column(value)
    return values


def record_from_values(values: Mapping[str, object], record_type: type[R]) -> R:
    """The frozen record for column values (as Core or the ORM return them)."""
    return record_type(
        **{name: convert(values[name]) for name, convert in _converters(record_type) if name in values}
    )


def json_value(value: object) -> object:
    """A column value as it is written into a revision (JSON)."""
    if value is None or type(value) in _AS_IS:
        return value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


#: Types a revision holds as they are (most values): checked first, by exact type.
_AS_IS = frozenset({str, int, bool, float, list, dict})


def revision_values(values: Mapping[str, object]) -> dict[str, object]:
    """Column values, JSON-ready, as a revision stores them."""
    return {name: json_value(value) for name, value in values.items()}


def _from_date(value: object) -> PartialDate:
    return PartialDate.parse(value if isinstance(value, str) else None)


def _from_timestamp(value: object) -> object:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


@functools.cache
def _from_json(model: type[SyncedRecord]) -> tuple[tuple[str, Callable[[object], object] | None], ...]:
    """Per content column: how its revision value becomes the column's (None: as it is)."""
    table = table_of(model)
    found: list[tuple[str, Callable[[object], object] | None]] = []
    for name in content_columns(model):
        column_type = table.c[name].type
        if isinstance(column_type, PartialDateType):
            found.append((name, _from_date))
        elif isinstance(column_type, DateTime):
            found.append((name, _from_timestamp))
        else:
            found.append((name, None))
    return tuple(found)


def column_values(model: type[SyncedRecord], values: Mapping[str, object]) -> dict[str, object]:
    """A revision's values (JSON, today's shape) as the row's columns take them: the inverse of
    ``revision_values``; names that are no column of ``model`` are left out."""
    return {
        name: values[name] if convert is None else convert(values[name])
        for name, convert in _from_json(model)
        if name in values
    }
