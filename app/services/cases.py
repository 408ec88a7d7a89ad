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

from sqlalchemy import Connection, Executable, Select, bindparam, exists, literal_column, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.base import Base
from app.db.mapping import record_from_values, table_of
from app.domain import records as r
from app.domain.chronology import by_date, legal_timeline
from app.domain.errors import CaseNotFoundError, NotFoundError, ValidationError
from app.domain.validation import validate
from app.services.case_delete import DeletedCase, delete_whole_case
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
        """A relative (a person of their own, with spellings) attached to a case; a relative whose
        name is not known has no spellings and a ``description`` ("her mother, about 70")."""
        if not any(n.text.strip() for n in names) and not relative.description.strip():
            raise ValidationError("names", "give a relative's name or, if it is not known, a description")
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

    def delete_case(self, case_id: str) -> DeletedCase:
        """Delete a whole case, one deletion revision per record (history kept), in one transaction
        with its audit entry; CaseNotFoundError if it is not here."""
        vault = self._vault
        with vault.db.transaction() as session:
            writer = CaseWriter(session, vault.actor, vault.db.clock)
            deleted = delete_whole_case(session, writer, vault.actor, case_id)
            writer.finish()
            return deleted

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

    def prepare_reading(self) -> None:
        """Run every statement ``get_case`` runs, for a key no record has: SQLAlchemy compiles each one
        and SQLCipher reads their indexes' first pages, so that the first case opened after an unlock
        reads as fast as the next (21-28 ms, then 5 ms, at 5,000 cases).  No case's data is read."""
        with self._vault.db.transaction(readonly=True) as session:
            connection = session.connection()
            for query in _BY_ONE_KEY:
                connection.execute(query, {"key": _NO_SUCH_KEY}).all()
            for query in _BY_KEYS:
                connection.execute(query, {"key": [_NO_SUCH_KEY]}).all()


