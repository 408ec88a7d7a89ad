# SPDX-License-Identifier: GPL-3.0-or-later
"""Petitions: templates filled from a case, and the PDF they print as (no Qt, no database)."""
