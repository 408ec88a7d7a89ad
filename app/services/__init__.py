# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases: each public method is one transaction and returns frozen records, never ORM rows."""
