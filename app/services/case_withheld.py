# SPDX-License-Identifier: GPL-3.0-or-later
"""Which fields of a case the vault does not know because a redacted packet withheld them.

A withheld field reaches no row: the row holds the column default in its place, which reads
like an empty field.  The record's head revision still says ``WITHHELD``, and that is what
this reads, so ``pana show`` at a lawyer's office can say "withheld by the sending office"
instead of leaving the fact out as if it were unknown.

Threading: called inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.mapping import table_of
from app.domain import records as r
from app.domain.withheld import is_withheld


def _records(case_file: r.CaseFile) -> Iterator[tuple[str, str]]:
    """(table, id) of every record the case file shows."""
    yield "cases", case_file.case.id
    for person in (case_file.subject, *case_file.relative_people):
        yield "persons", person.person.id
        yield from (("identity_documents", x.id) for x in person.documents)
        yield from (("residences", x.id) for x in person.residences)
    for table in (
        "relatives",
        "interviews",
        "legal_events",
        "detentions",
        "pressure_reports",
        "attachments",
        "petitions",
        "requests",
        "relative_statuses",
        "sources",
        "links",
        "parties",
    ):
        records: Iterable[object] = getattr(case_file, table)
        yield from ((table, str(getattr(x, "id", ""))) for x in records)


def withheld_in(session: Session, case_file: r.CaseFile) -> dict[tuple[str, str], tuple[str, ...]]:
    """(table, record id) → the fields its head revision holds withheld (records with none left out)."""
    by_table: dict[str, list[str]] = {}
    for table, record_id in _records(case_file):
        by_table.setdefault(table, []).append(record_id)
    revisions = table_of(m.Revision)
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for table, ids in by_table.items():
        rows = table_of(m.SYNCED_MODELS[table])
        query = (
            select(rows.c.id, revisions.c["values"])
            .join(revisions, (revisions.c.record_id == rows.c.id) & (revisions.c.id == rows.c.rev))
            .where(rows.c.id.in_(ids))
        )
        for record_id, values in session.connection().execute(query):
            fields = tuple(sorted(name for name, value in (values or {}).items() if is_withheld(value)))
            if fields:
                found[table, record_id] = fields
    return found
