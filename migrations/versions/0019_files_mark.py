# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the files a sent bundle carried end (``exchange_bundles.files_mark``).

A bundle of every case written without files moved the mark "since the last bundle" as far as one
with files: the bytes it left out never travelled again, and the partner office showed those files
as not received until someone sent it every case with files.  A sent bundle now records the mark
of its files apart, 0 for one without them, and the next bundle since the last one with files
carries the files stored after the last bundle that had them.

Bundles recorded before this migration keep their revision mark as their files mark: whether they
carried files was not recorded, and counting them as having done so keeps what the next bundle
carries as it was.

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_bundles") as batch:
        batch.add_column(sa.Column("files_mark", sa.Integer(), server_default=sa.text("0"), nullable=False))
    op.execute("UPDATE exchange_bundles SET files_mark = revision_mark")


def downgrade() -> None:
    with op.batch_alter_table("exchange_bundles") as batch:
        batch.drop_column("files_mark")
