# SPDX-License-Identifier: GPL-3.0-or-later
"""Revisions numbered in the order this vault stored them, never given again (``revisions.stored``).

An exchange mark ("the changes since the last bundle to an office") counted by the revisions'
hidden rowid.  A purge, here or imported from another office, deletes the newest revisions, and
SQLite gives their rowids again: an edit made after it was numbered at or below the mark of a
bundle sent before, and no bundle "since the last one" ever carried it.  ``stored`` is the rowid
made a column, INTEGER PRIMARY KEY AUTOINCREMENT: SQLite keeps the highest number given
(``sqlite_sequence``) and gives only larger ones, and VACUUM, a backup and a rekey keep both.

The revisions are moved as 0012 moved them, a range of rowids at a time, each keeping its rowid as
its number, so every mark recorded so far means what it did.  A vault that has purged, or imported a
purge, may already hold revisions numbered under a mark they came after: its marks are cleared, and
its next bundle to each office "since the last one" carries every revision once.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

#: Each revision's number kept: the rowid made the column ``stored``, and back.
_NUMBERED = (
    'INSERT INTO revisions_new (stored, id, record_table, record_id, parents, "values", deleted, '
    "author_user_id, author_device_id, author_office_id, hlc, created_at) "
    'SELECT rowid, id, record_table, record_id, parents, "values", deleted, author_user_id, '
    "author_device_id, author_office_id, hlc, created_at FROM revisions "
    "WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
)
_UNNUMBERED = (
    'INSERT INTO revisions_new (rowid, id, record_table, record_id, parents, "values", deleted, '
    "author_user_id, author_device_id, author_office_id, hlc, created_at) "
    'SELECT stored, id, record_table, record_id, parents, "values", deleted, author_user_id, '
    "author_device_id, author_office_id, hlc, created_at FROM revisions "
    "WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
)
#: Revisions moved per pair of statements (0012's step: the secure delete holds each statement's
#: pages in memory until it ends).
_ROWS_PER_STEP = 20_000


def upgrade() -> None:
    _rebuild(
        sa.Column("stored", sa.Integer(), nullable=False, primary_key=True),
        sa.UniqueConstraint("record_id", "id", name=op.f("uq_revisions_record_id")),
        copy=_NUMBERED,
        autoincrement=True,
    )
    op.execute(
        "UPDATE exchange_bundles SET revision_mark = 0 "
        "WHERE direction = 'sent' AND EXISTS (SELECT 1 FROM tombstones)"
    )


def downgrade() -> None:
    _rebuild(
        sa.PrimaryKeyConstraint("record_id", "id", name=op.f("pk_revisions")),
        copy=_UNNUMBERED,
        autoincrement=False,
    )


def _rebuild(*key: sa.SchemaItem, copy: str, autoincrement: bool) -> None:
    """The revisions copied by ``copy``, a range of rowids at a time in rowid order, into a table
    keyed by ``key``; the indexes made again."""
    connection = op.get_bind()
    op.create_table(
        "revisions_new",
        *key,
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("record_table", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("parents", sa.JSON(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("author_user_id", sa.String(length=36), nullable=False),
        sa.Column("author_device_id", sa.String(length=36), nullable=False),
        sa.Column("author_office_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sqlite_autoincrement=autoincrement,
    )
    low, high = connection.exec_driver_sql("SELECT min(rowid), max(rowid) FROM revisions").one()
    starts = range(low or 0, (high or -1) + 1, _ROWS_PER_STEP)
    progress = context.config.attributes.get("progress")  # app.db.migrate's, if any
    for done, start in enumerate(starts, 1):
        span = (start, start + _ROWS_PER_STEP - 1)
        connection.exec_driver_sql(copy, span)
        connection.exec_driver_sql("DELETE FROM revisions WHERE rowid BETWEEN ? AND ?", span)
        if progress is not None:
            progress(done, len(starts), "migrating")
    op.drop_index("ix_revisions_hlc", table_name="revisions")
    op.drop_index("ix_revisions_deletions", table_name="revisions")
    op.drop_table("revisions")
    op.rename_table("revisions_new", "revisions")
    op.create_index("ix_revisions_hlc", "revisions", ["hlc"], unique=False)
    op.create_index(
        "ix_revisions_deletions",
        "revisions",
        ["record_table", "record_id"],
        sqlite_where=sa.text("deleted = 1"),
    )
