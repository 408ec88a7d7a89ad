# SPDX-License-Identifier: GPL-3.0-or-later
"""Which deadline each record of a case owes, by the shipped rule ids: pure functions over rows.

- A request still waiting: the authority's answer (15 working days), for an asylum or
  refugee-status application the status decision (3 months), for a complaint the higher
  body's decision (20 working days); once that time ran out with no decision, silence is a
  refusal (APC Art. 100(5)) and the court claim falls due 1 month later.  A court claim waits
  on no rule.
- A refusal no record contests: the complaint against it (3 months), or after a refused
  complaint the court claim (1 month), from the day the answer came.
- The refugee certificate, asylum-seeker certificate and travel document of a case, each valid
  as long as the longest of its records says (``valid_longest``: identity documents of its
  subject and legal events valid until a day, or with no end recorded, the rule's period from
  the issue): their expiry.  An
  asylum-seeker certificate is behind a refugee who has a refugee certificate; a travel
  document is never valid beyond the refugee certificate, so it falls due on that day.
- The latest border crossing with no asylum application (or a status that follows one) after
  it: the application, 5 calendar days after the crossing.

A rule the office removed from its rules file gives no deadline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar

from app.domain import records as r
from app.domain.complaints import Complaints
from app.domain.dates import PartialDate, deadline_key
from app.domain.deadlines import (
    COMPLAINT_DECISION_RULE,
    COMPLAINT_RULE,
    COURT_CLAIM_RULE,
    DeadlineNote,
    DeadlineRule,
    WhatIsDue,
    court_claim_due,
)
from app.domain.facts import UNKNOWN
from app.domain.link_rules import IDENTITY_DOCUMENTS, LEGAL_EVENTS, REQUESTS
from app.domain.requests import OPEN_STATUSES
from app.domain.vocab import AnswerOutcome, CaseStatus, DocumentKind, LegalEventKind, RequestKind

#: The rule each kind of deadline follows (ids in the rules file).
ANSWER_RULE = "answer-to-request"
STATUS_DECISION_RULE = "refugee-status-decision"
ASYLUM_RULE = "asylum-application"
REFUGEE_CERTIFICATE_RULE = "refugee-certificate"
ASYLUM_SEEKER_CERTIFICATE_RULE = "asylum-seeker-certificate"
TRAVEL_DOCUMENT_RULE = "refugee-travel-document"

#: Requests decided by the refugee law's own period rather than the general answer rule.
STATUS_REQUESTS = frozenset({RequestKind.ASYLUM.value, RequestKind.REFUGEE_STATUS.value})
_OPEN = frozenset(status.value for status in OPEN_STATUSES)

#: (table, kind) of what runs out, and the rule of its expiry.
EXPIRY_RULES: dict[tuple[str, str], str] = {
    (IDENTITY_DOCUMENTS, DocumentKind.REFUGEE_CERTIFICATE.value): REFUGEE_CERTIFICATE_RULE,
    (IDENTITY_DOCUMENTS, DocumentKind.ASYLUM_SEEKER_CERTIFICATE.value): ASYLUM_SEEKER_CERTIFICATE_RULE,
    (IDENTITY_DOCUMENTS, DocumentKind.TRAVEL_DOCUMENT.value): TRAVEL_DOCUMENT_RULE,
    (LEGAL_EVENTS, LegalEventKind.REFUGEE_STATUS_GRANTED.value): REFUGEE_CERTIFICATE_RULE,
    (LEGAL_EVENTS, LegalEventKind.CERTIFICATE_ISSUED.value): REFUGEE_CERTIFICATE_RULE,
    (LEGAL_EVENTS, LegalEventKind.CERTIFICATE_EXTENDED.value): REFUGEE_CERTIFICATE_RULE,
    (LEGAL_EVENTS, LegalEventKind.ASYLUM_SEEKER_STATUS.value): ASYLUM_SEEKER_CERTIFICATE_RULE,
    (LEGAL_EVENTS, LegalEventKind.ASYLUM_SEEKER_STATUS_EXTENDED.value): ASYLUM_SEEKER_CERTIFICATE_RULE,
}
#: Legal events that show an asylum application was made.
APPLIED_EVENTS = frozenset(
    kind.value
    for kind in (
        LegalEventKind.ASYLUM_APPLICATION,
        LegalEventKind.ASYLUM_SEEKER_STATUS,
        LegalEventKind.REFUGEE_STATUS_GRANTED,
        LegalEventKind.REFUGEE_STATUS_REFUSED,
    )
)
#: Legal events the asylum chain reads, and those that run out (the expiry chain).
ASYLUM_EVENTS = APPLIED_EVENTS | {LegalEventKind.BORDER_CROSSING.value}
EXPIRING_EVENTS = {kind: rule_id for (table, kind), rule_id in EXPIRY_RULES.items() if table == LEGAL_EVENTS}
DOCUMENT_KINDS = frozenset(kind for table, kind in EXPIRY_RULES if table == IDENTITY_DOCUMENTS)

Rules = Mapping[str, DeadlineRule]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RequestRow:
    id: str
    case_id: str
    kind: str
    status: str
    filed_on: PartialDate
    answered_on: PartialDate
    outcome: str


@dataclass(frozen=True, slots=True)
class DatedRow:
    """A legal event or an identity document of a case's subject: its kind, date and end of validity."""

    table: str
    id: str
    case_id: str
    kind: str
    date: PartialDate
    valid_until: PartialDate


