# SPDX-License-Identifier: GPL-3.0-or-later
"""Translated labels for vocabulary codes: the domain stores codes, the UI shows these (the names of
record fields are in ``field_labels``)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.ui.tr_noop import QT_TRANSLATE_NOOP
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
    "visa": QT_TRANSLATE_NOOP("Vocab", "Visa"),
    "court-verdict": QT_TRANSLATE_NOOP("Vocab", "Court verdict"),
    "deportation-order": QT_TRANSLATE_NOOP("Vocab", "Deportation order"),
    "ministry-letter": QT_TRANSLATE_NOOP("Vocab", "Letter from a ministry"),
    "invitation": QT_TRANSLATE_NOOP("Vocab", "Invitation"),
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
    "public-testimony": QT_TRANSLATE_NOOP("Vocab", "Public testimony (press, video)"),
    "official-statement": QT_TRANSLATE_NOOP("Vocab", "Statement by an official"),
    "hearing-scheduled": QT_TRANSLATE_NOOP("Vocab", "Hearing scheduled"),
    "hearing-postponed": QT_TRANSLATE_NOOP("Vocab", "Hearing postponed"),
    "conviction": QT_TRANSLATE_NOOP("Vocab", "Conviction (verdict)"),
    "asylum-seeker-status-extended": QT_TRANSLATE_NOOP("Vocab", "Asylum-seeker status extended"),
    "status-granted-abroad": QT_TRANSLATE_NOOP("Vocab", "Status or asylum granted abroad"),
    "travel-document-refused": QT_TRANSLATE_NOOP("Vocab", "Travel document refused"),
    "return-requested-by-china": QT_TRANSLATE_NOOP("Vocab", "Return or extradition requested by China"),
    "deportation-warning": QT_TRANSLATE_NOOP("Vocab", "Deportation warning (no order)"),
    "residence-permit-granted": QT_TRANSLATE_NOOP("Vocab", "Residence permit granted"),
    "marriage-registration-refused": QT_TRANSLATE_NOOP("Vocab", "Marriage registration refused"),
    "iin-registration-refused": QT_TRANSLATE_NOOP("Vocab", "IIN registration refused"),
    "family-reunification-invitation": QT_TRANSLATE_NOOP("Vocab", "Invitation for family reunification"),
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
    "older-brother": QT_TRANSLATE_NOOP("Vocab", "Older brother"),
    "younger-brother": QT_TRANSLATE_NOOP("Vocab", "Younger brother"),
    "older-sister": QT_TRANSLATE_NOOP("Vocab", "Older sister"),
    "younger-sister": QT_TRANSLATE_NOOP("Vocab", "Younger sister"),
    "child": QT_TRANSLATE_NOOP("Vocab", "Child"),
    "partner": QT_TRANSLATE_NOOP("Vocab", "Partner (marriage not registrable)"),
    "acquaintance": QT_TRANSLATE_NOOP("Vocab", "Acquaintance"),
    "townsperson": QT_TRANSLATE_NOOP("Vocab", "Person from the same town"),
    "co-applicant": QT_TRANSLATE_NOOP("Vocab", "Co-applicant"),
    "co-traveller": QT_TRANSLATE_NOOP("Vocab", "Crossed the border together"),
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
    "forced-return-of-relative": QT_TRANSLATE_NOOP("Vocab", "Relative forced back to the home township"),
    "threat-of-forced-return": QT_TRANSLATE_NOOP("Vocab", "Threat of forced return or abduction"),
    "inducement": QT_TRANSLATE_NOOP("Vocab", "Inducement (property or money promised)"),
    "false-claim": QT_TRANSLATE_NOOP("Vocab", "False claim"),
    "medical-treatment-denied": QT_TRANSLATE_NOOP("Vocab", "Medical treatment denied"),
    "reprisal-in-kazakhstan": QT_TRANSLATE_NOOP("Vocab", "Reprisal inside Kazakhstan"),
    "no-pressure-reported": QT_TRANSLATE_NOOP("Vocab", "No pressure reported"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other pressure"),
}
PRESSURE_ACTOR = {
    "county-police": QT_TRANSLATE_NOOP("Vocab", "County police"),
    "armed-police": QT_TRANSLATE_NOOP("Vocab", "Armed police"),
    "state-security": QT_TRANSLATE_NOOP("Vocab", "State security"),
    "local-officials": QT_TRANSLATE_NOOP("Vocab", "Local officials"),
    "village-committee": QT_TRANSLATE_NOOP("Vocab", "Village committee"),
    "camp-staff": QT_TRANSLATE_NOOP("Vocab", "Camp staff"),
    "police-unknown-level": QT_TRANSLATE_NOOP("Vocab", "Police (level unknown)"),
    "central-government": QT_TRANSLATE_NOOP("Vocab", "Central government"),
    "kz-interior-ministry": QT_TRANSLATE_NOOP("Vocab", "Kazakhstan: Ministry of Internal Affairs"),
    "kz-migration-service": QT_TRANSLATE_NOOP("Vocab", "Kazakhstan: migration service"),
    "kz-national-security-committee": QT_TRANSLATE_NOOP("Vocab", "Kazakhstan: National Security Committee"),
    "kz-court": QT_TRANSLATE_NOOP("Vocab", "Kazakhstan: court"),
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
    "A": QT_TRANSLATE_NOOP("Vocab", "A: completely reliable"),
    "B": QT_TRANSLATE_NOOP("Vocab", "B: usually reliable"),
    "C": QT_TRANSLATE_NOOP("Vocab", "C: fairly reliable"),
    "D": QT_TRANSLATE_NOOP("Vocab", "D: not usually reliable"),
    "E": QT_TRANSLATE_NOOP("Vocab", "E: unreliable"),
    "F": QT_TRANSLATE_NOOP("Vocab", "F: cannot be judged"),
}
SOURCE_CONNECTION = {
    "direct-victim": QT_TRANSLATE_NOOP("Vocab", "Victim themself"),
    "eyewitness": QT_TRANSLATE_NOOP("Vocab", "Eyewitness"),
    "family-member": QT_TRANSLATE_NOOP("Vocab", "Family member"),
    "hearsay": QT_TRANSLATE_NOOP("Vocab", "Hearsay"),
    "document": QT_TRANSLATE_NOOP("Vocab", "Document"),
    "insider-official": QT_TRANSLATE_NOOP("Vocab", "Insider or official"),
    "service-provider": QT_TRANSLATE_NOOP("Vocab", "Service provider (lawyer, NGO)"),
    "unknown": QT_TRANSLATE_NOOP("Vocab", "Unknown source"),
}
CIVIL_STATUS = {
    "single": QT_TRANSLATE_NOOP("Vocab", "Single"),
    "married": QT_TRANSLATE_NOOP("Vocab", "Married"),
    "married-unregistered": QT_TRANSLATE_NOOP("Vocab", "Married, not registered"),
    "widowed": QT_TRANSLATE_NOOP("Vocab", "Widowed"),
    "divorced": QT_TRANSLATE_NOOP("Vocab", "Divorced"),
    "unknown": QT_TRANSLATE_NOOP("Vocab", "Civil status unknown"),
}
LACK = {
    "no-iin": QT_TRANSLATE_NOOP("Vocab", "No IIN"),
    "no-identity-document": QT_TRANSLATE_NOOP("Vocab", "No identity document"),
    "no-residence-registration": QT_TRANSLATE_NOOP("Vocab", "No residence registration"),
}
BLOCKED = {
    "marriage-registration": QT_TRANSLATE_NOOP("Vocab", "Marriage registration"),
    "phone-number": QT_TRANSLATE_NOOP("Vocab", "A phone number"),
    "work": QT_TRANSLATE_NOOP("Vocab", "Work"),
    "medical-care": QT_TRANSLATE_NOOP("Vocab", "Medical care"),
    "social-help": QT_TRANSLATE_NOOP("Vocab", "Social help"),
    "bank-account": QT_TRANSLATE_NOOP("Vocab", "A bank account"),
    "travel": QT_TRANSLATE_NOOP("Vocab", "Travel"),
}
FREQUENCY = {
    "once": QT_TRANSLATE_NOOP("Vocab", "Once"),
    "repeated": QT_TRANSLATE_NOOP("Vocab", "Repeated"),
    "ongoing": QT_TRANSLATE_NOOP("Vocab", "Ongoing"),
    "unknown": QT_TRANSLATE_NOOP("Vocab", "How often: unknown"),
}
SOURCE_KIND = {
    "person": QT_TRANSLATE_NOOP("Vocab", "Person"),
    "article": QT_TRANSLATE_NOOP("Vocab", "Published article"),
    "document": QT_TRANSLATE_NOOP("Vocab", "Document"),
    "interview": QT_TRANSLATE_NOOP("Vocab", "Interview"),
    "broadcast": QT_TRANSLATE_NOOP("Vocab", "Broadcast or video"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other source"),
}
REQUEST_KIND = {
    "asylum": QT_TRANSLATE_NOOP("Vocab", "Asylum"),
    "refugee-status": QT_TRANSLATE_NOOP("Vocab", "Recognition as a refugee"),
    "asylum-seeker-extension": QT_TRANSLATE_NOOP("Vocab", "Extension of asylum-seeker status"),
    "certificate-extension": QT_TRANSLATE_NOOP("Vocab", "Extension of a certificate"),
    "citizenship": QT_TRANSLATE_NOOP("Vocab", "Admission to citizenship"),
    "residence-permit": QT_TRANSLATE_NOOP("Vocab", "Residence permit"),
    "travel-document": QT_TRANSLATE_NOOP("Vocab", "Travel document"),
    "marriage-registration": QT_TRANSLATE_NOOP("Vocab", "Marriage registration"),
    "iin-registration": QT_TRANSLATE_NOOP("Vocab", "IIN registration"),
    "complaint": QT_TRANSLATE_NOOP("Vocab", "Complaint against a decision"),
    "court-claim": QT_TRANSLATE_NOOP("Vocab", "Claim to a court"),
    "family-reunification": QT_TRANSLATE_NOOP("Vocab", "Family reunification"),
    "information": QT_TRANSLATE_NOOP("Vocab", "Request for information"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other request"),
}
WHAT_IS_DUE = {
    "answer": QT_TRANSLATE_NOOP("Vocab", "Answer awaited"),
    "complaint-decision": QT_TRANSLATE_NOOP("Vocab", "Decision on the complaint awaited"),
    "status-decision": QT_TRANSLATE_NOOP("Vocab", "Decision on status awaited"),
    "complaint": QT_TRANSLATE_NOOP("Vocab", "Complaint to file"),
    "court-claim": QT_TRANSLATE_NOOP("Vocab", "Court claim to file"),
    "asylum-application": QT_TRANSLATE_NOOP("Vocab", "Asylum application to file"),
    "certificate-expires": QT_TRANSLATE_NOOP("Vocab", "Certificate expires"),
    "asylum-seeker-certificate-expires": QT_TRANSLATE_NOOP("Vocab", "Asylum-seeker certificate expires"),
    "travel-document-expires": QT_TRANSLATE_NOOP("Vocab", "Travel document expires"),
}
REQUEST_STATUS = {
    "pending": QT_TRANSLATE_NOOP("Vocab", "Pending"),
    "answered": QT_TRANSLATE_NOOP("Vocab", "Answered"),
    "no-answer": QT_TRANSLATE_NOOP("Vocab", "No answer in time"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocab", "Withdrawn"),
}
ANSWER_OUTCOME = {
    "granted": QT_TRANSLATE_NOOP("Vocab", "Granted"),
    "refused": QT_TRANSLATE_NOOP("Vocab", "Refused"),
    "partly": QT_TRANSLATE_NOOP("Vocab", "Partly granted"),
    "none": QT_TRANSLATE_NOOP("Vocab", "No decision"),
}
PARTY_KIND = {
    "official": QT_TRANSLATE_NOOP("Vocab", "Official"),
    "authority": QT_TRANSLATE_NOOP("Vocab", "Authority"),
    "court": QT_TRANSLATE_NOOP("Vocab", "Court"),
    "lawyer": QT_TRANSLATE_NOOP("Vocab", "Lawyer"),
    "ngo": QT_TRANSLATE_NOOP("Vocab", "NGO"),
    "activist-group": QT_TRANSLATE_NOOP("Vocab", "Activist group"),
    "journalist": QT_TRANSLATE_NOOP("Vocab", "Journalist"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other party"),
}
LINK_KIND = {
    "answers": QT_TRANSLATE_NOOP("Vocab", "answers"),
    "contests": QT_TRANSLATE_NOOP("Vocab", "contests"),
    "extends": QT_TRANSLATE_NOOP("Vocab", "extends"),
    "follows": QT_TRANSLATE_NOOP("Vocab", "follows"),
    "may-answer": QT_TRANSLATE_NOOP("Vocab", "may answer"),
    "concerns": QT_TRANSLATE_NOOP("Vocab", "concerns"),
    "concerns-case": QT_TRANSLATE_NOOP("Vocab", "concerns the case"),
    "source-of": QT_TRANSLATE_NOOP("Vocab", "is a source for"),
    "perpetrator": QT_TRANSLATE_NOOP("Vocab", "perpetrator of"),
    "decision-maker": QT_TRANSLATE_NOOP("Vocab", "decided"),
    "intervening": QT_TRANSLATE_NOOP("Vocab", "intervened in"),
}
#: How a link reads from its target's end ("answered by", "contested by", …).
LINK_KIND_REVERSE = {
    "answers": QT_TRANSLATE_NOOP("Vocab", "answered by"),
    "contests": QT_TRANSLATE_NOOP("Vocab", "contested by"),
    "extends": QT_TRANSLATE_NOOP("Vocab", "extended by"),
    "follows": QT_TRANSLATE_NOOP("Vocab", "followed by"),
    "may-answer": QT_TRANSLATE_NOOP("Vocab", "may be answered by"),
    "concerns": QT_TRANSLATE_NOOP("Vocab", "concerned by"),
    "concerns-case": QT_TRANSLATE_NOOP("Vocab", "concerned by"),
    "source-of": QT_TRANSLATE_NOOP("Vocab", "source"),
    "perpetrator": QT_TRANSLATE_NOOP("Vocab", "perpetrator"),
    "decision-maker": QT_TRANSLATE_NOOP("Vocab", "decided by"),
    "intervening": QT_TRANSLATE_NOOP("Vocab", "intervention by"),
}
ATTACHMENT_KIND = {
    "scan": QT_TRANSLATE_NOOP("Vocab", "Scan"),
    "photo": QT_TRANSLATE_NOOP("Vocab", "Photo"),
    "audio": QT_TRANSLATE_NOOP("Vocab", "Audio"),
    "document": QT_TRANSLATE_NOOP("Vocab", "Document"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other file"),
}
#: Countries offered by code (ISO 3166-1); any other is typed and stored as written.
COUNTRY = {
    "CN": QT_TRANSLATE_NOOP("Vocab", "China"),
    "KZ": QT_TRANSLATE_NOOP("Vocab", "Kazakhstan"),
    "KG": QT_TRANSLATE_NOOP("Vocab", "Kyrgyzstan"),
    "UZ": QT_TRANSLATE_NOOP("Vocab", "Uzbekistan"),
    "MN": QT_TRANSLATE_NOOP("Vocab", "Mongolia"),
    "RU": QT_TRANSLATE_NOOP("Vocab", "Russia"),
    "TR": QT_TRANSLATE_NOOP("Vocab", "Türkiye"),
}
#: Citizenship is free text; these usual values are offered as the worker types, in the interface's
#: language, and a petition prints any of them in its own (``app.petitions.words.citizenship``).
CITIZENSHIP = {
    "CN": QT_TRANSLATE_NOOP("Vocab", "PRC"),
    "KZ": QT_TRANSLATE_NOOP("Vocab", "Kazakhstan"),
    "stateless": QT_TRANSLATE_NOOP("Vocab", "Stateless"),
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
    "requests": QT_TRANSLATE_NOOP("Vocab", "Request"),
    "relative_statuses": QT_TRANSLATE_NOOP("Vocab", "Relative's status"),
    "residences": QT_TRANSLATE_NOOP("Vocab", "Residence"),
    "sources": QT_TRANSLATE_NOOP("Vocab", "Source"),
    "parties": QT_TRANSLATE_NOOP("Vocab", "Official or organisation"),
    "links": QT_TRANSLATE_NOOP("Vocab", "Link"),
    "attachments": QT_TRANSLATE_NOOP("Vocab", "Attachment"),
    "petitions": QT_TRANSLATE_NOOP("Vocab", "Petition"),
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


def country_text(value: str) -> str:
    """A stored country as shown: a listed code translated ("CN": "China"), any other text as typed."""
    return label(COUNTRY, value) if value in COUNTRY else value
