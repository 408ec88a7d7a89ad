# SPDX-License-Identifier: GPL-3.0-or-later
"""Pressure reports and detentions counted across all cases (``app.domain.patterns`` says what a count means).

Every count is one SQL aggregation (GROUP BY) in one read transaction, whatever the number
of records: the JSON lists ``pressure_reports.kinds`` and ``target_ids`` are opened with
``json_each``, and a record that fans out to several bars is counted with
``count(DISTINCT id)`` so it counts once per bar.  Months are grouped by the stored date
text, then the few distinct texts are folded into months in Python (``month_of``); the
period filter compares the first and last day a date can mean (``app.db.dates_sql``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import BindParameter

from app.db.dates_sql import month_text
from app.domain.errors import ValidationError
from app.domain.patterns import (
    DIMENSIONS,
    PERSON,
    UNKNOWN,
    Bar,
    Breakdown,
    CaseBehind,
    Dimension,
    PatternFilter,
    Patterns,
    Subject,
    reliability_at_least,
)
from app.services.session import UnlockedVault

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class _Table:
    """How one subject is read: its table, its date column and the joins and key of each dimension."""

    source: str  # FROM ... with the case joined as ``c``
    record: str  # the record's id column
    date: str  # the date column the period and month read
    dimensions: dict[Dimension, tuple[str, str]]  # dimension -> (extra joins, key expression)


_TARGETS = " LEFT JOIN json_each(x.target_ids) t LEFT JOIN relatives r ON r.id = t.value"
_TABLES = {
    Subject.PRESSURE: _Table(
        "pressure_reports x JOIN cases c ON c.id = x.case_id",
        "x.id",
        "x.occurred_on",
        {
            Dimension.KIND: (" LEFT JOIN json_each(x.kinds) k", "coalesce(k.value, '')"),
            Dimension.ACTOR: ("", "x.actor"),
            Dimension.COUNTY: (_TARGETS, "coalesce(trim(r.county), '')"),
            Dimension.RELATIONSHIP: (_TARGETS, "coalesce(r.relationship, '')"),
            Dimension.MONTH: ("", "pana_month(x.occurred_on)"),
        },
    ),
    Subject.DETENTION: _Table(
        "detentions x JOIN cases c ON c.id = x.case_id LEFT JOIN relatives r ON r.id = x.relative_id",
        "x.id",
        "x.started_on",
        {
            Dimension.RELATIONSHIP: (
                "",
                f"CASE WHEN x.relative_id IS NULL THEN '{PERSON}' ELSE coalesce(r.relationship, '') END",
            ),
            Dimension.COUNTY: ("", "coalesce(trim(r.county), '')"),
            Dimension.MONTH: ("", "pana_month(x.started_on)"),
        },
    ),
}


class PatternService:
    """Counts behind the patterns screen and the analysts' report.  Read-only; any thread."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def patterns(self, pattern_filter: PatternFilter, *, progress: Progress | None = None) -> Patterns:
        """Totals and every breakdown of ``DIMENSIONS`` for ``pattern_filter``: one read transaction.

        ``progress(done, total, "patterns")`` is called between queries and may raise Cancelled.
        """
        tell = progress or (lambda done, total, message: None)
        steps = [(subject, dimension) for subject, dims in DIMENSIONS.items() for dimension in dims]
        breakdowns: list[Breakdown] = []
        with self._vault.db.transaction(readonly=True) as session:
            connection = session.connection()
            tell(0, len(steps) + 1, "patterns")
            totals = {subject: _total(connection, subject, pattern_filter) for subject in _TABLES}
            cases = _cases(connection, pattern_filter)
            for done, (subject, dimension) in enumerate(steps, 1):
                tell(done, len(steps) + 1, "patterns")
                counts = _counts(connection, subject, dimension, pattern_filter)
                breakdowns.append(Breakdown(subject, dimension, _bars(dimension, counts), totals[subject]))
        tell(len(steps) + 1, len(steps) + 1, "patterns")
        return Patterns(
            pattern_filter, totals[Subject.PRESSURE], totals[Subject.DETENTION], cases, tuple(breakdowns)
        )

    def cases_behind(
        self, subject: str, dimension: str, key: str, pattern_filter: PatternFilter
    ) -> tuple[CaseBehind, ...]:
        """The cases whose records ``pattern_filter`` keeps and the bar ``key`` of ``dimension`` counts,
        most records first, then by reference.  ValidationError (kind ``pattern-dimension``) when the
        subject is not counted by that dimension."""
        table, joins, key_sql = _dimension(subject, dimension)
        where, params = _where(Subject(subject), pattern_filter)
        query = _select(
            f"c.id, c.reference, coalesce(cl.subject_name, ''), coalesce(o.name, ''),"
            f" count(DISTINCT {table.record}) AS n",
            f"{table.source}{joins} LEFT JOIN case_listing cl ON cl.case_id = c.id"
            " LEFT JOIN offices o ON o.id = c.office_id",
            f"{where} AND {key_sql} = :bar_key GROUP BY c.id ORDER BY n DESC, c.reference, c.id",
        )
        with self._vault.db.transaction(readonly=True) as session:
            rows = _run(session.connection(), query, {**params, "bar_key": key})
        return tuple(CaseBehind(*row) for row in rows)


