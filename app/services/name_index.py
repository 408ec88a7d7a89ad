# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding a person by any spelling: phonetic keys in the vault narrow, ``similarity`` ranks.

Each stored spelling has its ``app.names.keys`` rows in ``name_keys``; a query's
keys select candidate spellings through that index (never a scan of every
person), and each candidate person is scored by their best-matching spelling.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.names import SAME_PERSON_THRESHOLD, detect_script, keys, similarity
from app.services.session import UnlockedVault

Progress = Callable[[int, int, str], None]

#: How many candidate spellings a query scores at most (those sharing most keys first).
MAX_CANDIDATES = 5_000
#: A single given name against a full name scores about 0.7; unrelated names stay below 0.6.
SEARCH_THRESHOLD = 0.65


def index_name(session: Session, name: m.PersonName) -> None:
    """(Re)write the keys of one spelling; also fills in its script when it was left empty."""
    if not name.script:
        name.script = detect_script(name.text)
    session.execute(delete(m.NameKey).where(m.NameKey.name_id == name.id))
    rows = [{"key": key, "name_id": name.id, "person_id": name.person_id} for key in keys(name.text)]
    if rows:
        session.execute(insert(m.NameKey), rows)


def unindex_name(session: Session, name_id: str) -> None:
    session.execute(delete(m.NameKey).where(m.NameKey.name_id == name_id))


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
        query_keys = keys(query)
        if not query_keys:
            return []
        with self._vault.db.transaction(readonly=True) as session:
            shared = func.count().label("shared")
            best_keyed = (
                select(m.NameKey.name_id, shared)
                .where(m.NameKey.key.in_(query_keys))
                .group_by(m.NameKey.name_id)
                .order_by(shared.desc())
                .limit(MAX_CANDIDATES)
                .subquery()
            )
            candidates = session.execute(
                select(m.PersonName.person_id, m.PersonName.text).join(
                    best_keyed, best_keyed.c.name_id == m.PersonName.id
                )
            ).all()
            best: dict[str, tuple[float, str]] = {}
            for person_id, text in candidates:
                score = similarity(query, text)
                if score >= threshold and score > best.get(person_id, (0.0, ""))[0]:
                    best[person_id] = (score, text)
            ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[1][1], item[0]))[:limit]
            cases = self._cases_of(session, [person_id for person_id, _ in ranked])
        return [PersonMatch(pid, score, text, tuple(cases.get(pid, ()))) for pid, (score, text) in ranked]

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

    def rebuild_index(self, progress: Progress | None = None, batch: int = 5_000) -> int:
        """Recompute every spelling's keys (after an upgrade of ``app.names``); returns the count.

        One transaction: the index is never seen half rebuilt.  ``progress`` may raise Cancelled.
        """
        with self._vault.db.transaction() as session:
            session.execute(delete(m.NameKey))
            total = session.scalar(select(func.count()).select_from(m.PersonName)) or 0
            done = 0
            query = select(m.PersonName.id, m.PersonName.person_id, m.PersonName.text).order_by(
                m.PersonName.id
            )
            for chunk in session.execute(query).partitions(batch):
                rows = [
                    {"key": key, "name_id": name_id, "person_id": person_id}
                    for name_id, person_id, text in chunk
                    for key in keys(text)
                ]
                if rows:
                    session.execute(insert(m.NameKey), rows)
                done += len(chunk)
                if progress:
                    progress(done, total, "names")
        return done

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
