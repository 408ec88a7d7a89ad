# SPDX-License-Identifier: GPL-3.0-or-later
"""Revisions written before data model v2 read in v2 shape (issue #8).

A revision is never rewritten: its id is the hash of its values, and other offices hold the
same bytes.  Migration 0002 moved the rows to v2; whoever turns a revision's values into a
record or shows them passes them through ``upcast`` first, which makes v1 values look as
0002 made the rows: a pressure report's ``kind`` becomes ``kinds = [kind]``, its
``relative_id`` becomes ``target_ids``, its reliability moves to the A-F scale, a relative
loses ``status`` (it lives in ``relative_statuses`` now), a petition's ``filed_at`` becomes
``filed_on`` (0003), and a column a revision lacks
takes its column default.  Values already in v2 shape come back unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from app.db.mapping import column_defaults, json_value
from app.db.models import SYNCED_MODELS
from app.domain.vocab import V1_RELIABILITY


def _pressure_report(values: dict[str, object]) -> None:
    if "kind" in values:
        kind = values.pop("kind")
        values.setdefault("kinds", [kind] if kind else [])
    if "relative_id" in values:
        relative_id = values.pop("relative_id")
        values.setdefault("target_ids", [relative_id] if relative_id else [])
    reliability = values.get("reliability")
    if isinstance(reliability, str) and reliability in V1_RELIABILITY:
        values["reliability"] = V1_RELIABILITY[reliability]


def _relative(values: dict[str, object]) -> None:
    values.pop("status", None)


def _petition(values: dict[str, object]) -> None:
    filed_at = values.pop("filed_at", None)
    if isinstance(filed_at, str) and filed_at:
        values.setdefault("filed_on", filed_at[:10])


_REWRITES: dict[str, Callable[[dict[str, object]], None]] = {
    "pressure_reports": _pressure_report,
    "relatives": _relative,
    "petitions": _petition,
}


def _default(default: object) -> object:
    """A column default as a revision would hold it; a clock reading is no value an old revision had."""
    value = default(None) if callable(default) else default
    return None if isinstance(value, dt.datetime) else json_value(value)


def upcast(table: str, values: Mapping[str, object]) -> dict[str, object]:
    """A revision's values of ``table`` in today's shape (a table this code does not know: as stored)."""
    found = dict(values)
    model = SYNCED_MODELS.get(table)
    if model is None:
        return found
    rewrite = _REWRITES.get(table)
    if rewrite is not None:
        rewrite(found)
    for name, default in column_defaults(model).items():
        if name not in found:
            found[name] = _default(default)
    return found
