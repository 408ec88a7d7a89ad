# SPDX-License-Identifier: GPL-3.0-or-later
"""The PySide6 desktop interface; the only package that imports Qt, and it talks only to services."""
