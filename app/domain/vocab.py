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
    VISA = "visa"
    COURT_VERDICT = "court-verdict"
    DEPORTATION_ORDER = "deportation-order"
    MINISTRY_LETTER = "ministry-letter"
    INVITATION = "invitation"
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
    PUBLIC_TESTIMONY = "public-testimony"  # press conference, video appeal, testimony in public
    OFFICIAL_STATEMENT = "official-statement"
    HEARING_SCHEDULED = "hearing-scheduled"
    HEARING_POSTPONED = "hearing-postponed"
    CONVICTION = "conviction"  # the verdict; the sentence is its own event
    ASYLUM_SEEKER_STATUS_EXTENDED = "asylum-seeker-status-extended"
    STATUS_GRANTED_ABROAD = "status-granted-abroad"  # the country in ``destination_country``
    TRAVEL_DOCUMENT_REFUSED = "travel-document-refused"
    RETURN_REQUESTED_BY_CHINA = "return-requested-by-china"  # "on a list", extradition request
    DEPORTATION_WARNING = "deportation-warning"  # a warning without an order
    RESIDENCE_PERMIT_GRANTED = "residence-permit-granted"
    MARRIAGE_REGISTRATION_REFUSED = "marriage-registration-refused"
    IIN_REGISTRATION_REFUSED = "iin-registration-refused"
    FAMILY_REUNIFICATION_INVITATION = "family-reunification-invitation"
    OTHER = "other"


