# SPDX-License-Identifier: GPL-3.0-or-later
"""The petitions registry: every petition printed from a case, and what became of it.

A petition is kept with its template (by hash), language, what the lawyer completed, the
final text (edits included), the case data it was filled from and the PDF's SHA-256.  Its
status moves draft → printed → filed → answered → complained / appealed
(``app.domain.petition_flow``); filing creates the case's request record, or brings the one
it made up to date, and an answer closes that request, in the same transaction.

Threading: any thread; each call is one transaction.  Errors: ValidationError (nothing
written), NotFoundError for an unknown petition, VaultLockedError after lock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.mapping import record_from_values, table_of
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import NotFoundError, ValidationError
from app.domain.petition_flow import NOT_FILED, answered_request, filed_request, may_move
from app.domain.validation import validate
from app.domain.vocab import AnswerOutcome, PetitionStatus
from app.services.case_writer import CaseWriter
from app.services.session import UnlockedVault


@dataclass(frozen=True, slots=True)
class PetitionEntry:
    """One line of the registry: the petition and the case it belongs to."""

    petition: r.Petition
    reference: str
    subject_name: str


class PetitionRegistry:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def list(self, case_id: str | None = None) -> tuple[PetitionEntry, ...]:
        """Every petition (of one case, or of all), newest first."""
        query = (
            select(table_of(m.Petition), m.Case.reference, m.CaseListing.subject_name)
            .join(m.Case, m.Case.id == m.Petition.case_id)
            .join(m.CaseListing, m.CaseListing.case_id == m.Case.id)
            .order_by(m.Petition.created_at.desc(), m.Petition.id)
        )
        if case_id is not None:
            query = query.where(m.Petition.case_id == case_id)
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.connection().execute(query).mappings().all()
        return tuple(
            PetitionEntry(record_from_values(dict(row), r.Petition), row["reference"], row["subject_name"])
            for row in rows
        )

    def get(self, petition_id: str) -> r.Petition:
        with self._vault.db.transaction(readonly=True) as session:
            return read_petition(session, petition_id)

    def keep(self, petition: r.Petition) -> r.Petition:
        """Keep a new petition (an empty id) as a draft or, with its PDF's hash, as printed."""
        if petition.id:
            raise ValidationError("id", "a petition is kept once; its status moves with the other calls")
        if petition.status not in (PetitionStatus.DRAFT, PetitionStatus.PRINTED):
            raise ValidationError("status", "a new petition is a draft or printed", "wrong-status")
        printed_at = dt.datetime.now(dt.UTC).replace(tzinfo=None) if petition.sha256 else None
        petition = dataclasses.replace(petition, id=r.new_id(), printed_at=printed_at)
        validate(petition)
        with self._vault.db.transaction() as session:
            if session.get(m.Case, petition.case_id) is None:
                raise NotFoundError("No such case.")
            return self._write(session, petition)

    def mark_printed(self, petition_id: str, sha256: str) -> r.Petition:
        """The petition was printed or saved as this PDF (a reprint keeps its later status)."""
        with self._vault.db.transaction() as session:
            petition = read_petition(session, petition_id)
            status = PetitionStatus.PRINTED if petition.status == PetitionStatus.DRAFT else petition.status
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            return self._write(
                session, dataclasses.replace(petition, status=status, sha256=sha256, printed_at=now)
            )

    def file(
        self, petition_id: str, *, filed_on: PartialDate, authority: str, reference_number: str = ""
    ) -> r.Petition:
        """Filed with ``authority`` on ``filed_on``: the case's request for it is created or updated."""
        if filed_on.year is None:
            raise ValidationError("filed_on", "say when it was filed", "empty")
        if not authority.strip():
            raise ValidationError("authority", "say which authority it was filed with", "empty")
        with self._vault.db.transaction() as session:
            petition = read_petition(session, petition_id)
            if petition.kind in NOT_FILED:
                raise ValidationError("kind", "this document is not filed with an authority", "not-filed")
            petition = self._moved(
                petition,
                PetitionStatus.FILED,
                filed_on=filed_on,
                authority=authority.strip(),
                reference_number=reference_number.strip(),
            )
            writer = CaseWriter(session, self._vault.actor, self._vault.db.clock)
            existing = _request(session, petition.request_id)
            request = filed_request(petition, existing)
            if not request.id:
                request = dataclasses.replace(request, id=r.new_id())
            validate(request)
            writer.save(request)
            stored = writer.save(dataclasses.replace(petition, request_id=request.id))
            writer.finish()
            return stored

    def answer(
        self,
        petition_id: str,
        *,
        answered_on: PartialDate,
        outcome: AnswerOutcome,
        reply_attachment_id: str | None = None,
    ) -> r.Petition:
        """The authority answered: recorded on the petition and on its request."""
        with self._vault.db.transaction() as session:
            petition = read_petition(session, petition_id)
            if reply_attachment_id is not None:
                owner = session.get(m.Attachment, reply_attachment_id)
                if owner is None or owner.case_id != petition.case_id:
                    raise ValidationError(
                        "reply_attachment_id", "the reply must be a file of this case", "wrong-case"
                    )
            petition = self._moved(
                petition,
                PetitionStatus.ANSWERED,
                answered_on=answered_on,
                outcome=outcome,
                reply_attachment_id=reply_attachment_id,
            )
            writer = CaseWriter(session, self._vault.actor, self._vault.db.clock)
            request = _request(session, petition.request_id)
            if request is not None:
                writer.save(answered_request(petition, request))
            stored = writer.save(petition)
            writer.finish()
            return stored

    def contest(self, petition_id: str, status: PetitionStatus, on: PartialDate) -> r.Petition:
        """A complaint (to the higher body) or an appeal (to a court) was made against the answer."""
        if status not in (PetitionStatus.COMPLAINED, PetitionStatus.APPEALED):
            raise ValidationError(
                "status", "a petition is contested by a complaint or an appeal", "wrong-status"
            )
        with self._vault.db.transaction() as session:
            petition = self._moved(read_petition(session, petition_id), status, contested_on=on)
            return self._write(session, petition)

    def _moved(self, petition: r.Petition, status: PetitionStatus, **changes: object) -> r.Petition:
        if not may_move(petition, status):
            raise ValidationError(
                "status", f"a {petition.status.value} petition cannot become {status.value}", "wrong-status"
            )
        moved = dataclasses.replace(petition, status=status, **changes)  # type: ignore[arg-type]
        validate(moved)
        return moved

    def _write(self, session: Session, petition: r.Petition) -> r.Petition:
        writer = CaseWriter(session, self._vault.actor, self._vault.db.clock)
        stored = writer.save(petition)
        writer.finish()
        return stored


def read_petition(session: Session, petition_id: str) -> r.Petition:
    """One petition, read in the caller's transaction; NotFoundError when there is none."""
    row = (
        session.connection()
        .execute(select(table_of(m.Petition)).where(m.Petition.id == petition_id))
        .mappings()
        .first()
    )
    if row is None:
        raise NotFoundError("No such petition.")
    return record_from_values(dict(row), r.Petition)


def _request(session: Session, request_id: str | None) -> r.Request | None:
    if request_id is None:
        return None
    row = (
        session.connection()
        .execute(select(table_of(m.Request)).where(m.Request.id == request_id))
        .mappings()
        .first()
    )
    return None if row is None else record_from_values(dict(row), r.Request)
