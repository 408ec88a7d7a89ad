# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding a person by any spelling: phonetic keys in the vault narrow, ``similarity`` ranks.

Each stored spelling has its ``app.names.keys`` rows in ``name_keys`` (a key per
word and per pair of words, clustered by key and carrying the spelling itself).  A
query reads a bounded range per key — never a scan of every person — counts how
many keys each spelling shares, scores the best-sharing spellings (each distinct
text once) and ranks persons by their best spelling.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.names import INDEX_VERSION, SAME_PERSON_THRESHOLD, keys, similarity, written_order_score
from app.services.session import UnlockedVault

Progress = Callable[[int, int, str], None]

#: Rows read per key at most: a common given name's range is cut, a pair key's never is.
ROWS_PER_KEY = 2_000
#: Spellings scored per query at most, those sharing most keys first.
MAX_SCORED = 1_000
#: A single given name against a full name scores about 0.7; unrelated names stay below 0.6.
SEARCH_THRESHOLD = 0.65
INDEX_VERSION_KEY = "name_index_version"


def _key_rows(name_id: str, person_id: str, text: str) -> list[dict[str, str]]:
    return [{"key": key, "name_id": name_id, "person_id": person_id, "text": text} for key in keys(text)]


def index_name(session: Session, name: m.PersonName) -> None:
    """(Re)write the keys of one spelling."""
    session.execute(delete(m.NameKey).where(m.NameKey.name_id == name.id))
    rows = _key_rows(name.id, name.person_id, name.text)
    if rows:
        session.execute(insert(m.NameKey), rows)


def unindex_name(session: Session, name_id: str) -> None:
    session.execute(delete(m.NameKey).where(m.NameKey.name_id == name_id))


def index_is_current(session: Session) -> bool:
    """Whether the stored keys were made by this version of ``app.names.keys``."""
    stored = session.get(m.Meta, INDEX_VERSION_KEY)
    return stored is not None and stored.value == str(INDEX_VERSION)


def rebuild_index(session: Session, progress: Progress | None = None, batch: int = 20_000) -> int:
    """Recompute every spelling's keys in the caller's transaction; returns the number of spellings."""
    session.execute(delete(m.NameKey))
    spellings = session.execute(select(m.PersonName.id, m.PersonName.person_id, m.PersonName.text)).all()
    for start in range(0, len(spellings), batch):
        rows = [row for spelling in spellings[start : start + batch] for row in _key_rows(*spelling)]
        rows.sort(key=lambda row: row["key"])  # B-tree appends in key order
        if rows:
            session.execute(insert(m.NameKey), rows)
        if progress:
            progress(min(start + batch, len(spellings)), len(spellings), "names")
    session.merge(m.Meta(key=INDEX_VERSION_KEY, value=str(INDEX_VERSION)))
    return len(spellings)


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """A person whose spelling ``matched`` scored ``score`` against the query."""

    person_id: str
    score: float
    matched: str
    case_ids: tuple[str, ...]


class NameSearchService:
    """Read-only name search and the "same person?" check."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def search(
        self, query: str, *, limit: int = 50, threshold: float = SEARCH_THRESHOLD
    ) -> list[PersonMatch]:
        """Persons ranked by how well any of their spellings matches ``query`` (any script)."""
        query_keys = sorted(keys(query))
        if not query_keys:
            return []
        shared: Counter[tuple[str, str, str]] = Counter()
        with self._vault.db.transaction(readonly=True) as session:
            for key in query_keys:
                rows = session.execute(
                    select(m.NameKey.name_id, m.NameKey.person_id, m.NameKey.text)
                    .where(m.NameKey.key == key)
                    .limit(ROWS_PER_KEY)
                )
                shared.update(tuple(row) for row in rows)
            scores: dict[str, float] = {}
            best: dict[str, tuple[float, float, str]] = {}
            for (_, person_id, text), _count in shared.most_common(MAX_SCORED):
                score = scores.get(text)
                if score is None:
                    score = scores[text] = similarity(query, text)
                if score >= threshold and score > best.get(person_id, (0.0, 0.0, ""))[0]:
                    best[person_id] = (score, 0.0, text)
            # Equal scores (a son "A B-uly" and his father "B A-uly"): the written order decides.
            ranked = sorted(
                (
                    (pid, (score, written_order_score(query, text), text))
                    for pid, (score, _, text) in best.items()
                ),
                key=lambda item: (-item[1][0], -item[1][1], item[1][2], item[0]),
            )[:limit]
            cases = self._cases_of(session, [person_id for person_id, _ in ranked])
        return [PersonMatch(pid, score, text, tuple(cases.get(pid, ()))) for pid, (score, _, text) in ranked]

    def possible_duplicates(
        self, spellings: list[str], *, exclude_person: str | None = None
    ) -> list[PersonMatch]:
        """Persons who may be the same as someone spelled ``spellings``, minus those marked "not the same"."""
        found: dict[str, PersonMatch] = {}
        for spelling in spellings:
            for match in self.search(spelling, threshold=SAME_PERSON_THRESHOLD):
                if match.person_id != exclude_person and match.score > getattr(
                    found.get(match.person_id), "score", 0
                ):
                    found[match.person_id] = match
        if exclude_person and found:
            with self._vault.db.transaction(readonly=True) as session:
                dismissed = self._not_same(session, exclude_person)
            found = {k: v for k, v in found.items() if k not in dismissed}
        return sorted(found.values(), key=lambda match: -match.score)

    def rebuild_index(self, progress: Progress | None = None) -> int:
        """Recompute every spelling's keys (after an upgrade of ``app.names``); returns the count.

        One transaction: the index is never seen half rebuilt.  ``progress`` may raise Cancelled.
        """
        with self._vault.db.transaction() as session:
            return rebuild_index(session, progress)

    def mark_not_same(self, person_a: str, person_b: str, note: str = "") -> None:
        """Record that two persons are different people, so the warning does not return."""
        first, second = sorted((person_a, person_b))
        with self._vault.db.transaction() as session:
            if session.get(m.NotSamePerson, (first, second)) is None:
                session.add(
                    m.NotSamePerson(
                        person_a=first, person_b=second, decided_by=self._vault.actor.user_id, note=note
                    )
                )

    @staticmethod
    def _not_same(session: Session, person_id: str) -> set[str]:
        pairs = session.execute(
            select(m.NotSamePerson.person_a, m.NotSamePerson.person_b).where(
                or_(m.NotSamePerson.person_a == person_id, m.NotSamePerson.person_b == person_id)
            )
        ).all()
        return {b if a == person_id else a for a, b in pairs}

    @staticmethod
    def _cases_of(session: Session, person_ids: list[str]) -> dict[str, list[str]]:
        cases: dict[str, list[str]] = defaultdict(list)
        if not person_ids:
            return cases
        for case_id, subject in session.execute(
            select(m.Case.id, m.Case.subject_id).where(m.Case.subject_id.in_(person_ids))
        ):
            cases[subject].append(case_id)
        for case_id, person in session.execute(
            select(m.Relative.case_id, m.Relative.person_id).where(m.Relative.person_id.in_(person_ids))
        ):
            cases[person].append(case_id)
        return cases
