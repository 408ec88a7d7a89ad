# SPDX-License-Identifier: GPL-3.0-or-later
"""Deadlines as data: rules read from a TOML file, counted on Kazakhstan's calendar.

A rule counts working days (weekends and Kazakhstan's public holidays skipped, from the
``holidays`` library), calendar days, months or years from a date.  A period in months or
years ends on the same day of the month, or on the month's last day when it has no such
day (31 January + 1 month = 29 February in a leap year).  A deadline that falls on a day
off moves to the next working day.  Dates people remember are partial: each rule says
which end of one it counts from (``count_from``): the earliest day for what the office
must do in time, the latest for what an authority owes.

An expiry (a certificate valid until a day) is not a period: it is the day itself, by the
rule's ``count_from`` end of the date, never moved (the document runs out on a Sunday too).

These are a lawyer's aid, not legal advice: every rule carries its source and article.
Not counted: Saturdays the government turns into working days (the library lists the
day off they pay for, not the working Saturday), so such a week counts one day short.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.case_caches import forgotten_on_lock
from app.domain.dates import PartialDate, days_in_month
from app.domain.errors import ValidationError

#: Each unit and the most a rule may count in it (a typo of 15000 working days must not hang the count).
UNITS = {"working-days": 2_500, "calendar-days": 3_660, "months": 120, "years": 10}
COUNT_FROM = ("earliest", "latest")
#: What a rule may say in another language (``[rule.ru]``), and the field each fills.
TRANSLATED = {
    "title": "title",
    "from": "from_",
    "source": "source",
    "note": "note",
    "confidence": "confidence",
}
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class WhatIsDue(StrEnum):
    """What a deadline asks for: a code the UI translates."""

    ANSWER = "answer"  # an authority's answer to a request is awaited
    COMPLAINT_DECISION = "complaint-decision"  # the higher body's decision on a complaint is awaited
    STATUS_DECISION = "status-decision"  # the decision on an asylum or refugee-status application
    COMPLAINT = "complaint"  # a complaint against a refusal, to file
    COURT_CLAIM = "court-claim"  # a claim to a court after the complaint, to file
    ASYLUM_APPLICATION = "asylum-application"  # the asylum application after arrival, to file
    CERTIFICATE_EXPIRES = "certificate-expires"  # the refugee certificate: apply to extend before the day
    #: Its own code, not CERTIFICATE_EXPIRES: Russian names the two certificates apart
    #: (удостоверение беженца, свидетельство лица, ищущего убежище).
    ASYLUM_SEEKER_CERTIFICATE_EXPIRES = "asylum-seeker-certificate-expires"
    TRAVEL_DOCUMENT_EXPIRES = "travel-document-expires"


#: What is due the day a document runs out (no period counted from a date).
EXPIRIES = frozenset(
    {
        WhatIsDue.CERTIFICATE_EXPIRES,
        WhatIsDue.ASYLUM_SEEKER_CERTIFICATE_EXPIRES,
        WhatIsDue.TRAVEL_DOCUMENT_EXPIRES,
    }
)


#: The rules of a complaint against an act, the higher body's decision on it, and the court claim after
#: it (ids in the rules file): the deadlines list and the petitions' time limits both count by them.
COMPLAINT_RULE = "complaint-against-act"
COMPLAINT_DECISION_RULE = "complaint-decision"
COURT_CLAIM_RULE = "court-claim"


class DeadlineNote(StrEnum):
    """Why a deadline is where it is when its rule alone does not say (a code; the UI words it)."""

    NONE = ""
    #: A complaint's decision time ran out (the note's date) with no decision: silence is a refusal.
    SILENCE_IS_REFUSAL = "silence-is-refusal"
    #: A travel document valid later (the note's date) than the refugee certificate: the certificate's day.
    CAPPED_BY_CERTIFICATE = "capped-by-certificate"
    #: No end of validity recorded: the rule's period counted from the day it was issued (the note's date).
    COUNTED_FROM_ISSUE = "counted-from-issue"


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    id: str
    title: str
    counts: int
    unit: str
    count_from: str
    source: str
    article: str = ""
    from_: str = ""  # what the period counts from, in words
    note: str = ""
    confidence: str = ""
    #: The words of the rule in other languages: (language, field, text), e.g. ("ru", "title", "…").
    translations: tuple[tuple[str, str, str], ...] = ()

    def in_language(self, language: str) -> DeadlineRule:
        """The rule with its words in ``language`` where the file gives them (else as written)."""
        words: dict[str, Any] = {field: text for lang, field, text in self.translations if lang == language}
        return dataclasses.replace(self, **words) if words else self

    def day_of(self, date: PartialDate) -> dt.date | None:
        """The day of a partial date this rule counts from (its ``count_from`` end); None when unknown."""
        return date.earliest() if self.count_from == "earliest" else date.latest()

    def due(self, start: PartialDate) -> dt.date | None:
        """The last day to act, counted from ``start``; None when ``start`` is unknown."""
        day = self.day_of(start)
        return None if day is None else _counted(self, day)

    def expires(self, valid_until: PartialDate) -> dt.date | None:
        """The day a document valid until ``valid_until`` runs out, not moved; None when unknown."""
        return self.day_of(valid_until)

    def runs_out(self, issued: PartialDate) -> dt.date | None:
        """The day a document issued on ``issued`` runs out when no end is recorded: the rule's period
        from its issue, not moved; None when ``issued`` is unknown or the rule counts working days."""
        day = self.day_of(issued)
        if day is None or self.unit == "working-days":
            return None
        if self.unit == "calendar-days":
            return day + dt.timedelta(days=self.counts)
        return add_months(day, self.counts * (12 if self.unit == "years" else 1))


def court_claim_due(
    rules: Mapping[str, DeadlineRule],
    *,
    waiting: bool,
    filed_on: PartialDate,
    answered_on: PartialDate,
    today: dt.date,
) -> tuple[dt.date | None, dt.date | None]:
    """The last day of the court claim after a complaint, and the day silence became its refusal.

    An answered complaint: the claim's rule from the answer (no silence).  One still ``waiting``:
    once the higher body's time to decide ran out by ``today``, silence is a refusal (APC Art.
    100(5)) and the claim's rule counts from that day; before, (None, None).  None for what the
    rules or the dates do not say."""
    court = rules.get(COURT_CLAIM_RULE)
    if court is None:
        return None, None
    if not waiting:
        return court.due(answered_on), None
    decision = rules.get(COMPLAINT_DECISION_RULE)
    ran_out = decision.due(filed_on) if decision is not None else None
    if ran_out is None or ran_out >= today:
        return None, None
    return court.due(PartialDate.of(ran_out)), ran_out


@forgotten_on_lock
@functools.lru_cache(maxsize=65_536)
def _counted(rule: DeadlineRule, day: dt.date) -> dt.date:
    # Cached: thousands of requests share a few hundred filing days; a working-day count walks the calendar.
    if rule.unit == "working-days":
        return add_working_days(day, rule.counts)
    if rule.unit == "calendar-days":
        return next_working_day(day + dt.timedelta(days=rule.counts))
    months = rule.counts * (12 if rule.unit == "years" else 1)
    return next_working_day(add_months(day, months))


@functools.cache
def _days_off(year: int) -> frozenset[dt.date]:
    import holidays  # ~0.1 s of imports: loaded when a deadline is first counted, not at start

    return frozenset(holidays.country_holidays("KZ", years=year))


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not one of Kazakhstan's public holidays or days off."""
    return day.weekday() < 5 and day not in _days_off(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the next one."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``day`` (the day itself does not count)."""
    for _ in range(count):
        day = next_working_day(day + dt.timedelta(days=1))
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the last day of that month when it has no such day."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def load_rules(path: Path) -> tuple[DeadlineRule, ...]:
    """The rules of a TOML file; ValidationError naming the file (and line) when it is not valid.
    Read again only when the file changed (a batch of petitions asks once per case)."""
    try:
        stamp = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return _rules_of(path, stamp.st_mtime_ns, stamp.st_size)


@functools.lru_cache(maxsize=8)
def _rules_of(path: Path, mtime_ns: int, size: int) -> tuple[DeadlineRule, ...]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError("rules", f"{path.name}: {exc}", "bad-rules") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _unreadable(path, exc) from None
    return tuple(_rule(path, index, item) for index, item in enumerate(_tables(path, data), start=1))


def _unreadable(path: Path, exc: Exception) -> ValidationError:
    return ValidationError("rules", f"{path.name}: cannot be read ({exc.__class__.__name__})", "bad-rules")


def _tables(path: Path, data: dict[str, object]) -> Iterable[dict[str, object]]:
    items = data.get("rule", [])
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ValidationError("rules", f"{path.name}: rules must be [[rule]] tables", "bad-rules")
    return items


def _rule(path: Path, index: int, item: dict[str, object]) -> DeadlineRule:
    where = f"{path.name}: rule {index}"
    text = {
        key: item.get(key, "")
        for key in ("id", "title", "unit", "count_from", "source", "article", "from", "note", "confidence")
    }
    translations = _translations(where, item)
    if not all(isinstance(value, str) for value in text.values()):
        raise ValidationError("rules", f"{where}: every field but counts is text", "bad-rules")
    counts = item.get("counts")
    if not isinstance(counts, int) or isinstance(counts, bool) or counts <= 0:
        raise ValidationError("rules", f"{where}: counts must be a whole number above 0", "bad-rules")
    if text["unit"] not in UNITS:
        raise ValidationError("rules", f"{where}: unit must be one of {', '.join(UNITS)}", "bad-rules")
    if counts > UNITS[str(text["unit"])]:
        limit = UNITS[str(text["unit"])]
        raise ValidationError("rules", f"{where}: counts is more than {limit} {text['unit']}", "bad-rules")
    if text["count_from"] not in COUNT_FROM:
        raise ValidationError("rules", f"{where}: count_from must be earliest or latest", "bad-rules")
    if not text["id"] or not text["title"] or not text["source"]:
        raise ValidationError("rules", f"{where}: id, title and source are required", "bad-rules")
    return DeadlineRule(
        id=str(text["id"]),
        title=str(text["title"]),
        counts=counts,
        unit=str(text["unit"]),
        count_from=str(text["count_from"]),
        source=str(text["source"]),
        article=str(text["article"]),
        from_=str(text["from"]),
        note=str(text["note"]),
        confidence=str(text["confidence"]),
        translations=translations,
    )


def _translations(where: str, item: dict[str, object]) -> tuple[tuple[str, str, str], ...]:
    """A rule's ``[rule.ru]`` / ``[rule.kk]`` tables: its words in that language."""
    found = []
    for language, table in item.items():
        if not isinstance(table, dict):
            continue
        if not LANGUAGE_CODE.fullmatch(language):
            raise ValidationError("rules", f"{where}: [{language}] is not a language code", "bad-rules")
        for key, value in table.items():
            if key not in TRANSLATED or not isinstance(value, str):
                allowed = ", ".join(TRANSLATED)
                raise ValidationError(
                    "rules", f"{where}: [{language}] may give {allowed} as text", "bad-rules"
                )
            found.append((language, TRANSLATED[key], value))
    return tuple(found)
