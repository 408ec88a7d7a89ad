# SPDX-License-Identifier: GPL-3.0-or-later
"""Statements sent straight to the driver (``app.db.direct``) store and read exactly what
``Connection.execute`` would, and every statement of a case save takes that path."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from app.db import direct
from app.db.base import PartialDateType
from app.domain import records as r
from app.domain.dates import PartialDate
from app.services.cases import CaseService
from app.services.session import UnlockedVault

_METADATA = sa.MetaData()
_STAMP = dt.datetime(2024, 5, 6, 7, 8, 9, 123456)
_TABLE = sa.Table(
    "typed",
    _METADATA,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("born", PartialDateType, default=PartialDate),
    sa.Column("tags", sa.JSON, default=list),
    sa.Column("done", sa.Boolean, default=False),
    sa.Column("status", sa.String, default="intake"),
    sa.Column("at", sa.DateTime, default=lambda: _STAMP, onupdate=lambda: _STAMP + dt.timedelta(days=1)),
)
_BY_ID = _TABLE.c.id == sa.bindparam("id_")
_SELECT = sa.select(_TABLE.c.born, _TABLE.c.tags, _TABLE.c.done, _TABLE.c.at, sa.literal("x")).where(_BY_ID)
_INSERT = sa.insert(_TABLE)
_UPDATE = sa.update(_TABLE).where(_BY_ID)
_IN = sa.select(_TABLE.c.id).where(_TABLE.c.id.in_(sa.bindparam("ids", expanding=True))).order_by(_TABLE.c.id)


@pytest.fixture
def connection() -> Iterator[sa.Connection]:
    engine = sa.create_engine("sqlite://")
    _METADATA.create_all(engine)
    with engine.begin() as conn:
        yield conn
    engine.dispose()


def _stored(connection: sa.Connection, row_id: str) -> tuple[Any, ...]:
    row = connection.execute(sa.select(_TABLE).where(_TABLE.c.id == row_id)).one()
    return tuple(row)[1:]


def test_an_insert_stores_what_execute_stores_defaults_made_in_python(connection: sa.Connection) -> None:
    given = {"born": PartialDate(1961, 3), "tags": [["court", "2019"]], "done": True}
    connection.execute(_INSERT, {**given, "id": "by-execute"})
    assert direct.write(connection, _INSERT, {**given, "id": "direct"}) == 1
    assert _stored(connection, "direct") == _stored(connection, "by-execute")
    direct.write(connection, _INSERT, {"id": "defaults"})
    assert _stored(connection, "defaults") == (PartialDate(), [], False, "intake", _STAMP)


def test_an_update_stores_what_execute_stores_onupdate_included(connection: sa.Connection) -> None:
    for row_id in ("by-execute", "direct"):
        connection.execute(_INSERT, {"id": row_id})
    change = {"born": PartialDate(1990), "tags": ["Қазақ", "馬"], "done": True}
    connection.execute(_UPDATE, {**change, "id_": "by-execute"})
    assert direct.write(connection, _UPDATE, {**change, "id_": "direct"}) == 1
    assert _stored(connection, "direct") == _stored(connection, "by-execute")
    assert _stored(connection, "direct")[-1] == _STAMP + dt.timedelta(days=1)
    assert direct.write(connection, _UPDATE, {"done": False, "id_": "nobody"}) == 0


def test_a_select_reads_what_execute_reads_a_value_the_statement_carries_included(
    connection: sa.Connection,
) -> None:
    connection.execute(
        _INSERT, {"id": "a", "born": PartialDate(1961, 3, 2), "tags": {"k": [1]}, "done": True}
    )
    expected = [tuple(row) for row in connection.execute(_SELECT, {"id_": "a"})]
    assert direct.rows(connection, _SELECT, {"id_": "a"}) == expected
    assert expected == [(PartialDate(1961, 3, 2), {"k": [1]}, True, _STAMP, "x")]
    assert direct.rows(connection, _SELECT, {"id_": "nobody"}) == []


def test_a_statement_it_cannot_send_itself_goes_through_execute(connection: sa.Connection) -> None:
    for row_id in "abc":
        connection.execute(_INSERT, {"id": row_id})
    assert direct.rows(connection, _IN, {"ids": ["c", "a"]}) == [("a",), ("c",)]


def test_listeners_of_cursor_execute_see_each_statement(connection: sa.Connection) -> None:
    seen: list[tuple[str, Any]] = []

    def listen(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    sa.event.listen(connection, "before_cursor_execute", listen)
    direct.write(connection, _INSERT, {"id": "a", "done": True})
    sa.event.remove(connection, "before_cursor_execute", listen)
    assert len(seen) == 1 and seen[0][0].startswith("INSERT INTO typed")
    assert "a" in seen[0][1] and 1 in seen[0][1]


def test_every_statement_of_a_case_save_goes_straight_to_the_driver(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    person = cases.save(r.Person(sex=r.Sex.FEMALE))
    case = cases.save(r.Case(subject_id=person.id, office_id=vault.actor.office_id, reference="T-1"))
    through_execute: list[str] = []

    def listen(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if context is not None:  # SQLAlchemy's own execution, not app.db.direct
            through_execute.append(statement)

    sa.event.listen(vault.db.engine, "before_cursor_execute", listen)
    try:
        cases.save(dataclasses.replace(case, summary="Fictional summary, edited."))
    finally:
        sa.event.remove(vault.db.engine, "before_cursor_execute", listen)
    assert through_execute == []
