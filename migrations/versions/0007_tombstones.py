# SPDX-License-Identifier: GPL-3.0-or-later
"""Tombstones of purged records (issue #10, security row T36): which record, when, by which office
and user, and nothing of its content, so a purged record never comes back from any bundle.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tombstones",
        sa.Column("record_table", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("record_table", "record_id", name=op.f("pk_tombstones")),
    )
    with op.batch_alter_table("tombstones", schema=None) as batch:
        batch.create_index(batch.f("ix_tombstones_record_id"), ["record_id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("a vault is not turned back; restore the pre-upgrade backup instead")