def read_case(session: Session, case_id: str) -> r.CaseFile:
    """The whole case file, read in the caller's transaction; CaseNotFoundError when there is no such case.

    A fixed number of queries whatever the size of the case, each built once (``_select``).
    """
    connection = session.connection()
    found = _rows(connection, _CASE, case_id)
    if not found:
        raise CaseNotFoundError()
    case = record_from_values(found[0], r.Case)
    lists = {name: _records(connection, name, case_id) for name in _CASE_LISTS}
    # Timelines in the one chronological order: dates compared as dates, never as text.
    lists["interviews"] = tuple(by_date(lists["interviews"], "held_on"))
    lists["legal_events"] = tuple(legal_timeline(lists["legal_events"]))
    lists["detentions"] = tuple(by_date(lists["detentions"], "started_on"))
    lists["pressure_reports"] = tuple(by_date(lists["pressure_reports"], "occurred_on"))
    lists["requests"] = tuple(by_date(lists["requests"], "filed_on"))
    lists["relative_statuses"] = tuple(by_date(lists["relative_statuses"], "started_on"))
    links = tuple(record_from_values(row, r.Link) for row in _rows(connection, _LINKS, case_id))
    party_ids = sorted(
        {x.source_id for x in links if x.source_table == "parties"}
        | {x.target_id for x in links if x.target_table == "parties"}
    )
    other_ids = sorted(({x.case_id for x in links} | {x.target_case_id for x in links}) - {case_id, ""})
    # Most cases link to no party and no other case: those two queries are skipped then.
    parties = tuple(
        record_from_values(row, r.Party) for row in _rows(connection, _PARTIES, party_ids or None)
    )
    other_cases = tuple(
        r.CaseRef(row["id"], row["reference"], row["subject_name"])
        for row in _rows(connection, _CASE_REFS, other_ids or None)
    )
    relatives: tuple[r.Relative, ...] = lists["relatives"]
    people = _person_files(connection, [case.subject_id, *(x.person_id for x in relatives)])
    not_received = (
        frozenset(connection.execute(_NOT_RECEIVED, {"key": case_id}).scalars())
        if lists["attachments"]
        else frozenset()
    )
    return r.CaseFile(
        case=case,
        subject=people[case.subject_id],
        relative_people=tuple(people[x.person_id] for x in relatives),
        links=links,
        parties=parties,
        other_cases=other_cases,
        files_not_received=not_received,
        **lists,
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


def _select(model: type[Base], key: str, *order: Any, many: bool = False) -> Select[Any]:
    """``SELECT * FROM <model> WHERE <key> = :key`` (``IN :key`` when ``many``) ``ORDER BY …``, built
    once: SQLAlchemy then reuses its compiled form instead of compiling it for every case read."""
    column = table_of(model).c[key]
    where = column.in_(bindparam("key", expanding=True)) if many else column == bindparam("key")
    return select(table_of(model)).where(where).order_by(*order)


_CASE = _select(m.Case, "id")
_PERSONS = _select(m.Person, "id", many=True)
_NAMES = _select(m.PersonName, "person_id", m.PersonName.is_primary.desc(), m.PersonName.text, many=True)
_DOCUMENTS = _select(m.IdentityDocument, "person_id", literal_column("rowid"), many=True)  # as added
_RESIDENCES = _select(m.Residence, "person_id", m.Residence.id, many=True)
_LINKS = (
    select(table_of(m.Link))
    .where((m.Link.case_id == bindparam("key")) | (m.Link.target_case_id == bindparam("key")))
    .order_by(m.Link.kind, m.Link.id)
)
_PARTIES = _select(m.Party, "id", m.Party.name, many=True)
#: The case's attachments with no bytes here (``read_attachment``: "not received yet"); an empty file
#: (which older versions and other offices may hold) has none to receive.
_NOT_RECEIVED = select(m.Attachment.id).where(
    m.Attachment.case_id == bindparam("key"),
    m.Attachment.size > 0,
    ~exists().where(m.AttachmentChunk.attachment_id == m.Attachment.id),
)
_CASE_REFS = (
    select(m.Case.id, m.Case.reference, m.CaseListing.subject_name)
    .join(m.CaseListing, m.CaseListing.case_id == m.Case.id)
    .where(m.Case.id.in_(bindparam("key", expanding=True)))
    .order_by(m.Case.reference)
)
#: The lists of records a case file holds (``CaseFile`` fields): record type and query, in display order.
_CASE_LISTS: dict[str, tuple[type[Any], Select[Any]]] = {
    "relatives": (r.Relative, _select(m.Relative, "case_id", m.Relative.relationship, m.Relative.id)),
    "interviews": (r.Interview, _select(m.Interview, "case_id", m.Interview.id)),
    "legal_events": (r.LegalEvent, _select(m.LegalEvent, "case_id", m.LegalEvent.id)),
    "detentions": (r.Detention, _select(m.Detention, "case_id", m.Detention.id)),
    "pressure_reports": (
        r.PressureReport,
        _select(m.PressureReport, "case_id", m.PressureReport.id),
    ),
    "attachments": (r.Attachment, _select(m.Attachment, "case_id", m.Attachment.created_at, m.Attachment.id)),
    "petitions": (r.Petition, _select(m.Petition, "case_id", m.Petition.created_at, m.Petition.id)),
    "requests": (r.Request, _select(m.Request, "case_id", m.Request.id)),
    "relative_statuses": (
        r.RelativeStatusEntry,
        _select(m.RelativeStatusEntry, "case_id", m.RelativeStatusEntry.id),
    ),
    "sources": (r.Source, _select(m.Source, "case_id", literal_column("rowid"))),
}

#: Every statement ``read_case`` runs, by one key or by a list of keys (``prepare_reading``).
_BY_ONE_KEY = (_CASE, _LINKS, _NOT_RECEIVED, *(query for _, query in _CASE_LISTS.values()))
_BY_KEYS = (_PERSONS, _NAMES, _DOCUMENTS, _RESIDENCES, _PARTIES, _CASE_REFS)
#: A key no record has: ids are UUIDs, and an empty one means "none" (a link to no other case).
_NO_SUCH_KEY = "-"


def _rows(connection: Connection, query: Executable, key: str | list[str] | None) -> list[dict[str, Any]]:
    """The rows of ``query`` for ``key``; none, without asking the database, when ``key`` is None."""
    if key is None:
        return []
    return [dict(row._mapping) for row in connection.execute(query, {"key": key})]


def _records(connection: Connection, name: str, case_id: str) -> tuple[Any, ...]:
    record_type, query = _CASE_LISTS[name]
    return tuple(record_from_values(row, record_type) for row in _rows(connection, query, case_id))


def _person_files(connection: Connection, person_ids: Sequence[str]) -> dict[str, r.PersonFile]:
    """Each person with their spellings (primary first) and documents; NotFoundError if one is missing."""
    ids = sorted(set(person_ids))
    persons = _rows(connection, _PERSONS, ids)
    if len(persons) != len(ids):
        raise NotFoundError()
    names: dict[str, list[r.PersonName]] = {person_id: [] for person_id in ids}
    for row in _rows(connection, _NAMES, ids):
        names[row["person_id"]].append(record_from_values(row, r.PersonName))
    documents: dict[str, list[r.IdentityDocument]] = {person_id: [] for person_id in ids}
    for row in _rows(connection, _DOCUMENTS, ids):
        documents[row["person_id"]].append(record_from_values(row, r.IdentityDocument))
    residences: dict[str, list[r.Residence]] = {person_id: [] for person_id in ids}
    for row in _rows(connection, _RESIDENCES, ids):
        residences[row["person_id"]].append(record_from_values(row, r.Residence))
    return {
        row["id"]: r.PersonFile(
            record_from_values(row, r.Person),
            tuple(names[row["id"]]),
            tuple(documents[row["id"]]),
            tuple(by_date(residences[row["id"]], "since")),
        )
        for row in persons
    }
