# SPDX-License-Identifier: GPL-3.0-or-later
"""Name keys follow their spelling through a trigger instead of a foreign key (issue #13, item 5).

With the foreign key, SQLite looked up the spelling for every key row written and deleted
the old rows one by one: about half of an index rebuild (66 s for 800,000 spellings; 34 s
without).  The trigger keeps what the key did: deleting a spelling, or the person it
cascades from, deletes its keys.  The rows are copied as they are (the keys themselves are
unchanged, ``INDEX_VERSION`` stays), so no vault needs a rebuild at its next unlock.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "name_keys_new",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("key", "name_id", name=op.f("pk_name_keys")),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO name_keys_new (key, name_id, person_id, text) "
        "SELECT key, name_id, person_id, text FROM name_keys ORDER BY key, name_id"
    )
    op.drop_index(op.f("ix_name_keys_name_id"), table_name="name_keys")
    op.drop_table("name_keys")
    op.rename_table("name_keys_new", "name_keys")
    op.create_index(op.f("ix_name_keys_name_id"), "name_keys", ["name_id"], unique=False)
    op.execute(
        "CREATE TRIGGER person_names_unindex AFTER DELETE ON person_names "
        "BEGIN DELETE FROM name_keys WHERE name_id = OLD.id; END"
    )


def downgrade() -> None:
    raise NotImplementedError("a vault is not turned back; restore the pre-upgrade backup instead")
