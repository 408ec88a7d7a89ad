# SPDX-License-Identifier: GPL-3.0-or-later
"""Core statements sent straight to the driver: the few that every save runs.

``Connection.execute`` spends about 40 µs of Python per statement on its execution context and
result object, as much as SQLite and SQLCipher spend on the statement itself.  ``rows`` and
``write`` compile a statement once per set of parameter names, then convert each value with its
type's own bind processor and each fetched column with its result processor (JSON, dates,
booleans), exactly as ``execute`` would, and run it on the driver's connection inside the caller's
transaction.  A statement is one built once (at module level, or cached per model), whose values
come as parameters: each plan is kept for the life of the process.  Listeners of
``before_cursor_execute`` still see every statement; the driver's errors are typed by the
transaction's ``translated``.

A column's Python-side default or ``onupdate`` the parameters leave out is made as ``execute``
would make it.  A statement that needs more than that (a default in SQL, an expanding ``IN``, a
parameter missing, an escaped name) goes through ``Connection.execute`` instead.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.sql import ClauseElement, Select
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

_Convert = Callable[[Any], Any] | None


def python_default(default: object) -> Callable[[Any], Any] | None:
    """How a column's ``default`` or ``onupdate`` makes a value (called with None), or None when it
    is not made in Python."""
    if isinstance(default, CallableColumnDefault):
        return default.arg
    if isinstance(default, ScalarElementColumnDefault):
        return _given(default.arg)
    return None


#: Where a bound parameter's value comes from: the caller's key, or a maker called with None (a
#: column default, or the value the statement itself carries).
_Source = str | Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class _Plan:
    sql: str
    #: Each bound parameter in the statement's order: its source and its type's bind processor.
    binds: tuple[tuple[_Source, _Convert], ...]
    #: Per selected column of a SELECT (empty for a write).
    results: tuple[_Convert, ...]


@functools.cache
def _plan(statement: ClauseElement, keys: tuple[str, ...], dialect: Dialect) -> _Plan | None:
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    assert isinstance(compiled, SQLCompiler)
    if (
        compiled.post_compile_params
        or compiled.literal_execute_params
        or compiled.escaped_bind_names
        or compiled.positiontup is None
    ):
        return None
    defaults = {column.key: python_default(column.default) for column in compiled.insert_prefetch}
    defaults.update((column.key, python_default(column.onupdate)) for column in compiled.update_prefetch)
    binds: list[tuple[_Source, _Convert]] = []
    for name in compiled.positiontup:
        bind = compiled.binds[name]
        source: _Source | None = name
        if name not in keys:
            source = defaults.get(name) if name in defaults else _given(bind.value)
            if source is None or (name not in defaults and (bind.required or bind.callable is not None)):
                return None
        assert source is not None
        binds.append((source, bind.type.dialect_impl(dialect).bind_processor(dialect)))
    results = (
        tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in statement.selected_columns
        )
        if isinstance(statement, Select)
        else ()
    )
    return _Plan(compiled.string, tuple(binds), results)


def _given(value: object) -> Callable[[Any], Any]:
    return lambda _: value


def _run(connection: Connection, plan: _Plan, parameters: Mapping[str, Any]) -> Any:
    values = []
    for source, convert in plan.binds:
        value = parameters[source] if isinstance(source, str) else source(None)
        values.append(value if convert is None else convert(value))
    driver = connection.connection.driver_connection
    assert driver is not None, "the connection is open"
    cursor = driver.cursor()
    if connection.dispatch.before_cursor_execute:
        connection.dispatch.before_cursor_execute(connection, cursor, plan.sql, tuple(values), None, False)
    cursor.execute(plan.sql, values)
    return cursor


def rows(
    connection: Connection, statement: Select[*tuple[Any, ...]], parameters: Mapping[str, Any]
) -> list[Sequence[Any]]:
    """Every row ``statement`` selects, each column as ``execute`` would give it."""
    plan = _plan(statement, tuple(sorted(parameters)), connection.dialect)
    if plan is None:
        return [tuple(row) for row in connection.execute(statement, parameters)]
    fetched = _run(connection, plan, parameters).fetchall()
    if not any(plan.results):
        return fetched  # type: ignore[no-any-return]
    return [
        tuple(
            value if convert is None else convert(value)
            for value, convert in zip(row, plan.results, strict=True)
        )
        for row in fetched
    ]


def write(connection: Connection, statement: ClauseElement, parameters: Mapping[str, Any]) -> int:
    """Run an INSERT, UPDATE or DELETE; returns how many rows it matched."""
    plan = _plan(statement, tuple(sorted(parameters)), connection.dialect)
    if plan is None:
        return int(connection.execute(statement, parameters).rowcount)  # type: ignore[call-overload]
    return int(_run(connection, plan, parameters).rowcount)
