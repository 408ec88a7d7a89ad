# SPDX-License-Identifier: GPL-3.0-or-later
"""How long a request to an authority has waited for its answer (docs/model-v2.md §3).

A request is open while no answer came: ``pending``, or ``no-answer`` (the time for an
answer ran out and none came).  An ``answered`` or ``withdrawn`` request is closed.
The waiting time counts from the earliest day ``filed_on`` can mean ("May 2021" waits
from 1 May), so it is never understated.  Pure Python: the CLI, exports and the GUI share it.
"""

from __future__ import annotations

import datetime as dt

from app.domain import records as r
from app.domain.vocab import RequestStatus

#: Statuses under which a request still waits for its answer.
OPEN_STATUSES = frozenset({RequestStatus.PENDING, RequestStatus.NO_ANSWER})


def is_open(request: r.Request) -> bool:
    """True while no answer came and the request was not withdrawn."""
    return request.status in OPEN_STATUSES


def waiting_days(request: r.Request, today: dt.date) -> int | None:
    """Days from the earliest day of ``filed_on`` to ``today`` for an open request.

    None when the request is closed (answered, withdrawn) or its filing date is unknown.
    """
    filed = request.filed_on.earliest()
    if not is_open(request) or filed is None:
        return None
    return max((today - filed).days, 0)


def _months(days: int) -> int:
    return int(days // 30.4375)  # a mean month: "about 13 months" for 400 days


def waiting_words(request: r.Request, today: dt.date) -> str:
    """``"waiting 400 days (about 13 months)"``; ``""`` when ``waiting_days`` is None."""
    days = waiting_days(request, today)
    if days is None:
        return ""
    unit = "day" if days == 1 else "days"
    months = _months(days)
    if months < 1:
        return f"waiting {days} {unit}"
    return f"waiting {days} {unit} (about {months} month{'' if months == 1 else 's'})"
