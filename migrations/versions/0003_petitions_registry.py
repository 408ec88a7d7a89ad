# SPDX-License-Identifier: GPL-3.0-or-later
"""The petitions registry (issue #9): each printed petition keeps its title, the template it
was filled from (by hash), what the lawyer completed, the final text, the annexes, and what
became of it (printed, filed with an authority under a number, answered, complained about or
appealed), with the request it created.  Offices keep their own templates in the vault.

``petitions.filed_at`` (a clock reading nobody could set) becomes ``filed_on``, a date as
people know it.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DATE = sa.String(length=32)


def upgrade() -> None:
    op.create_table(
        "petition_templates",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_petition_templates")),
    )
    with op.batch_alter_table("petitions", schema=None) as batch:
        batch.add_column(sa.Column("title", sa.String(length=300), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("template_sha256", sa.String(length=64), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("fields", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("content", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("annex_ids", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("printed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("filed_on", DATE, nullable=False, server_default=""))
        batch.add_column(sa.Column("authority", sa.String(length=300), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("reference_number", sa.String(length=100), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("answered_on", DATE, nullable=False, server_default=""))
        batch.add_column(sa.Column("outcome", sa.String(length=16), nullable=False, server_default="none"))
        batch.add_column(sa.Column("reply_attachment_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("contested_on", DATE, nullable=False, server_default=""))
        batch.add_column(sa.Column("request_id", sa.String(length=36), nullable=True))
        batch.create_index(batch.f("ix_petitions_request_id"), ["request_id"], unique=False)
    op.execute("UPDATE petitions SET filed_on = substr(filed_at, 1, 10) WHERE filed_at IS NOT NULL")
    with op.batch_alter_table("petitions", schema=None) as batch:
        batch.drop_column("filed_at")


def downgrade() -> None:
    raise NotImplementedError("a vault is not turned back; restore the pre-upgrade backup instead")
