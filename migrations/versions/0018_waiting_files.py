# SPDX-License-Identifier: GPL-3.0-or-later
"""The bytes of files whose record waits for its case (``waiting_file_chunks``).

A bundle that carried a file whose record had no row yet (its case not arrived: bundles delivered
out of order) dropped the file's bytes; the import that brought the case wrote the row without
them, and no later bundle "since the last one" carries them again, so the file read as damaged and
stopped every export with files.  The bytes are now kept here, in chunks like ``attachment_chunks``
(no foreign key: the row they belong to is not there yet), once checked against the SHA-256 a
revision of the record carries, and moved into ``attachment_chunks`` when the row is written.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "waiting_file_chunks",
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("attachment_id", "seq", name=op.f("pk_waiting_file_chunks")),
    )


def downgrade() -> None:
    # A file still waiting loses its bytes, as before this migration: its next bundle with files brings them.
    op.drop_table("waiting_file_chunks")
