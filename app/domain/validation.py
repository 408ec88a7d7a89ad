# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a record before it is stored; a failure names the field and changes nothing.

Text is stored verbatim (hostile content included) within per-field size limits;
only what cannot be stored as text at all (lone surrogates) is refused.  User names
are the exception: ``check_username`` also refuses invisible and bidi characters.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from enum import StrEnum

from app.domain import records as r
from app.domain import vocab
from app.domain.errors import ValidationError

SHORT_TEXT_LIMIT = 1_000
USERNAME_LIMIT = 64
LONG_TEXT_LIMIT = 2_000_000
LONG_TEXT_FIELDS = frozenset(
    {
        "narrative",
        "notes",
        "description",
        "summary",
        "treatment",
        "stated_reason",
        "note",
        "sections",
        "words",
        "asked",
        "content",
        "snapshot",
        "fields",
    }
)

#: Fields holding a vocabulary code, and the vocabulary.
CODED_FIELDS: dict[str, type[StrEnum]] = {
    "sex": vocab.Sex,
    "confidentiality": vocab.Confidentiality,
    "relationship": vocab.Relationship,
    "actor": vocab.PressureActor,
    "channel": vocab.Channel,
    "reliability": vocab.Reliability,
    "source_connection": vocab.SourceConnection,
    "connection": vocab.SourceConnection,
    "civil_status": vocab.CivilStatus,
    "frequency": vocab.Frequency,
}
#: Fields holding a list of vocabulary codes, and the vocabulary.
CODED_LISTS: dict[str, type[StrEnum]] = {
    "kinds": vocab.PressureKind,
    "lacks": vocab.Lack,
    "blocked": vocab.Blocked,
}
_CODED_BY_TYPE: dict[tuple[type[object], str], type[StrEnum]] = {
    (r.LegalEvent, "kind"): vocab.LegalEventKind,
    (r.PressureReport, "kind"): vocab.PressureKind,
    (r.IdentityDocument, "kind"): vocab.DocumentKind,
    (r.PersonName, "kind"): vocab.NameKind,
    (r.Case, "status"): vocab.CaseStatus,
    (r.Petition, "status"): vocab.PetitionStatus,
    (r.Petition, "outcome"): vocab.AnswerOutcome,
    (r.RelativeStatusEntry, "status"): vocab.RelativeStatus,
    (r.Request, "kind"): vocab.RequestKind,
    (r.Request, "status"): vocab.RequestStatus,
    (r.Request, "outcome"): vocab.AnswerOutcome,  # a legal event's outcome is free text
    (r.Source, "kind"): vocab.SourceKind,
    (r.Party, "kind"): vocab.PartyKind,
    (r.Link, "kind"): vocab.LinkKind,
}


def check_text(field: str, value: str) -> None:
    """``ValidationError`` for text over the field's size limit or not encodable (lone surrogates)."""
    limit = LONG_TEXT_LIMIT if field in LONG_TEXT_FIELDS else SHORT_TEXT_LIMIT
    if len(value) > limit:
        raise ValidationError(field, f"is longer than {limit:,} characters", "too-long")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(field, "contains characters that are not valid text", "not-text") from exc


def check_username(username: str) -> str:
    """``username`` as stored (surrounding spaces removed), or ``ValidationError`` (field ``username``).

    A user name is typed at every unlock and shown in the audit log, so it must look
    like what it is: refused when empty (``empty``), over ``USERNAME_LIMIT`` characters
    (``too-long``), not encodable (``not-text``: bytes the command line could not
    decode), or holding a character that is invisible or reorders text: NUL and other
    controls, bidi overrides such as U+202E, zero-width and other format characters,
    line breaks, spaces other than U+0020, unassigned or private-use code points
    (``control-character``).
    """
    name = username.strip()
    if not name:
        raise ValidationError("username", "must not be empty", "empty")
    if len(name) > USERNAME_LIMIT:
        raise ValidationError("username", f"is longer than {USERNAME_LIMIT} characters", "too-long")
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("username", "contains characters that are not valid text", "not-text") from None
    if any(ch != " " and unicodedata.category(ch)[0] in "CZ" for ch in name):
        raise ValidationError(
            "username", "contains a control, formatting or invisible character", "control-character"
        )
    return name


