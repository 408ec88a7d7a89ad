# SPDX-License-Identifier: GPL-3.0-or-later
"""Office identity (issue #10): this office's key pairs (X25519 to receive bundles, Ed25519 to
sign them; the secrets live only in this encrypted database, retired keys kept to read old
bundles) and the partner offices added from their cards.

The keys themselves are made by the service at the next unlock, not here: a migration
only shapes tables.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_keys",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column("public", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_keys")),
    )
    op.create_table(
        "partner_offices",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("card_valid_from", sa.DateTime(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("previous_keys", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", name=op.f("pk_partner_offices")),
    )
    with op.batch_alter_table("partner_offices", schema=None) as batch:
        batch.create_index(batch.f("ix_partner_offices_signing_key"), ["signing_key"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("a vault is not turned back; restore the pre-upgrade backup instead")
