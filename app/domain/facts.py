# SPDX-License-Identifier: GPL-3.0-or-later
"""Frozen records of case model v2 around the facts: requests to authorities and their answers,
the petitions printed for them, sources, parties (officials, organisations) and the typed links
between records.

``app.domain.records`` re-exports them with the rest of a case file's records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.dates import PartialDate
from app.domain.vocab import (
    AnswerOutcome,
    LinkKind,
    PartyKind,
    PetitionStatus,
    Reliability,
    RequestKind,
    RequestStatus,
    SourceConnection,
    SourceKind,
)

#: An unknown date, the default of every date field.
UNKNOWN = PartialDate()


@dataclass(frozen=True, slots=True)
class Request:
    """An application, request, complaint or letter to an authority, with its answer."""

    case_id: str
    kind: RequestKind = RequestKind.OTHER
    authority: str = ""
    filed_on: PartialDate = UNKNOWN
    reference_number: str = ""
    asked: str = ""  # what was asked for
    status: RequestStatus = RequestStatus.PENDING
    answered_on: PartialDate = UNKNOWN
    outcome: AnswerOutcome = AnswerOutcome.NONE
    answer_basis: str = ""  # the legal basis the answer cites
    answer_reference: str = ""
    answer_attachment_id: str | None = None  # the answer's scan
    notes: str = ""
    sort_order: int = 0
    id: str = ""


@dataclass(frozen=True, slots=True)
class Petition:
    """A filing printed from the case: the text as printed, the data it was filled from, and
    what became of it.  Filing it creates or updates its request (``request_id``)."""

    case_id: str
    kind: str  # the template's kind code
    language: str
    title: str = ""
    status: PetitionStatus = PetitionStatus.DRAFT
    template_sha256: str = ""  # the template text it was filled from
    fields: tuple[tuple[str, str], ...] = ()  # what the lawyer completed, (name, value)
    content: str = ""  # the final document as JSON (``app.petitions.document``), edits included
    snapshot: str = ""  # the case data it was filled from, as JSON
    annex_ids: tuple[str, ...] = ()  # the case's files listed (and appended) as annexes
    sha256: str = ""  # of the PDF as printed
    created_at: dt.datetime | None = None
    printed_at: dt.datetime | None = None
    filed_on: PartialDate = UNKNOWN
    authority: str = ""
    reference_number: str = ""  # the number the authority registered it under
    answered_on: PartialDate = UNKNOWN
    outcome: AnswerOutcome = AnswerOutcome.NONE
    reply_attachment_id: str | None = None
    contested_on: PartialDate = UNKNOWN  # the complaint or appeal against the answer
    request_id: str | None = None
    id: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a person, an article, a document; attached to facts by links."""

    case_id: str
    kind: SourceKind = SourceKind.PERSON
    person_id: str | None = None
    title: str = ""
    publisher: str = ""
    published_on: PartialDate = UNKNOWN
    information_on: PartialDate = UNKNOWN  # the date of the information
    language: str = ""
    connection: SourceConnection = SourceConnection.UNKNOWN
    reliability: Reliability = Reliability.CANNOT_BE_JUDGED
    notes: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class Party:
    """An official or organisation, recorded once for the whole office and linked to records."""

    name: str
    kind: PartyKind = PartyKind.OTHER
    position: str = ""
    organisation: str = ""
    country: str = ""
    notes: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    """A typed link from one record to another (table name and id at each end).

    ``case_id`` is the case the link is kept with (its source's case; for a party, the
    target's), ``target_case_id`` the case of the target; a case reads the links where
    either is its own, so a link shows from both ends.
    """

    kind: LinkKind
    case_id: str
    source_table: str
    source_id: str
    target_table: str
    target_id: str
    target_case_id: str = ""
    note: str = ""  # what the source says, for ``source-of``
    preferred: bool = False  # the office believes this source over others on the same fact
    id: str = ""
