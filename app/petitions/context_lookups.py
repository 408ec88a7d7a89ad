# SPDX-License-Identifier: GPL-3.0-or-later
"""What a petition template looks up among the context's lists (``last_event``, ``first_event``,
``contested_act``, ``document``): records chosen by kind, in the one order; and the
kinds a complaint or a court claim is usually about (``refusal_codes``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from app.domain.chronology import chronological
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind, RequestKind
from app.petitions.sandbox import nothing

Record = dict[str, Any]
T = TypeVar("T")

#: The refusals the administrative complaint and the court claim look for to name the act they
#: contest (a refused deportation is no act the person complains of).
REFUSAL_CODES = tuple(
    str(kind)
    for kind in (
        LegalEventKind.REFUGEE_STATUS_REFUSED,
        LegalEventKind.CITIZENSHIP_REFUSED,
        LegalEventKind.RESIDENCE_PERMIT_REFUSED,
        LegalEventKind.TRAVEL_DOCUMENT_REFUSED,
        LegalEventKind.MARRIAGE_REGISTRATION_REFUSED,
        LegalEventKind.IIN_REGISTRATION_REFUSED,
    )
)


def in_order(items: Sequence[T], date_of: Callable[[T], PartialDate]) -> list[T]:
    return chronological(items, date_of, lambda item: int(getattr(item, "sort_order", 0)))


def first_of(records: Sequence[Record], codes: tuple[str, ...], date_key: str) -> Any:
    """The first of ``records`` (in order) whose ``kind_code`` is one of ``codes``, preferring a dated
    one: since when a status has been held, whatever its later extensions."""
    chosen = [record for record in records if record["kind_code"] in codes]
    dated = [record for record in chosen if record[date_key]]
    return (dated or chosen or [nothing()])[0]


def latest_of(records: Sequence[Record], codes: tuple[str, ...], date_key: str) -> Any:
    """The last of ``records`` (in order) whose ``kind_code`` is one of ``codes``, preferring a dated one."""
    chosen = [record for record in records if record["kind_code"] in codes]
    dated = [record for record in chosen if record[date_key]]
    return (dated or chosen or [nothing()])[-1]


def contested(events: Sequence[Record], requests: Sequence[Record], codes: tuple[str, ...]) -> Any:
    """What a court claim contests: of the decisions of ``codes`` and the requests a complaint was
    filed against (``request``: refused, or never answered, ``inaction``), the one complained of
    last; with no complaint, the latest decision of ``codes``.  A refusal complained of years ago is not the
    claim's act when a later complaint, about a silence, is the one a court may still hear.  An act
    already annulled is no claim's act."""
    as_decision = {"request": False, "inaction": False}
    events = [e for e in events if not e["annulled_by"]]
    complained = [{**e, **as_decision} for e in events if e["kind_code"] in codes and e["complaint"]]
    complained += [
        {**q, "request": True, "inaction": q["open"]}
        for q in requests
        if q["complaint"]
        and not q["annulled_by"]
        and q["kind_code"] not in (RequestKind.COMPLAINT, RequestKind.COURT_CLAIM)
    ]
    if not complained:
        latest = latest_of(events, codes, "date")
        return {**latest, **as_decision} if latest else latest
    return max(enumerate(complained), key=lambda item: (item[1]["complaint_filed"], item[0]))[1]


def longest_valid(*records: Any) -> Any:
    """Of documents and events, the one valid longest.  Kept for office templates copied before
    ``certificate`` (which also weighs every extension, as the deadlines list does) replaced it."""
    dated = [record for record in records if isinstance(record, dict) and record.get("valid_until_day")]
    return max(dated, key=lambda record: record["valid_until_day"]) if dated else nothing()
