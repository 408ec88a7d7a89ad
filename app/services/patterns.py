# SPDX-License-Identifier: GPL-3.0-or-later
"""Pressure reports and detentions counted across all cases (``app.domain.patterns`` says what a count means).

SQL aggregation in one read transaction, whatever the number of records: per subject ONE
statement whose ``base`` CTE holds the records the filter keeps (so the filter, with its
partial-date functions, runs once) and whose arms, joined by UNION ALL, GROUP BY each
dimension.  The JSON lists ``pressure_reports.kinds`` and ``target_ids`` are opened with
``json_each``; a record that fans out to several bars is counted with ``count(DISTINCT
rowid)``, so it counts once per bar.  Months are grouped by the stored date text, then the
few distinct texts are folded into months in Python (``month_of``); the period filter compares
the first and last day a date can mean (``app.db.dates_sql``).

No index helps here: every count reads every kept record, and the time goes to the GROUP BY
sorts and ``json_each``, not to finding rows (bench/patterns.py: ~0.9 s for 100,000 reports
with no filter, beside ~1.1 s for the same counts hand-written as separate GROUP BYs).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
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
from app.domain.progress import Progress
from app.services.session import UnlockedVault


@dataclass(frozen=True, slots=True)
class _Table:
    """How one subject is read: the ``base`` CTE of its filtered records (``rid``, ``case_id``, ``day``
    and what its dimensions need), further CTEs over it, and per dimension the rows counted
    (over the CTEs, one row per record and key) and the key expression."""

    columns: str  # of the base CTE
    source: str  # FROM of the base CTE: the subject's table as ``x``
    date: str  # the date column the period filter reads
    ctes: str  # more CTEs after ``base`` (materialized only when a query names them)
    dimensions: dict[Dimension, tuple[str, str]]  # dimension -> (FROM over the CTEs as b, key)
    #: Dimensions whose rows may repeat a record (a JSON list opened): counted as distinct records.
    fan_out: frozenset[Dimension] = frozenset()


_TABLES = {
    Subject.PRESSURE: _Table(
        "x.rowid AS rid, x.case_id, x.kinds, x.target_ids, x.actor, x.occurred_on AS day",
        "pressure_reports x",
        "x.occurred_on",
        ", targets AS MATERIALIZED (SELECT b.rid, b.case_id, coalesce(trim(r.county), '') AS county,"
        " coalesce(r.relationship, '') AS relationship FROM base b"
        " LEFT JOIN json_each(b.target_ids) t LEFT JOIN relatives r ON r.id = t.value)",
        {
            Dimension.KIND: ("base b LEFT JOIN json_each(b.kinds) k", "coalesce(k.value, '')"),
            Dimension.ACTOR: ("base b", "b.actor"),
            Dimension.COUNTY: ("targets b", "b.county"),
            Dimension.RELATIONSHIP: ("targets b", "b.relationship"),
            Dimension.MONTH: ("base b", "pana_month(b.day)"),
        },
        frozenset({Dimension.KIND, Dimension.COUNTY, Dimension.RELATIONSHIP}),
    ),
    Subject.DETENTION: _Table(
        "x.rowid AS rid, x.case_id, x.started_on AS day, coalesce(trim(r.county), '') AS county,"
        f" CASE WHEN x.relative_id IS NULL THEN '{PERSON}' ELSE coalesce(r.relationship, '') END"
        " AS relationship",
        "detentions x LEFT JOIN relatives r ON r.id = x.relative_id",
        "x.started_on",
        "",
        {
            Dimension.RELATIONSHIP: ("base b", "b.relationship"),
            Dimension.COUNTY: ("base b", "b.county"),
            Dimension.MONTH: ("base b", "pana_month(b.day)"),
        },
    ),
}


class PatternService:
    """Counts behind the patterns screen and the analysts' report.  Read-only; any thread."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def patterns(self, pattern_filter: PatternFilter, *, progress: Progress | None = None) -> Patterns:
        """Totals and every breakdown of ``DIMENSIONS`` for ``pattern_filter``: one read transaction,
        one statement per subject (its filter evaluated once) and one for the cases.

        ``progress(done, 3, "patterns")`` is called between statements and may raise Cancelled.
        """
        tell = progress or (lambda done, total, message: None)
        breakdowns: list[Breakdown] = []
        totals: dict[Subject, int] = {}
        with self._vault.db.transaction(readonly=True) as session:
            connection = session.connection()
            for done, subject in enumerate(DIMENSIONS):
                tell(done, len(DIMENSIONS) + 1, "patterns")
                totals[subject], counts = _aggregate(connection, subject, pattern_filter)
                breakdowns += [
                    Breakdown(subject, dimension, _bars(dimension, counts[dimension]), totals[subject])
                    for dimension in DIMENSIONS[subject]
                ]
            tell(len(DIMENSIONS), len(DIMENSIONS) + 1, "patterns")
            cases = _cases(connection, pattern_filter)
        tell(len(DIMENSIONS) + 1, len(DIMENSIONS) + 1, "patterns")
        return Patterns(
            pattern_filter, totals[Subject.PRESSURE], totals[Subject.DETENTION], cases, tuple(breakdowns)
        )

    def cases_behind(
        self, subject: str, dimension: str, key: str, pattern_filter: PatternFilter
    ) -> tuple[CaseBehind, ...]:
        """The cases whose records ``pattern_filter`` keeps and the bar ``key`` of ``dimension`` counts,
        most records first, then by reference.  ValidationError (kind ``pattern-dimension``) when the
        subject is not counted by that dimension."""
        try:
            table = _TABLES[Subject(subject)]
            rows, key_sql = table.dimensions[Dimension(dimension)]
        except (ValueError, KeyError):
            raise ValidationError(
                "dimension", "not a dimension of this subject", "pattern-dimension"
            ) from None
        with_, params = _with(Subject(subject), pattern_filter)
        query = _select(
            "c.id, c.reference, coalesce(cl.subject_name, ''), coalesce(o.name, ''), n",
            "("
            + _select(
                "b.case_id, count(DISTINCT b.rid) AS n", rows, f"{key_sql} = :bar_key GROUP BY b.case_id"
            )
            + ") behind JOIN cases c ON c.id = behind.case_id"
            " LEFT JOIN case_listing cl ON cl.case_id = c.id LEFT JOIN offices o ON o.id = c.office_id",
            "1 ORDER BY n DESC, c.reference, c.id",
        )
        with self._vault.db.transaction(readonly=True) as session:
            found = _run(session.connection(), with_ + query, {**params, "bar_key": key})
        return tuple(CaseBehind(*row) for row in found)


