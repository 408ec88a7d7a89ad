# SPDX-License-Identifier: GPL-3.0-or-later
"""The conflict review queue and its answers, and the reports of past imports.

A merge between offices leaves a conflict where both changed one field differently, or
one deleted a record the other edited (``app.exchange.merge``); the vault shows a
provisional value meanwhile.  ``ConflictService`` lists them with what a reviewer needs
(the case, the record, every side with who and when) and writes the answer as an
ordinary revision of the record, through ``CaseWriter``: that revision descends from the
merge, so it closes the conflict here and, once it travels, at every other office.  An
answer that keeps the value shown still writes a revision (``save(force=True)``), or the
other offices would never learn of it.

A revision answers the whole record: other open conflicts of the same record are closed
with the values shown (``ConflictItem.others_on_record`` tells the reviewer beforehand).  Keeping a
record another office deleted keeps the records it needs whose deletion waits for an answer too (a
case's subject, held with the case: ``app.services.merge_holds``), and keeping a case brings back what
its deletion took with it (``app.services.case_keep``); deleting a case deletes the whole case, as
the office that deleted it did.

Threading: any thread (the GUI runs these on its database worker); each call is one
transaction.  Errors: NotFoundError for a conflict no longer open, ValidationError (with
``kind``) for an answer the record cannot take.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import audit, revisions
from app.db import models as m
from app.db.mapping import column_values, record_from_values, revision_values
from app.domain.dates import PartialDate
from app.domain.errors import NotFoundError, ValidationError
from app.domain.hlc import HybridClock
from app.domain.validation import validate
from app.domain.vocab import AuditAction
from app.exchange.merge import DELETION
from app.services.case_delete import delete_whole_case
from app.services.case_keep import bring_back_taken_with
from app.services.case_writer import RECORD_TYPES, CaseWriter
from app.services.conflict_rowless import answer_without_row
from app.services.merge_holds import refers
from app.services.session import UnlockedVault

#: Records another case may name: a conflict about them is kept, not deleted (a case goes whole).
_NOT_DELETED = frozenset({"persons"})
_PERSON_TABLES = frozenset({"person_names", "identity_documents", "residences", "relatives"})


@dataclass(frozen=True, slots=True)
class Side:
    """One office's answer to a field: its value (None when it deleted the record), who and when."""

    index: int
    value: object
    deleted: bool
    #: The author's display name, "" for a user of another office (users stay in their office).
    user_name: str
    office_name: str
    own_office: bool
    at: dt.datetime  # UTC, from the revision's clock
    revision_id: str
    #: The record kept by the exchange for other records that need it (a hold: nobody's edit).
    held: bool = False


@dataclass(frozen=True, slots=True)
class ConflictItem:
    """One open conflict as the review queue shows it (``field`` is ``DELETION`` for delete vs edit)."""

    id: str
    record_table: str
    record_id: str
    field: str
    case_id: str  # "" for a record of no case (a party)
    case_reference: str
    case_subject: str
    #: The person the record is about (a name, a document, a relative), "" otherwise.
    person_name: str
    #: What the record shows now (revision shape), to name it: a document's kind, an event's kind…
    record_values: Mapping[str, object]
    sides: tuple[Side, ...]
    #: What the vault shows meanwhile (for ``DELETION``: False, the record is kept).
    provisional: object
    found_at: dt.datetime
    #: Other open conflicts of the same record: answering this one keeps their values shown.
    others_on_record: int
    #: Whether a typed text may answer it (a text or a date), not only one of the sides.
    editable: bool

    @property
    def is_deletion(self) -> bool:
        return self.field == DELETION

    @property
    def held(self) -> bool:
        """A deletion held for other records that need the record, not one an edit met."""
        return any(side.held for side in self.sides)


@dataclass(frozen=True, slots=True)
class Resolved:
    """What an answer did: the record kept (a revision written) or deleted, conflicts closed."""

    conflict_id: str
    record_table: str
    record_id: str
    deleted: bool
    closed: int


@dataclass(frozen=True, slots=True)
class PastImport:
    """One imported exchange file, as its report was kept (counts, never content)."""

    bundle_id: str
    imported_at: dt.datetime
    created_at: dt.datetime
    sender_office_id: str
    sender_name: str
    from_self: bool
    counts: Mapping[str, int]


def conflict_id(merge_id: str, field: str) -> str:
    """A short id, the same at every office that holds the conflict."""
    return hashlib.sha256(f"{merge_id}\0{field}".encode()).hexdigest()[:12]


def clock_time(hlc: str) -> dt.datetime:
    """When a revision was made, from its hybrid clock stamp (UTC)."""
    return dt.datetime.fromtimestamp(HybridClock.parse(hlc)[0] / 1000, dt.UTC)


