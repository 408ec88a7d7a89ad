# SPDX-License-Identifier: GPL-3.0-or-later
"""Alembic environment: runs on the application's own keyed connection (never builds one itself)."""

from __future__ import annotations

from alembic import context

import app.db.models  # noqa: F401  (registers the tables)
from app.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    # An encrypted vault cannot be opened from a URL in alembic.ini: the key comes from the key slots.
    raise SystemExit("Run migrations through 'pana' (app.db.migrate), which supplies the keyed connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
