# SPDX-License-Identifier: GPL-3.0-or-later
"""Typed errors of petition templates: a mistake in a file (with its line), blanks, no such template."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.errors import NotFoundError, PanaError


class TemplateError(PanaError):
    """A template file that cannot be used: ``file`` and ``line`` (1-based; None: the whole file) say where.

    The message names the mistake, never case data.
    """

    code = "petition-template"

    def __init__(self, file: str, line: int | None, message: str) -> None:
        where = file if line is None else f"{file}:{line}"
        super().__init__(f"{where}: {message}")
        self.file = file
        self.line = line
        self.reason = message


class BlankFieldsError(PanaError):
    """A strict fill with empty fields: ``fields`` are their names, ``labels`` what the form shows."""

    code = "petition-blank-fields"

    def __init__(self, file: str, fields: Sequence[str], labels: Sequence[str]) -> None:
        super().__init__(f"{file}: fill in before printing: {', '.join(labels)}")
        self.file = file
        self.fields = tuple(fields)
        self.labels = tuple(labels)


class TemplateNotFoundError(NotFoundError):
    code = "petition-template-not-found"
    default_message = (
        "There is no petition template of this kind in this language; 'pana petition --list' lists them."
    )