@dataclass(frozen=True, slots=True)
class Found:
    """A deadline before the case's reference and subject are put to it."""

    due: dt.date
    what: WhatIsDue
    rule: DeadlineRule
    table: str
    id: str
    case_id: str
    note: DeadlineNote = DeadlineNote.NONE
    note_date: dt.date | None = None


def _counted(
    rules: Rules, rule_id: str, start: PartialDate, what: WhatIsDue, row: RequestRow
) -> Iterator[Found]:
    rule = rules.get(rule_id)
    due = rule.due(start) if rule is not None else None
    if rule is not None and due is not None:
        yield Found(due, what, rule, REQUESTS, row.id, row.case_id)


def request_deadlines(
    requests: Iterable[RequestRow], contested: set[str], rules: Rules, today: dt.date
) -> Iterator[Found]:
    """What each request owes or allows (see the module docstring); ``contested``: ids a record contests."""
    for q in requests:
        if q.status in _OPEN:
            yield from _waiting(q, q.id in contested, rules, today)
        elif q.outcome == AnswerOutcome.REFUSED.value and q.id not in contested:
            if q.kind == RequestKind.COMPLAINT.value:
                yield from _counted(rules, COURT_CLAIM_RULE, q.answered_on, WhatIsDue.COURT_CLAIM, q)
            elif q.kind != RequestKind.COURT_CLAIM.value:
                yield from _counted(rules, COMPLAINT_RULE, q.answered_on, WhatIsDue.COMPLAINT, q)


def _waiting(q: RequestRow, contested: bool, rules: Rules, today: dt.date) -> Iterator[Found]:
    if q.kind == RequestKind.COMPLAINT.value:
        yield from _complaint_waiting(q, contested, rules, today)
    elif q.kind in STATUS_REQUESTS:
        yield from _counted(rules, STATUS_DECISION_RULE, q.filed_on, WhatIsDue.STATUS_DECISION, q)
    elif q.kind != RequestKind.COURT_CLAIM.value:
        yield from _counted(rules, ANSWER_RULE, q.filed_on, WhatIsDue.ANSWER, q)


def _complaint_waiting(q: RequestRow, contested: bool, rules: Rules, today: dt.date) -> Iterator[Found]:
    due, ran_out = court_claim_due(
        rules, waiting=True, filed_on=q.filed_on, answered_on=q.answered_on, today=today
    )
    if ran_out is None:
        yield from _counted(rules, COMPLAINT_DECISION_RULE, q.filed_on, WhatIsDue.COMPLAINT_DECISION, q)
    elif not contested and due is not None:
        yield Found(
            due,
            WhatIsDue.COURT_CLAIM,
            rules[COURT_CLAIM_RULE],
            REQUESTS,
            q.id,
            q.case_id,
            DeadlineNote.SILENCE_IS_REFUSAL,
            ran_out,
        )


def valid_longest(records: Iterable[T], until: Callable[[T], PartialDate]) -> T | None:
    """Of the records that say ``until`` when one certificate holds (its own record and the legal
    events that issued or extended it, by ``EXPIRY_RULES``: the record is seldom updated at each
    extension), the one valid longest: by the last day its end can mean, then by the first ("31
    December 2027" over "2027"); the first given of equal ones.  None when no end is known."""
    longest: tuple[tuple[bool, dt.date, dt.date], T] | None = None
    for record in records:
        end = until(record)
        if end.latest() is not None and (longest is None or deadline_key(end) > longest[0]):
            longest = (deadline_key(end), record)
    return None if longest is None else longest[1]


