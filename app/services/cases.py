# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing and reading case files: every save is one transaction with its revision.

Threading: any thread; each call opens its own session.  Errors: ValidationError
for bad input (nothing written), NotFoundError, VaultLockedError after lock, and
the storage errors of ``app.db.errors``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db import revisions
from app.db.mapping import to_record
from app.domain import records as r
from app.domain.chronology import by_date, legal_timeline
from app.domain.errors import NotFoundError, ValidationError
from app.domain.validation import validate
from app.names import detect_script
from app.services.listing import refresh_listing
from app.services.name_index import index_name, unindex_name
from app.services.session import UnlockedVault

T = TypeVar("T")

#: The table behind each record type that ``save`` and ``delete`` accept.
RECORD_MODELS: dict[type[Any], type[m.SyncedRecord]] = {
    r.Person: m.Person,
    r.PersonName: m.PersonName,
    r.IdentityDocument: m.IdentityDocument,
    r.Case: m.Case,
    r.Interview: m.Interview,
    r.LegalEvent: m.LegalEvent,
    r.Relative: m.Relative,
    r.Detention: m.Detention,
    r.PressureReport: m.PressureReport,
}


def _case_of(session: Session, row: m.SyncedRecord) -> str | None:
    """The case a row belongs to (a person may be the subject or a relative of several)."""
    if isinstance(row, m.Case):
        return row.id
    case_id = getattr(row, "case_id", None)
    if case_id:
        return str(case_id)
    person_id = getattr(row, "person_id", None) or (row.id if isinstance(row, m.Person) else None)
    if person_id is None:
        return None
    subject_of = session.scalar(select(m.Case.id).where(m.Case.subject_id == person_id).limit(1))
    return subject_of or session.scalar(select(m.Relative.case_id).where(m.Relative.person_id == person_id))


