# SPDX-License-Identifier: GPL-3.0-or-later
"""An index of the deletion revisions, by record (``ix_revisions_deletions``).

A person's purge must know every case they were the subject of, deleted cases too: purging the
person alone would leave such a case's history here while an office receiving the tombstone purges
the whole case.  Only the deleted case's history says who its subject was, and finding it had
meant reading every case revision; it was therefore done only for a person deleted with their case,
and missed a subject whom another case still names.  Deletions are few, so the index is small, and
a save, which writes no deletion, writes no page of it.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_revisions_deletions",
        "revisions",
        ["record_table", "record_id"],
        sqlite_where=sa.text("deleted = 1"),
    )


def downgrade() -> None:
    op.drop_index("ix_revisions_deletions", table_name="revisions")
