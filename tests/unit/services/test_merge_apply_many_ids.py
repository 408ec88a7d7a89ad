# SPDX-License-Identifier: GPL-3.0-or-later
"""An import may touch more records than SQLite binds values in one statement: each look-up and
deletion by id in ``merge_apply`` still finds (and removes) exactly the rows of the ids asked."""

from __future__ import annotations

from sqlalchemy import insert, select

from app.db import models as m
from app.domain import records as r
from app.services.cases import CaseService
from app.services.merge_apply import _no_longer_waiting, _waiting_for, _write_conflicts, local_revisions
from app.services.session import UnlockedVault
from tests.conftest import MORE_IDS_THAN_SQLITE_BINDS


def _many(*among: str) -> list[str]:
    """More ids than SQLite binds, none of this vault's, with ``among`` in the middle and at the end."""
    ids = [f"{n:032x}" for n in range(MORE_IDS_THAN_SQLITE_BINDS)]
    ids[1000:1000] = among[:-1]
    return [*ids, *among[-1:]]


def _case(vault: UnlockedVault, name: str) -> str:
    return CaseService(vault).open_case(r.Person(), [r.PersonName("", f"{name} (fictional)")])


def test_thelocal_revisions_of_more_records_than_sqlite_binds(vault: UnlockedVault) -> None:
    first, second = _case(vault, "Айгүл Серікқызы"), _case(vault, "Ерлан Сейітұлы")
    with vault.db.transaction(readonly=True) as session:
        stored = set(session.scalars(select(m.Revision.id).where(m.Revision.record_id.in_([first, second]))))
        found = local_revisions(session, sorted(_many(first, second)))
    assert stored and set(found) == stored
    assert {rev.record_id for rev in found.values()} == {first, second}


def test_records_waiting_for_more_rows_than_sqlite_binds_are_found_and_forgotten(
    vault: UnlockedVault,
) -> None:
    kept = [
        {"record_table": "relatives", "record_id": "r-1", "wait_table": "persons", "wait_id": "p-1"},
        {"record_table": "relatives", "record_id": "r-2", "wait_table": "persons", "wait_id": "p-2"},
        {"record_table": "documents", "record_id": "d-1", "wait_table": "cases", "wait_id": "p-1"},
        {"record_table": "documents", "record_id": "d-2", "wait_table": None, "wait_id": None},
    ]
    with vault.db.transaction() as session:
        connection = session.connection()
        connection.execute(insert(m.WaitingRow), kept)
        arrived = {("persons", row_id) for row_id in _many("p-1")}
        assert _waiting_for(connection, arrived, unnamed=False) == {("relatives", "r-1")}
        _no_longer_waiting(
            connection, {("relatives", row_id) for row_id in _many("r-2")} | {("documents", "d-1")}
        )
        left = connection.execute(select(m.WaitingRow.record_table, m.WaitingRow.record_id)).all()
    assert sorted(map(tuple, left)) == [("documents", "d-2"), ("relatives", "r-1")]


def test_the_conflicts_of_more_records_than_sqlite_binds_are_rewritten(vault: UnlockedVault) -> None:
    open_ = [
        {
            "merge_id": f"m-{record_id}",
            "field": "notes",
            "record_table": "cases",
            "record_id": record_id,
            "candidates": [],
        }
        for record_id in ("c-1", "c-2", "c-3")
    ]
    with vault.db.transaction() as session:
        session.connection().execute(insert(m.MergeConflict), open_)
        _write_conflicts(session, sorted(_many("c-1", "c-3")), [])
        left = session.scalars(select(m.MergeConflict.record_id)).all()
    assert left == ["c-2"]
