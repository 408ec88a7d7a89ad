# SPDX-License-Identifier: GPL-3.0-or-later
"""Security and reliability tests of the vault (catalogue rows T02-T08, T29, T42-T48, T52)."""
