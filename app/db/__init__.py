# SPDX-License-Identifier: GPL-3.0-or-later
"""The encrypted store: SQLCipher engine, SQLAlchemy models, revisions, audit log and migrations."""
