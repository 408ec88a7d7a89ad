# SPDX-License-Identifier: GPL-3.0-or-later
"""What name search reads and builds: single-word keys only when pair keys found too few persons,
the same ranking as reading every tier, a rebuilt index holding exactly ``keys(text)``, and keys
that go with their spelling through a trigger (migration 0010) rather than a foreign key."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain import records as r
from app.names import keys, similarity, written_order_score
from app.names.evaluate import read_rows
from app.services.admin import AdminService
from app.services.cases import CaseService
from app.services.demo import populate
from app.services.name_candidates import MAX_SCORED, ROWS_PER_KEY, Tier, candidate_tiers, rank
from app.services.name_index import SEARCH_THRESHOLD, NameSearchService
from app.services.session import UnlockedVault
from app.vault import KdfParams
from tests.conftest import PASSPHRASE, USERNAME

DEV_SET = Path(__file__).resolve().parents[3].parent / "shared" / "names-dev.tsv"


def _read(session: Session, query: str, limit: int) -> tuple[list[tuple[str, float, str]], list[Tier]]:
    read: list[Tier] = []

    def tap() -> Iterator[Tier]:
        for tier in candidate_tiers(session, keys(query)):
            read.append(tier)
            yield tier

    return rank(query, tap(), SEARCH_THRESHOLD, limit), read


def _every_tier_then_full_sort(session: Session, query: str, limit: int) -> list[tuple[str, float, str]]:
    """The ranking as it was before tiers were read lazily: every key read, all matches sorted."""
    shared: Counter[tuple[str, str, str]] = Counter()
    for key in sorted(keys(query), key=lambda k: -k.count("+")):
        rows = session.execute(
            select(m.NameKey.name_id, m.NameKey.person_id, m.NameKey.text)
            .where(m.NameKey.key == key)
            .limit(ROWS_PER_KEY)
        )
        for name_id, person_id, text in rows:
            shared[(name_id, person_id, text)] = max(shared[(name_id, person_id, text)], key.count("+") + 1)
    tiers: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for (_, person_id, text), strength in shared.items():
        tiers[strength].append((person_id, text))
    by_person: dict[str, list[tuple[float, str]]] = defaultdict(list)
    scored = 0
    for strength in sorted(tiers, reverse=True):
        matched = sum(max(v)[0] >= SEARCH_THRESHOLD for v in by_person.values())
        if scored >= MAX_SCORED or matched >= limit:
            break
        for person_id, text in tiers[strength]:
            by_person[person_id].append((similarity(query, text), text))
        scored += len(tiers[strength])
    ranked = []
    for person_id, spellings in by_person.items():
        best, text = max(spellings)
        if best >= SEARCH_THRESHOLD:
            agreement = round(sum(s for s, _ in spellings) / len(spellings), 6)
            order = max(written_order_score(query, t) for s, t in spellings if s == best)
            ranked.append((-best, -agreement, -order, text, person_id))
    ranked.sort()
    return [(person_id, -best, text) for best, _, _, text, person_id in ranked[:limit]]


def test_pair_keys_that_find_enough_persons_leave_the_word_keys_unread(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    for spelling in ("Нұрлан Серікұлы", "Нұрлан Серікұлы", "Нұрлан Әбілұлы", "Серік Нұрланұлы"):
        cases.open_case(r.Person(), [r.PersonName("", spelling)])
    with vault.db.transaction(readonly=True) as session:
        found, read = _read(session, "Nurlan Serikuly", limit=2)
        assert [tier.strength for tier in read] == [2]
        assert len(found) == 2
        found, read = _read(session, "Nurlan Serikuly", limit=50)  # too few: the word keys are read too
        assert [tier.strength for tier in read] == [2, 1]
        assert read[1].rows_read > len(read[1].spellings)  # rows of the pair tier are not scored twice
        found, read = _read(session, "Nurlan", limit=50)
        assert [tier.strength for tier in read] == [1] and len(found) == 4


def test_lazy_tiers_and_the_cut_rank_as_reading_everything_did(vault: UnlockedVault) -> None:
    populate(vault, 150, seed=7)
    with vault.db.transaction(readonly=True) as session:
        texts = sorted(set(session.scalars(select(m.PersonName.text))))
        queries = [*texts[::9], "Nurlan", "Serik Nurlanuly", "Qasym", "努尔兰", "Ospanov Marat"]
        for query in queries:
            for limit in (1, 5, 50):
                assert _read(session, query, limit)[0] == _every_tier_then_full_sort(session, query, limit)


@pytest.mark.skipif(not DEV_SET.is_file(), reason=f"development set not found at {DEV_SET}")
def test_a_rebuilt_index_holds_exactly_the_keys_of_every_development_spelling(vault: UnlockedVault) -> None:
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for row in read_rows(DEV_SET):
        by_cluster[row["cluster"] if row["role"] != "distractor" else f"d{len(by_cluster) % 20}"].append(
            row["text"]
        )
    cases = CaseService(vault)
    for texts in by_cluster.values():
        cases.open_case(r.Person(), [r.PersonName("", text) for text in texts])

    def stored() -> set[tuple[str, str]]:
        with vault.db.transaction(readonly=True) as session:
            rows = session.execute(select(m.NameKey.key, m.NameKey.name_id))
            return {(key, name_id) for key, name_id in rows}

    with vault.db.transaction(readonly=True) as session:
        spellings = session.execute(select(m.PersonName.id, m.PersonName.text)).all()
    expected = {(key, name_id) for name_id, text in spellings for key in keys(text)}
    assert stored() == expected  # as each save indexed them
    assert NameSearchService(vault).rebuild_index() == len(spellings)
    assert stored() == expected


def test_keys_go_with_their_spelling_and_person_through_the_trigger(vault: UnlockedVault) -> None:
    cases = CaseService(vault)
    case_id = cases.open_case(r.Person(), [r.PersonName("", "Нұрлан Серікұлы"), r.PersonName("", "Nurlan")])
    subject = cases.get_case(case_id).subject
    first, second = (name.id for name in subject.names)
    with vault.db.transaction() as session:
        assert session.execute(sql("PRAGMA foreign_key_list(name_keys)")).all() == []
        session.execute(delete(m.PersonName).where(m.PersonName.id == first))
        left = set(session.scalars(select(m.NameKey.name_id)))
        assert left == {second}
        session.execute(delete(m.Relative))
        session.execute(delete(m.Case))
        session.execute(delete(m.Person).where(m.Person.id == subject.person.id))  # cascades to its names
        assert session.scalars(select(m.NameKey.name_id)).all() == []


def test_the_trigger_survives_a_master_key_rotation(vault: UnlockedVault) -> None:
    """Rotation copies the database with sqlcipher_export: the trigger must come along."""
    AdminService(vault, kdf=KdfParams.minimum()).rotate_master_key(USERNAME, PASSPHRASE)
    with vault.db.transaction(readonly=True) as session:
        triggers = session.scalars(sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all()
    assert "person_names_unindex" in triggers
