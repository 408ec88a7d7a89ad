# SPDX-License-Identifier: GPL-3.0-or-later
"""Wording several shipped templates share, written once per language: a number with its "№"
(``numbered``, the templates' ``no``).

A template cannot include another (the sandbox has no loader), so what more than one petition
says the same way is said here and handed to templates by ``app.petitions.context``.  Any
language but Russian and Kazakh gets English.
"""

from __future__ import annotations

#: The mark before a reference number, and the starts that show a number already has one.
_NUMBER_MARKS = {"ru": ("№ ", ("№",)), "kk": ("№ ", ("№",)), "en": ("No. ", ("№", "No."))}


def numbered(number: object, language: str) -> str:
    """A reference number as a sentence names it: "№ 17-3" for "17-3"; as written when it has its
    mark already or is more than a number ("вх. 55", "№ 17-3/2022")."""
    text = str(number)
    mark, marked = _NUMBER_MARKS.get(language, _NUMBER_MARKS["en"])
    return text if text.startswith(marked) or " " in text else mark + text
