# SPDX-License-Identifier: GPL-3.0-or-later
"""The pieces ``pana show`` writes a case with: escaped values, ``label: value`` lines, indents.

Control characters in the data are shown escaped (``\\x1b``), so stored text can never
drive the terminal; line breaks of long text are kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from app.domain.date_words import in_words
from app.domain.dates import PartialDate
from app.services.case_export import value

INDENT = "  "
Fact = tuple[str, object]


def _escape(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def safe(text: str, *, multiline: bool = False) -> str:
    """``text`` with control characters escaped; line breaks kept only when ``multiline``."""
    keep = "\n\t" if multiline else ""
    return "".join(_escape(ch) if unicodedata.category(ch) == "Cc" and ch not in keep else ch for ch in text)


def shown(fact: object) -> str:
    """One value as text: a date in words, yes/no, a list comma-separated, codes as codes."""
    if isinstance(fact, PartialDate):
        return in_words(fact)
    if isinstance(fact, bool):
        return "yes" if fact else "no"
    if isinstance(fact, tuple):
        return ", ".join(shown(item) for item in fact)
    return safe(str(value(fact)))


def present(fact: object) -> bool:
    if isinstance(fact, PartialDate):
        return fact.is_known
    return fact is not None and fact != "" and fact != ()


def on(date: PartialDate) -> str:
    """``" of 12 April 2021"``, or nothing when the date is unknown."""
    return f" of {in_words(date)}" if date.is_known else ""


class Writer:
    """Collects the lines of the text."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def heading(self, title: str, count: int | None = None) -> None:
        if self.lines:
            self.lines.append("")
        self.lines.append(title if count is None else f"{title} ({count})")

    def line(self, depth: int, text: str) -> None:
        self.lines.append(INDENT * depth + text)

    def facts(self, depth: int, facts: Iterable[Fact]) -> None:
        """``label: value`` for each fact that has a value; long text on its own indented lines."""
        for label, fact in facts:
            if not present(fact):
                continue
            if isinstance(fact, str) and "\n" in fact:
                self.line(depth, f"{label}:")
                self.text(depth + 1, fact)
            else:
                self.line(depth, f"{label}: {shown(fact)}")

    def text(self, depth: int, text: str) -> None:
        for part in safe(text, multiline=True).split("\n"):
            self.line(depth, part)
