# SPDX-License-Identifier: GPL-3.0-or-later
"""Open conflicts of merges between offices (issue #10): a field two offices changed differently,
or a deletion against an edit, with both values, who and when, and the value shown meanwhile.
Derived from the revisions (``app.exchange.merge.open_conflicts``) and rewritten by the import.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("merge_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("record_table", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("candidates", sa.JSON(), nullable=False),
        sa.Column("provisional", sa.JSON(), nullable=True),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("merge_id", "field", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch:
        batch.create_index(batch.f("ix_conflicts_record_id"), ["record_id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("a vault is not turned back; restore the pre-upgrade backup instead")
