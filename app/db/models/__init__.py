# SPDX-License-Identifier: GPL-3.0-or-later
"""All mapped tables; importing this package registers them on ``Base.metadata``."""

from app.db.models.cases import Case, CaseListing, Detention, Interview, LegalEvent, PressureReport, Relative
from app.db.models.facts import Link, Party, RelativeStatusEntry, Request, Source
from app.db.models.files import (
    Attachment,
    AttachmentChunk,
    Draft,
    FileOwed,
    Petition,
    PetitionTemplate,
    WaitingFileChunk,
)
from app.db.models.history import (
    AuditEntry,
    ExchangeBundle,
    MergeConflict,
    Meta,
    NameKey,
    NotSamePerson,
    Revision,
    Tombstone,
    WaitingRow,
)
from app.db.models.org import Device, Office, OfficeKey, PartnerOffice, User
from app.db.models.people import IdentityDocument, Person, PersonName, Residence
from app.db.models.synced import SyncedRecord

#: Tables whose rows travel between offices and get revisions, by table name.
SYNCED_MODELS: dict[str, type[SyncedRecord]] = {
    model.__tablename__: model
    for model in (
        Office,
        User,
        Person,
        PersonName,
        IdentityDocument,
        Residence,
        Party,
        Case,
        Interview,
        LegalEvent,
        Relative,
        RelativeStatusEntry,
        Detention,
        PressureReport,
        Attachment,
        Request,
        Source,
        Petition,
        Link,
    )
}

__all__ = [
    "SYNCED_MODELS",
    "Attachment",
    "AttachmentChunk",
    "AuditEntry",
    "Case",
    "CaseListing",
    "Detention",
    "Device",
    "Draft",
    "ExchangeBundle",
    "FileOwed",
    "IdentityDocument",
    "Interview",
    "LegalEvent",
    "Link",
    "MergeConflict",
    "Meta",
    "NameKey",
    "NotSamePerson",
    "Office",
    "OfficeKey",
    "PartnerOffice",
    "Party",
    "Person",
    "PersonName",
    "Petition",
    "PetitionTemplate",
    "PressureReport",
    "Relative",
    "RelativeStatusEntry",
    "Request",
    "Residence",
    "Revision",
    "Source",
    "SyncedRecord",
    "Tombstone",
    "User",
    "WaitingFileChunk",
    "WaitingRow",
]
