# SPDX-License-Identifier: GPL-3.0-or-later
"""An index on identity document numbers as the search box compares them (issue #13: the search
read every document of the vault on each query): lower case, without spaces, dashes, slashes and
dots.  An index on an expression is used only for exactly that expression:
``app.db.text_sql.document_key_sql`` builds it for the query, and a test checks the plan.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_identity_documents_number_key ON identity_documents "
        "(replace(replace(replace(replace(lower(number), ' ', ''), '-', ''), '/', ''), '.', ''))"
    )


def downgrade() -> None:
    raise NotImplementedError("a vault is not turned back; restore the pre-upgrade backup instead")
