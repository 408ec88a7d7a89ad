# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeping a case another office deleted brings back what that deletion took with it.

An office deletes a whole case (``app.services.case_delete``) in one transaction of deletion
revisions: the case's records first, then the case, then its people with their spellings,
documents and residences.  Where another office edited the case or added to it meanwhile, the
merge keeps the case and asks (a deletion conflict), while the records nobody else touched went at
both offices.  When a person answers "keep", the case should come back as it was, not as a shell
without its subject's names.  ``bring_back_taken_with`` finds that deletion's other revisions (the
unbroken run of deletions by the same device around the case's, by clock, each of a record of this
case or of its people, each within a second of the one before) and brings back each record whose
newest revision is still that deletion, at what it last held.  The revisions travel like any
answer, so every office ends the same.

Left deleted: files (their bytes went with the deletion), and a record that refers to a row that
is not here (a link into another case deleted meanwhile).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, Select, bindparam, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db import revisions
from app.db.mapping import table_of
from app.db.upcast import upcast
from app.domain.hlc import HybridClock
from app.exchange.merge import Rev
from app.services.case_writer import RECORD_MODELS, RECORD_TYPES, CaseWriter
from app.services.conflict_rowless import latest_heads
from app.services.merge_apply import local_revisions
from app.services.merge_rows import references, shown_row

#: A person's own records: they belong to the case through the person (the subject or a relative).
_PERSON_TABLES = frozenset({"persons", "person_names", "identity_documents", "residences"})
#: Not brought back: a file's bytes went with its deletion.
_LEFT_DELETED = frozenset({"attachments"})
#: Two deletions of one transaction are at most this far apart (ms of clock); a deletion made
#: apart from the case's, even just before it, is farther: a person had to choose it.
_GAP_MS = 1_000
#: How far from the case's deletion (ms of clock) the scan looks at most.
_WINDOW_MS = 3_600_000

_REVISIONS = table_of(m.Revision)
_COLUMNS = (
    _REVISIONS.c.record_table,
    _REVISIONS.c.record_id,
    _REVISIONS.c["values"],
    _REVISIONS.c.deleted,
    _REVISIONS.c.hlc,
)
_BY_DEVICE = (
    (_REVISIONS.c.author_user_id == bindparam("user"))
    & (_REVISIONS.c.author_device_id == bindparam("device"))
    & (_REVISIONS.c.hlc > bindparam("low"))
    & (_REVISIONS.c.hlc < bindparam("high"))
)
#: The device's revisions just before the case's deletion, newest first, and just after, oldest first.
_BEFORE = (
    select(*_COLUMNS).where(_BY_DEVICE, _REVISIONS.c.hlc < bindparam("hlc")).order_by(_REVISIONS.c.hlc.desc())
)
_AFTER = select(*_COLUMNS).where(_BY_DEVICE, _REVISIONS.c.hlc > bindparam("hlc")).order_by(_REVISIONS.c.hlc)
_RANK = {model.__tablename__: rank for rank, model in enumerate(RECORD_MODELS.values())}


def bring_back_taken_with(session: Session, writer: CaseWriter, case_id: str, deletion_id: str) -> int:
    """Bring back what the deletion of a whole case (``deletion_id``: the case's deletion revision)
    took with it, parents first; returns how many records came back."""
    deletion = local_revisions(session, [case_id]).get(deletion_id)
    if deletion is None or not deletion.deleted:
        return 0
    taken = sorted(_taken_with(session.connection(), deletion), key=lambda ref: (_RANK[ref[0]], ref[1]))
    heads = latest_heads(session, [record_id for _, record_id in taken])
    wanted = []
    for table, record_id in taken:
        head = heads.get(record_id)
        if head is None or not head.deleted or head.author != deletion.author or table in _LEFT_DELETED:
            continue  # changed since, or never here
        values = shown_row(m.SYNCED_MODELS[table], head)
        needed = [
            (parent, str(parent_id)) for parent, parent_id in references(m.SYNCED_MODELS[table], values)
        ]
        wanted.append((table, record_id, head.id, values, needed))
    here = _rows_here(session, {ref for *_, needed in wanted for ref in needed})
    back: set[tuple[str, str]] = set()
    for table, record_id, head_id, values, needed in wanted:
        if all(ref in back or ref in here for ref in needed):
            writer.write_over(RECORD_TYPES[table], record_id, values, head_id, deleted=False)
            back.add((table, record_id))
    return len(back)


def _taken_with(connection: Connection, deletion: Rev) -> list[tuple[str, str]]:
    """(table, id) of the other records the case's deletion transaction deleted."""
    case_id, at = deletion.record_id, HybridClock.parse(deletion.hlc)[0]
    params = {
        "user": deletion.author[0],
        "device": deletion.author[1],
        "hlc": deletion.hlc,
        "low": f"{at - _WINDOW_MS:013d}",
        "high": f"{at + _WINDOW_MS:013d}",
    }
    people = {str(deletion.values.get("subject_id"))}
    taken: list[tuple[str, str]] = []
    for table, record_id, values in _deletions(connection, _BEFORE, params):  # the case's records
        if case_id not in (values.get("case_id"), values.get("target_case_id")):
            break
        if table == "relatives":
            people.add(str(values.get("person_id")))
        taken.append((table, record_id))
    for table, record_id, values in _deletions(connection, _AFTER, params):  # then its people's
        person = record_id if table == "persons" else values.get("person_id")
        if table not in _PERSON_TABLES or person not in people:
            break
        taken.append((table, record_id))
    return taken


def _deletions(
    connection: Connection, statement: Select[Any], params: Mapping[str, object]
) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """The revisions ``statement`` finds, while they are deletions of known record types, each
    within ``_GAP_MS`` of the one before (a deletion made apart is another transaction)."""
    previous = HybridClock.parse(str(params["hlc"]))[0]
    for table, record_id, values, deleted, hlc in connection.execute(statement, params):
        at = HybridClock.parse(hlc)[0]
        if not deleted or table not in _RANK or abs(at - previous) > _GAP_MS:
            return
        previous = at
        yield table, record_id, upcast(table, values)


def _rows_here(session: Session, refs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Of these (table, id), those with a row here (a table that is not a record's counts as here):
    one lookup per table."""
    here: set[tuple[str, str]] = set()
    for table in {table for table, _ in refs}:
        ids = sorted(record_id for named, record_id in refs if named == table)
        model = m.SYNCED_MODELS.get(table)
        found = ids if model is None else revisions.head_rows(session, model, ids)
        here.update((table, record_id) for record_id in found)
    return here