#: Legal events whose ``valid_until`` is a deadline the dashboard watches.
EXPIRING_EVENT_KINDS = frozenset(
    {
        LegalEventKind.ASYLUM_SEEKER_STATUS,
        LegalEventKind.REFUGEE_STATUS_GRANTED,
        LegalEventKind.CERTIFICATE_ISSUED,
        LegalEventKind.CERTIFICATE_EXTENDED,
        LegalEventKind.ASYLUM_SEEKER_STATUS_EXTENDED,
        LegalEventKind.RESIDENCE_PERMIT_GRANTED,
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
    OLDER_BROTHER = "older-brother"
    YOUNGER_BROTHER = "younger-brother"
    OLDER_SISTER = "older-sister"
    YOUNGER_SISTER = "younger-sister"
    CHILD = "child"  # sex not known
    PARTNER = "partner"  # a marriage that cannot be registered
    ACQUAINTANCE = "acquaintance"
    TOWNSPERSON = "townsperson"  # from the same town; often relays news
    CO_APPLICANT = "co-applicant"
    CO_TRAVELLER = "co-traveller"
    OTHER = "other"


class CivilStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    MARRIED_UNREGISTERED = "married-unregistered"
    WIDOWED = "widowed"
    DIVORCED = "divorced"
    UNKNOWN = "unknown"


class Lack(StrEnum):
    """What a person lacks that others take for granted."""

    NO_IIN = "no-iin"
    NO_IDENTITY_DOCUMENT = "no-identity-document"
    NO_RESIDENCE_REGISTRATION = "no-residence-registration"


class Blocked(StrEnum):
    """What that lack blocks."""

    MARRIAGE_REGISTRATION = "marriage-registration"
    PHONE_NUMBER = "phone-number"
    WORK = "work"
    MEDICAL_CARE = "medical-care"
    SOCIAL_HELP = "social-help"
    BANK_ACCOUNT = "bank-account"
    TRAVEL = "travel"


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
    FORCED_RETURN_OF_RELATIVE = "forced-return-of-relative"  # sent back to the home township
    THREAT_OF_FORCED_RETURN = "threat-of-forced-return"  # or of abduction
    INDUCEMENT = "inducement"  # property or money promised back if the person returns
    FALSE_CLAIM = "false-claim"  # e.g. "talks about your return are under way"
    MEDICAL_TREATMENT_DENIED = "medical-treatment-denied"
    REPRISAL_IN_KAZAKHSTAN = "reprisal-in-kazakhstan"
    NO_PRESSURE_REPORTED = "no-pressure-reported"  # an absence recorded as a fact
    OTHER = "other"


class Frequency(StrEnum):
    ONCE = "once"
    REPEATED = "repeated"
    ONGOING = "ongoing"
    UNKNOWN = "unknown"


class PressureActor(StrEnum):
    COUNTY_POLICE = "county-police"
    ARMED_POLICE = "armed-police"
    STATE_SECURITY = "state-security"
    LOCAL_OFFICIALS = "local-officials"
    VILLAGE_COMMITTEE = "village-committee"
    CAMP_STAFF = "camp-staff"
    POLICE_UNKNOWN_LEVEL = "police-unknown-level"
    CENTRAL_GOVERNMENT = "central-government"
    KZ_INTERIOR_MINISTRY = "kz-interior-ministry"
    KZ_MIGRATION_SERVICE = "kz-migration-service"
    KZ_NATIONAL_SECURITY_COMMITTEE = "kz-national-security-committee"
    KZ_COURT = "kz-court"
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
    """Reliability of a source on the six-step scale (Admiralty / HURIDOCS): A … F."""

    COMPLETELY_RELIABLE = "A"
    USUALLY_RELIABLE = "B"
    FAIRLY_RELIABLE = "C"
    NOT_USUALLY_RELIABLE = "D"
    UNRELIABLE = "E"
    CANNOT_BE_JUDGED = "F"


#: v1 reliability codes and their place on the six-step scale (migration 0002, old revisions).
V1_RELIABILITY = {"high": "B", "medium": "C", "low": "D", "unknown": "F"}


class SourceConnection(StrEnum):
    """How the source knows (HURIDOCS "connection of source to information")."""

    DIRECT_VICTIM = "direct-victim"
    EYEWITNESS = "eyewitness"
    FAMILY_MEMBER = "family-member"
    HEARSAY = "hearsay"
    DOCUMENT = "document"
    INSIDER_OFFICIAL = "insider-official"
    SERVICE_PROVIDER = "service-provider"  # a lawyer, an NGO
    UNKNOWN = "unknown"


class SourceKind(StrEnum):
    PERSON = "person"
    ARTICLE = "article"
    DOCUMENT = "document"
    INTERVIEW = "interview"
    BROADCAST = "broadcast"
    OTHER = "other"


class RequestKind(StrEnum):
    """Applications, requests, complaints and letters to an authority."""

    ASYLUM = "asylum"
    REFUGEE_STATUS = "refugee-status"
    ASYLUM_SEEKER_EXTENSION = "asylum-seeker-extension"
    CERTIFICATE_EXTENSION = "certificate-extension"
    CITIZENSHIP = "citizenship"
    RESIDENCE_PERMIT = "residence-permit"
    TRAVEL_DOCUMENT = "travel-document"
    MARRIAGE_REGISTRATION = "marriage-registration"
    IIN_REGISTRATION = "iin-registration"
    COMPLAINT = "complaint"
    COURT_CLAIM = "court-claim"
    FAMILY_REUNIFICATION = "family-reunification"
    INFORMATION = "information"
    OTHER = "other"


class RequestStatus(StrEnum):
    PENDING = "pending"
    ANSWERED = "answered"
    NO_ANSWER = "no-answer"  # the time for an answer ran out
    WITHDRAWN = "withdrawn"


class AnswerOutcome(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    PARTLY = "partly"
    NONE = "none"


class PartyKind(StrEnum):
    """Officials and organisations recorded once and linked to events."""

    OFFICIAL = "official"
    AUTHORITY = "authority"
    COURT = "court"
    LAWYER = "lawyer"
    NGO = "ngo"
    ACTIVIST_GROUP = "activist-group"
    JOURNALIST = "journalist"
    OTHER = "other"


class LinkKind(StrEnum):
    """Typed links between records (see docs/model-v2.md §2): read from both ends."""

    ANSWERS = "answers"  # reply or decision → request
    CONTESTS = "contests"  # appeal or complaint → decision
    EXTENDS = "extends"  # extension → certificate or status
    FOLLOWS = "follows"  # sentence → conviction, trial, arrest
    MAY_ANSWER = "may-answer"  # pressure report → the refugee's own public act
    CONCERNS = "concerns"  # pressure report → detention; any record → relative
    CONCERNS_CASE = "concerns-case"  # a record → another case
    SOURCE_OF = "source-of"  # source → any fact
    PERPETRATOR = "perpetrator"  # party → event, request, pressure report
    DECISION_MAKER = "decision-maker"
    INTERVENING = "intervening"


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
    COMPLAINED = "complained"  # to the higher body
    APPEALED = "appealed"  # to a court


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
    CASE_DELETED = "case-deleted"
    MIGRATION = "migration"
    CONFLICT_RESOLVED = "conflict-resolved"
    OFFICE_KEYS_CREATED = "office-keys-created"
    OFFICE_KEYS_ROTATED = "office-keys-rotated"
    PARTNER_ADDED = "partner-added"
    PARTNER_KEYS_CHANGED = "partner-keys-changed"
    PARTNER_REVOKED = "partner-revoked"
