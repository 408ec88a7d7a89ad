# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless command line, driven in subprocesses."""
