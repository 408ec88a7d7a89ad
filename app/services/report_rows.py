# SPDX-License-Identifier: GPL-3.0-or-later
"""The records of the analysts' export, read from one session as plain mappings (column name → value).

Which records (``Period``): with no period, every record.  With one, a record whose main date may
fall in it (the days it can mean overlap the period, as ``PatternFilter`` counts), and none whose
date is unknown; its case comes with it, whatever the case's own date.  The main dates: a case's
``opened_on``, a legal event's ``date``, a request's ``filed_on``, a detention's ``started_on``, an
interview's ``held_on``, a pressure report's ``occurred_on``.  Relatives have no date of their own:
those of every case in the export are in it, so every id in the other tables joins.

An anonymised export never reads names or free text (``full=False``): what is not read cannot leak.
Rows stream in chunks of ``CHUNK`` (flat memory at 100,000 records); ``Counter`` reports progress.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, RowMapping, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.dates_sql import cached_date
from app.domain.chronology import chronological
from app.domain.dates import PartialDate
from app.domain.progress import Progress

CHUNK = 1000
Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Period:
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def bounded(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def holds(self, date: PartialDate) -> bool:
        """True when ``date`` may fall in the period (always, when there is no period)."""
        if not self.bounded:
            return True
        unknown, earliest, latest = date.sort_key()
        if unknown:
            return False
        return (self.date_from is None or latest >= self.date_from) and (
            self.date_to is None or earliest <= self.date_to
        )


@dataclass
class Counter:
    """Rows read so far of ``total``; tells ``progress`` every ``CHUNK`` rows (it may raise Cancelled)."""

    progress: Progress
    total: int
    done: int = 0
    message: str = ""
    _told: int = field(default=0, repr=False)

    def tick(self, message: str) -> None:
        self.done += 1
        if self.done - self._told >= CHUNK or message != self.message:
            self._told, self.message = self.done, message
            self.progress(self.done, self.total, message)


def _name(person_id: Any) -> ColumnElement[str]:
    """The person's primary spelling (else any one), as a scalar subquery."""
    return (
        select(m.PersonName.text)
        .where(m.PersonName.person_id == person_id)
        .order_by(m.PersonName.is_primary.desc(), m.PersonName.id)
        .limit(1)
        .scalar_subquery()
    )


def _text(column: Any, name: str | None = None) -> ColumnElement[str]:
    """A date column as its stored text: parsed once per distinct text (``cached_date``), not per row."""
    return type_coerce(column, String).label(name or column.key)


def _stream(session: Session, statement: Select[Any]) -> Iterator[RowMapping]:
    # Core, not the ORM: plain rows, a third faster at 100,000 (no ORM loading per chunk).
    result = session.connection().execute(statement.execution_options(yield_per=CHUNK))
    for row in result:
        yield row._mapping


