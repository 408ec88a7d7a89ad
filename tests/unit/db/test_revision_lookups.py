# SPDX-License-Identifier: GPL-3.0-or-later
"""Revisions are found by their key (record id, then id: migration 0012), never by the content hash
alone, which no index starts with: what a save and an edit of withheld fields read walks the key."""

from __future__ import annotations

from sqlalchemy import Select, UniqueConstraint

from app.db import models as m
from app.db import revisions
from app.db.mapping import table_of
from app.services.session import UnlockedVault

KEY_WALK = "USING INDEX sqlite_autoindex_revisions_1 (record_id=? AND id=?)"


def _plan(vault: UnlockedVault, statement: Select[tuple[object, ...]], params: tuple[str, ...]) -> str:
    with vault.db.transaction(readonly=True) as session:
        connection = session.connection()
        sql = str(statement.compile(dialect=connection.dialect))
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    return "\n".join(str(row[-1]) for row in rows)


def test_no_index_of_revisions_starts_with_the_id(vault: UnlockedVault) -> None:
    indexes = table_of(m.Revision).indexes
    columns = sorted([c.name for c in index.columns] for index in indexes)
    assert columns == [["hlc"], ["record_table", "record_id"]]  # the second: deletions only (0015)
    assert [c.name for c in table_of(m.Revision).primary_key.columns] == ["stored"]  # the rowid (0017)
    unique = [c for c in table_of(m.Revision).constraints if isinstance(c, UniqueConstraint)]
    assert [[c.name for c in constraint.columns] for constraint in unique] == [["record_id", "id"]]


def test_a_saves_look_up_of_the_head_walks_the_key(vault: UnlockedVault) -> None:
    plan = _plan(vault, revisions._statements(m.Case).current_marked, ('"withheld"', "case-id"))
    assert "SEARCH revisions " + KEY_WALK in plan, plan


def test_the_head_values_of_a_withheld_edit_walk_the_key(vault: UnlockedVault) -> None:
    plan = _plan(vault, revisions._HEAD_VALUES, ("record-id", "revision-id"))
    assert plan == "SEARCH revisions " + KEY_WALK, plan
