# SPDX-License-Identifier: GPL-3.0-or-later
"""Pure domain layer: records, vocabularies, partial dates and typed errors (no Qt, no SQL)."""