def _dimension(subject: str, dimension: str) -> tuple[_Table, str, str]:
    try:
        table = _TABLES[Subject(subject)]
        joins, key_sql = table.dimensions[Dimension(dimension)]
    except (ValueError, KeyError):
        raise ValidationError("dimension", "not a dimension of this subject", "pattern-dimension") from None
    return table, joins, key_sql


def _where(subject: Subject, pattern_filter: PatternFilter) -> tuple[str, dict[str, Any]]:
    """The WHERE clause of ``subject``'s records under ``pattern_filter``, and its parameters."""
    table = _TABLES[subject]
    clauses: list[str] = ["1"]
    params: dict[str, Any] = {}
    if pattern_filter.office_ids:
        clauses.append("c.office_id IN :offices")
        params["offices"] = list(pattern_filter.office_ids)
    if pattern_filter.date_from is not None:
        clauses.append(f"pana_last_day({table.date}) >= :date_from")
        params["date_from"] = pattern_filter.date_from.isoformat()
    if pattern_filter.date_to is not None:
        clauses.append(f"pana_first_day({table.date}) <= :date_to")
        params["date_to"] = pattern_filter.date_to.isoformat()
    if subject is Subject.PRESSURE:
        if pattern_filter.kinds:
            clauses.append("EXISTS (SELECT 1 FROM json_each(x.kinds) f WHERE f.value IN :kinds)")
            params["kinds"] = list(pattern_filter.kinds)
        if pattern_filter.min_reliability is not None:
            clauses.append("x.reliability IN :reliabilities")
            params["reliabilities"] = list(reliability_at_least(pattern_filter.min_reliability))
    return " AND ".join(clauses), params


def _select(columns: str, source: str, where: str) -> str:
    """A query made of this module's constant fragments; every value is a bound parameter."""
    return f"SELECT {columns} FROM {source} WHERE {where}"  # noqa: S608 (constant fragments only)


def _run(connection: Connection, query: str, params: dict[str, Any]) -> list[Any]:
    statement = text(query)
    lists: list[BindParameter[Any]] = [
        bindparam(name, expanding=True) for name, value in params.items() if isinstance(value, list)
    ]
    if lists:
        statement = statement.bindparams(*lists)
    return list(connection.execute(statement, params))


def _total(connection: Connection, subject: Subject, pattern_filter: PatternFilter) -> int:
    table = _TABLES[subject]
    where, params = _where(subject, pattern_filter)
    return int(_run(connection, _select("count(*)", table.source, where), params)[0][0])


def _cases(connection: Connection, pattern_filter: PatternFilter) -> int:
    parts: list[str] = []
    params: dict[str, Any] = {}
    for subject, table in _TABLES.items():
        where, own = _where(subject, pattern_filter)
        parts.append(_select("c.id", table.source, where))
        params.update(own)  # both subjects name the same parameters alike
    return int(_run(connection, _select("count(*)", f"({' UNION '.join(parts)})", "1"), params)[0][0])


def _counts(
    connection: Connection, subject: Subject, dimension: Dimension, pattern_filter: PatternFilter
) -> dict[str, int]:
    table = _TABLES[subject]
    where, params = _where(subject, pattern_filter)
    if dimension is Dimension.MONTH:
        # Group by the stored text (one row per distinct date), then fold the texts into months.
        rows = _run(
            connection, _select(f"{table.date}, count(*)", table.source, f"{where} GROUP BY 1"), params
        )
        months: dict[str, int] = defaultdict(int)
        for date_text, count in rows:
            months[month_text(date_text)] += count
        return dict(months)
    joins, key_sql = table.dimensions[dimension]
    counted = f"count(DISTINCT {table.record})" if joins else "count(*)"
    query = _select(f"{key_sql}, {counted}", f"{table.source}{joins}", f"{where} GROUP BY 1")
    return {key: count for key, count in _run(connection, query, params)}


def _bars(dimension: Dimension, counts: dict[str, int]) -> tuple[Bar, ...]:
    """Bars in display order: months in time order, others by count; the unknown bar last."""
    known: Iterable[tuple[str, int]] = ((k, n) for k, n in counts.items() if k != UNKNOWN and n)
    if dimension is Dimension.MONTH:
        ordered = sorted(known)
    else:
        ordered = sorted(known, key=lambda item: (-item[1], item[0]))
    bars = [Bar(key, key, count) for key, count in ordered]
    if counts.get(UNKNOWN):
        bars.append(Bar(UNKNOWN, UNKNOWN, counts[UNKNOWN]))
    return tuple(bars)
