# SPDX-License-Identifier: GPL-3.0-or-later
"""What falls due across all open cases, by the deadline rules in force (``app.domain.deadlines``).

The rules in force are the office's own ``deadlines.toml`` in the vault's folder when it
has one and it reads, else the shipped file (``resources/deadlines/rules.toml``); an office
file that does not read is named with its line, and the shipped rules count meanwhile.  The
rules file is read at each count, so an edit shows at the next refresh.

Which record owes which deadline: ``app.domain.deadline_chains``.  Closed and archived
cases owe nothing.  Each deadline names its case, the record it is about, its rule and the
rule's legal source.  Threading: any thread; one read transaction and five set-based
queries per count, whatever the number of cases.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Select, String, select, type_coerce, union
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstrumentedAttribute, aliased
from sqlalchemy.sql.elements import TypeCoerce

from app import paths
from app.db import models as m
from app.db.dates_sql import cached_date
from app.domain.dates import PartialDate
from app.domain.deadline_chains import (
    ASYLUM_EVENTS,
    DOCUMENT_KINDS,
    EXPIRING_EVENTS,
    DatedRow,
    Found,
    RequestRow,
    asylum_deadlines,
    expiry_deadlines,
    request_deadlines,
)
from app.domain.deadlines import DeadlineNote, DeadlineRule, WhatIsDue, load_rules
from app.domain.errors import ValidationError
from app.domain.link_rules import IDENTITY_DOCUMENTS, LEGAL_EVENTS, REQUESTS
from app.domain.vocab import CaseStatus, LinkKind
from app.services.session import UnlockedVault

#: id, case id, kind, date and valid-until text of a legal event or identity document.
_DatedQuery = Select[str, str, str, str, str]

#: The office's own rules, in the vault's folder, replace the shipped ones.
OFFICE_RULES_FILE = "deadlines.toml"


def shipped_rules_path() -> Path:
    return paths.resources_dir() / "deadlines" / "rules.toml"


@dataclass(frozen=True, slots=True)
class RuleBook:
    """The rules in force and the file they come from."""

    rules: tuple[DeadlineRule, ...]
    path: Path
    #: True when the office's own file is in force.
    office: bool = False
    #: Why the office's file is not in force (it names the file and line): the shipped rules count meanwhile.
    problem: str = ""


def load_rule_book(vault_directory: Path) -> RuleBook:
    """The office's ``deadlines.toml`` in ``vault_directory`` when it reads, else the shipped rules.

    Raises ValidationError only when the shipped file itself does not read (a broken install).
    """
    office = vault_directory / OFFICE_RULES_FILE
    problem = ""
    if office.is_file():
        try:
            return RuleBook(load_rules(office), office, office=True)
        except ValidationError as exc:
            problem = exc.reason
    shipped = shipped_rules_path()
    return RuleBook(load_rules(shipped), shipped, problem=problem)


@dataclass(frozen=True, slots=True)
class Deadline:
    """One deadline: when, what is due, by which rule, for which case and record."""

    due: dt.date
    what: WhatIsDue
    rule: DeadlineRule
    case_id: str
    reference: str
    subject_name: str
    #: The record the deadline is about: its table (``requests``, ``legal_events``,
    #: ``identity_documents``) and id.
    record_table: str
    record_id: str
    note: DeadlineNote = DeadlineNote.NONE
    #: The day the note names: when a complaint's decision time ran out, or how long a travel
    #: document capped at the refugee certificate's day is valid itself.
    note_date: dt.date | None = None

    def overdue(self, today: dt.date) -> bool:
        return self.due < today

    def days_left(self, today: dt.date) -> int:
        """Days from ``today`` to the due day; negative once overdue."""
        return (self.due - today).days


@dataclass(frozen=True, slots=True)
class Upcoming:
    """Every deadline overdue or due within ``days`` of ``today``, soonest first, and true totals."""

    today: dt.date
    days: int
    deadlines: tuple[Deadline, ...]
    overdue_count: int
    due_count: int  # due from today to ``days`` ahead
    book: RuleBook


class DeadlineService:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def rule_book(self) -> RuleBook:
        """The rules in force now (read from disk; see ``load_rule_book``)."""
        return load_rule_book(self._vault.directory)

    def upcoming(self, *, days: int = 30, today: dt.date | None = None) -> Upcoming:
        """Every deadline that has passed or falls within ``days`` of ``today``, soonest first.

        All of them, never a page: the counts are true totals.  Any thread; one read transaction.
        """
        today = today or dt.date.today()
        until = today + dt.timedelta(days=days)
        book = self.rule_book()
        found = sorted(
            (d for d in self._all(book, today) if d.due <= until),
            key=lambda d: (d.due, d.reference, d.record_id, d.rule.id),
        )
        overdue = sum(1 for d in found if d.due < today)
        return Upcoming(today, days, tuple(found), overdue, len(found) - overdue, book)

    def _all(self, book: RuleBook, today: dt.date) -> list[Deadline]:
        rules = {rule.id: rule for rule in book.rules}
        with self._vault.db.transaction(readonly=True) as session:
            connection = session.connection()
            cases = {row.id: (row.reference, row.subject_name or "") for row in connection.execute(_CASES)}
            requests = [
                RequestRow(id_, case_id, kind, status, cached_date(filed), cached_date(answered), outcome)
                for id_, case_id, kind, status, filed, answered, outcome in connection.execute(_REQUESTS)
            ]
            contested = set(connection.execute(_CONTESTED).scalars())
            expiring = _dated(connection, LEGAL_EVENTS, _EXPIRING) + _dated(
                connection, IDENTITY_DOCUMENTS, _DOCUMENTS
            )
            events = _dated(connection, LEGAL_EVENTS, _ASYLUM_EVENTS)
        found = itertools.chain(
            request_deadlines(requests, contested, rules, today),
            expiry_deadlines(expiring, rules),
            asylum_deadlines(events, requests, rules),
        )
        return [_deadline(item, *cases[item.case_id]) for item in found]


def _deadline(found: Found, reference: str, subject_name: str) -> Deadline:
    return Deadline(
        found.due,
        found.what,
        found.rule,
        found.case_id,
        reference,
        subject_name,
        found.table,
        found.id,
        found.note,
        found.note_date,
    )


def _dated(connection: Connection, table: str, query: _DatedQuery) -> list[DatedRow]:
    return [
        DatedRow(table, id_, case_id, kind, cached_date(date), cached_date(valid_until))
        for id_, case_id, kind, date, valid_until in connection.execute(query)
    ]


def _text(column: InstrumentedAttribute[PartialDate]) -> TypeCoerce[str]:
    """A date column read as its stored text: parsed once per distinct text (``cached_date``), not per row."""
    return type_coerce(column, String)


_ACTIVE = m.Case.status.not_in([CaseStatus.CLOSED.value, CaseStatus.ARCHIVED.value])
_CASES = (
    select(m.Case.id, m.Case.reference, m.CaseListing.subject_name)
    .outerjoin(m.CaseListing, m.CaseListing.case_id == m.Case.id)
    .where(_ACTIVE)
)
_REQUESTS = (
    select(
        m.Request.id,
        m.Request.case_id,
        m.Request.kind,
        m.Request.status,
        _text(m.Request.filed_on),
        _text(m.Request.answered_on),
        m.Request.outcome,
    )
    .join(m.Case, m.Case.id == m.Request.case_id)
    .where(_ACTIVE)
)
_CONTEST = aliased(m.Link)
#: Requests contested: by a link to the request itself, or to the decision that answers it (a
#: complaint against the refusal event of a citizenship application contests the application's answer).
_CONTESTED = union(
    select(m.Link.target_id).where(m.Link.kind == LinkKind.CONTESTS.value, m.Link.target_table == REQUESTS),
    select(m.Link.target_id)
    .join(
        _CONTEST,
        (_CONTEST.kind == LinkKind.CONTESTS.value)
        & (_CONTEST.target_table == m.Link.source_table)
        & (_CONTEST.target_id == m.Link.source_id),
    )
    .where(m.Link.kind == LinkKind.ANSWERS.value, m.Link.target_table == REQUESTS),
)
_EVENT_COLUMNS = (
    m.LegalEvent.id,
    m.LegalEvent.case_id,
    m.LegalEvent.kind,
    _text(m.LegalEvent.date),
    _text(m.LegalEvent.valid_until),
)
_ASYLUM_EVENTS = (
    select(*_EVENT_COLUMNS)
    .join(m.Case, m.Case.id == m.LegalEvent.case_id)
    .where(_ACTIVE, m.LegalEvent.kind.in_(sorted(ASYLUM_EVENTS)))
)
_EXPIRING = (
    select(*_EVENT_COLUMNS)
    .join(m.Case, m.Case.id == m.LegalEvent.case_id)
    .where(_ACTIVE, m.LegalEvent.kind.in_(sorted(EXPIRING_EVENTS)))
)
_DOCUMENTS = (
    select(
        m.IdentityDocument.id,
        m.Case.id,
        m.IdentityDocument.kind,
        _text(m.IdentityDocument.issued_on),
        _text(m.IdentityDocument.valid_until),
    )
    .join(m.Case, m.Case.subject_id == m.IdentityDocument.person_id)
    .where(_ACTIVE, m.IdentityDocument.kind.in_(sorted(DOCUMENT_KINDS)))
)
