# SPDX-License-Identifier: GPL-3.0-or-later
"""What each waiting record waits for (``waiting_rows.wait_table``, ``wait_id``).

Every import tried again every record kept without a row, reading all their revisions, even when it
brought nothing they wait for: a record whose case another office never sends was read again at
each import, and 34,000 of them made an import of one new case take three seconds.  Each record
now names the row it waits for, and an import tries only those whose row it brought.  Records kept
before this migration name nothing: the next import tries them once, as before, and names it.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("waiting_rows", sa.Column("wait_table", sa.String(length=40), nullable=True))
    op.add_column("waiting_rows", sa.Column("wait_id", sa.String(length=36), nullable=True))
    op.create_index("ix_waiting_rows_wait", "waiting_rows", ["wait_table", "wait_id"])


def downgrade() -> None:
    # ALTER TABLE, not a batch copy: the copy would lose WITHOUT ROWID
    op.drop_index("ix_waiting_rows_wait", table_name="waiting_rows")
    op.drop_column("waiting_rows", "wait_id")
    op.drop_column("waiting_rows", "wait_table")
