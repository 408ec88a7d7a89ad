# SPDX-License-Identifier: GPL-3.0-or-later
"""The data model a bundle names (``EXCHANGED_MODEL``) moves only with what travels: an office that has
not upgraded reads bundles from one that has, unless a migration changed the records or tombstones."""

from __future__ import annotations

import hashlib
import json

from app.db.mapping import content_columns, table_of
from app.db.models import SYNCED_MODELS
from app.exchange.manifest import REVISION_COLUMNS, TOMBSTONE_COLUMNS

#: SHA-256 of ``_travelling()`` when ``EXCHANGED_MODEL`` was last set (types and NOT NULL added to it
#: since; migrations 0008–0016 changed no synced column).
TRAVELLING_PIN = "55555d511a5ec7f69021e07896ee4180dfa84cdec8659d7b84f3ea808919a48e"


def _travelling() -> bytes:
    """What a bundle carries, as the receiver reads it: each synced table's content columns (the
    keys of a revision's values) with the type that reads each value and whether it may be empty
    (a column that becomes a list, or loses NOT NULL, breaks an office that has not upgraded as
    surely as a new column), a revision's own columns, a tombstone's."""
    shape = {
        "records": {
            table: {
                name: [type(table_of(model).c[name].type).__name__, table_of(model).c[name].nullable]
                for name in sorted(content_columns(model))
            }
            for table, model in sorted(SYNCED_MODELS.items())
        },
        "revision": list(REVISION_COLUMNS),
        "tombstone": list(TOMBSTONE_COLUMNS),
    }
    return json.dumps(shape, sort_keys=True).encode()


def test_the_columns_that_travel_are_those_of_the_exchanged_model() -> None:
    digest = hashlib.sha256(_travelling()).hexdigest()
    assert digest == TRAVELLING_PIN, (
        "A change to what bundles carry: give it a migration, set EXCHANGED_MODEL to that migration "
        f"and TRAVELLING_PIN to {digest}.  What travels now: {_travelling().decode()}"
    )
