# SPDX-License-Identifier: GPL-3.0-or-later
"""Frozen records to JSON-safe dicts and back, for drafts (partial dates, enums and tuples kept exact)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar

from app.domain.dates import PartialDate

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


def to_json(record: DataclassInstance) -> dict[str, Any]:
    """A record's fields as JSON values."""
    return {f.name: _value_to_json(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _value_to_json(value: object) -> Any:
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_value_to_json(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_json(value)
    return value


@functools.cache
def _hints(record_type: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(record_type)


def from_json(record_type: type[R], data: dict[str, Any]) -> R:
    """The record back from ``to_json`` output; unknown keys are ignored, missing ones take defaults."""
    hints = _hints(record_type)
    names = {f.name for f in dataclasses.fields(record_type)}
    values = {key: _value_from_json(value, hints[key]) for key, value in data.items() if key in names}
    return record_type(**values)


def _value_from_json(value: Any, hint: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            if arg is not type(None):
                return _value_from_json(value, arg)
    if hint is PartialDate:
        return PartialDate.parse(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            return value  # a code from a newer vocabulary
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if origin is tuple:
        inner = args[0] if args else Any
        return tuple(_value_from_json(item, inner) for item in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_json(hint, value)
    return value
