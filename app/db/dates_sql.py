# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates inside SQL: the one order and deadline day, computed by ``PartialDate`` itself.

Columns of ``PartialDateType`` hold canonical text ("2023-10", "1990~", "[2017..2019]"),
whose string order is NOT chronological ("2019-10" < "2019-10-01", "" first, "2021~"
after "2021-12").  So SQL never compares or orders that text: it calls these
functions, registered on every connection by the engine, which read the text with
``PartialDate.parse`` (one definition, no SQL copy of the grammar to drift):

* ``pana_date_order(text)``: a text whose order is ``PartialDate.sort_key``
  (earliest day, latest day; unknown last);
* ``pana_deadline_order(text)``: a text whose order is ``deadline_key`` (the day the
  deadline runs to, then its start; unknown last);
* ``pana_last_day(text)``: ``YYYY-MM-DD`` of the last day the date can mean (what
  ``days_left`` counts to), NULL when unknown;
* ``pana_first_day(text)``: ``YYYY-MM-DD`` of the first day it can mean, NULL when unknown;
* ``pana_month(text)``: the ``YYYY-MM`` month the date surely falls in, ``''`` when it
  has none (``app.domain.patterns.month_of``).

They are deterministic, cached per distinct text (emptied when the vault locks), and never
raise (unreadable text counts as unknown).  They cannot use an index: ordering 100,000 cases by one of them
took 0.2-0.45 s per page of the case list.  So the case list stores the two order
texts in ``case_listing`` (``opened_order``, ``deadline_order``, written by
``refresh_listings`` with the Python functions below, filled by migration 0011 with
the SQL ones) and walks their indexes; per-case timelines are ordered in Python
(``chronology``).
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import String, func
from sqlalchemy.sql.elements import ColumnElement

from app.domain.case_caches import forgotten_on_lock
from app.domain.dates import PartialDate, deadline_key, key_text
from app.domain.errors import ValidationError
from app.domain.patterns import month_of


@forgotten_on_lock
@functools.lru_cache(maxsize=8192)
def cached_date(text: object) -> PartialDate:
    """The PartialDate of a column's text, cached (dates repeat across rows); unreadable text is unknown."""
    try:
        return PartialDate.parse(text if isinstance(text, str) else None)
    except ValidationError:
        return PartialDate()


@forgotten_on_lock
@functools.lru_cache(maxsize=8192)
def date_order_text(text: object) -> str:
    """The SQL-side sort text of ``PartialDate.sort_key``."""
    return key_text(cached_date(text).sort_key())


@forgotten_on_lock
@functools.lru_cache(maxsize=8192)
def deadline_order_text(text: object) -> str:
    """The SQL-side sort text of ``deadline_key``."""
    return key_text(deadline_key(cached_date(text)))


@forgotten_on_lock
@functools.lru_cache(maxsize=8192)
def last_day_text(text: object) -> str | None:
    last = cached_date(text).latest()
    return None if last is None else last.isoformat()


@forgotten_on_lock
@functools.lru_cache(maxsize=8192)
def first_day_text(text: object) -> str | None:
    first = cached_date(text).earliest()
    return None if first is None else first.isoformat()


@forgotten_on_lock
@functools.lru_cache(maxsize=8192)
def month_text(text: object) -> str:
    return month_of(cached_date(text))


FUNCTIONS = {
    "pana_date_order": date_order_text,
    "pana_deadline_order": deadline_order_text,
    "pana_last_day": last_day_text,
    "pana_first_day": first_day_text,
    "pana_month": month_text,
}


def register(dbapi_connection: Any) -> None:
    """Make the functions available on one DB-API (sqlite3 / sqlcipher3) connection."""
    for name, function in FUNCTIONS.items():
        dbapi_connection.create_function(name, 1, function, deterministic=True)


def last_day(column: Any) -> ColumnElement[str]:
    """The last day a PartialDate column can mean, as ``YYYY-MM-DD`` (NULL when unknown)."""
    return func.pana_last_day(column, type_=String)
