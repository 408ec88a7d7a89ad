# SPDX-License-Identifier: GPL-3.0-or-later
"""Translated labels for vocabulary codes and record fields; the domain stores codes, the UI shows these."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui.widgets.text import isolate

CONTEXT = "Vocab"

NAME_KIND = {
    "full": QT_TRANSLATE_NOOP("Vocab", "Full name"),
    "given": QT_TRANSLATE_NOOP("Vocab", "Given name"),
    "surname": QT_TRANSLATE_NOOP("Vocab", "Surname"),
    "patronymic": QT_TRANSLATE_NOOP("Vocab", "Patronymic"),
    "alias": QT_TRANSLATE_NOOP("Vocab", "Alias"),
    "document": QT_TRANSLATE_NOOP("Vocab", "As on a document"),
}
SCRIPT = {
    "Cyrl": QT_TRANSLATE_NOOP("Vocab", "Cyrillic"),
    "Latn": QT_TRANSLATE_NOOP("Vocab", "Latin"),
    "Arab": QT_TRANSLATE_NOOP("Vocab", "Arabic script"),
    "Hani": QT_TRANSLATE_NOOP("Vocab", "Chinese"),
    "Zyyy": QT_TRANSLATE_NOOP("Vocab", "Mixed / other"),
}
SCHEME = {
    "kk-cyrl": QT_TRANSLATE_NOOP("Vocab", "Kazakh Cyrillic"),
    "kk-latn-2021": QT_TRANSLATE_NOOP("Vocab", "Kazakh Latin (2021)"),
    "kk-latn-2018": QT_TRANSLATE_NOOP("Vocab", "Kazakh Latin (2018)"),
    "kk-latn-2017": QT_TRANSLATE_NOOP("Vocab", "Kazakh Latin (2017)"),
    "iso9": QT_TRANSLATE_NOOP("Vocab", "ISO 9"),
    "passport": QT_TRANSLATE_NOOP("Vocab", "Passport (Russian style)"),
    "english": QT_TRANSLATE_NOOP("Vocab", "English (press)"),
    "kk-arab": QT_TRANSLATE_NOOP("Vocab", "Kazakh Arabic script"),
    "zh-transcription": QT_TRANSLATE_NOOP("Vocab", "Chinese transcription"),
}
SEX = {
    "female": QT_TRANSLATE_NOOP("Vocab", "Female"),
    "male": QT_TRANSLATE_NOOP("Vocab", "Male"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other"),
    "unknown": QT_TRANSLATE_NOOP("Vocab", "Unknown"),
}
DOCUMENT_KIND = {
    "prc-resident-id": QT_TRANSLATE_NOOP("Vocab", "PRC resident ID card"),
    "prc-passport": QT_TRANSLATE_NOOP("Vocab", "PRC passport"),
    "kz-iin": QT_TRANSLATE_NOOP("Vocab", "Kazakhstan IIN"),
    "kz-residence-permit": QT_TRANSLATE_NOOP("Vocab", "Kazakhstan residence permit"),
    "refugee-certificate": QT_TRANSLATE_NOOP("Vocab", "Refugee certificate"),
    "asylum-seeker-certificate": QT_TRANSLATE_NOOP("Vocab", "Asylum-seeker certificate"),
    "travel-document": QT_TRANSLATE_NOOP("Vocab", "Travel document"),
    "birth-certificate": QT_TRANSLATE_NOOP("Vocab", "Birth certificate"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other document"),
}
CASE_STATUS = {
    "intake": QT_TRANSLATE_NOOP("Vocab", "Intake"),
    "open": QT_TRANSLATE_NOOP("Vocab", "Open"),
    "waiting": QT_TRANSLATE_NOOP("Vocab", "Waiting for an answer"),
    "closed": QT_TRANSLATE_NOOP("Vocab", "Closed"),
    "archived": QT_TRANSLATE_NOOP("Vocab", "Archived"),
}
CONFIDENTIALITY = {
    "normal": QT_TRANSLATE_NOOP("Vocab", "Normal"),
    "restricted": QT_TRANSLATE_NOOP("Vocab", "Restricted"),
    "secret": QT_TRANSLATE_NOOP("Vocab", "Secret"),
}
CONSENT_RECORDING = {
    "written": QT_TRANSLATE_NOOP("Vocab", "Written, signed"),
    "oral-recorded": QT_TRANSLATE_NOOP("Vocab", "Oral, audio-recorded"),
    "oral-witnessed": QT_TRANSLATE_NOOP("Vocab", "Oral, witnessed"),
    "thumbprint": QT_TRANSLATE_NOOP("Vocab", "Thumbprint"),
}
CONSENT_SCOPE = {
    "documentation-only": QT_TRANSLATE_NOOP("Vocab", "Documentation only"),
    "legal-action": QT_TRANSLATE_NOOP("Vocab", "Legal action"),
    "share-partners": QT_TRANSLATE_NOOP("Vocab", "Share with partner offices"),
    "advocacy-anonymised": QT_TRANSLATE_NOOP("Vocab", "Advocacy, anonymised"),
    "public": QT_TRANSLATE_NOOP("Vocab", "Public, with name"),
}
INTERVIEW_SECTION = {
    "background": QT_TRANSLATE_NOOP("Vocab", "Background"),
    "flight": QT_TRANSLATE_NOOP("Vocab", "Flight"),
    "detention": QT_TRANSLATE_NOOP("Vocab", "Detention"),
    "family": QT_TRANSLATE_NOOP("Vocab", "Family"),
    "status-in-kazakhstan": QT_TRANSLATE_NOOP("Vocab", "Status in Kazakhstan"),
    "needs": QT_TRANSLATE_NOOP("Vocab", "Needs"),
}
LANGUAGE = {
    "kk": QT_TRANSLATE_NOOP("Vocab", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Vocab", "Russian"),
    "ug": QT_TRANSLATE_NOOP("Vocab", "Uyghur"),
    "zh": QT_TRANSLATE_NOOP("Vocab", "Chinese"),
    "en": QT_TRANSLATE_NOOP("Vocab", "English"),
}
LEGAL_EVENT_KIND = {
    "border-crossing": QT_TRANSLATE_NOOP("Vocab", "Border crossing"),
    "arrest": QT_TRANSLATE_NOOP("Vocab", "Arrest"),
    "charge": QT_TRANSLATE_NOOP("Vocab", "Charge"),
    "trial": QT_TRANSLATE_NOOP("Vocab", "Trial"),
    "sentence": QT_TRANSLATE_NOOP("Vocab", "Sentence"),
    "appeal-filed": QT_TRANSLATE_NOOP("Vocab", "Appeal filed"),
    "appeal-decided": QT_TRANSLATE_NOOP("Vocab", "Appeal decided"),
    "deportation-ordered": QT_TRANSLATE_NOOP("Vocab", "Deportation ordered"),
    "deportation-refused": QT_TRANSLATE_NOOP("Vocab", "Deportation refused"),
    "release": QT_TRANSLATE_NOOP("Vocab", "Release"),
    "asylum-application": QT_TRANSLATE_NOOP("Vocab", "Asylum application"),
    "asylum-seeker-status": QT_TRANSLATE_NOOP("Vocab", "Asylum-seeker status"),
    "refugee-status-granted": QT_TRANSLATE_NOOP("Vocab", "Refugee status granted"),
    "refugee-status-refused": QT_TRANSLATE_NOOP("Vocab", "Refugee status refused"),
    "refugee-status-appealed": QT_TRANSLATE_NOOP("Vocab", "Refugee status refusal appealed"),
    "certificate-issued": QT_TRANSLATE_NOOP("Vocab", "Certificate issued"),
    "certificate-extended": QT_TRANSLATE_NOOP("Vocab", "Certificate extended"),
    "citizenship-application": QT_TRANSLATE_NOOP("Vocab", "Citizenship application"),
    "citizenship-refused": QT_TRANSLATE_NOOP("Vocab", "Citizenship refused"),
    "residence-permit-application": QT_TRANSLATE_NOOP("Vocab", "Residence permit application"),
    "residence-permit-refused": QT_TRANSLATE_NOOP("Vocab", "Residence permit refused"),
    "travel-document-requested": QT_TRANSLATE_NOOP("Vocab", "Travel document requested"),
    "travel-document-reply": QT_TRANSLATE_NOOP("Vocab", "Travel document reply"),
    "departure-third-country": QT_TRANSLATE_NOOP("Vocab", "Departure to a third country"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other event"),
}
RELATIONSHIP = {
    "father": QT_TRANSLATE_NOOP("Vocab", "Father"),
    "mother": QT_TRANSLATE_NOOP("Vocab", "Mother"),
    "spouse": QT_TRANSLATE_NOOP("Vocab", "Spouse"),
    "son": QT_TRANSLATE_NOOP("Vocab", "Son"),
    "daughter": QT_TRANSLATE_NOOP("Vocab", "Daughter"),
    "brother": QT_TRANSLATE_NOOP("Vocab", "Brother"),
    "sister": QT_TRANSLATE_NOOP("Vocab", "Sister"),
    "grandparent": QT_TRANSLATE_NOOP("Vocab", "Grandparent"),
    "grandchild": QT_TRANSLATE_NOOP("Vocab", "Grandchild"),
    "uncle-aunt": QT_TRANSLATE_NOOP("Vocab", "Uncle / aunt"),
    "cousin": QT_TRANSLATE_NOOP("Vocab", "Cousin"),
    "in-law": QT_TRANSLATE_NOOP("Vocab", "In-law"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other relative"),
}
RELATIVE_STATUS = {
    "at-home": QT_TRANSLATE_NOOP("Vocab", "At home"),
    "under-surveillance": QT_TRANSLATE_NOOP("Vocab", "Under surveillance"),
    "detained": QT_TRANSLATE_NOOP("Vocab", "Detained"),
    "in-camp": QT_TRANSLATE_NOOP("Vocab", "In a camp"),
    "imprisoned": QT_TRANSLATE_NOOP("Vocab", "Imprisoned"),
    "released": QT_TRANSLATE_NOOP("Vocab", "Released"),
    "forbidden-to-leave": QT_TRANSLATE_NOOP("Vocab", "Forbidden to leave"),
    "in-kazakhstan": QT_TRANSLATE_NOOP("Vocab", "In Kazakhstan"),
    "abroad": QT_TRANSLATE_NOOP("Vocab", "Abroad"),
    "deceased": QT_TRANSLATE_NOOP("Vocab", "Deceased"),
    "unknown": QT_TRANSLATE_NOOP("Vocab", "Status unknown"),
}
PRESSURE_KIND = {
    "demand-to-return": QT_TRANSLATE_NOOP("Vocab", "Demand to return"),
    "threat": QT_TRANSLATE_NOOP("Vocab", "Threat"),
    "visit-by-police": QT_TRANSLATE_NOOP("Vocab", "Police visit"),
    "interrogation": QT_TRANSLATE_NOOP("Vocab", "Interrogation"),
    "detention-of-relative": QT_TRANSLATE_NOOP("Vocab", "Relative detained"),
    "release-delayed": QT_TRANSLATE_NOOP("Vocab", "Release delayed"),
    "exit-refused": QT_TRANSLATE_NOOP("Vocab", "Exit refused"),
    "movement-restricted": QT_TRANSLATE_NOOP("Vocab", "Movement restricted"),
    "property-held": QT_TRANSLATE_NOOP("Vocab", "Property held"),
    "surveillance-of-diaspora": QT_TRANSLATE_NOOP("Vocab", "Questions about the person abroad"),
    "health-harmed": QT_TRANSLATE_NOOP("Vocab", "Health harmed"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other pressure"),
}
PRESSURE_ACTOR = {
    "county-police": QT_TRANSLATE_NOOP("Vocab", "County police"),
    "armed-police": QT_TRANSLATE_NOOP("Vocab", "Armed police"),
    "state-security": QT_TRANSLATE_NOOP("Vocab", "State security"),
    "local-officials": QT_TRANSLATE_NOOP("Vocab", "Local officials"),
    "village-committee": QT_TRANSLATE_NOOP("Vocab", "Village committee"),
    "camp-staff": QT_TRANSLATE_NOOP("Vocab", "Camp staff"),
    "unknown": QT_TRANSLATE_NOOP("Vocab", "Unknown actor"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other actor"),
}
CHANNEL = {
    "phone-call": QT_TRANSLATE_NOOP("Vocab", "Phone call"),
    "messenger": QT_TRANSLATE_NOOP("Vocab", "Messenger"),
    "through-relative": QT_TRANSLATE_NOOP("Vocab", "Through a relative"),
    "visitor": QT_TRANSLATE_NOOP("Vocab", "Visitor"),
    "in-person": QT_TRANSLATE_NOOP("Vocab", "In person"),
    "media": QT_TRANSLATE_NOOP("Vocab", "Media"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other channel"),
}
RELIABILITY = {
    "high": QT_TRANSLATE_NOOP("Vocab", "High"),
    "medium": QT_TRANSLATE_NOOP("Vocab", "Medium"),
    "low": QT_TRANSLATE_NOOP("Vocab", "Low"),
    "unknown": QT_TRANSLATE_NOOP("Vocab", "Not assessed"),
}
SOURCE_CONNECTION = {
    "direct-victim": QT_TRANSLATE_NOOP("Vocab", "Victim themself"),
    "eyewitness": QT_TRANSLATE_NOOP("Vocab", "Eyewitness"),
    "family-member": QT_TRANSLATE_NOOP("Vocab", "Family member"),
    "hearsay": QT_TRANSLATE_NOOP("Vocab", "Hearsay"),
    "document": QT_TRANSLATE_NOOP("Vocab", "Document"),
    "unknown": QT_TRANSLATE_NOOP("Vocab", "Unknown source"),
}
ATTACHMENT_KIND = {
    "scan": QT_TRANSLATE_NOOP("Vocab", "Scan"),
    "photo": QT_TRANSLATE_NOOP("Vocab", "Photo"),
    "audio": QT_TRANSLATE_NOOP("Vocab", "Audio"),
    "document": QT_TRANSLATE_NOOP("Vocab", "Document"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other file"),
}
RECORD_TABLE = {
    "persons": QT_TRANSLATE_NOOP("Vocab", "Person"),
    "person_names": QT_TRANSLATE_NOOP("Vocab", "Name"),
    "identity_documents": QT_TRANSLATE_NOOP("Vocab", "Identity document"),
    "cases": QT_TRANSLATE_NOOP("Vocab", "Case"),
    "interviews": QT_TRANSLATE_NOOP("Vocab", "Interview"),
    "legal_events": QT_TRANSLATE_NOOP("Vocab", "Legal event"),
    "relatives": QT_TRANSLATE_NOOP("Vocab", "Relative"),
    "detentions": QT_TRANSLATE_NOOP("Vocab", "Detention"),
    "pressure_reports": QT_TRANSLATE_NOOP("Vocab", "Pressure report"),
    "attachments": QT_TRANSLATE_NOOP("Vocab", "Attachment"),
    "petitions": QT_TRANSLATE_NOOP("Vocab", "Petition"),
}
FIELD = {
    "actor": QT_TRANSLATE_NOOP("Vocab", "Actor"),
    "authority": QT_TRANSLATE_NOOP("Vocab", "Authority"),
    "birth_date": QT_TRANSLATE_NOOP("Vocab", "Birth date"),
    "birth_place": QT_TRANSLATE_NOOP("Vocab", "Birth place"),
    "case_id": QT_TRANSLATE_NOOP("Vocab", "Case"),
    "channel": QT_TRANSLATE_NOOP("Vocab", "Channel"),
    "citizenship": QT_TRANSLATE_NOOP("Vocab", "Citizenship"),
    "closed_on": QT_TRANSLATE_NOOP("Vocab", "Closed on"),
    "confidentiality": QT_TRANSLATE_NOOP("Vocab", "Confidentiality"),
    "consent_given": QT_TRANSLATE_NOOP("Vocab", "Consent given"),
    "consent_recording": QT_TRANSLATE_NOOP("Vocab", "Consent recorded as"),
    "consent_scope": QT_TRANSLATE_NOOP("Vocab", "Consent scope"),
    "country": QT_TRANSLATE_NOOP("Vocab", "Country"),
    "created_at": QT_TRANSLATE_NOOP("Vocab", "Added on"),
    "county": QT_TRANSLATE_NOOP("Vocab", "County"),
    "date": QT_TRANSLATE_NOOP("Vocab", "Date"),
    "description": QT_TRANSLATE_NOOP("Vocab", "Description"),
    "destination_country": QT_TRANSLATE_NOOP("Vocab", "Destination country"),
    "detention_credit_days": QT_TRANSLATE_NOOP("Vocab", "Credit for detention (days)"),
    "display_name": QT_TRANSLATE_NOOP("Vocab", "File name"),
    "ended_on": QT_TRANSLATE_NOOP("Vocab", "Ended on"),
    "ethnicity": QT_TRANSLATE_NOOP("Vocab", "Ethnicity"),
    "facility": QT_TRANSLATE_NOOP("Vocab", "Facility"),
    "held_on": QT_TRANSLATE_NOOP("Vocab", "Held on"),
    "interpreter": QT_TRANSLATE_NOOP("Vocab", "Interpreter"),
    "interviewer": QT_TRANSLATE_NOOP("Vocab", "Interviewer"),
    "is_primary": QT_TRANSLATE_NOOP("Vocab", "Primary name"),
    "issued_on": QT_TRANSLATE_NOOP("Vocab", "Issued on"),
    "issuer": QT_TRANSLATE_NOOP("Vocab", "Issued by"),
    "kind": QT_TRANSLATE_NOOP("Vocab", "Kind"),
    "language": QT_TRANSLATE_NOOP("Vocab", "Language"),
    "last_contact": QT_TRANSLATE_NOOP("Vocab", "Last contact"),
    "legal_basis": QT_TRANSLATE_NOOP("Vocab", "Legal basis"),
    "media_type": QT_TRANSLATE_NOOP("Vocab", "File type"),
    "narrative": QT_TRANSLATE_NOOP("Vocab", "Narrative"),
    "note": QT_TRANSLATE_NOOP("Vocab", "Note"),
    "notes": QT_TRANSLATE_NOOP("Vocab", "Notes"),
    "number": QT_TRANSLATE_NOOP("Vocab", "Number"),
    "occurred_on": QT_TRANSLATE_NOOP("Vocab", "Date"),
    "office_id": QT_TRANSLATE_NOOP("Vocab", "Office"),
    "opened_on": QT_TRANSLATE_NOOP("Vocab", "Opened on"),
    "outcome": QT_TRANSLATE_NOOP("Vocab", "Outcome"),
    "person_id": QT_TRANSLATE_NOOP("Vocab", "Person"),
    "place": QT_TRANSLATE_NOOP("Vocab", "Place"),
    "prefecture": QT_TRANSLATE_NOOP("Vocab", "Prefecture"),
    "reference": QT_TRANSLATE_NOOP("Vocab", "Reference"),
    "reference_number": QT_TRANSLATE_NOOP("Vocab", "Reference number"),
    "relationship": QT_TRANSLATE_NOOP("Vocab", "Relationship"),
    "relative_id": QT_TRANSLATE_NOOP("Vocab", "Relative"),
    "reliability": QT_TRANSLATE_NOOP("Vocab", "Reliability"),
    "scheme": QT_TRANSLATE_NOOP("Vocab", "Scheme"),
    "script": QT_TRANSLATE_NOOP("Vocab", "Script"),
    "sections": QT_TRANSLATE_NOOP("Vocab", "Interview sections"),
    "sex": QT_TRANSLATE_NOOP("Vocab", "Sex"),
    "sha256": QT_TRANSLATE_NOOP("Vocab", "SHA-256"),
    "size": QT_TRANSLATE_NOOP("Vocab", "Size"),
    "source_connection": QT_TRANSLATE_NOOP("Vocab", "How the source knows"),
    "started_on": QT_TRANSLATE_NOOP("Vocab", "Started on"),
    "stated_reason": QT_TRANSLATE_NOOP("Vocab", "Stated reason"),
    "status": QT_TRANSLATE_NOOP("Vocab", "Status"),
    "subject_id": QT_TRANSLATE_NOOP("Vocab", "Person"),
    "summary": QT_TRANSLATE_NOOP("Vocab", "Summary"),
    "suspended": QT_TRANSLATE_NOOP("Vocab", "Suspended"),
    "term_months": QT_TRANSLATE_NOOP("Vocab", "Term (months)"),
    "text": QT_TRANSLATE_NOOP("Vocab", "Spelling"),
    "township": QT_TRANSLATE_NOOP("Vocab", "Township"),
    "treatment": QT_TRANSLATE_NOOP("Vocab", "Treatment"),
    "valid_until": QT_TRANSLATE_NOOP("Vocab", "Valid until"),
    "village": QT_TRANSLATE_NOOP("Vocab", "Village"),
}


def label(table: Mapping[str, str], code: object) -> str:
    """The translated label of ``code``; an unknown code (a newer vocabulary) is shown as itself, isolated."""
    text = str(getattr(code, "value", code) or "")
    source = table.get(text)
    if source is None:
        return isolate(text) if text else ""
    return QCoreApplication.translate(CONTEXT, source)


def options(table: Mapping[str, str]) -> list[tuple[str, str]]:
    """(code, translated label) pairs in the table's order, for combo boxes."""
    return [(code, QCoreApplication.translate(CONTEXT, source)) for code, source in table.items()]
