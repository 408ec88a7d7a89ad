# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list pages by key (issue #13): its orders by last change, name, reference and status get
the case id as a unique tie-break inside their index, so a page starts where the last one ended
without an OFFSET scan or a sort.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_listing", schema=None) as batch:
        batch.drop_index(batch.f("ix_case_listing_updated_at"))
        batch.drop_index(batch.f("ix_case_listing_sort_name"))
        batch.create_index("ix_case_listing_updated_case", ["updated_at", "case_id"], unique=False)
        batch.create_index("ix_case_listing_name_case", ["sort_name", "case_id"], unique=False)
    with op.batch_alter_table("cases", schema=None) as batch:
        batch.drop_index(batch.f("ix_cases_reference"))
        batch.drop_index(batch.f("ix_cases_status"))
        batch.create_index("ix_cases_reference_id", ["reference", "id"], unique=False)
        batch.create_index("ix_cases_status_id", ["status", "id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("a vault is not turned back; restore the pre-upgrade backup instead")
