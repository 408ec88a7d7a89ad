# SPDX-License-Identifier: GPL-3.0-or-later
"""Which complaints and court claims contest which decisions in one case file, and which decisions
they annulled (docs/model-v2.md §2–3).

A complaint or court claim is a request that ``contests`` a decision: a legal event, or a refused
request.  A decision recorded as the answer to a request (``answers``) is reached through that
request as well.  A decision is annulled when a complaint against it was granted, or when a
complaint against it was refused and a complaint or claim against that refusal was granted in turn
(the court that overturns the ministry's answer overturns the refusal it upheld).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain import records as r
from app.domain.dates import known_first
from app.domain.link_rules import REQUESTS
from app.domain.vocab import AnswerOutcome, LinkKind, RequestStatus


class Complaints:
    """The ``contests`` and ``answers`` links of one case's requests, read from the decision's end."""

    def __init__(self, requests: Iterable[r.Request], links: Iterable[r.Link]) -> None:
        self._requests = {q.id: q for q in requests}
        self._answered: dict[str, str] = {}  # decision id -> the request it answers
        self._answers: dict[str, list[str]] = {}  # request id -> the decisions answering it
        self._contested: dict[str, list[str]] = {}  # record id -> the complaints contesting it
        for link in links:
            if link.kind == LinkKind.ANSWERS and link.target_table == REQUESTS:
                self._answered[link.source_id] = link.target_id
                self._answers.setdefault(link.target_id, []).append(link.source_id)
            elif link.kind == LinkKind.CONTESTS and link.source_table == REQUESTS:
                self._contested.setdefault(link.target_id, []).append(link.source_id)

    def against(self, record_id: str) -> list[r.Request]:
        """The complaints and claims contesting the record, or the request the record answers."""
        ids = self._contested.get(record_id, []) + self._contested.get(self._answered.get(record_id, ""), [])
        return [self._requests[i] for i in dict.fromkeys(ids) if i in self._requests]

    def contested(self, request_id: str) -> bool:
        """Whether a complaint or claim contests the request, or a decision that answers it."""
        return any(self._contested.get(i) for i in (request_id, *self._answers.get(request_id, ())))

    def latest_against(self, record_id: str) -> r.Request | None:
        """The complaint or claim against the record filed last (unknown filing dates count as earliest)."""
        return max(self.against(record_id), key=lambda q: known_first(q.filed_on), default=None)

    def annulled_by(self, record_id: str) -> r.Request | None:
        """The granted complaint or claim that annulled the record, directly or through a refused
        complaint contested in turn; the one answered first when several were granted."""
        granted: list[r.Request] = []
        seen = {record_id}
        pending = [record_id]
        while pending:
            for complaint in self.against(pending.pop()):
                if complaint.id in seen:
                    continue
                seen.add(complaint.id)
                if complaint.status == RequestStatus.ANSWERED and complaint.outcome == AnswerOutcome.GRANTED:
                    granted.append(complaint)
                elif complaint.outcome in (AnswerOutcome.REFUSED, AnswerOutcome.PARTLY):
                    pending.append(complaint.id)
                    pending.extend(self._answers.get(complaint.id, []))
        return min(granted, key=lambda q: q.answered_on.sort_key(), default=None)

    @classmethod
    def of(cls, case_file: r.CaseFile) -> Complaints:
        return cls(case_file.requests, case_file.links)
