# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list's opened-date and deadline orders page by key too (issue #13): the listing row stores
the text each order compares, indexed with the case id, instead of SQL computing it for every case
at every page (0.2-0.45 s a page at 100,000 cases).

The table is copied once, the two keys computed on the way by the SQL functions the engine registers
on every connection, the migration's own included (``app.db.dates_sql``: the very functions the list
ordered by until now, so no case moves).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_case_listing_next_deadline": ["next_deadline"],
    "ix_case_listing_updated_case": ["updated_at", "case_id"],
    "ix_case_listing_name_case": ["sort_name", "case_id"],
    "ix_case_listing_opened_case": ["opened_order", "case_id"],
    "ix_case_listing_deadline_case": ["deadline_order", "case_id"],
}


def upgrade() -> None:
    op.create_table(
        "case_listing_new",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("subject_name", sa.String(length=300), nullable=False),
        sa.Column("sort_name", sa.String(length=600), nullable=False),
        sa.Column("next_deadline", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("opened_order", sa.String(length=21), nullable=False),
        sa.Column("deadline_order", sa.String(length=21), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_listing_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_listing")),
    )
    op.execute(
        "INSERT INTO case_listing_new (case_id, subject_name, sort_name, next_deadline, updated_at, "
        "opened_order, deadline_order) "
        "SELECT l.case_id, l.subject_name, l.sort_name, l.next_deadline, l.updated_at, "
        "pana_date_order(c.opened_on), pana_deadline_order(l.next_deadline) "
        "FROM case_listing AS l LEFT JOIN cases AS c ON c.id = l.case_id ORDER BY l.case_id"
    )
    for name in list(_INDEXES)[:3]:
        op.drop_index(name, table_name="case_listing")
    op.drop_table("case_listing")
    op.rename_table("case_listing_new", "case_listing")
    for name, columns in _INDEXES.items():
        op.create_index(name, "case_listing", columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_listing", schema=None) as batch:
        batch.drop_index("ix_case_listing_deadline_case")
        batch.drop_index("ix_case_listing_opened_case")
        batch.drop_column("deadline_order")
        batch.drop_column("opened_order")
