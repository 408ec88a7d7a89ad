# SPDX-License-Identifier: GPL-3.0-or-later
"""Controlled vocabularies stored as codes; the UI and petitions translate them.

Terms follow the HURIDOCS Events Standard Formats where they fit (date
precision, reliability, how the source knows).
"""

from __future__ import annotations

from enum import StrEnum


class Script(StrEnum):
    CYRILLIC = "Cyrl"
    LATIN = "Latn"
    ARABIC = "Arab"
    CHINESE = "Hani"
    OTHER = "Zyyy"


class NameKind(StrEnum):
    FULL = "full"
    GIVEN = "given"
    SURNAME = "surname"
    PATRONYMIC = "patronymic"
    ALIAS = "alias"
    DOCUMENT = "document"  # exactly as printed on an identity document


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class DocumentKind(StrEnum):
    PRC_RESIDENT_ID = "prc-resident-id"
    PRC_PASSPORT = "prc-passport"
    KZ_IIN = "kz-iin"
    KZ_RESIDENCE_PERMIT = "kz-residence-permit"
    REFUGEE_CERTIFICATE = "refugee-certificate"
    ASYLUM_SEEKER_CERTIFICATE = "asylum-seeker-certificate"
    TRAVEL_DOCUMENT = "travel-document"
    BIRTH_CERTIFICATE = "birth-certificate"
    OTHER = "other"


class CaseStatus(StrEnum):
    INTAKE = "intake"
    OPEN = "open"
    WAITING = "waiting"  # on an authority's answer
    CLOSED = "closed"
    ARCHIVED = "archived"


class Confidentiality(StrEnum):
    NORMAL = "normal"
    RESTRICTED = "restricted"
    SECRET = "secret"  # noqa: S105 (a confidentiality level, not a password)


class ConsentRecording(StrEnum):
    WRITTEN = "written"
    ORAL_RECORDED = "oral-recorded"
    ORAL_WITNESSED = "oral-witnessed"
    THUMBPRINT = "thumbprint"


class ConsentScope(StrEnum):
    DOCUMENTATION_ONLY = "documentation-only"
    LEGAL_ACTION = "legal-action"
    SHARE_PARTNERS = "share-partners"
    ADVOCACY_ANONYMISED = "advocacy-anonymised"
    PUBLIC = "public"


class LegalEventKind(StrEnum):
    BORDER_CROSSING = "border-crossing"
    ARREST = "arrest"
    CHARGE = "charge"
    TRIAL = "trial"
    SENTENCE = "sentence"
    APPEAL_FILED = "appeal-filed"
    APPEAL_DECIDED = "appeal-decided"
    DEPORTATION_ORDERED = "deportation-ordered"
    DEPORTATION_REFUSED = "deportation-refused"
    RELEASE = "release"
    ASYLUM_APPLICATION = "asylum-application"
    ASYLUM_SEEKER_STATUS = "asylum-seeker-status"
    REFUGEE_STATUS_GRANTED = "refugee-status-granted"
    REFUGEE_STATUS_REFUSED = "refugee-status-refused"
    REFUGEE_STATUS_APPEALED = "refugee-status-appealed"
    CERTIFICATE_ISSUED = "certificate-issued"
    CERTIFICATE_EXTENDED = "certificate-extended"
    CITIZENSHIP_APPLICATION = "citizenship-application"
    CITIZENSHIP_REFUSED = "citizenship-refused"
    RESIDENCE_PERMIT_APPLICATION = "residence-permit-application"
    RESIDENCE_PERMIT_REFUSED = "residence-permit-refused"
    TRAVEL_DOCUMENT_REQUESTED = "travel-document-requested"
    TRAVEL_DOCUMENT_REPLY = "travel-document-reply"
    DEPARTURE_THIRD_COUNTRY = "departure-third-country"
    OTHER = "other"


#: Legal events whose ``valid_until`` is a deadline the dashboard watches.
EXPIRING_EVENT_KINDS = frozenset(
    {
        LegalEventKind.ASYLUM_SEEKER_STATUS,
        LegalEventKind.REFUGEE_STATUS_GRANTED,
        LegalEventKind.CERTIFICATE_ISSUED,
        LegalEventKind.CERTIFICATE_EXTENDED,
    }
)