class ConflictService:
    """The review queue of merge conflicts in the unlocked vault."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def count(self) -> int:
        """How many conflicts are open (a true total, for the dashboard)."""
        with self._vault.db.transaction(readonly=True) as session:
            return int(session.scalar(select(func.count()).select_from(m.MergeConflict)) or 0)

    def open_conflicts(self) -> tuple[ConflictItem, ...]:
        """Every open conflict, oldest first, with its case, record and sides."""
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.scalars(
                select(m.MergeConflict).order_by(
                    m.MergeConflict.found_at, m.MergeConflict.record_id, m.MergeConflict.field
                )
            ).all()
            if not rows:
                return ()
            per_record: dict[str, int] = {}
            for row in rows:
                per_record[row.record_id] = per_record.get(row.record_id, 0) + 1
            who = _Names(session, self._vault.actor.office_id)
            return tuple(_item(session, row, who, per_record[row.record_id] - 1) for row in rows)

    def keep(self, conflict_id: str, side: int) -> Resolved:
        """Answer with one side (an index of ``ConflictItem.sides``); for delete vs edit, the side
        that deleted deletes the record, the other keeps it."""
        with self._vault.db.transaction() as session:
            row = _find(session, conflict_id)
            sides = [c for c in row.candidates if isinstance(c, dict)]
            if not 0 <= side < len(sides):
                raise ValidationError("side", f"choose a side from 1 to {len(sides)}", "no-such-side")
            chosen = sides[side]
            if row.field == DELETION:
                return self._answer(session, row, None, delete=bool(chosen.get("deleted")), how="kept")
            return self._answer(session, row, chosen.get("value"), delete=False, how="kept")

    def resolve(self, conflict_id: str, value: object) -> Resolved:
        """Answer a field's conflict with ``value`` (revision shape: a date as its text); it may equal
        what is shown now.  A text may answer only a text field (``ConflictItem.editable``)."""
        with self._vault.db.transaction() as session:
            row = _find(session, conflict_id)
            if row.field == DELETION:
                raise ValidationError("value", "keep or delete the record: choose a side", "deletion")
            if isinstance(value, str) and not _editable(row.record_table, row.field):
                raise ValidationError(row.field, "this field takes one of the sides, not a text", "not-text")
            return self._answer(session, row, value, delete=False, how="edited")

    def imports(self) -> tuple[PastImport, ...]:
        """Every exchange file imported here, newest first, with the report of what it did."""
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.scalars(
                select(m.ExchangeBundle)
                .where(m.ExchangeBundle.direction == "received")
                .order_by(m.ExchangeBundle.recorded_at.desc(), m.ExchangeBundle.id)
            ).all()
            who = _Names(session, self._vault.actor.office_id)
            return tuple(
                PastImport(
                    row.id,
                    row.recorded_at,
                    row.created_at,
                    row.sender_office_id,
                    who.office(row.sender_office_id),
                    row.sender_office_id == who.own,
                    _counts(row.report),
                )
                for row in rows
            )

    def _answer(
        self, session: Session, row: m.MergeConflict, value: object, *, delete: bool, how: str
    ) -> Resolved:
        table, record_id = row.record_table, row.record_id
        record_type = RECORD_TYPES.get(table)
        model = m.SYNCED_MODELS[table]
        if record_type is None:
            raise ValidationError(table, "this record is not answered here", "not-resolvable")
        found = revisions.head_rows(session, model, [record_id]).get(record_id)
        closed = _open(session, record_id)
        vault = self._vault
        writer = CaseWriter(session, vault.actor, vault.db.clock)
        if delete and table in _NOT_DELETED:
            raise ValidationError(table, "this record is kept: it holds other records", "cannot-delete")
        changed = {} if row.field == DELETION else column_values(model, {row.field: value})
        if found is None:  # kept without a row: a row it belongs to was deleted meanwhile
            answer_without_row(session, writer, table, record_id, changed, delete=delete)
        elif delete and table == "cases":
            delete_whole_case(session, writer, vault.actor, record_id)
        elif delete:
            writer.delete(record_type, record_id)
        else:
            current = found[1]
            record = record_from_values({**current, **changed, "id": record_id}, record_type)
            validate(record)
            writer.save(record, force=True)
            if row.field == DELETION:
                _keep_needed(session, writer, table, current)
                if table == "cases":  # as it was: what the deletion took with it comes back too
                    for side in row.candidates:
                        if isinstance(side, dict) and side.get("deleted"):
                            bring_back_taken_with(session, writer, record_id, str(side.get("revision_id")))
        writer.finish()
        cid = conflict_id(row.merge_id, row.field)
        audit.append(
            session,
            AuditAction.CONFLICT_RESOLVED,
            vault.actor.user_id,
            vault.actor.device_id,
            conflict=cid,
            table=table,
            record=record_id,
            field=row.field,
            outcome="deleted" if delete else how,
            closed=closed,
        )
        return Resolved(cid, table, record_id, delete, closed)


def _open(session: Session, record_id: str, *, deletion: bool = False) -> int:
    """How many conflicts of a record are open (with ``deletion``: whether its deletion is one)."""
    query = select(func.count()).select_from(m.MergeConflict).where(m.MergeConflict.record_id == record_id)
    if deletion:
        query = query.where(m.MergeConflict.field == DELETION)
    return int(session.scalar(query) or 0)


def _keep_needed(session: Session, writer: CaseWriter, table: str, values: Mapping[str, object]) -> None:
    """Keep the records a kept record needs whose deletion is an open conflict, and what they need."""
    for (needed, record_id), _ in refers(table, values):
        if _open(session, record_id, deletion=True):
            found = revisions.head_rows(session, m.SYNCED_MODELS[needed], [record_id]).get(record_id)
            if found is not None:
                writer.save(
                    record_from_values({**found[1], "id": record_id}, RECORD_TYPES[needed]), force=True
                )
                _keep_needed(session, writer, needed, found[1])


@functools.cache
def _editable(table: str, field: str) -> bool:
    """A field a typed text answers: free text or a date (a code, a number or a flag is chosen)."""
    record_type = RECORD_TYPES.get(table)
    if record_type is None or field == DELETION:
        return False
    hint = typing.get_type_hints(record_type).get(field)
    return hint is str or hint is PartialDate


def _find(session: Session, wanted: str) -> m.MergeConflict:
    for row in session.scalars(select(m.MergeConflict)):
        if conflict_id(row.merge_id, row.field) == wanted:
            return row
    raise NotFoundError(f"No open conflict {wanted}.")


def _counts(report: str) -> dict[str, int]:
    try:
        found = json.loads(report) if report else {}
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(k): v for k, v in found.items() if isinstance(v, int)}


class _Names:
    """Display names of users and offices, read once per call."""

    def __init__(self, session: Session, own: str) -> None:
        self.own = own
        self._users = {
            user_id: display or username
            for user_id, display, username in session.execute(
                select(m.User.id, m.User.display_name, m.User.username)
            )
        }
        self._offices = dict(session.execute(select(m.PartnerOffice.office_id, m.PartnerOffice.name)).all())
        self._offices.update(session.execute(select(m.Office.id, m.Office.name)).all())

    def user(self, user_id: str) -> str:
        return str(self._users.get(user_id, ""))

    def office(self, office_id: str) -> str:
        return str(self._offices.get(office_id, ""))


def _side(index: int, candidate: Mapping[str, Any], who: _Names, merge_id: str) -> Side:
    author = candidate.get("author") or ("", "", "")
    user_id, _, office_id = (str(part) for part in author)
    return Side(
        index,
        candidate.get("value"),
        bool(candidate.get("deleted")),
        who.user(user_id),
        who.office(office_id),
        office_id == who.own,
        clock_time(str(candidate.get("hlc", "0"))),
        str(candidate.get("revision_id", "")),
        candidate.get("revision_id") == merge_id,  # a merge's sides are its parents, a hold's itself
    )


def _item(session: Session, row: m.MergeConflict, who: _Names, others: int) -> ConflictItem:
    candidates = [c for c in row.candidates if isinstance(c, dict)]
    found = revisions.head_rows(session, m.SYNCED_MODELS[row.record_table], [row.record_id]).get(
        row.record_id
    )
    if found is not None:
        values: dict[str, object] = revision_values(found[1])
    else:  # not shown here (its parent is missing): what the live side holds
        live = [c["value"] for c in candidates if not c.get("deleted")]
        last = live[-1] if live else None
        values = {str(k): v for k, v in last.items()} if isinstance(last, dict) else {}
    case_id, person_id = _owners(session, row.record_table, row.record_id, values)
    case = session.get(m.Case, case_id) if case_id else None
    listing = session.get(m.CaseListing, case_id) if case_id else None
    return ConflictItem(
        conflict_id(row.merge_id, row.field),
        row.record_table,
        row.record_id,
        row.field,
        case_id if case is not None else "",
        case.reference if case is not None else "",
        listing.subject_name if listing is not None else "",
        _person_name(session, person_id),
        values,
        tuple(_side(i, c, who, row.merge_id) for i, c in enumerate(candidates)),
        row.provisional,
        row.found_at,
        others,
        _editable(row.record_table, row.field),
    )


def _owners(session: Session, table: str, record_id: str, values: Mapping[str, object]) -> tuple[str, str]:
    """(case id, person id) a record belongs to; "" where there is none."""
    person_id = record_id if table == "persons" else ""
    if table in _PERSON_TABLES or table == "sources":
        person_id = str(values.get("person_id") or "")
    if table == "cases":
        return record_id, str(values.get("subject_id") or "")
    if values.get("case_id"):
        return str(values["case_id"]), person_id
    if not person_id:
        return "", ""
    subject_of: Sequence[str] = session.scalars(select(m.Case.id).where(m.Case.subject_id == person_id)).all()
    if subject_of:
        return sorted(subject_of)[0], person_id
    relative_in = session.scalars(select(m.Relative.case_id).where(m.Relative.person_id == person_id)).all()
    return (sorted(relative_in)[0] if relative_in else ""), person_id


def _person_name(session: Session, person_id: str) -> str:
    if not person_id:
        return ""
    names = session.execute(
        select(m.PersonName.text)
        .where(m.PersonName.person_id == person_id)
        .order_by(m.PersonName.is_primary.desc(), m.PersonName.id)
        .limit(1)
    ).scalar()
    return str(names or "")
