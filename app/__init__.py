# SPDX-License-Identifier: GPL-3.0-or-later
"""Pana: offline-first intake and case documentation for refugees from Xinjiang."""

__version__ = "0.1.0"
