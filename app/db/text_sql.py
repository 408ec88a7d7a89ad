# SPDX-License-Identifier: GPL-3.0-or-later
"""Comparing text in SQL the way people type it.

* Letter case in every script: SQLite's own ``lower()`` folds only A–Z, so a Cyrillic case
  reference ("ТЛГ-2026-001") never equalled its lower-case twin there.  ``pana_fold(text)`` is
  ``str.casefold``, registered on every connection by the engine.  It cannot use an index, so
  ``folded`` and ``folded_startswith`` call it only when the text compared has letters
  beyond ASCII; otherwise SQLite's ``lower()`` does the same job at C speed.
* Document numbers: ``document_key`` in Python and ``document_key_sql`` in SQL are the same key
  (A–Z folded as SQLite's ``lower()`` does, spaces, dashes, slashes and dots left out); the vault
  has an index on exactly that expression (migration 0008).
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import ColumnElement, String, func

from app.domain.case_caches import forgotten_on_lock

#: Left out of a document number when it is compared ("E 123-456" is "e123456").
IGNORED_IN_NUMBERS = (" ", "-", "/", ".")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@forgotten_on_lock
@functools.lru_cache(maxsize=8192)
def fold_text(text: object) -> str | None:
    return text.casefold() if isinstance(text, str) else None


def register(dbapi_connection: Any) -> None:
    """Make ``pana_fold`` available on one DB-API (sqlite3 / sqlcipher3) connection."""
    dbapi_connection.create_function("pana_fold", 1, fold_text, deterministic=True)


def folded(column: Any, *, ascii: bool) -> ColumnElement[str]:
    """``column`` with its letter case folded, to compare with ``fold_key`` of a text that is all
    ASCII (``ascii``: SQLite's ``lower()``) or not (``pana_fold``)."""
    return func.lower(column, type_=String) if ascii else func.pana_fold(column, type_=String)


def fold_key(text: str) -> str:
    return text.lower() if text.isascii() else text.casefold()


def folded_startswith(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` starts with ``text``, letter case aside, in any script."""
    return folded(column, ascii=text.isascii()).startswith(fold_key(text), autoescape=True)


def document_key(number: str) -> str:
    """A document number as compared: A–Z in lower case, no spaces, dashes, slashes or dots."""
    for mark in IGNORED_IN_NUMBERS:
        number = number.replace(mark, "")
    return number.translate(_ASCII_LOWER)


def document_key_sql(column: Any) -> ColumnElement[str]:
    """``document_key`` of a column, written exactly as the index of migration 0008."""
    expression: ColumnElement[str] = func.lower(column, type_=String)
    for mark in IGNORED_IN_NUMBERS:
        expression = func.replace(expression, mark, "", type_=String)
    return expression