class DetentionSubject(StrEnum):
    PERSON = "person"
    RELATIVE = "relative"


class Relationship(StrEnum):
    FATHER = "father"
    MOTHER = "mother"
    SPOUSE = "spouse"
    SON = "son"
    DAUGHTER = "daughter"
    BROTHER = "brother"
    SISTER = "sister"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    UNCLE_AUNT = "uncle-aunt"
    COUSIN = "cousin"
    IN_LAW = "in-law"
    OTHER = "other"


class RelativeStatus(StrEnum):
    AT_HOME = "at-home"
    UNDER_SURVEILLANCE = "under-surveillance"
    DETAINED = "detained"
    IN_CAMP = "in-camp"
    IMPRISONED = "imprisoned"
    RELEASED = "released"
    FORBIDDEN_TO_LEAVE = "forbidden-to-leave"
    IN_KAZAKHSTAN = "in-kazakhstan"
    ABROAD = "abroad"
    DECEASED = "deceased"
    UNKNOWN = "unknown"


class PressureKind(StrEnum):
    DEMAND_TO_RETURN = "demand-to-return"
    THREAT = "threat"
    VISIT_BY_POLICE = "visit-by-police"
    INTERROGATION = "interrogation"
    DETENTION_OF_RELATIVE = "detention-of-relative"
    RELEASE_DELAYED = "release-delayed"
    EXIT_REFUSED = "exit-refused"
    MOVEMENT_RESTRICTED = "movement-restricted"
    PROPERTY_HELD = "property-held"
    SURVEILLANCE_OF_DIASPORA = "surveillance-of-diaspora"
    HEALTH_HARMED = "health-harmed"
    OTHER = "other"


class PressureActor(StrEnum):
    COUNTY_POLICE = "county-police"
    ARMED_POLICE = "armed-police"
    STATE_SECURITY = "state-security"
    LOCAL_OFFICIALS = "local-officials"
    VILLAGE_COMMITTEE = "village-committee"
    CAMP_STAFF = "camp-staff"
    UNKNOWN = "unknown"
    OTHER = "other"


class Channel(StrEnum):
    PHONE_CALL = "phone-call"
    MESSENGER = "messenger"
    THROUGH_RELATIVE = "through-relative"
    VISITOR = "visitor"
    IN_PERSON = "in-person"
    MEDIA = "media"
    OTHER = "other"


class Reliability(StrEnum):
    """HURIDOCS-style reliability of the source."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    UNKNOWN = "unknown"


class SourceConnection(StrEnum):
    """How the source knows (HURIDOCS "connection of source to information")."""

    DIRECT_VICTIM = "direct-victim"
    EYEWITNESS = "eyewitness"
    FAMILY_MEMBER = "family-member"
    HEARSAY = "hearsay"
    DOCUMENT = "document"
    UNKNOWN = "unknown"


class AttachmentKind(StrEnum):
    SCAN = "scan"
    PHOTO = "photo"
    AUDIO = "audio"
    DOCUMENT = "document"
    OTHER = "other"


class PetitionStatus(StrEnum):
    DRAFT = "draft"
    PRINTED = "printed"
    FILED = "filed"
    ANSWERED = "answered"


class UserRole(StrEnum):
    FIELD_WORKER = "field-worker"
    LAWYER = "lawyer"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class AuditAction(StrEnum):
    VAULT_CREATED = "vault-created"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock-failed"
    UNLOCK_RECOVERY = "unlock-recovery"
    KEY_CHANGED = "key-changed"
    USER_ADDED = "user-added"
    USER_REMOVED = "user-removed"
    RECOVERY_KEY_REGENERATED = "recovery-key-regenerated"
    BACKUP = "backup"
    RESTORE = "restore"
    EXPORT = "export"
    IMPORT = "import"
    PRINT = "print"
    ATTACHMENT_SAVED_OUT = "attachment-saved-out"
    ERASE = "erase"
    PURGE = "purge"
    MIGRATION = "migration"
    CONFLICT_RESOLVED = "conflict-resolved"