class Reader:
    """Reads the export's records in one session; ``full`` also reads names and free text."""

    def __init__(self, session: Session, period: Period, full: bool, counter: Counter) -> None:
        self._session = session
        self._period = period
        self._full = full
        self._counter = counter
        self._cases: set[str] | None = None

    @staticmethod
    def total(session: Session) -> int:
        tables = (m.Case, m.LegalEvent, m.Request, m.Detention, m.Interview, m.Relative, m.PressureReport)
        return sum(session.scalar(select(func.count()).select_from(t)) or 0 for t in tables)

    # -- which cases ------------------------------------------------------------------------------

    def _case_ids(self) -> set[str] | None:
        """The cases in the export (None: every case)."""
        if not self._period.bounded:
            return None
        if self._cases is None:
            dated = (
                (m.Case.id, m.Case.opened_on),
                (m.LegalEvent.case_id, m.LegalEvent.date),
                (m.Request.case_id, m.Request.filed_on),
                (m.Detention.case_id, m.Detention.started_on),
                (m.Interview.case_id, m.Interview.held_on),
                (m.PressureReport.case_id, m.PressureReport.occurred_on),
            )
            cases: set[str] = set()
            for case_id, date in dated:
                for row in self._session.execute(
                    select(case_id, _text(date)).execution_options(yield_per=CHUNK)
                ):
                    if self._period.holds(cached_date(row[1])):
                        cases.add(row[0])
            self._cases = cases
        return self._cases

    def _keep(self, case_id: str, date: str | None, message: str) -> bool:
        """Whether the record is in the export: by its date's text, or (None) by its case."""
        self._counter.tick(message)
        if date is None:
            cases = self._case_ids()
            return cases is None or case_id in cases
        return self._period.holds(cached_date(date))

    # -- the tables --------------------------------------------------------------------------------

    def cases(self) -> Iterator[Record]:
        c, p = m.Case, m.Person
        columns: list[Any] = [
            c.id.label("case_id"),
            c.office_id,
            m.Office.name.label("office_name"),
            c.status,
            c.confidentiality,
            _text(c.opened_on),
            _text(c.closed_on),
            c.subject_id,
            p.sex.label("subject_sex"),
            _text(p.birth_date, "subject_birth_date"),
            p.citizenship.label("subject_citizenship"),
            p.ethnicity.label("subject_ethnicity"),
        ]
        if self._full:
            columns += [c.reference, _name(c.subject_id).label("subject_name"), c.summary]
        query = select(*columns).join(p, p.id == c.subject_id).join(m.Office, m.Office.id == c.office_id)
        for row in _stream(self._session, query.order_by(c.id)):
            if self._keep(row["case_id"], None, "cases"):
                yield dict(row)

    def events(self) -> Iterator[Record]:
        yield from self._legal_events()
        yield from self._requests()
        yield from self._detentions()
        yield from self._interviews()

    def _legal_events(self) -> Iterator[Record]:
        e = m.LegalEvent
        columns: list[Any] = [
            e.id,
            e.case_id,
            e.kind,
            _text(e.date),
            _text(e.valid_until),
            e.term_months,
            e.suspended,
            e.destination_country,
        ]
        if self._full:
            columns += [e.authority, e.reference_number, e.place, e.outcome, e.notes]
        for row in _stream(self._session, select(*columns).order_by(e.case_id, e.id)):
            if self._keep(row["case_id"], row["date"], "events"):
                record = dict(row, event_id=row["id"], type="legal-event")
                record["description"] = record.pop("outcome", "")
                yield record

    def _requests(self) -> Iterator[Record]:
        q = m.Request
        columns: list[Any] = [
            q.id,
            q.case_id,
            q.kind,
            _text(q.filed_on),
            q.status,
            q.outcome,
            _text(q.answered_on),
        ]
        if self._full:
            columns += [q.authority, q.reference_number, q.answer_reference, q.asked, q.notes]
        for row in _stream(self._session, select(*columns).order_by(q.case_id, q.id)):
            if self._keep(row["case_id"], row["filed_on"], "events"):
                record = dict(row, event_id=row["id"], type="request", date=row["filed_on"])
                record["description"] = record.pop("asked", "")
                yield record

    def _detentions(self) -> Iterator[Record]:
        d = m.Detention
        columns: list[Any] = [d.id, d.case_id, d.relative_id, _text(d.started_on), _text(d.ended_on)]
        if self._full:
            columns += [d.facility, d.place, d.stated_reason, d.treatment]
        for row in _stream(self._session, select(*columns).order_by(d.case_id, d.id)):
            if self._keep(row["case_id"], row["started_on"], "events"):
                record = dict(row, event_id=row["id"], type="detention")
                record.update(date=row["started_on"], end_date=row["ended_on"])
                record["description"] = record.pop("stated_reason", "")
                record["notes"] = record.pop("treatment", "")
                yield record

    def _interviews(self) -> Iterator[Record]:
        i = m.Interview
        columns: list[Any] = [i.id, i.case_id, _text(i.held_on), i.consent_given, i.consent_scope, i.language]
        if self._full:
            columns += [i.place, i.interviewer]
        for row in _stream(self._session, select(*columns).order_by(i.case_id, i.id)):
            if self._keep(row["case_id"], row["held_on"], "events"):
                scope = [code.strip() for code in row["consent_scope"].split(",") if code.strip()]
                yield dict(
                    row, event_id=row["id"], type="interview", date=row["held_on"], consent_scope=scope
                )

    def relatives(self) -> Iterator[Record]:
        r, p = m.Relative, m.Person
        columns: list[Any] = [
            r.id.label("relative_id"),
            r.case_id,
            r.person_id,
            r.relationship,
            r.minor,
            p.sex,
            _text(p.birth_date),
            r.country,
            r.prefecture,
            r.county,
            _text(r.last_contact),
        ]
        if self._full:
            columns += [_name(r.person_id).label("name"), r.township, r.village, r.description, r.notes]
        statuses = self._statuses()
        query = select(*columns).join(p, p.id == r.person_id).order_by(r.case_id, r.id)
        for row in _stream(self._session, query):
            if self._keep(row["case_id"], None, "relatives"):
                yield dict(row, statuses=statuses.get(row["relative_id"], ()))

    def _statuses(self) -> dict[str, tuple[str, ...]]:
        """Each relative's status codes in the order of their dates (then their manual order)."""
        s = m.RelativeStatusEntry
        rows = self._session.execute(
            select(s.relative_id, s.status, s.started_on, s.sort_order).order_by(s.id)
        ).all()
        by_relative: dict[str, list[Any]] = {}
        for row in rows:
            by_relative.setdefault(row.relative_id, []).append(row)
        return {
            relative: tuple(
                row.status for row in chronological(entries, lambda e: e.started_on, lambda e: e.sort_order)
            )
            for relative, entries in by_relative.items()
        }

    def pressure_reports(self) -> Iterator[Record]:
        pr = m.PressureReport
        columns: list[Any] = [
            pr.id.label("report_id"),
            pr.case_id,
            pr.kinds,
            pr.target_ids,
            pr.frequency,
            _text(pr.occurred_on),
            _text(pr.reported_on),
            pr.actor,
            pr.channel,
            pr.reliability,
            pr.source_connection,
            pr.relayed_by_id,
        ]
        if self._full:
            columns += [_name(pr.relayed_by_id).label("relayed_by_name"), pr.place, pr.description, pr.words]
        relatives = select(m.Relative.id, m.Relative.relationship, m.Relative.county)
        targets = {row.id: (row.relationship, row.county) for row in self._session.execute(relatives)}
        for row in _stream(self._session, select(*columns).order_by(pr.case_id, pr.id)):
            if self._keep(row["case_id"], row["occurred_on"], "pressure-reports"):
                aimed = [targets.get(t, ("", "")) for t in row["target_ids"]]
                yield dict(
                    row,
                    target_relationships=[a[0] for a in aimed],
                    target_counties=[a[1] for a in aimed],
                )
