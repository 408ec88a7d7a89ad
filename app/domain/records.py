# SPDX-License-Identifier: GPL-3.0-or-later
"""Frozen records that cross the service boundary: what the UI, CLI and exports see.

Field names equal the database column names so one generic mapper moves them
in and out (``app.db.mapping``).  Ids are UUID strings; an empty id on a record
passed to a ``save_*`` service method means "new".
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from app.domain.dates import PartialDate
from app.domain.vocab import (
    AttachmentKind,
    CaseStatus,
    Confidentiality,
    DocumentKind,
    LegalEventKind,
    NameKind,
    PetitionStatus,
    Relationship,
    RelativeStatus,
    Sex,
)

UNKNOWN = PartialDate()


def new_id() -> str:
    """A random record id (UUID4 text): records travel between offices, so never a counter."""
    return str(uuid.uuid4())


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
    birth_date: PartialDate = UNKNOWN
    birth_place: str = ""
    sex: Sex = Sex.UNKNOWN
    ethnicity: str = ""
    citizenship: str = ""
    notes: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class PersonFile:
    """A person with all their spellings and documents."""

    person: Person
    names: tuple[PersonName, ...] = ()
    documents: tuple[IdentityDocument, ...] = ()

    @property
    def display_name(self) -> str:
        primary = [n for n in self.names if n.is_primary] or list(self.names)
        return primary[0].text if primary else ""


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
    status: RelativeStatus = RelativeStatus.UNKNOWN
    last_contact: PartialDate = UNKNOWN
    notes: str = ""
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
    id: str = ""


@dataclass(frozen=True, slots=True)
class PressureReport:
    case_id: str
    kind: str  # PressureKind code
    relative_id: str | None = None
    occurred_on: PartialDate = UNKNOWN
    actor: str = "unknown"  # PressureActor code
    channel: str = "other"  # Channel code
    reliability: str = "unknown"  # Reliability code
    source_connection: str = "unknown"  # SourceConnection code
    place: str = ""
    description: str = ""
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
class Petition:
    case_id: str
    kind: str
    language: str
    status: PetitionStatus = PetitionStatus.DRAFT
    sha256: str = ""
    created_at: dt.datetime | None = None
    filed_at: dt.datetime | None = None
    id: str = ""


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


@dataclass(frozen=True, slots=True)
class CaseFilter:
    status: CaseStatus | None = None
    office_id: str | None = None
    deadline_within_days: int | None = None


class CaseSort:
    """Columns the case list can be ordered by."""

    REFERENCE = "reference"
    NAME = "name"
    STATUS = "status"
    OPENED = "opened"
    DEADLINE = "deadline"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class Page:
    rows: tuple[CaseRow, ...]
    total: int
    offset: int


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
