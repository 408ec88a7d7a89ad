# SPDX-License-Identifier: GPL-3.0-or-later
"""Reports across cases: pattern charts and the analysts' exports (CSV, XLSX, PDF), anonymised on
request (no Qt, no database: services read the rows, this package shapes and writes them)."""
