# SPDX-License-Identifier: GPL-3.0-or-later
"""Many-row INSERTs without SQLAlchemy's per-row parameter work (about a third of an import's time),
many-row reads straight from the driver, and lists of ids bound as one parameter.

``insert_rows`` stores exactly what ``connection.execute(insert(table), rows)`` would: each value
through its column type's own bind processor (JSON, dates, booleans), a missing column given its
Python-side default (a callable one called per row); then one executemany on the driver.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Dialect, Select, Table, bindparam, func, insert, literal_column, select
from sqlalchemy.orm import Session

from app.db.direct import python_default

#: Per column of the statement: its name, how a missing value is made (None: the rows give it), and
#: its type's bind processor.
_Slot = tuple[str, Callable[[Any], Any] | None, Callable[[Any], Any] | None]


@functools.cache
def _plan(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[str, tuple[_Slot, ...]]:
    """The INSERT SQLAlchemy compiles for ``names`` (the columns with Python-side defaults added), and
    its columns in the statement's order."""
    made: dict[str, Callable[[Any], Any]] = {}
    for column in table.columns:
        default = column.default
        if column.name in names or default is None:
            continue
        make = python_default(default)
        if make is None:
            raise NotImplementedError(f"{table.name}.{column.name}: a default SQL runs, not Python")
        made[column.name] = make
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    order = tuple(compiled.positiontup or ())
    if sorted(order) != sorted([*names, *made]):
        raise NotImplementedError(f"{table.name}: the statement's columns are not the rows' and defaults'")
    slots = tuple(
        (name, made.get(name), table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        for name in order
    )
    return compiled.string, slots


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT ``rows`` (every row with the same keys) into ``table`` with one executemany."""
    if not rows:
        return
    sql, slots = _plan(table, tuple(rows[0]), connection.dialect)
    columns = []
    for name, make, process in slots:  # column by column: a list comprehension each, not a loop per value
        values = [row[name] for row in rows] if make is None else [make(None) for _ in rows]
        columns.append(values if process is None else list(map(process, values)))
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def id_list(name: str) -> Select[Any]:
    """``SELECT value FROM json_each(:name)``: the right side of an ``IN`` for ids bound as ONE JSON
    array (``json.dumps(ids)``).  The statement is compiled once whatever the number of ids, where an
    expanding ``IN`` is rendered again at every execution, and SQLite's limit on bound parameters
    does not apply."""
    return select(literal_column("value")).select_from(func.json_each(bindparam(name)))


def driver_connection(session: Session) -> Any:
    """The driver's own connection under ``session``'s transaction, for reads of many rows where
    SQLAlchemy's Row objects would cost more than the query; its errors are still typed by the
    transaction's ``translated``."""
    driver = session.connection().connection.driver_connection
    assert driver is not None, "the session's connection is open"
    return driver
