# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether a complaint or a court claim printed today is still within its time limit, by the deadline
rules in force, so that a petition never says it is filed in time when the case shows it is not.

The limits are those of the deadlines list (``app.domain.deadline_chains``): the complaint against
an act within its rule from the act's date; the court claim within its rule from the complaint's
answer, or from the day silence became a refusal.  The limit counts from the act; a person who
learned of it later may still be in time, which is why the petitions ask for the term to be
restored only "if it is found missed".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.deadlines import COMPLAINT_RULE, DeadlineRule, court_claim_due
from app.domain.requests import OPEN_STATUSES
from app.domain.vocab import RequestKind


@dataclass(frozen=True, slots=True)
class Limit:
    """The last day to file (None when the case does not say) and whether it has passed.

    ``due`` counts from the earliest day the date it runs from can mean, as the deadlines list does;
    ``last`` from the latest (the same for a date known to the day).  A petition names both when
    they differ: it never states as fact an expiry the case does not know."""

    due: dt.date | None = None
    last: dt.date | None = None

    def passed(self, today: dt.date) -> bool:
        return self.due is not None and self.due < today

    def may_run(self, today: dt.date) -> bool:
        """Passed if counted from the earliest day, but perhaps not from the latest: a petition then
        says the limit "may have run out"."""
        return self.passed(today) and self.last is not None and today <= self.last


class TimeLimits:
    """Time limits on ``today`` under ``rules`` (by rule id; none: no limits)."""

    def __init__(self, rules: Mapping[str, DeadlineRule], today: dt.date) -> None:
        self.rules = rules
        self.today = today

    def complaint_against_act(self, decided_on: PartialDate) -> Limit:
        """The complaint against an act decided on ``decided_on``."""
        rule = self.rules.get(COMPLAINT_RULE)
        if rule is None:
            return Limit()
        return Limit(rule.due(decided_on), rule.due(_last_day(decided_on)))

    def court_claim_after(self, complaint: r.Request) -> Limit:
        """The court claim after ``complaint``: from its answer, or from the day silence became a refusal."""
        if complaint.kind != RequestKind.COMPLAINT:
            return Limit()
        waiting = complaint.status in OPEN_STATUSES
        due, _ = court_claim_due(
            self.rules, waiting=waiting, filed_on=complaint.filed_on, answered_on=complaint.answered_on,
            today=self.today,
        )  # fmt: skip
        last, _ = court_claim_due(
            self.rules, waiting=waiting, filed_on=_last_day(complaint.filed_on),
            answered_on=_last_day(complaint.answered_on), today=self.today,
        )  # fmt: skip
        return Limit(due, last)


def _last_day(date: PartialDate) -> PartialDate:
    """The latest day ``date`` can mean, as a date known to the day (unknown stays unknown)."""
    latest = date.latest()
    return PartialDate() if latest is None else PartialDate.of(latest)
