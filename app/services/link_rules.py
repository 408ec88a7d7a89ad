# SPDX-License-Identifier: GPL-3.0-or-later
"""Which records a link of each kind may join (docs/model-v2.md §2), and the checks on a Save's links.

``LINK_ENDS`` is the whole rule table: for each kind, the (source tables, target tables)
pairs it allows, ``None`` meaning any record type a case file is written with.  A link's
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
from app.domain.vocab import LinkKind
from app.services.case_writer import RECORD_MODELS, RECORD_TYPES

Tables = frozenset[str] | None
_EVENT, _REQUEST, _REPORT = "legal_events", "requests", "pressure_reports"
_PARTY_ACTS = ((frozenset({"parties"}), frozenset({_EVENT, _REQUEST, _REPORT})),)

#: kind → allowed (source tables, target tables); None: any table of ``RECORD_TYPES``.
LINK_ENDS: dict[LinkKind, tuple[tuple[Tables, Tables], ...]] = {
    LinkKind.ANSWERS: ((frozenset({_EVENT}), frozenset({_REQUEST})),),
    LinkKind.CONTESTS: ((frozenset({_REQUEST}), frozenset({_EVENT, _REQUEST})),),
    LinkKind.EXTENDS: ((frozenset({_EVENT}), frozenset({_EVENT, "identity_documents"})),),
    LinkKind.FOLLOWS: ((frozenset({_EVENT}), frozenset({_EVENT})),),
    LinkKind.MAY_ANSWER: ((frozenset({_REPORT}), frozenset({_EVENT})),),
    LinkKind.CONCERNS: (
        (frozenset({_REPORT}), frozenset({"detentions"})),
        (None, frozenset({"relatives"})),
    ),
    LinkKind.CONCERNS_CASE: ((frozenset({_EVENT, _REQUEST}), frozenset({"cases"})),),
    LinkKind.SOURCE_OF: ((frozenset({"sources"}), None),),
    LinkKind.PERPETRATOR: _PARTY_ACTS,
    LinkKind.DECISION_MAKER: _PARTY_ACTS,
    LinkKind.INTERVENING: _PARTY_ACTS,
}


def _fits(table: str, tables: Tables) -> bool:
    return tables is None or table in tables


def check_link_kind(link: r.Link) -> None:
    """ValidationError naming the field when a table is unknown or the kind does not fit its ends."""
    for field in ("source_table", "target_table"):
        if getattr(link, field) not in RECORD_TYPES:
            raise ValidationError(field, "is not a kind of record a link can join", "unknown-code")
    allowed = LINK_ENDS.get(LinkKind(link.kind), ())
    if not any(
        _fits(link.source_table, sources) and _fits(link.target_table, targets)
        for sources, targets in allowed
    ):
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
