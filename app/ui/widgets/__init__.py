# SPDX-License-Identifier: GPL-3.0-or-later
"""Small widgets shared by several screens: partial dates, plain-text labels, bidi-aware fields, bars."""
