# SPDX-License-Identifier: GPL-3.0-or-later
"""The values a petition template can use (docs/petition-templates.md), built from one case file.

Every value is text in the petition's language: dates written out, codes as labels,
anything not known as ``""``; lists are in the one chronological order
(``app.domain.chronology``).  ``last_event``, ``last_request`` and ``document`` return
"nothing" (false, prints empty) when the case has no such record.

Each record kind's text is ``app.petitions.context_records``; the look-ups over the lists are
``app.petitions.context_lookups``; this module adds requests with their complaints and time limits,
the deadlines, and puts the context together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from app.domain import records as r
from app.domain.chronology import legal_timeline
from app.domain.complaints import Complaints
from app.domain.dates import PartialDate, known_first
from app.domain.deadline_chains import Found, case_deadlines
from app.domain.deadlines import DeadlineNote, DeadlineRule
from app.domain.requests import OPEN_STATUSES
from app.domain.vocab import AnswerOutcome, LegalEventKind, RequestKind
from app.petitions.context_lookups import (
    REFUSAL_CODES,
    Record,
    contested,
    first_of,
    in_order,
    latest_of,
    longest_valid,
)
from app.petitions.context_records import RecordText
from app.petitions.date_text import DateText, day_text, days_between, waiting_text
from app.petitions.phrases import annulment, numbered, refusal_annulled
from app.petitions.sandbox import nothing
from app.petitions.time_limits import Limit, TimeLimits


def case_context(
    case_file: r.CaseFile,
    language: str,
    *,
    today: dt.date,
    annexes: Sequence[str] = (),
    rules: Mapping[str, DeadlineRule] | None = None,
) -> dict[str, object]:
    """The context of ``case_file`` in ``language`` on ``today``; ``annexes`` are the annex titles, in order;
    ``rules`` the deadline rules in force, by id (without them no time limit is known to have passed).

    ``place`` is empty (a template that declares a field ``place`` sets it); ``fields`` is
    added when the template is filled.
    """
    return _Builder(case_file, language, today, TimeLimits(rules or {}, today)).context(annexes)


class _Builder(RecordText):
    """The whole context: every record as text (``RecordText``), the requests with their complaints
    and time limits, the deadlines, and the look-ups templates call."""

    def __init__(self, case_file: r.CaseFile, language: str, today: dt.date, limits: TimeLimits) -> None:
        super().__init__(case_file, language, today)
        self.limits = limits
        self.complaints = Complaints.of(case_file)

    def context(self, annexes: Sequence[str]) -> dict[str, object]:
        plain = {q.id: {**self.request(q), **self.claim(q)} for q in self.file.requests}
        events = [
            {**self.event(e), **self.complaint_of(e.id, e.date, plain)}
            for e in legal_timeline(self.file.legal_events)
        ]
        requests = [
            {**plain[q.id], **self.complaint_of(q.id, self._refused_on(q), plain)}
            for q in in_order(self.file.requests, lambda q: q.filed_on)
        ]
        standing = [e for e in events if not e["annulled_by"]]
        status_refused = latest_of(events, (LegalEventKind.REFUGEE_STATUS_REFUSED,), "date")
        applied = latest_of(requests, (RequestKind.ASYLUM, RequestKind.REFUGEE_STATUS), "filed_on")
        subject = self.subject()
        documents = subject["documents"]
        return {
            "today": day_text(self.today, self.language),
            "place": "",
            "case": {
                "reference": self.file.case.reference,
                "summary": self.file.case.summary,
                "opened_on": self.date(self.file.case.opened_on),
            },
            "subject": subject,
            "relatives": [
                self.relative(rel, person)
                for rel, person in zip(self.file.relatives, self.file.relative_people, strict=True)
            ],
            "legal_events": events,
            "detentions": [self.detention(d) for d in in_order(self.file.detentions, lambda d: d.started_on)],
            "pressure_reports": [
                self.pressure(p) for p in in_order(self.file.pressure_reports, lambda p: p.occurred_on)
            ],
            "requests": requests,
            "attachments": [
                {"name": a.display_name, "kind": self.vocab("attachment_kind", a.kind)}
                for a in self.file.attachments
            ],
            "annexes": list(annexes),
            "interviews": [self.interview(i) for i in in_order(self.file.interviews, lambda i: i.held_on)],
            "status_refusal_annulled": refusal_annulled(status_refused, applied, self.language),
            "deadlines": [
                self.deadline(found) for found in case_deadlines(self.file, self.limits.rules, self.today)
            ],
            "last_event": lambda *codes: latest_of(events, codes, "date"),
            "last_standing": lambda *codes: latest_of(standing, codes, "date"),
            "first_event": lambda *codes: first_of(events, codes, "date"),
            "contested_act": lambda *codes: contested(events, requests, codes),
            "last_request": lambda *codes: latest_of(requests, codes, "filed_on"),
            "document": lambda *codes: latest_of(documents, codes, "issued_on"),
            "certificate": self.certificate,
            "longest_valid": longest_valid,
            "refusal_codes": list(REFUSAL_CODES),
            "no": lambda number: numbered(number, self.language),
        }

    def complaint_of(self, record_id: str, decided_on: PartialDate, requests: dict[str, Record]) -> Record:
        """The complaint against a decision: the one filed last (``complaint``, nothing when none), the
        granted one that annulled the decision (``annulled_by``, nothing when none; ``annulment`` says
        so in words), and the time limit for a complaint counted from ``decided_on`` (``complaint_due``,
        ``complaint_late``)."""
        filed = self.complaints.latest_against(record_id)
        annulled = self.complaints.annulled_by(record_id)
        annulled_by = requests[annulled.id] if annulled is not None else nothing()
        limit = self.limits.complaint_against_act(decided_on)
        return {
            "complaint": requests[filed.id] if filed is not None else nothing(),
            "annulled_by": annulled_by,
            "annulment": annulment(annulled_by, self.language),
            "complaint_filed": known_first(filed.filed_on if filed is not None else PartialDate()),
            "complaint_due": self._limit_day(limit),
            "complaint_late": limit.passed(self.today),
            "complaint_running": limit.may_run(self.today),
        }

    def claim(self, request: r.Request) -> Record:
        """For a complaint, the time limit of the court claim after it (``claim_due``, ``claim_late``)."""
        limit = self.limits.court_claim_after(request)
        return {
            "claim_due": self._limit_day(limit),
            "claim_late": limit.passed(self.today),
            "claim_running": limit.may_run(self.today),
        }

    @staticmethod
    def _refused_on(request: r.Request) -> PartialDate:
        refused = request.outcome in {AnswerOutcome.REFUSED, AnswerOutcome.PARTLY}
        return request.answered_on if refused else PartialDate()

    def _day(self, day: dt.date | None) -> DateText:
        return DateText("") if day is None else day_text(day, self.language)

    def _limit_day(self, limit: Limit) -> DateText:
        """A time limit's last day; the days it may be when it counts from a date not known to the day."""
        if limit.due is None or limit.last is None or limit.last == limit.due:
            return self._day(limit.due)
        return days_between(limit.due, limit.last, self.language)

    def deadline(self, found: Found) -> Record:
        """A deadline of the case: its day, what it asks for, the record it is about, and whether it
        passed (``overdue``) or is the day a complaint's silence became a refusal (``silence_since``)."""
        return {
            "due": self._day(found.due),
            "what": self.vocab("what_is_due", found.what),
            "what_code": str(found.what),
            "about": self.names.name(found.table, found.id, self.file.case.id),
            "overdue": found.due < self.today,
            "silence_since": self._day(found.note_date)
            if found.note == DeadlineNote.SILENCE_IS_REFUSAL
            else "",
        }

    def request(self, request: r.Request) -> Record:
        return {
            "kind": self.vocab("request_kind", request.kind),
            "kind_code": str(request.kind),
            "authority": request.authority,
            "filed_on": self.date(request.filed_on),
            "reference": request.reference_number,
            "asked": request.asked,
            "status": self.vocab("request_status", request.status),
            "open": request.status in OPEN_STATUSES,  # no answer (yet, or in time)
            "answered_on": self.date(request.answered_on),
            "outcome": "" if request.outcome == "none" else self.vocab("answer_outcome", request.outcome),
            "outcome_code": str(request.outcome),
            "legal_basis": request.answer_basis,
            "answer_reference": request.answer_reference,
            "waiting": waiting_text(request, self.today, self.language),
            "links": self.names.links(request.id),
        }