def _where(subject: Subject, pattern_filter: PatternFilter) -> tuple[str, dict[str, Any]]:
    """The WHERE clause of ``subject``'s records (as ``x``) under ``pattern_filter``, and its parameters."""
    table = _TABLES[subject]
    clauses: list[str] = ["1"]
    params: dict[str, Any] = {}
    if pattern_filter.office_ids:
        clauses.append("x.case_id IN (SELECT id FROM cases WHERE office_id IN :offices)")
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


def _with(subject: Subject, pattern_filter: PatternFilter) -> tuple[str, dict[str, Any]]:
    """``WITH base AS MATERIALIZED (the filtered records)`` and the subject's other CTEs: the filter
    (with its partial-date functions) runs once per statement, whatever is counted over it."""
    table = _TABLES[subject]
    where, params = _where(subject, pattern_filter)
    return f"WITH base AS MATERIALIZED ({_select(table.columns, table.source, where)}){table.ctes} ", params


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


def _aggregate(
    connection: Connection, subject: Subject, pattern_filter: PatternFilter
) -> tuple[int, dict[Dimension, dict[str, int]]]:
    """The subject's total and the counts of each of its dimensions, in one statement."""
    table = _TABLES[subject]
    arms = ["SELECT '', '', count(*) FROM base"]
    for dimension in DIMENSIONS[subject]:
        rows, key_sql = table.dimensions[dimension]
        if dimension is Dimension.MONTH:
            key_sql = "b.day"  # grouped by the stored text, folded into months below
        counted = "count(DISTINCT b.rid)" if dimension in table.fan_out else "count(*)"
        arms.append(_select(f"'{dimension.value}', {key_sql}, {counted}", rows, "1 GROUP BY 2"))
    with_, params = _with(subject, pattern_filter)
    total = 0
    counts: dict[Dimension, dict[str, int]] = {d: defaultdict(int) for d in DIMENSIONS[subject]}
    for dimension, key, count in _run(connection, with_ + " UNION ALL ".join(arms), params):
        if not dimension:
            total = count
        elif dimension == Dimension.MONTH:
            counts[Dimension.MONTH][month_text(key)] += count
        else:
            counts[Dimension(dimension)][key] = count
    return total, counts


def _cases(connection: Connection, pattern_filter: PatternFilter) -> int:
    """Distinct cases with a counted report or detention."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    for subject, table in _TABLES.items():
        where, own = _where(subject, pattern_filter)
        parts.append(_select("x.case_id", table.source, where))
        params.update(own)  # both subjects name the same parameters alike
    return int(_run(connection, _select("count(*)", f"({' UNION '.join(parts)})", "1"), params)[0][0])


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
