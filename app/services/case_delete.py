# SPDX-License-Identifier: GPL-3.0-or-later
"""Deleting a whole case: every record of it gets a deletion revision, so the case leaves the lists
here and, after the next exchange, at partner offices, while its history stays.

What goes is what a purge of the case would remove (``app.services.purge_scope.case_scope``): its
records, the people no other case names with their spellings, documents and residences, and links
from other cases into it.  Unlike a purge, nothing is erased: each record keeps its revisions, the
deletion is one more, and the audit log names the case by id and reference.

At a partner office the deletion merges record by record (``app.exchange.merge``): a record the
partner did not edit meanwhile goes; one it edited comes back as a deletion conflict and stays
until someone answers it, and so does the case when the partner added a record to it meanwhile
(``app.services.merge_holds``).  Threading: called inside the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import audit
from app.db import models as m
from app.domain.errors import CaseNotFoundError
from app.domain.records import Actor
from app.domain.vocab import AuditAction
from app.services.case_writer import RECORD_TYPES, CaseWriter, children_first
from app.services.purge_scope import case_scope


@dataclass(frozen=True, slots=True)
class DeletedCase:
    """What a deletion removed: the case, its reference, and how many records got a deletion revision."""

    case_id: str
    reference: str
    records: int


def delete_whole_case(session: Session, writer: CaseWriter, actor: Actor, case_id: str) -> DeletedCase:
    """Write a deletion revision for each record of ``case_id`` and the audit entry that names it;
    CaseNotFoundError if it is not here."""
    connection = session.connection()
    reference = connection.execute(select(m.Case.reference).where(m.Case.id == case_id)).scalar_one_or_none()
    if reference is None:
        raise CaseNotFoundError()
    found = case_scope(connection, [case_id], rows_only=True)
    deletions = [
        (RECORD_TYPES[table], record_id) for table, ids in found.items() for record_id in sorted(ids)
    ]
    records = sum(
        writer.delete(record_type, record_id, whole_case=True)
        for record_type, record_id in children_first(deletions)
    )
    audit.append(
        session,
        AuditAction.CASE_DELETED,
        actor.user_id,
        actor.device_id,
        case=case_id,
        reference=reference,
        records=records,
    )
    return DeletedCase(case_id, reference, records)
