# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing and reading case files: every call is one transaction, every change has its revision.

Threading: any thread; each call opens its own session.  Errors: ValidationError
for bad input (nothing written), NotFoundError, VaultLockedError after lock, and
the storage errors of ``app.db.errors``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.mapping import to_record
from app.domain import records as r
from app.domain.errors import NotFoundError, ValidationError
from app.domain.validation import validate
from app.services.case_writer import CaseWriter
from app.services.session import UnlockedVault

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")


class CaseService:
    """Create, edit and read case files in the unlocked vault (the editor's Save: ``CaseEditService``)."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def open_case(self, person: r.Person, names: Sequence[r.PersonName], case: r.Case | None = None) -> str:
        """A new case for a new person with their spellings; returns the case id."""
        if not any(n.text.strip() for n in names):
            raise ValidationError("names", "a person needs at least one name")
        person = _with_id(person)
        base = case or r.Case(subject_id="", office_id="")
        case = _with_id(
            dataclasses.replace(
                base, subject_id=person.id, office_id=base.office_id or self._vault.actor.office_id
            )
        )
        records: list[DataclassInstance] = [person, *_spellings(names, person.id), case]
        self._write(records, ())
        return case.id

    def add_relative(
        self, relative: r.Relative, person: r.Person, names: Sequence[r.PersonName]
    ) -> r.Relative:
        """A relative (a person of their own, with spellings) attached to a case."""
        if not any(n.text.strip() for n in names):
            raise ValidationError("names", "a relative needs at least one name")
        person = _with_id(person)
        relative = dataclasses.replace(relative, person_id=person.id)
        records: list[DataclassInstance] = [person, *_spellings(names, person.id), relative]
        stored, _ = self._write(records, ())
        assert isinstance(stored[-1], r.Relative)
        return stored[-1]

    def save(self, record: D) -> D:
        """Insert or update one record (new when its id is empty); returns it as stored."""
        stored, _ = self._write([record], ())
        return stored[0]

    def save_all(self, records: Sequence[Any], deletions: Sequence[tuple[type[Any], str]] = ()) -> list[Any]:
        """Several edits of case files as ONE transaction (all or nothing).

        ``records`` are written parents first (persons, spellings, case, relatives, …) whatever
        their order; ids may be pre-assigned by the caller, and an unknown id is inserted.
        Then ``deletions`` (record type, id) run children first; ids already gone are skipped.
        Returns the stored records in the order given.  ValidationError for the first bad
        record, before anything is written.
        """
        return self._write(records, deletions)[0]

    def delete(self, record_type: type[Any], record_id: str) -> None:
        """Delete one record of a case (a tombstone revision keeps who and when); NotFoundError if absent."""
        if not self._write([], [(record_type, record_id)])[1]:
            raise NotFoundError()

    def _write(self, records: Sequence[D], deletions: Sequence[tuple[type[Any], str]]) -> tuple[list[D], int]:
        for record in records:
            validate(record)
        vault = self._vault
        with vault.db.transaction() as session:
            writer = CaseWriter(session, vault.actor, vault.db.clock)
            written = writer.write(records, deletions)
            writer.finish()
            return written

    def get_case(self, case_id: str) -> r.CaseFile:
        """The whole case file, read in one transaction."""
        with self._vault.db.transaction(readonly=True) as session:
            return read_case(session, case_id)


def read_case(session: Session, case_id: str) -> r.CaseFile:
    """The whole case file, read in the caller's transaction; NotFoundError when there is no such case."""
    case = session.get(m.Case, case_id)
    if case is None:
        raise NotFoundError()
    relatives = _all(session, m.Relative, case_id, m.Relative.relationship)
    return r.CaseFile(
        case=to_record(case, r.Case),
        subject=_person_file(session, case.subject_id),
        relatives=tuple(to_record(x, r.Relative) for x in relatives),
        relative_people=tuple(_person_file(session, x.person_id) for x in relatives),
        interviews=_records(session, m.Interview, r.Interview, case_id, m.Interview.held_on),
        legal_events=_records(session, m.LegalEvent, r.LegalEvent, case_id, m.LegalEvent.date),
        detentions=_records(session, m.Detention, r.Detention, case_id, m.Detention.started_on),
        pressure_reports=_records(
            session, m.PressureReport, r.PressureReport, case_id, m.PressureReport.occurred_on
        ),
        attachments=_records(session, m.Attachment, r.Attachment, case_id, m.Attachment.created_at),
        petitions=_records(session, m.Petition, r.Petition, case_id, m.Petition.created_at),
    )


def _with_id(record: D) -> D:
    """The record with an id of its own (given ones are kept), so others can refer to it."""
    return record if getattr(record, "id", "") else dataclasses.replace(record, id=r.new_id())


def _spellings(names: Sequence[r.PersonName], person_id: str) -> list[r.PersonName]:
    """The names for ``person_id``; the first is the primary one."""
    return [
        dataclasses.replace(name, person_id=person_id, is_primary=name.is_primary or index == 0)
        for index, name in enumerate(names)
    ]


def _all(session: Session, model: Any, case_id: str, order: Any) -> list[Any]:
    return list(session.scalars(select(model).where(model.case_id == case_id).order_by(order, model.id)))


def _records(session: Session, model: Any, record_type: type[D], case_id: str, order: Any) -> tuple[D, ...]:
    return tuple(to_record(row, record_type) for row in _all(session, model, case_id, order))


def _person_file(session: Session, person_id: str) -> r.PersonFile:
    person = session.get(m.Person, person_id)
    if person is None:
        raise NotFoundError()
    names = session.scalars(
        select(m.PersonName)
        .where(m.PersonName.person_id == person_id)
        .order_by(m.PersonName.is_primary.desc(), m.PersonName.text)
    )
    documents = session.scalars(select(m.IdentityDocument).where(m.IdentityDocument.person_id == person_id))
    return r.PersonFile(
        to_record(person, r.Person),
        tuple(to_record(n, r.PersonName) for n in names),
        tuple(to_record(d, r.IdentityDocument) for d in documents),
    )
