# SPDX-License-Identifier: GPL-3.0-or-later
"""Files a bundle left out because their bytes had not come, owed to its offices (``files_owed``).

A file whose record came from a third office without its bytes was left out of a bundle with
files, and never sent once its bytes came, since no revision of it was new: no bundle "since the
last one" carried it.  ``files_owed`` names such a file for each office it was left out for, until
a bundle with files to that office carries it.  It starts empty: what bundles left out before was
not recorded (a bundle of the file's case with files still brings it).

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "files_owed",
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_files_owed_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", "office_id", name=op.f("pk_files_owed")),
    )


def downgrade() -> None:
    # A file still owed stays left out, as before this migration: a bundle of its case with files brings it.
    op.drop_table("files_owed")