def expiry_deadlines(rows: Iterable[DatedRow], rules: Rules) -> Iterator[Found]:
    """The expiry of the certificates and the travel document of each case (module docstring).

    A document with no end of validity recorded runs out by its rule's period from the day it
    was issued (``DeadlineNote.COUNTED_FROM_ISSUE``)."""
    ends: dict[tuple[str, str], list[tuple[PartialDate, DatedRow]]] = {}  # (case, rule) -> its records
    for row in rows:
        rule_id = EXPIRY_RULES.get((row.table, row.kind), "")
        rule = rules.get(rule_id)
        if rule is not None:
            ends.setdefault((row.case_id, rule_id), []).append((_until(row, rule), row))
    latest = {  # (case, rule) -> valid longest
        key: chosen
        for key, group in ends.items()
        if (chosen := valid_longest(group, lambda end: end[0])) is not None
    }
    for (case_id, rule_id), (until, row) in latest.items():
        certificate = latest.get((case_id, REFUGEE_CERTIFICATE_RULE))
        rule = rules[rule_id]
        day = rule.expires(until)
        if day is None:
            continue
        if rule_id == ASYLUM_SEEKER_CERTIFICATE_RULE and certificate is not None:
            continue  # a refugee's asylum-seeker certificate is behind them
        note, note_date = _issue_note(row, rule)
        what = WhatIsDue.CERTIFICATE_EXPIRES
        if rule_id == ASYLUM_SEEKER_CERTIFICATE_RULE:
            what = WhatIsDue.ASYLUM_SEEKER_CERTIFICATE_EXPIRES
        if rule_id == TRAVEL_DOCUMENT_RULE:
            what = WhatIsDue.TRAVEL_DOCUMENT_EXPIRES
            cap = rules[REFUGEE_CERTIFICATE_RULE].expires(certificate[0]) if certificate is not None else None
            if cap is not None and cap < day:
                day, note, note_date = cap, DeadlineNote.CAPPED_BY_CERTIFICATE, day
        yield Found(day, what, rule, row.table, row.id, case_id, note, note_date)


def _until(row: DatedRow, rule: DeadlineRule) -> PartialDate:
    """The end of validity recorded, else the rule's period from the issue (unknown when neither is)."""
    if row.valid_until.year is not None:
        return row.valid_until
    end = rule.runs_out(row.date)
    return UNKNOWN if end is None else PartialDate.of(end)


def _issue_note(row: DatedRow, rule: DeadlineRule) -> tuple[DeadlineNote, dt.date | None]:
    if row.valid_until.year is not None:
        return DeadlineNote.NONE, None
    return DeadlineNote.COUNTED_FROM_ISSUE, rule.day_of(row.date)


def asylum_deadlines(
    events: Iterable[DatedRow], requests: Iterable[RequestRow], rules: Rules
) -> Iterator[Found]:
    """The asylum application after each case's latest border crossing, unless one was made after it."""
    rule = rules.get(ASYLUM_RULE)
    if rule is None:
        return
    crossings: dict[str, DatedRow] = {}
    applied: dict[str, list[PartialDate]] = {}
    for event in events:
        if event.kind == LegalEventKind.BORDER_CROSSING.value:
            held = crossings.get(event.case_id)
            if held is None or event.date.sort_key() > held.date.sort_key():
                crossings[event.case_id] = event
        elif event.kind in APPLIED_EVENTS:
            applied.setdefault(event.case_id, []).append(event.date)
    for q in requests:
        if q.kind in STATUS_REQUESTS:
            applied.setdefault(q.case_id, []).append(q.filed_on)
    for case_id, crossing in crossings.items():
        arrived, due = crossing.date.earliest(), rule.due(crossing.date)
        if arrived is None or due is None or any(_after(date, arrived) for date in applied.get(case_id, ())):
            continue
        yield Found(due, WhatIsDue.ASYLUM_APPLICATION, rule, LEGAL_EVENTS, crossing.id, case_id)


def _after(date: PartialDate, day: dt.date) -> bool:
    """Whether ``date`` may be on or after ``day`` (an application of unknown date counts as made)."""
    last = date.latest()
    return last is None or last >= day


def case_deadlines(case_file: r.CaseFile, rules: Rules, today: dt.date) -> list[Found]:
    """The deadlines of one case file, soonest first: what ``app.services.deadlines`` finds for the
    case across the vault, read from the records in hand (a petition's case summary).  A closed or
    archived case owes nothing."""
    if case_file.case.status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED):
        return []
    case_id = case_file.case.id
    requests = [
        RequestRow(q.id, case_id, str(q.kind), str(q.status), q.filed_on, q.answered_on, str(q.outcome))
        for q in case_file.requests
    ]
    complaints = Complaints.of(case_file)
    contested = {q.id for q in case_file.requests if complaints.contested(q.id)}
    events = [
        DatedRow(LEGAL_EVENTS, e.id, case_id, str(e.kind), e.date, e.valid_until)
        for e in case_file.legal_events
    ]
    documents = [
        DatedRow(IDENTITY_DOCUMENTS, d.id, case_id, str(d.kind), d.issued_on, d.valid_until)
        for d in case_file.subject.documents
        if str(d.kind) in DOCUMENT_KINDS
    ]
    found = [
        *request_deadlines(requests, contested, rules, today),
        *expiry_deadlines([*(e for e in events if e.kind in EXPIRING_EVENTS), *documents], rules),
        *asylum_deadlines([e for e in events if e.kind in ASYLUM_EVENTS], requests, rules),
    ]
    return sorted(found, key=lambda d: (d.due, d.table, d.id, d.rule.id))
