# SPDX-License-Identifier: GPL-3.0-or-later
"""Answering a merge conflict about a record that has no row: a merge kept its revisions, but a row
it belongs to was deleted meanwhile (an office deleted a relative while another edited the relative's
detention), so it shows nowhere.  Agreeing with the deletion deletes it on top of its history.
Keeping it first brings back, at what they last held, the deleted rows it belongs to, so that what
the person chose to keep shows; both travel as revisions, so every office ends the same."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.db import models as m
from app.db import revisions
from app.db.mapping import record_from_values, table_of
from app.domain.errors import NotFoundError, ValidationError
from app.domain.validation import validate
from app.exchange.merge import Rev, latest_head
from app.services.case_writer import RECORD_TYPES, CaseWriter
from app.services.merge_apply import local_revisions
from app.services.merge_rows import references, shown_row

#: Rows brought back for one answer, at most: a record's parents, then theirs (a case is the last).
_DEPTH = 4


def answer_without_row(
    session: Session,
    writer: CaseWriter,
    table: str,
    record_id: str,
    changed: Mapping[str, Any],
    *,
    delete: bool,
) -> None:
    """Delete the record (``delete``), or keep it with ``changed`` (column values) over its latest
    revision, its deleted parents brought back first.  NotFoundError when nothing of it is held."""
    head = latest_heads(session, [record_id]).get(record_id)
    if head is None:
        raise NotFoundError()
    model = m.SYNCED_MODELS[table]
    values = shown_row(model, head)
    if not delete:
        values = {**values, **changed}
        validate(record_from_values({**values, "id": record_id}, RECORD_TYPES[table]))
        _bring_back_parents(session, writer, table, values, _DEPTH)
    writer.write_over(RECORD_TYPES[table], record_id, values, head.id, deleted=delete)
    _stop_waiting(session, table, record_id)


def _bring_back_parents(
    session: Session, writer: CaseWriter, table: str, values: Mapping[str, Any], depth: int
) -> None:
    model = m.SYNCED_MODELS[table]
    for parent_table, parent_id in references(model, values):
        parent_model = m.SYNCED_MODELS.get(parent_table)
        if parent_model is None or revisions.head_rows(session, parent_model, [str(parent_id)]):
            continue
        head = latest_heads(session, [str(parent_id)]).get(str(parent_id))
        if head is None or parent_table not in RECORD_TYPES or depth == 0:
            raise ValidationError(
                table,
                "it belongs to a record this office has not received: answer after it arrives",
                "parent-missing",
            )
        parent_values = shown_row(parent_model, head)
        _bring_back_parents(session, writer, parent_table, parent_values, depth - 1)
        writer.write_over(RECORD_TYPES[parent_table], str(parent_id), parent_values, head.id, deleted=False)
        _stop_waiting(session, parent_table, str(parent_id))


def latest_heads(session: Session, record_ids: list[str]) -> dict[str, Rev]:
    """The newest head of each of these records held here (a deletion keeps what the row last held),
    by id; records with no revisions here are left out."""
    by_record: dict[str, dict[str, Rev]] = {}
    for rev in local_revisions(session, record_ids).values():
        by_record.setdefault(rev.record_id, {})[rev.id] = rev
    found = {record_id: latest_head(known) for record_id, known in by_record.items()}
    return {record_id: head for record_id, head in found.items() if head is not None}


def _stop_waiting(session: Session, table: str, record_id: str) -> None:
    waiting = table_of(m.WaitingRow)
    session.execute(delete(waiting).where(waiting.c.record_table == table, waiting.c.record_id == record_id))
