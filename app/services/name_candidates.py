# SPDX-License-Identifier: GPL-3.0-or-later
"""The candidate phase of name search: ``name_keys`` rows read a tier at a time, and persons ranked.

A query's pair keys are read first; its single-word keys only while fewer persons have
matched than the query will show.  Each distinct text is scored once with ``similarity``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db.many_rows import driver_connection
from app.names import similarity, written_order_score

Spelling = tuple[str, str, str]  # name id, person id, text

#: Rows read per key at most: a common given name's range is cut, a pair key's never is.
ROWS_PER_KEY = 2_000
#: Spellings scored per query at most (whole tiers of equally many shared keys, most first).
MAX_SCORED = 3_000
# Straight to the driver: a query reads thousands of rows, and SQLAlchemy's Row objects doubled the cost.
_READ_KEY = "SELECT name_id, person_id, text FROM name_keys WHERE key = ? LIMIT ?"


@dataclass(frozen=True, slots=True)
class Tier:
    """Spellings (name id, person id, text) that match ``strength`` of a query's words, and how many
    ``name_keys`` rows were read to find them."""

    strength: int
    spellings: list[Spelling]
    rows_read: int


def candidate_tiers(session: Session, query_keys: Iterable[str]) -> Iterator[Tier]:
    """Spellings sharing a key with the query, a tier at a time and read only when the caller asks
    for it: first those matching two of the query's words through a pair key (``"NLN+SLK"``),
    then those matching one through a word key and not already in the first tier.

    The tier comes from the best key, not a count of keys: a common word's range is cut at
    ROWS_PER_KEY, and a count would then depend on which rows that cut happened to keep.
    """
    by_strength: dict[int, list[str]] = defaultdict(list)
    for key in sorted(query_keys):
        by_strength[key.count("+") + 1].append(key)
    seen: set[Spelling] = set()
    driver = driver_connection(session)
    for strength in sorted(by_strength, reverse=True):
        spellings: list[Spelling] = []
        read = 0
        for key in by_strength[strength]:
            rows = driver.execute(_READ_KEY, (key, ROWS_PER_KEY)).fetchall()
            read += len(rows)
            for row in rows:
                if row not in seen:
                    seen.add(row)
                    spellings.append(row)
        yield Tier(strength, spellings, read)


def rank(query: str, tiers: Iterable[Tier], threshold: float, limit: int) -> list[tuple[str, float, str]]:
    """(person id, best score, best spelling) of up to ``limit`` persons, best first.

    Spellings are scored in tiers by how many of the query's words they match (a pair of
    words before a single word), each distinct text once, and a weaker tier is only read
    and scored while fewer than ``limit`` persons have matched.  Equal best scores are
    common: a spelling without a patronymic ending ("Тоқтар Оспан" in Arabic script or
    Chinese) fits a son and his father alike, so the tie goes to whoever matches with
    more of their other spellings, and then to the one whose first written word is the
    query's first word.
    """
    scores: dict[str, float] = {}
    by_person: dict[str, list[tuple[float, str]]] = defaultdict(list)
    matched: set[str] = set()
    scored = 0
    remaining = iter(tiers)
    while scored < MAX_SCORED and len(matched) < limit:
        tier = next(remaining, None)
        if tier is None:
            break
        for _, person_id, text in tier.spellings:
            score = scores.get(text)
            if score is None:
                score = scores[text] = similarity(query, text)
            by_person[person_id].append((score, text))
            if score >= threshold:
                matched.add(person_id)
        scored += len(tier.spellings)
    return _persons_in_order(query, {person_id: by_person[person_id] for person_id in matched}, limit)


def _persons_in_order(
    query: str, matched: dict[str, list[tuple[float, str]]], limit: int
) -> list[tuple[str, float, str]]:
    """The first ``limit`` of ``matched`` (person id: their scored spellings), by best score, then
    agreement, then written order: worked out only for those who can still make the list."""
    leading = []
    for person_id, spellings in matched.items():
        best, text = max(spellings)
        agreement = sum(score for score, _ in spellings) / len(spellings)
        leading.append((-best, -round(agreement, 6), text, person_id))
    leading.sort()
    if len(leading) > limit:
        last = leading[limit - 1][:2]
        leading = [person for person in leading if person[:2] <= last]
    orders: dict[str, float] = {}
    ranked = []
    for best, agreement, text, person_id in leading:
        order = 0.0
        for score, spelling in matched[person_id]:
            if score == -best:
                if spelling not in orders:
                    orders[spelling] = written_order_score(query, spelling)
                order = max(order, orders[spelling])
        ranked.append((best, agreement, -order, text, person_id))
    ranked.sort()
    return [(person_id, -best, text) for best, _, _, text, person_id in ranked[:limit]]
