# SPDX-License-Identifier: GPL-3.0-or-later
"""Revisions are keyed by record, then id (issue #13): no index is keyed by the content hash alone.

That index took every new revision to a random page.  Once a vault held more of its pages than a
transaction adds ids, each commit rewrote nearly all of it: a demo build's cost per case grew 1.45x
from 10,000 to 100,000 cases, and every save wrote one page of it.  Every lookup knows the record
(a row's head, a revision's parents, a merge's revisions of a record), so the key (record id, id)
serves them, and it replaces the index on (record id, clock) as well: one index less per revision.

The revisions are moved with their rowids, which an office's exchange marks count by
(``Scope.after``), a range of rowids at a time.  The new key is filled in rowid order, with the
bulk jobs' larger page cache that ``app.db.migrate`` gives every upgrade.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COPY = (
    'INSERT INTO revisions_new (rowid, id, record_table, record_id, parents, "values", deleted, '
    "author_user_id, author_device_id, author_office_id, hlc, created_at) "
    'SELECT rowid, id, record_table, record_id, parents, "values", deleted, author_user_id, '
    "author_device_id, author_office_id, hlc, created_at FROM revisions "
    "WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
)
_DELETE = "DELETE FROM revisions WHERE rowid BETWEEN ? AND ?"
#: Revisions moved per pair of statements.  The vault deletes securely (its pages zeroed), and each
#: statement keeps the pages it changes in memory until it ends: moved in one piece, a 100,000-case
#: vault's revisions took 3.6 GB of memory and left the file 2.5 GB larger.  In pieces, memory stays
#: at the page cache and the pages freed are filled again by the next piece.
_ROWS_PER_STEP = 20_000


def upgrade() -> None:
    _rebuild(
        ("record_id", "id"),
        dropped=("ix_revisions_record", "ix_revisions_hlc"),
        made={"ix_revisions_hlc": ["hlc"]},
    )


def downgrade() -> None:
    _rebuild(
        ("id",),
        dropped=("ix_revisions_hlc",),
        made={"ix_revisions_hlc": ["hlc"], "ix_revisions_record": ["record_id", "hlc"]},
    )


def _rebuild(key: tuple[str, ...], *, dropped: tuple[str, ...], made: dict[str, list[str]]) -> None:
    """The revisions copied, rowids and all, into a table with primary key ``key``."""
    connection = op.get_bind()
    op.create_table(
        "revisions_new",
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
        sa.PrimaryKeyConstraint(*key, name=op.f("pk_revisions")),
    )
    low, high = connection.exec_driver_sql("SELECT min(rowid), max(rowid) FROM revisions").one()
    starts = range(low or 0, (high or -1) + 1, _ROWS_PER_STEP)
    progress = context.config.attributes.get("progress")  # app.db.migrate's, if any
    for done, start in enumerate(starts, 1):
        span = (start, start + _ROWS_PER_STEP - 1)
        connection.exec_driver_sql(_COPY, span)
        connection.exec_driver_sql(_DELETE, span)
        if progress is not None:
            progress(done, len(starts), "migrating")
    for index in dropped:
        op.drop_index(index, table_name="revisions")
    op.drop_table("revisions")
    op.rename_table("revisions_new", "revisions")
    for index, columns in made.items():
        op.create_index(index, "revisions", columns, unique=False)
