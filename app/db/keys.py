# SPDX-License-Identifier: GPL-3.0-or-later
"""The references between synced tables, read once from the schema: which column names a row of
which table, and what the database does to the referring row when the named row goes.  Exchange
reads them to write rows in order (``app.services.merge_rows``), to hold deletions that live
records need (``app.services.merge_holds``) and to bring back what a kept record needs."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.mapping import table_of
from app.db.models import SYNCED_MODELS

CASCADE = "CASCADE"  # the referring row goes with the row it names
SET_NULL = "SET NULL"  # the key is cleared


@dataclass(frozen=True, slots=True)
class Key:
    column: str
    table: str
    #: ``CASCADE``, ``SET_NULL``, or "" (the database refuses the deletion).
    on_delete: str


#: Of each synced table, its keys, by column name (a link's ends are no keys: see ``app.db.models``).
KEYS: dict[str, tuple[Key, ...]] = {
    table.name: tuple(
        sorted(
            (Key(key.parent.name, key.column.table.name, key.ondelete or "") for key in table.foreign_keys),
            key=lambda key: key.column,
        )
    )
    for table in (table_of(model) for model in SYNCED_MODELS.values())
}