def _check_code(record: object, field: str, value: object) -> None:
    vocabulary = _CODED_BY_TYPE.get((type(record), field)) or CODED_FIELDS.get(field)
    if vocabulary is not None and value not in {v.value for v in vocabulary}:
        raise ValidationError(field, "unknown code", "unknown-code")  # the value may be a name: not quoted


#: A record's (start, end) date fields: an end that can only fall before its start is refused.
_SPANS: dict[type, tuple[tuple[str, str], ...]] = {
    r.Case: (("opened_on", "closed_on"),),
    r.Detention: (("started_on", "ended_on"),),
    r.RelativeStatusEntry: (("started_on", "ended_on"),),
    r.Residence: (("since", "until"),),
    r.IdentityDocument: (("issued_on", "valid_until"),),
    r.LegalEvent: (("date", "valid_until"),),
    r.Request: (("filed_on", "answered_on"),),
}


def validate(record: object) -> None:
    """Raise ValidationError for the first problem found in ``record``."""
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if isinstance(value, str):
            check_text(field.name, value)
            _check_code(record, field.name, value)
        elif isinstance(value, tuple):
            listed = CODED_LISTS.get(field.name)
            if listed is not None and any(item not in {v.value for v in listed} for item in value):
                raise ValidationError(field.name, "unknown code", "unknown-code")
            for item in value:
                for part in item if isinstance(item, tuple) else (item,):
                    if isinstance(part, str):
                        check_text(field.name, part)
        elif isinstance(value, int) and not isinstance(value, bool) and value < 0:
            raise ValidationError(field.name, "must not be negative", "negative")
    for start, end in _SPANS.get(type(record), ()):
        begins, ends = getattr(record, start).earliest(), getattr(record, end).latest()
        if begins is not None and ends is not None and ends < begins:
            raise ValidationError(end, "ends before it begins", "ends-before-start")
    if isinstance(record, r.PersonName) and not record.text.strip():
        raise ValidationError("text", "a name must not be empty", "empty")
    if isinstance(record, r.Interview):
        _check_consent(record)
    if isinstance(record, r.Party) and not record.name.strip():
        raise ValidationError("name", "an official or organisation needs a name", "empty")
    if isinstance(record, r.Link) and (record.source_id, record.source_table) == (
        record.target_id,
        record.target_table,
    ):
        raise ValidationError("target_id", "a record cannot be linked to itself")


def _check_consent(interview: r.Interview) -> None:
    has_account = bool(interview.narrative.strip()) or any(text.strip() for _, text in interview.sections)
    if has_account and not interview.consent_given:
        raise ValidationError(
            "consent_given", "informed consent must be recorded before the account is saved"
        )
    if interview.consent_given and not interview.consent_recording:
        raise ValidationError("consent_recording", "say how consent was recorded")
    if interview.consent_recording and interview.consent_recording not in {
        v.value for v in vocab.ConsentRecording
    }:
        raise ValidationError("consent_recording", "unknown code", "unknown-code")
    scopes = [s for s in interview.consent_scope.split(",") if s]
    if any(s not in {v.value for v in vocab.ConsentScope} for s in scopes):
        raise ValidationError("consent_scope", "unknown code", "unknown-code")
    if any(excluded_scopes(scope) & set(scopes) for scope in scopes):
        raise ValidationError("consent_scope", "documentation only excludes any use", "exclusive-scopes")


def excluded_scopes(scope: str) -> set[str]:
    """The consent scopes that cannot be given with ``scope``: "documentation only" and any use."""
    only = vocab.ConsentScope.DOCUMENTATION_ONLY.value
    if scope == only:
        return {s.value for s in vocab.ConsentScope} - {only}
    return {only} if scope in {s.value for s in vocab.ConsentScope} else set()
