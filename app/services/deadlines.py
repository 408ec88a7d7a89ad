# SPDX-License-Identifier: GPL-3.0-or-later
"""What falls due across all cases, by the deadline rules (``app.domain.deadlines``).

Counted today:
- an open request (pending, or no answer in time): the authority's answer, by the rule for
  its kind (a complaint: the higher body's decision; anything else: the general answer rule);
- a refused request with no complaint contesting it: the complaint against the refusal,
  counted from the day the answer came.
Each deadline names its case, its rule and the rule's legal source.  Threading: any thread;
one read transaction per call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.db import models as m
from app.db.mapping import record_from_values, table_of
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.deadlines import DeadlineRule
from app.domain.requests import is_open
from app.domain.vocab import AnswerOutcome, LinkKind, RequestKind
from app.services.session import UnlockedVault

#: The rule each kind of deadline follows (ids in the rules file).
ANSWER_RULE = "answer-to-request"
COMPLAINT_DECISION_RULE = "complaint-decision"
COMPLAINT_RULE = "complaint-against-act"


@dataclass(frozen=True, slots=True)
class Deadline:
    due: dt.date
    case_id: str
    reference: str
    subject_name: str
    rule: DeadlineRule
    #: The request the deadline is about.
    request_id: str

    def overdue(self, today: dt.date) -> bool:
        return self.due < today


class DeadlineService:
    def __init__(self, vault: UnlockedVault, rules: tuple[DeadlineRule, ...]) -> None:
        self._vault = vault
        self._rules = {rule.id: rule for rule in rules}

    def upcoming(self, *, days: int = 30, today: dt.date | None = None) -> list[Deadline]:
        """Every deadline that has passed or falls within ``days`` of ``today``, soonest first (all of
        them: the count is a true total, never a page)."""
        today = today or dt.date.today()
        until = today + dt.timedelta(days=days)
        found = [deadline for deadline in self._all() if deadline.due <= until]
        return sorted(found, key=lambda d: (d.due, d.reference, d.request_id))

    def _all(self) -> list[Deadline]:
        with self._vault.db.transaction(readonly=True) as session:
            connection = session.connection()
            requests = [
                (record_from_values(dict(row), r.Request), row["reference"], row["subject_name"])
                for row in connection.execute(_REQUESTS).mappings()
            ]
            contested = set(connection.execute(_CONTESTED).scalars())
        deadlines = []
        for request, reference, name in requests:
            rule, start = self._rule_for(request, contested)
            due = rule.due(start) if rule is not None else None
            if rule is not None and due is not None:
                deadlines.append(Deadline(due, request.case_id, reference, name, rule, request.id))
        return deadlines

    def _rule_for(self, request: r.Request, contested: set[str]) -> tuple[DeadlineRule | None, PartialDate]:
        if is_open(request):
            rule_id = COMPLAINT_DECISION_RULE if request.kind == RequestKind.COMPLAINT else ANSWER_RULE
            return self._rules.get(rule_id), request.filed_on
        if request.outcome == AnswerOutcome.REFUSED and request.id not in contested:
            return self._rules.get(COMPLAINT_RULE), request.answered_on
        return None, request.filed_on


_REQUESTS = (
    select(table_of(m.Request), m.Case.reference, m.CaseListing.subject_name)
    .join(m.Case, m.Case.id == m.Request.case_id)
    .join(m.CaseListing, m.CaseListing.case_id == m.Case.id)
)
_CONTESTED = select(m.Link.target_id).where(
    m.Link.kind == LinkKind.CONTESTS.value, m.Link.target_table == "requests"
)
