# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list's search box: a case by its reference, a person by an identity document number,
and a person by any spelling in any script; each result says what matched.

Order: references starting with the query, then document numbers equal to it (spaces, dashes and
letter case aside), then persons by how well a spelling matches.  A case found twice is listed
once, where it was first found.  Threading: any thread; one read transaction per search.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.text_sql import document_key, document_key_sql, folded_startswith
from app.domain import records as r
from app.services import name_index
from app.services.listing import filtered_rows
from app.services.session import UnlockedVault

#: How many persons a name search ranks (a case list of search results, not the whole vault).
SEARCH_LIMIT = 200


class CaseSearchService:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def search(
        self, query: str, case_filter: r.CaseFilter | None = None, *, today: dt.date | None = None
    ) -> list[r.CaseRow]:
        """Cases matching ``query`` that pass ``case_filter``; ValidationError for a query too long
        or of too many words (as ``NameSearchService.search``)."""
        text = query.strip()
        name_index.check_query(text)
        if not text:
            return []
        with self._vault.db.transaction(readonly=True) as session:
            found: dict[str, tuple[str, r.MatchedBy]] = {}
            for case_id, reference in _by_reference(session, text):
                found.setdefault(case_id, (reference, r.MatchedBy.REFERENCE))
            for case_id, number in _by_document(session, text):
                found.setdefault(case_id, (number, r.MatchedBy.DOCUMENT))
            for match in name_index.search_in(session, text, SEARCH_LIMIT):
                for case_id in match.case_ids:
                    found.setdefault(case_id, (match.matched, r.MatchedBy.NAME))
            rows = filtered_rows(session, list(found), case_filter, today or dt.date.today())
        return [
            dataclasses.replace(row, matched=found[row.id][0], matched_by=found[row.id][1]) for row in rows
        ]


def _by_reference(session: Session, text: str) -> list[tuple[str, str]]:
    query = (
        select(m.Case.id, m.Case.reference)
        .where(folded_startswith(m.Case.reference, text))
        .order_by(m.Case.reference)
        .limit(SEARCH_LIMIT)
    )
    return [(case_id, reference) for case_id, reference in session.execute(query)]


def _by_document(session: Session, text: str) -> list[tuple[str, str]]:
    key = document_key(text)
    if not key:
        return []
    documents = (
        select(m.IdentityDocument.person_id, m.IdentityDocument.number)
        .where(document_key_sql(m.IdentityDocument.number) == key)
        .limit(SEARCH_LIMIT)
    )
    numbers = {person_id: number for person_id, number in session.execute(documents)}
    cases = name_index.cases_of(session, list(numbers))
    return [(case_id, numbers[person_id]) for person_id in numbers for case_id in cases.get(person_id, ())]
