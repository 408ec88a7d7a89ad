# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether a received bundle carried the sender's whole vault (``covers_earlier``).

A since-last bundle that never arrives holds back the merges of the records it changed, and every
later import named its number as missing. A whole-vault file from the sender makes it good; this
column remembers that it came, so numbers below it are no longer reported missing. Bundles
received before this migration count as not covering.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_bundles", schema=None) as batch:
        batch.add_column(sa.Column("covers_earlier", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("exchange_bundles", schema=None) as batch:
        batch.drop_column("covers_earlier")
