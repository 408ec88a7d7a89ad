# SPDX-License-Identifier: GPL-3.0-or-later
"""Frozen records that cross the service boundary: what the UI, CLI and exports see.

Field names equal the database column names so one generic mapper moves them
in and out (``app.db.mapping``).  Ids are UUID strings; an empty id on a record
passed to a ``save_*`` service method means "new".
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.dates import PartialDate
from app.domain.facts import UNKNOWN as UNKNOWN
from app.domain.facts import Link as Link
from app.domain.facts import Party as Party
from app.domain.facts import Petition as Petition
from app.domain.facts import Request as Request
from app.domain.facts import Source as Source
from app.domain.vocab import (
    AttachmentKind,
    CaseStatus,
    CivilStatus,
    Confidentiality,
    DocumentKind,
    Frequency,
    LegalEventKind,
    NameKind,
    Relationship,
    RelativeStatus,
    Reliability,
    Sex,
    SourceConnection,
)


def new_id() -> str:
    """A random record id (UUID4 text): records travel between offices, so never a counter."""
    return str(uuid.uuid4())


def ordered_id() -> str:
    """A record id for rows written in bulk: UUIDv7 text (RFC 9562), the creation time in
    milliseconds then 74 random bits, so still never a counter.  Rows made together sit
    together in every index keyed by their ids, instead of landing on a random page each
    (a demo vault of 10,000 cases rewrote a third of its pages per 500 cases with UUID4)."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10)) & ~(0xF << 76 | 0x3 << 62)
    return str(uuid.UUID(int=value | 7 << 76 | 2 << 62))


@dataclass(frozen=True, slots=True)
class PersonName:
    person_id: str
    text: str
    script: str = ""  # ISO 15924 code; detected from the text when empty
    scheme: str = ""  # e.g. kk-latn-2021, passport, zh-transcription, or where it came from
    kind: NameKind = NameKind.FULL
    is_primary: bool = False
    id: str = ""


@dataclass(frozen=True, slots=True)
class IdentityDocument:
    person_id: str
    kind: DocumentKind
    number: str = ""
    issuer: str = ""
    issued_on: PartialDate = UNKNOWN
    valid_until: PartialDate = UNKNOWN
    notes: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    """A case's subject or a relative; a relative whose name is not known has no spellings."""

    birth_date: PartialDate = UNKNOWN
    birth_place: str = ""
    sex: Sex = Sex.UNKNOWN
    ethnicity: str = ""
    citizenship: str = ""
    notes: str = ""
    occupation: str = ""
    civil_status: CivilStatus = CivilStatus.UNKNOWN
    #: Age at ``age_on`` when the birth year is not known ("about 70 in 2019").
    age: int | None = None
    age_on: PartialDate = UNKNOWN
    lacks: tuple[str, ...] = ()  # Lack codes: no IIN, no identity document, …
    blocked: tuple[str, ...] = ()  # Blocked codes: what the lack blocks
    id: str = ""


@dataclass(frozen=True, slots=True)
class Residence:
    """A dated place of residence: "lives in Talgar since 2019"."""

    person_id: str
    place: str = ""
    region: str = ""
    country: str = ""
    since: PartialDate = UNKNOWN
    until: PartialDate = UNKNOWN
    notes: str = ""
    sort_order: int = 0
    id: str = ""


@dataclass(frozen=True, slots=True)
class PersonFile:
    """A person with all their spellings and documents."""

    person: Person
    names: tuple[PersonName, ...] = ()
    documents: tuple[IdentityDocument, ...] = ()
    residences: tuple[Residence, ...] = ()

    @property
    def primary_name(self) -> PersonName | None:
        """The spelling marked primary, else the first; None for a person with no names."""
        return next((n for n in self.names if n.is_primary), None) or (self.names[0] if self.names else None)

    @property
    def display_name(self) -> str:
        primary = self.primary_name
        return primary.text if primary is not None else ""


@dataclass(frozen=True, slots=True)
class Office:
    name: str
    id: str = ""


