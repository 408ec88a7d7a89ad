# SPDX-License-Identifier: GPL-3.0-or-later
"""What may become of a petition, and the request it stands for once filed.

draft → printed → filed (date, authority, registration number) → answered (date, outcome,
the reply) → complained (to the higher body) or appealed (to a court).  A filed petition is
the office's request to that authority: filing creates the case's request record (or brings
the one it made up to date), so "awaiting an answer" and the deadline chain read one place.
"""

from __future__ import annotations

import dataclasses

from app.domain.facts import Petition, Request
from app.domain.vocab import PetitionStatus, RequestKind, RequestStatus

S = PetitionStatus
#: From each status, the statuses a petition may move to (staying is always allowed: a correction).
MAY_FOLLOW: dict[PetitionStatus, frozenset[PetitionStatus]] = {
    S.DRAFT: frozenset({S.PRINTED, S.FILED}),
    S.PRINTED: frozenset({S.FILED}),
    S.FILED: frozenset({S.ANSWERED, S.COMPLAINED, S.APPEALED}),  # silence may be complained about
    S.ANSWERED: frozenset({S.COMPLAINED, S.APPEALED}),
    S.COMPLAINED: frozenset({S.APPEALED}),
    S.APPEALED: frozenset(),
}

#: The request a filed petition of each shipped kind is; an office's own kind files as "other".
REQUEST_KINDS: dict[str, RequestKind] = {
    "travel-document": RequestKind.TRAVEL_DOCUMENT,
    "refugee-certificate-extension": RequestKind.CERTIFICATE_EXTENSION,
    "asylum-seeker-certificate-extension": RequestKind.ASYLUM_SEEKER_EXTENSION,
    "citizenship-application": RequestKind.CITIZENSHIP,
    "citizenship-refusal-complaint": RequestKind.COMPLAINT,
    "administrative-complaint": RequestKind.COMPLAINT,
    "court-claim": RequestKind.COURT_CLAIM,
    "marriage-registration": RequestKind.MARRIAGE_REGISTRATION,
    "iin-issue": RequestKind.IIN_REGISTRATION,
}
#: The case summary for a lawyer: the whole case as one document (the case file's Print… opens it).
CASE_SUMMARY = "case-summary"
#: Kinds that are no filing with an authority (a summary for the lawyer): they are never filed.
NOT_FILED = frozenset({CASE_SUMMARY})


def was_filed(petition: Petition) -> bool:
    """Handed in to its authority: a step of the case (a draft or a print never filed is not)."""
    return petition.status not in (S.DRAFT, S.PRINTED) or petition.filed_on.is_known


def may_move(petition: Petition, status: PetitionStatus) -> bool:
    return status == petition.status or status in MAY_FOLLOW[petition.status]


def filed_request(petition: Petition, existing: Request | None) -> Request:
    """The request record a filed petition stands for: ``existing`` (the one filing made before)
    brought up to date, or a new one."""
    request = existing or Request(case_id=petition.case_id)
    return dataclasses.replace(
        request,
        kind=REQUEST_KINDS.get(petition.kind, RequestKind.OTHER),
        authority=petition.authority,
        filed_on=petition.filed_on,
        reference_number=petition.reference_number,
        asked=petition.title,
    )


def answered_request(petition: Petition, request: Request) -> Request:
    """``request`` with the answer the petition received."""
    return dataclasses.replace(
        request,
        status=RequestStatus.ANSWERED,
        answered_on=petition.answered_on,
        outcome=petition.outcome,
        answer_attachment_id=petition.reply_attachment_id,
    )
