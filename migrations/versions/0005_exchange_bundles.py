# SPDX-License-Identifier: GPL-3.0-or-later
"""The ledger of exchange files (issue #10): each bundle written or imported, so a re-import is a
no-op, "changes since the last bundle" knows where that bundle ended, and a missing bundle
from a sender is noticed by its running number.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_bundles",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("sender_office_id", sa.String(length=36), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("sequences", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("revision_mark", sa.Integer(), nullable=False),
        sa.Column("revisions", sa.Integer(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_bundles")),
    )
    with op.batch_alter_table("exchange_bundles", schema=None) as batch:
        batch.create_index(
            batch.f("ix_exchange_bundles_sender_office_id"), ["sender_office_id"], unique=False
        )


def downgrade() -> None:
    raise NotImplementedError("a vault is not turned back; restore the pre-upgrade backup instead")
