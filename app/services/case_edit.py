# SPDX-License-Identifier: GPL-3.0-or-later
"""The case editor's Save as one use case: everything one Save writes, in ONE transaction.

The editor hands over the case as the user left it and as it was loaded (``CaseEdit``);
what to write follows from the difference (``CaseEdit.changes``: records parents first,
deletions children first), together with the files added before the case existed, the
persons the user said are someone else, and the editor's draft to drop.  The edit is
checked as a whole (``first_problem``) before anything is written, and either all of it
is stored or none of it.

Threading: any thread (the GUI runs ``save`` on its database worker).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.domain import records as r
from app.domain.errors import ValidationError
from app.domain.validation import validate
from app.services.attachments import attachment_record, kind_for
from app.services.case_writer import RECORD_MODELS, CaseWriter, children_first, in_dependency_order
from app.services.cases import read_case
from app.services.drafts import delete_draft
from app.services.link_rules import check_link_kind, checked_links
from app.services.name_index import mark_not_same
from app.services.session import UnlockedVault

#: The lists of records a case file owns, compared one by one on Save (a new kind of record
#: owned by a case is added here and to ``CaseFile``).
CASE_RECORD_LISTS = (
    "relatives",
    "relative_statuses",
    "interviews",
    "legal_events",
    "detentions",
    "pressure_reports",
    "requests",
    "sources",
    "attachments",  # stored files, their kind or note edited, or removed (new ones: CaseEdit.attachments)
    "links",
)


@dataclass(frozen=True, slots=True)
class PendingAttachment:
    """A file added to a case that was not saved yet: its bytes wait in memory until Save.

    The id is chosen when the file is added, so a Save that is retried stores it once.
    """

    id: str
    display_name: str
    media_type: str
    data: bytes = field(repr=False)
    sha256: str = ""

    def record(self, case_id: str) -> r.Attachment:
        """The attachment as it will be listed once stored."""
        kind = kind_for(self.media_type)
        return r.Attachment(
            case_id, self.display_name, self.media_type, kind, len(self.data), self.sha256, id=self.id
        )


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The records one Save writes, parents first, and the (type, id) it deletes, children first."""

    records: tuple[Any, ...] = ()
    deletions: tuple[tuple[type[Any], str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.records or self.deletions)


@dataclass(frozen=True, slots=True)
class CaseEdit:
    """One Save of a case: the case as it should be stored, and what else goes with it."""

    case: r.CaseFile
    #: The case as loaded; None for a case that is not in the vault yet (everything is written).
    baseline: r.CaseFile | None = None
    #: Files added while the case did not exist yet.
    attachments: tuple[PendingAttachment, ...] = ()
    #: Persons the user said are not the case's subject.
    not_same: tuple[str, ...] = ()
    #: The editor's draft of this edit, dropped once the edit is stored.
    discard_draft: str = ""

    @property
    def case_id(self) -> str:
        return self.case.case.id

    def changes(self) -> ChangeSet:
        """What differs from the baseline: new or changed records, and the ids of removed ones.

        People are compared with their spellings and documents; a person no longer in the case
        (a removed relative) is kept, since they may appear in other cases.
        """
        current, baseline = self.case, self.baseline
        saves: list[Any] = []
        deletions: list[tuple[type[Any], str]] = []

        def compare(now: Sequence[Any], before: Sequence[Any]) -> None:
            stored = {record.id: record for record in before}
            kept = {record.id for record in now}
            saves.extend(record for record in now if stored.get(record.id) != record)
            deletions.extend((type(record), record.id) for record in before if record.id not in kept)

        people_before = {p.person.id: p for p in _people(baseline)} if baseline else {}
        for person in _people(current):
            before = people_before.get(person.person.id)
            if before is None or before.person != person.person:
                saves.append(person.person)
            compare(person.names, before.names if before else ())
            compare(person.documents, before.documents if before else ())
            compare(person.residences, before.residences if before else ())
        if baseline is None or baseline.case != current.case:
            saves.append(current.case)
        parties_before = {p.id: p for p in baseline.parties} if baseline else {}
        saves.extend(
            p for p in current.parties if parties_before.get(p.id) != p
        )  # office-wide: never deleted
        for name in CASE_RECORD_LISTS:
            compare(getattr(current, name), getattr(baseline, name) if baseline else ())
        return ChangeSet(tuple(in_dependency_order(saves)), tuple(children_first(deletions)))


def _people(case: r.CaseFile) -> tuple[r.PersonFile, ...]:
    return (case.subject, *case.relative_people)


def _kept_records(case: r.CaseFile) -> dict[str, dict[str, str]]:
    """table → record id → case id ("" for people's and parties' records) of what the edit keeps."""
    kept: dict[str, dict[str, str]] = {"cases": {case.case.id: case.case.id}}

    def add(records: Sequence[Any], case_id: str | None = None) -> None:
        for record in records:
            table = RECORD_MODELS[type(record)].__tablename__
            kept.setdefault(table, {})[record.id] = record.case_id if case_id is None else case_id

    for person in _people(case):
        add((person.person, *person.names, *person.documents, *person.residences), "")
    add(case.parties, "")
    for name in CASE_RECORD_LISTS:
        if name != "links":
            add(getattr(case, name))
    return kept


def _with_checked_links(session: Session, edit: CaseEdit, changes: ChangeSet) -> list[Any]:
    """The Save's records, its links checked against the edit and the vault (``checked_links``)."""
    links = [record for record in changes.records if isinstance(record, r.Link)]
    if not links:
        return list(changes.records)
    deleted = frozenset(record_id for _, record_id in changes.deletions)
    checked = iter(checked_links(session, links, _kept_records(edit.case), deleted))
    return [next(checked) if isinstance(record, r.Link) else record for record in changes.records]


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an edit cannot be saved, and the record to point at (None: the case's names, or a file)."""

    record: object | None
    error: ValidationError


def first_problem(edit: CaseEdit) -> Problem | None:
    """The first reason ``edit`` would be refused, or None.

    ``CaseEditService.save`` refuses on exactly this; the editor asks first to mark the field.
    """
    return _first_problem(edit, edit.changes())


def _first_problem(edit: CaseEdit, changes: ChangeSet) -> Problem | None:
    if not any(name.text.strip() for name in edit.case.subject.names):
        return Problem(None, ValidationError("names", "a person needs at least one name"))
    for relative, person in zip(edit.case.relatives, edit.case.relative_people, strict=True):
        if not any(name.text.strip() for name in person.names) and not relative.description.strip():
            return Problem(
                relative,
                ValidationError(
                    "names", "give a relative's name or, if it is not known, a description", "no-name"
                ),
            )
    references = _References.of(edit)
    for record in changes.records:
        try:
            validate(record)
            if isinstance(record, r.Link):
                check_link_kind(record)
            references.check(record)
        except ValidationError as error:
            return Problem(record, error)
    for item in edit.attachments:
        try:
            attachment_record(edit.case_id, item.display_name, item.data, item.media_type)
        except ValidationError as error:
            return Problem(None, error)
    return None


@dataclass(frozen=True, slots=True)
class _References:
    """What records of this case may point at: its relatives, its people, its files."""

    case_id: str
    relatives: frozenset[str]
    people: frozenset[str]
    files: frozenset[str]

    @classmethod
    def of(cls, edit: CaseEdit) -> _References:
        case = edit.case
        files = {a.id for a in case.attachments} | {p.id for p in edit.attachments}
        return cls(
            edit.case_id,
            frozenset(x.id for x in case.relatives),
            frozenset(p.person.id for p in _people(case)),
            frozenset(files),
        )

    def check(self, record: object) -> None:
        """ValidationError naming the field when ``record`` belongs to another case or points at a
        relative, person or file this case does not have (nothing is written then)."""
        owner = getattr(record, "case_id", self.case_id)
        if owner != self.case_id and not (
            isinstance(record, r.Link) and record.target_case_id == self.case_id
        ):
            raise ValidationError("case_id", "belongs to another case", "wrong-case")
        pointers: list[tuple[str, object, frozenset[str]]] = []
        if isinstance(record, r.PressureReport):
            pointers += [("target_ids", target, self.relatives) for target in record.target_ids]
            pointers.append(("relayed_by_id", record.relayed_by_id, self.people))
        elif isinstance(record, r.Detention | r.RelativeStatusEntry):
            pointers.append(("relative_id", record.relative_id, self.relatives))
        elif isinstance(record, r.Source):
            pointers.append(("person_id", record.person_id, self.people))
        elif isinstance(record, r.Request):
            pointers.append(("answer_attachment_id", record.answer_attachment_id, self.files))
        for name, value, known in pointers:
            if value is not None and value not in known:
                raise ValidationError(name, "names a record this case does not have", "unknown-reference")


@dataclass(frozen=True, slots=True)
class SavedCase:
    """The outcome of a Save."""

    #: The whole case as stored, read in the Save's own transaction.
    case: r.CaseFile
    #: Revisions written (records changed or deleted, files stored); 0 when nothing had changed.
    revisions: int


class CaseEditService:
    """Saves a case edit as one unit of work."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def save(self, edit: CaseEdit) -> SavedCase:
        """Write ``edit`` in ONE transaction: changed and new records, deletions, pending files,
        "not the same person" marks and the draft's removal, then read the case back.

        ValidationError (``first_problem``) before anything is written, or for a link whose end
        is in neither the edit nor the vault (checked in the transaction); any failure while
        writing (StorageError, VaultLockedError, …) rolls the whole edit back.  Saving the same
        edit again is harmless: ids are chosen by the caller and unchanged records write nothing.
        """
        changes = edit.changes()
        problem = _first_problem(edit, changes)
        if problem is not None:
            raise problem.error
        files = [
            (
                attachment_record(edit.case_id, f.display_name, f.data, f.media_type, attachment_id=f.id),
                f.data,
            )
            for f in edit.attachments
        ]
        vault = self._vault
        with vault.db.transaction() as session:
            writer = CaseWriter(session, vault.actor, vault.db.clock)
            writer.write(_with_checked_links(session, edit, changes), changes.deletions)
            for record, data in files:
                writer.add_attachment(record, data)
            writer.finish()
            subject = edit.case.subject.person.id
            for person_id in edit.not_same:
                mark_not_same(session, subject, person_id, vault.actor.user_id)
            if edit.discard_draft:
                delete_draft(session, edit.discard_draft)
            return SavedCase(read_case(session, edit.case_id), writer.revisions)
