# SPDX-License-Identifier: GPL-3.0-or-later
"""Which records a link of each kind may join (docs/model-v2.md §2), and the checks on a Save's links.

The rule table (which kinds join which records) is ``app.domain.link_rules``, shared with
the editor, which offers only what it allows.  A link's
ends must exist (in the Save itself or in the vault, looked up in the Save's transaction);
a link into another case names that case in ``target_case_id`` (filled in when empty).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.mapping import table_of
from app.domain import records as r
from app.domain.errors import ValidationError
from app.domain.link_rules import allowed
from app.services.case_writer import RECORD_MODELS, RECORD_TYPES


def check_link_kind(link: r.Link) -> None:
    """ValidationError naming the field when a table is unknown or the kind does not fit its ends."""
    for field in ("source_table", "target_table"):
        if getattr(link, field) not in RECORD_TYPES:
            raise ValidationError(field, "is not a kind of record a link can join", "unknown-code")
    if not allowed(link.kind, link.source_table, link.target_table):
        raise ValidationError("kind", f"a {link.kind} link cannot join these records", "link-ends")


def _case_of_row(session: Session, table: str, record_id: str) -> tuple[bool, str]:
    """Whether the record exists in the vault, and its case ("" for a person's or party's record)."""
    model = RECORD_MODELS[RECORD_TYPES[table]]
    columns = table_of(model).c
    case_column = columns.id if table == "cases" else columns.get("case_id")
    query = select(columns.id if case_column is None else case_column).where(columns.id == record_id)
    found = session.connection().execute(query).first()
    if found is None:
        return False, ""
    return True, "" if case_column is None else str(found[0] or "")


def checked_links(
    session: Session,
    links: Iterable[r.Link],
    in_edit: Mapping[str, Mapping[str, str]],
    deleted: frozenset[str],
) -> list[r.Link]:
    """``links`` with ``target_case_id`` filled in; ValidationError when an end is missing.

    ``in_edit`` maps table → record id → case id for the records the Save keeps (its own
    records win over the vault's); ``deleted`` holds the ids the Save deletes.
    """
    checked = []
    for link in links:
        target_case = ""
        for end in ("source", "target"):
            table, record_id = getattr(link, f"{end}_table"), getattr(link, f"{end}_id")
            if record_id in in_edit.get(table, {}):
                exists, case_id = True, in_edit[table][record_id]
            elif record_id in deleted:
                exists, case_id = False, ""
            else:
                exists, case_id = _case_of_row(session, table, record_id)
            if not exists:
                raise ValidationError(f"{end}_id", "the linked record does not exist", "missing-link-end")
            target_case = case_id
        if target_case and target_case != link.case_id:
            if link.target_case_id and link.target_case_id != target_case:
                raise ValidationError("target_case_id", "is not the case of the linked record", "wrong-case")
            link = dataclasses.replace(link, target_case_id=target_case)
        checked.append(link)
    return checked
