# SPDX-License-Identifier: GPL-3.0-or-later
"""The case editor: one case file in tabs (identity, interviews, legal, relatives, files, history)."""

from app.ui.case_editor.editor import CaseEditor

__all__ = ["CaseEditor"]