class CaseService:
    """Create, edit and read case files in the unlocked vault."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def _save_row(self, session: Session, record: Any) -> m.SyncedRecord:
        validate(record)
        if isinstance(record, r.PersonName) and not record.script:
            record = dataclasses.replace(record, script=detect_script(record.text))
        model = RECORD_MODELS[type(record)]
        row = revisions.save(session, model, record, self._vault.actor, self._vault.db.clock)
        if isinstance(row, m.PersonName):
            index_name(session, row)
        return row

    def open_case(self, person: r.Person, names: Sequence[r.PersonName], case: r.Case | None = None) -> str:
        """A new case for a new person with their spellings; returns the case id."""
        if not any(n.text.strip() for n in names):
            raise ValidationError("names", "a person needs at least one name")
        actor = self._vault.actor
        with self._vault.db.transaction() as session:
            person_row = self._save_row(session, person)
            for index, name in enumerate(names):
                self._save_row(session, _for_person(name, person_row.id, primary=index == 0))
            base = case or r.Case(subject_id="", office_id="")
            case_row = self._save_row(
                session,
                _replace(base, subject_id=person_row.id, office_id=base.office_id or actor.office_id),
            )
            refresh_listing(session, case_row.id)
            return case_row.id

    def add_relative(
        self, relative: r.Relative, person: r.Person, names: Sequence[r.PersonName]
    ) -> r.Relative:
        """A relative (a person of their own, with spellings) attached to a case."""
        if not any(n.text.strip() for n in names):
            raise ValidationError("names", "a relative needs at least one name")
        with self._vault.db.transaction() as session:
            person_row = self._save_row(session, person)
            for index, name in enumerate(names):
                self._save_row(session, _for_person(name, person_row.id, primary=index == 0))
            row = self._save_row(session, _replace(relative, person_id=person_row.id))
            refresh_listing(session, relative.case_id)
            return to_record(row, r.Relative)

    def save(self, record: T) -> T:
        """Insert or update one record (new when its id is empty); returns it as stored."""
        return self._write([record], (), missing_ok=True)[0]  # type: ignore[no-any-return]

    def save_all(self, records: Sequence[Any], deletions: Sequence[tuple[type[Any], str]] = ()) -> list[Any]:
        """Several edits of case files as ONE transaction (all or nothing), e.g. an editor's Save.

        ``records`` are saved in the given order, so parents must come before children
        (persons, names, case, relatives, …); ids may be pre-assigned by the caller, and an
        unknown id is inserted.  Then ``deletions`` run in the given order (children first;
        ids already gone are skipped).  Returns the stored records in the order given.
        ValidationError for the first bad record, before anything is written.
        """
        return self._write(records, deletions, missing_ok=True)

    def delete(self, record_type: type[Any], record_id: str) -> None:
        """Delete one record of a case (a tombstone revision keeps who and when); NotFoundError if absent."""
        self._write([], [(record_type, record_id)], missing_ok=False)

    def _write(
        self, records: Sequence[Any], deletions: Sequence[tuple[type[Any], str]], *, missing_ok: bool
    ) -> list[Any]:
        for record in records:
            validate(record)
        if any(RECORD_MODELS[record_type] is m.Case for record_type, _ in deletions):
            raise ValidationError("case", "a whole case is purged, not deleted")
        with self._vault.db.transaction() as session:
            rows = [self._save_row(session, record) for record in records]
            session.flush()
            touched = {_case_of(session, row) or "" for row in rows}
            for record_type, record_id in deletions:
                row = session.get(RECORD_MODELS[record_type], record_id)
                if row is None:
                    if missing_ok:
                        continue
                    raise NotFoundError()
                touched.add(_case_of(session, row) or "")
                if isinstance(row, m.PersonName):
                    unindex_name(session, row.id)
                revisions.delete(session, row, self._vault.actor, self._vault.db.clock)
                session.flush()
            for case_id in sorted(touched - {""}):
                refresh_listing(session, case_id)
            return [to_record(row, type(record)) for row, record in zip(rows, records, strict=True)]

    def get_case(self, case_id: str) -> r.CaseFile:
        """The whole case file, read in one transaction."""
        with self._vault.db.transaction(readonly=True) as session:
            case = session.get(m.Case, case_id)
            if case is None:
                raise NotFoundError()
            relatives = _all(session, m.Relative, case_id, m.Relative.relationship)
            return r.CaseFile(
                case=to_record(case, r.Case),
                subject=_person_file(session, case.subject_id),
                relatives=tuple(to_record(x, r.Relative) for x in relatives),
                relative_people=tuple(_person_file(session, x.person_id) for x in relatives),
                # Timelines in the one chronological order: dates compared as dates, never as text.
                interviews=tuple(by_date(_records(session, m.Interview, r.Interview, case_id), "held_on")),
                legal_events=tuple(legal_timeline(_records(session, m.LegalEvent, r.LegalEvent, case_id))),
                detentions=tuple(by_date(_records(session, m.Detention, r.Detention, case_id), "started_on")),
                pressure_reports=tuple(
                    by_date(_records(session, m.PressureReport, r.PressureReport, case_id), "occurred_on")
                ),
                attachments=_records(session, m.Attachment, r.Attachment, case_id, m.Attachment.created_at),
                petitions=_records(session, m.Petition, r.Petition, case_id, m.Petition.created_at),
            )


def _replace(record: T, **changes: object) -> T:
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def _for_person(name: r.PersonName, person_id: str, *, primary: bool) -> r.PersonName:
    return _replace(name, person_id=person_id, is_primary=name.is_primary or primary)


def _all(session: Session, model: Any, case_id: str, order: Any) -> list[Any]:
    return list(session.scalars(select(model).where(model.case_id == case_id).order_by(order, model.id)))


def _records(
    session: Session, model: Any, record_type: type[T], case_id: str, order: Any = None
) -> tuple[T, ...]:
    """A case's records of one kind, by ``order`` then id (by id alone when ``order`` is None)."""
    return tuple(
        to_record(row, record_type)
        for row in _all(session, model, case_id, model.id if order is None else order)
    )


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