@dataclass(frozen=True, slots=True)
class User:
    username: str
    display_name: str = ""
    role: str = "field-worker"
    office_id: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    subject_id: str
    office_id: str
    reference: str = ""
    status: CaseStatus = CaseStatus.INTAKE
    confidentiality: Confidentiality = Confidentiality.NORMAL
    opened_on: PartialDate = UNKNOWN
    closed_on: PartialDate = UNKNOWN
    summary: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class Interview:
    case_id: str
    held_on: PartialDate = UNKNOWN
    place: str = ""
    interviewer: str = ""
    language: str = ""
    interpreter: str = ""
    consent_given: bool = False
    consent_scope: str = ""  # comma-separated ConsentScope codes
    consent_recording: str = ""  # ConsentRecording code
    sections: tuple[tuple[str, str], ...] = ()  # (section code, text), in order
    narrative: str = ""
    sort_order: int = 0  # manual order among items whose dates cannot be told apart
    id: str = ""


#: The structured sections of an intake interview, in the order they are asked.
INTERVIEW_SECTIONS = ("background", "flight", "detention", "family", "status-in-kazakhstan", "needs")


@dataclass(frozen=True, slots=True)
class LegalEvent:
    case_id: str
    kind: LegalEventKind
    date: PartialDate = UNKNOWN
    place: str = ""  # town, district, checkpoint
    authority: str = ""  # court, ministry, migration service
    reference_number: str = ""  # court case number, letter number
    term_months: int | None = None
    suspended: bool = False
    detention_credit_days: int | None = None
    valid_until: PartialDate = UNKNOWN
    legal_basis: str = ""  # e.g. "Law on Migration No. 477-IV, Art. 49"
    outcome: str = ""
    destination_country: str = ""
    notes: str = ""
    sort_order: int = 0
    id: str = ""


@dataclass(frozen=True, slots=True)
class Relative:
    case_id: str
    person_id: str
    relationship: Relationship = Relationship.OTHER
    country: str = ""
    prefecture: str = ""
    county: str = ""
    township: str = ""
    village: str = ""
    last_contact: PartialDate = UNKNOWN
    notes: str = ""
    #: Who the relative is when the name is not known: "her mother, about 70".
    description: str = ""
    minor: bool = False
    id: str = ""


@dataclass(frozen=True, slots=True)
class RelativeStatusEntry:
    """One dated status of a relative; several can hold at once (under surveillance, forbidden to leave)."""

    case_id: str
    relative_id: str
    status: RelativeStatus = RelativeStatus.UNKNOWN
    started_on: PartialDate = UNKNOWN
    ended_on: PartialDate = UNKNOWN
    notes: str = ""
    sort_order: int = 0
    id: str = ""


@dataclass(frozen=True, slots=True)
class Detention:
    case_id: str
    relative_id: str | None = None  # None: the case's own subject was held
    facility: str = ""
    place: str = ""
    started_on: PartialDate = UNKNOWN
    ended_on: PartialDate = UNKNOWN
    stated_reason: str = ""
    treatment: str = ""
    sort_order: int = 0
    id: str = ""


@dataclass(frozen=True, slots=True)
class PressureReport:
    """Pressure on relatives as it was told: several kinds and targets, when it happened and was told."""

    case_id: str
    kinds: tuple[str, ...] = ()  # PressureKind codes
    target_ids: tuple[str, ...] = ()  # ids of the case's relatives it was aimed at
    frequency: Frequency = Frequency.UNKNOWN
    occurred_on: PartialDate = UNKNOWN
    reported_on: PartialDate = UNKNOWN
    relayed_by_id: str | None = None  # a person who passed the news on
    actor: str = "unknown"  # PressureActor code
    channel: str = "other"  # Channel code
    reliability: Reliability = Reliability.CANNOT_BE_JUDGED
    source_connection: SourceConnection = SourceConnection.UNKNOWN
    place: str = ""
    description: str = ""
    words: str = ""  # what was said, verbatim
    sort_order: int = 0
    id: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    case_id: str
    display_name: str
    media_type: str = "application/octet-stream"
    kind: AttachmentKind = AttachmentKind.OTHER
    size: int = 0
    sha256: str = ""
    note: str = ""
    created_at: dt.datetime | None = None
    id: str = ""


