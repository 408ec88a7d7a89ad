# SPDX-License-Identifier: GPL-3.0-or-later
"""Records whose row waits for a row it refers to (bundles delivered out of order).

An import kept the revisions of a record whose case or person had not arrived yet, but wrote no
row; a later import wrote it only if it brought a revision of that very record, so an interview
that came before its case stayed out of sight. ``waiting_rows`` names such records; every
import writes the rows that can be written now. Records left without a row by earlier imports are
not searched for here (a scan of every revision); they are written when one of their revisions
arrives again.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "waiting_rows",
        sa.Column("record_table", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("record_table", "record_id", name=op.f("pk_waiting_rows")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("waiting_rows")
