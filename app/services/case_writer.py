# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing the records of case files inside the caller's transaction, derived tables kept in step.

Every write of case records (an editor's Save, a single-record save, a new case) goes
through ``CaseWriter``: the row and its revision (``app.db.revisions``), the name index
for spellings, the attachment bytes, and at the end the case list's derived rows, once
per case and only as far as needed: recomputed when something the list derives from
changed (the subject's spellings, a deadline, the opened date, a new case), otherwise only marked as
changed now.

Adding a record type to case files: its table in ``RECORD_MODELS`` (parents before
children) and, if the case list derives anything from it, its columns in ``LISTING_INPUTS``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import direct, revisions
from app.db import models as m
from app.db.many_rows import id_list
from app.db.mapping import record_from_values, table_of
from app.domain import records as r
from app.domain.errors import ValidationError
from app.domain.hlc import HybridClock
from app.names import detect_script
from app.services.attachments import store_attachment
from app.services.case_refs import check_reference_free, with_reference
from app.services.listing_rows import refresh_listings, touch_listing
from app.services.name_index import index_names

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")

#: Every record type a case file is written with, and its table: parents before children.
#: Saves run in this order, deletions in the reverse one, so foreign keys always hold.
RECORD_MODELS: dict[type[Any], type[m.SyncedRecord]] = {
    r.Person: m.Person,
    r.PersonName: m.PersonName,
    r.IdentityDocument: m.IdentityDocument,
    r.Residence: m.Residence,
    r.Party: m.Party,
    r.Case: m.Case,
    r.Attachment: m.Attachment,  # kind and note edited, or removed with its bytes (added: add_attachment)
    r.Relative: m.Relative,
    r.RelativeStatusEntry: m.RelativeStatusEntry,
    r.Interview: m.Interview,
    r.LegalEvent: m.LegalEvent,
    r.Detention: m.Detention,
    r.PressureReport: m.PressureReport,
    r.Request: m.Request,
    r.Source: m.Source,
    r.Petition: m.Petition,
    r.Link: m.Link,  # last: links are saved after both ends and deleted before them
}
#: Record types by table name (the ends of a link).
RECORD_TYPES: dict[str, type[Any]] = {model.__tablename__: record for record, model in RECORD_MODELS.items()}
_RANK = {record_type: rank for rank, record_type in enumerate(RECORD_MODELS)}

#: What the case list derives from (``refresh_listings``), by record type: a change to one of these
#: columns recomputes the listing row; any other change only marks the case as changed now.
LISTING_INPUTS: dict[type[Any], frozenset[str]] = {
    r.Case: frozenset({"subject_id", "opened_on"}),
    r.PersonName: frozenset({"person_id", "text", "is_primary"}),
    r.LegalEvent: frozenset({"case_id", "kind", "valid_until"}),
}
#: The merge conflicts of records a person has written: answered.
_ANSWERED = delete(m.MergeConflict).where(m.MergeConflict.record_id.in_(id_list("ids")))
#: A spelling's name keys depend on these columns.
_INDEXED = frozenset({"person_id", "text"})


def in_dependency_order(records: Iterable[R]) -> list[R]:
    """``records`` with parents before children (stable: the given order within one record type)."""
    return sorted(records, key=lambda record: _RANK[type(record)])


def children_first(deletions: Iterable[tuple[type[Any], str]]) -> list[tuple[type[Any], str]]:
    """Deletions (record type, id) with children before parents."""
    return sorted(deletions, key=lambda item: -_RANK[item[0]])


def _completed(record: R) -> R:
    """A spelling gets its script, detected from the text, when none was given."""
    if isinstance(record, r.PersonName) and not record.script:
        return dataclasses.replace(record, script=detect_script(record.text))
    return record


class CaseWriter:
    """Writes within one transaction (one thread); call ``finish`` once before the transaction ends.

    Records are validated by the caller (``app.domain.validation.validate``) before they come here.
    """

    def __init__(self, session: Session, actor: r.Actor, clock: HybridClock) -> None:
        self._session, self._actor, self._clock = session, actor, clock
        self._recompute: set[str] = set()  # cases whose listing row is computed again
        self._touch: set[str] = set()  # cases only marked as changed now
        self._people_recompute: set[str] = set()  # persons whose spellings changed
        self._people_touch: set[str] = set()
        self._edited: set[str] = set()  # records a person changed: their merge conflicts are answered
        #: How many revisions were written so far (unchanged records write none).
        self.revisions = 0

    def write(
        self, records: Sequence[R], deletions: Iterable[tuple[type[Any], str]] = ()
    ) -> tuple[list[R], int]:
        """Saves with parents first, then deletions (record type, id) with children first, whatever
        the order given; returns the stored records in the order given and how many deletions
        found their record."""
        stored = list(records)
        for index in sorted(range(len(records)), key=lambda i: _RANK[type(records[i])]):
            stored[index] = self.save(records[index])
        deleted = sum(
            self.delete(record_type, record_id) for record_type, record_id in children_first(deletions)
        )
        return stored, deleted

    def save(self, record: R, *, force: bool = False) -> R:
        """Insert or update ``record`` (an unknown id is inserted); returns it as stored.

        An unchanged record writes nothing, not even a revision, unless ``force`` (the answer to a
        merge conflict that keeps the value shown: its revision closes the conflict everywhere).
        """
        record_type = type(record)
        model = RECORD_MODELS[record_type]
        if isinstance(record, r.Case):
            record = with_reference(self._session, record)  # type: ignore[assignment]
        written = revisions.save(
            self._session, model, _completed(record), self._actor, self._clock, force=force
        )
        if record_type is r.Case and "reference" in written.changed:  # the transaction rolls back
            check_reference_free(self._session, written.id, str(written.values["reference"]))
        if written.changed or force:
            self.revisions += 1
            self._edited.add(written.id)
        if written.changed:
            values = written.values
            if record_type is r.PersonName and written.changed & _INDEXED:
                index_names(self._session, [(written.id, str(values["person_id"]), str(values["text"]))])
            self._changed(record_type, written.id, values, written.previous, written.changed)
        return record_from_values({**written.values, "id": written.id}, record_type)

    def delete(self, record_type: type[Any], record_id: str, *, whole_case: bool = False) -> bool:
        """Delete one record, leaving a tombstone revision; False when there was no such record.  A
        case record only with ``whole_case``, from ``app.services.case_delete`` once its records are
        gone (alone, the foreign keys would take them without their tombstones)."""
        model = RECORD_MODELS[record_type]
        if model is m.Case and not whole_case:
            raise ValidationError("case", "a whole case is deleted with all its records, not as one record")
        # Dependents first: a foreign key's cascade would remove them without their tombstones.
        self._delete_dependents(record_type, record_id)
        previous = revisions.delete(self._session, model, record_id, self._actor, self._clock)
        if previous is None:
            return False
        self.revisions += 1
        self._edited.add(record_id)
        self._changed(record_type, record_id, previous, None, frozenset(previous))
        return True

    def write_over(
        self,
        record_type: type[Any],
        record_id: str,
        values: Mapping[str, object],
        head: str,
        *,
        deleted: bool,
    ) -> None:
        """A record a merge left without a row, on top of its ``head`` revision: deleted, or shown at
        ``values`` (its row's columns; the rows it refers to must be there)."""
        model = RECORD_MODELS[record_type]
        row = revisions.write_over(
            self._session, model, record_id, values, head, self._actor, self._clock, deleted=deleted
        )
        self.revisions += 1
        self._edited.add(record_id)
        if row is not None:
            self.shown(record_type, [(record_id, row, None)])

    def _delete_dependents(self, record_type: type[Any], record_id: str) -> None:
        """What only makes sense with the deleted record goes with it, each with its tombstone:
        the links at either end, a relative's status history and detentions, its place in pressure
        reports."""
        connection = self._session.connection()
        if record_type is not r.Link:
            links = connection.execute(
                select(m.Link.id).where((m.Link.source_id == record_id) | (m.Link.target_id == record_id))
            )
            for link_id in links.scalars().all():
                self.delete(r.Link, link_id)
        if record_type is r.Relative:
            for dependent, column in (
                (r.RelativeStatusEntry, m.RelativeStatusEntry.relative_id),
                (r.Detention, m.Detention.relative_id),
            ):
                rows = connection.execute(select(RECORD_MODELS[dependent].id).where(column == record_id))
                for dependent_id in rows.scalars().all():
                    self.delete(dependent, dependent_id)
            case_of = select(m.Relative.case_id).where(m.Relative.id == record_id).scalar_subquery()
            reports = connection.execute(
                select(table_of(m.PressureReport)).where(m.PressureReport.case_id == case_of)
            )
            for row in reports.mappings().all():
                report = record_from_values(dict(row), r.PressureReport)
                if record_id in report.target_ids:
                    targets = tuple(t for t in report.target_ids if t != record_id)
                    self.save(dataclasses.replace(report, target_ids=targets))

    def shown(
        self,
        record_type: type[Any],
        rows: Iterable[tuple[str, Mapping[str, object] | None, Mapping[str, object] | None]],
    ) -> None:
        """Keep the derived tables in step with rows written without ``save`` (a merge from another
        office): each (record id, values as the row now holds them or None when it was removed,
        the values before or None when it is new), a few statements for all of them."""
        found = list(rows)
        if record_type is r.PersonName:
            index_names(
                self._session,
                [
                    (record_id, str(values["person_id"]), str(values["text"]))
                    for record_id, values, previous in found
                    if values is not None
                    and (previous is None or any(values[name] != previous.get(name) for name in _INDEXED))
                ],
            )
        for record_id, values, previous in found:
            if values is None:
                if previous is not None:
                    self._changed(record_type, record_id, previous, None, frozenset(previous))
                continue
            before = previous or {}
            changed = frozenset(name for name in values if name not in before or before[name] != values[name])
            if changed:
                self._changed(record_type, record_id, values, previous, changed)

    def add_attachment(self, record: r.Attachment, data: bytes) -> r.Attachment:
        """Store a file (its record from ``app.services.attachments.attachment_record``) with its case."""
        stored, written = store_attachment(self._session, record, data, self._actor, self._clock)
        if written:
            self.revisions += 1
            self._touch.add(stored.case_id)
        return stored

    def finish(self) -> None:
        """Bring the case list's rows in line with everything written so far, and close the merge
        conflicts of the records written: a person's revision after a merge is its answer."""
        if self._edited:
            direct.write(self._session.connection(), _ANSWERED, {"ids": json.dumps(sorted(self._edited))})
        people = self._people_recompute | self._people_touch
        if people:
            connection = self._session.connection()
            subject_of = connection.execute(
                select(m.Case.id, m.Case.subject_id).where(m.Case.subject_id.in_(people))
            )
            for case_id, subject_id in subject_of:
                (self._recompute if subject_id in self._people_recompute else self._touch).add(case_id)
            relative_in = connection.execute(
                select(m.Relative.case_id).where(m.Relative.person_id.in_(people))
            )
            self._touch.update(relative_in.scalars())
        refresh_listings(self._session, self._recompute)
        touch_listing(self._session, self._touch - self._recompute)
        for pending in (
            self._recompute,
            self._touch,
            self._people_recompute,
            self._people_touch,
            self._edited,
        ):
            pending.clear()

    def _changed(
        self,
        record_type: type[Any],
        record_id: str,
        values: Mapping[str, object],
        previous: Mapping[str, object] | None,
        changed: frozenset[str],
    ) -> None:
        derived = bool(changed & LISTING_INPUTS.get(record_type, frozenset()))
        before = previous or {}
        if record_type is r.Party:
            return  # office-wide: no case list row derives from it
        if record_type is r.Case:
            (self._recompute if derived else self._touch).add(record_id)
        elif "case_id" in values:
            cases = {str(values["case_id"]), str(before.get("case_id", values["case_id"]))}
            (self._recompute if derived else self._touch).update(cases)
            if values.get("target_case_id"):  # a link into another case changes that case too
                self._touch.add(str(values["target_case_id"]))
        else:  # a person's own record: the cases the person appears in are found in ``finish``
            person = record_id if record_type is r.Person else str(values["person_id"])
            people = {person, str(before.get("person_id", person))}
            (self._people_recompute if derived else self._people_touch).update(people)