@dataclass(frozen=True, slots=True)
class CaseRef:
    """Another case a link reaches: enough to name it."""

    id: str
    reference: str
    subject_name: str

    @property
    def label(self) -> str:
        return f"{self.reference} {self.subject_name}".strip()


@dataclass(frozen=True, slots=True)
class CaseFile:
    """Everything about one case, read in one transaction."""

    case: Case
    subject: PersonFile
    relatives: tuple[Relative, ...] = ()
    relative_people: tuple[PersonFile, ...] = ()
    interviews: tuple[Interview, ...] = ()
    legal_events: tuple[LegalEvent, ...] = ()
    detentions: tuple[Detention, ...] = ()
    pressure_reports: tuple[PressureReport, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    petitions: tuple[Petition, ...] = ()
    requests: tuple[Request, ...] = ()
    relative_statuses: tuple[RelativeStatusEntry, ...] = ()
    sources: tuple[Source, ...] = ()
    #: Links touching this case: kept with it or pointing into it from another case.
    links: tuple[Link, ...] = ()
    #: The officials and organisations the links name.
    parties: tuple[Party, ...] = ()
    #: The other cases the links reach (read only: each is edited as its own case file).
    other_cases: tuple[CaseRef, ...] = ()
    #: Attachments whose bytes this office has not received yet (their ids): another office sent
    #: their records without the files.
    files_not_received: frozenset[str] = frozenset()

    def person(self, person_id: str) -> PersonFile | None:
        for candidate in (self.subject, *self.relative_people):
            if candidate.person.id == person_id:
                return candidate
        return None


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list."""

    id: str
    reference: str
    subject_name: str
    status: CaseStatus
    office_name: str
    opened_on: PartialDate
    next_deadline: PartialDate | None
    updated_at: dt.datetime
    #: For a search result: what matched (a spelling, the reference, a document number), and how.
    matched: str = ""
    matched_by: MatchedBy | None = None


class MatchedBy(StrEnum):
    """How a search found a case (``CaseRow.matched_by``)."""

    REFERENCE = "reference"
    DOCUMENT = "document"
    NAME = "name"


class DeadlineFilter(StrEnum):
    """Which next deadlines the case list keeps (``CaseFilter.deadline``)."""

    OVERDUE = "overdue"  # already passed
    DUE_WITHIN = "due-within"  # from today to ``CaseFilter.deadline_days`` ahead
    NONE = "none"  # no deadline known


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """The case list's filters.  With a deadline filter and no status asked for, closed and archived
    cases are left out: their old deadlines are no longer anyone's work."""

    status: CaseStatus | None = None
    office_id: str | None = None
    deadline: DeadlineFilter | None = None
    deadline_days: int = 0


class CaseSort:
    """Columns the case list can be ordered by."""

    REFERENCE = "reference"
    NAME = "name"
    STATUS = "status"
    OPENED = "opened"
    DEADLINE = "deadline"
    UPDATED = "updated"


#: Where a row stands in a case-list order: its sort value, then its case id (unique: the tie-break).
PageKey = tuple[object, str]


@dataclass(frozen=True, slots=True)
class Page:
    """Rows of the case list in list order; ``total`` is -1 when not counted, ``offset`` the position
    of the first row when known (else -1); ``first_key``/``last_key`` continue the list either way."""

    rows: tuple[CaseRow, ...]
    total: int
    offset: int
    first_key: PageKey | None = None
    last_key: PageKey | None = None


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True, slots=True)
class RevisionView:
    """One step of a record's history: who changed what, when."""

    id: str
    table: str
    record_id: str
    parents: tuple[str, ...]
    values: dict[str, object] = field(hash=False)
    deleted: bool
    author: str
    device_id: str
    office_id: str
    hlc: str
    at: dt.datetime
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    action: str
    user_id: str
    detail: str
    hash: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Result of ``pana check``: each item is a problem found; empty means healthy.

    ``warnings`` are weaknesses that are not damage (the vault is still ``ok``).
    """

    integrity_ok: bool
    cipher_integrity_ok: bool
    foreign_keys_ok: bool
    audit_chain_ok: bool
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: stamped on every revision and audit entry."""

    user_id: str
    device_id: str
    office_id: str
