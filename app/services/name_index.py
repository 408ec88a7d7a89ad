# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding a person by any spelling: phonetic keys in the vault narrow, ``similarity`` ranks.

Each stored spelling has its ``app.names.keys`` rows in ``name_keys`` (a key per
word and per pair of words, clustered by key and carrying the spelling itself).  A
query reads a bounded range per key — never a scan of every person — its pair keys
first, and its single-word keys only while fewer persons have matched than it will
show; it scores each distinct text once and ranks persons by their best spelling.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.many_rows import driver_connection, id_list, insert_rows
from app.db.mapping import table_of
from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.domain.progress import Progress
from app.domain.records import UNKNOWN, PersonFile
from app.names import INDEX_VERSION, SAME_PERSON_THRESHOLD, keys, phonetic
from app.services.name_candidates import candidate_tiers, rank
from app.services.session import UnlockedVault

#: A single given name against a full name scores about 0.7; unrelated names stay below 0.6.
SEARCH_THRESHOLD = 0.65
INDEX_VERSION_KEY = "name_index_version"
#: A query is a person's name: these are twice the longest full names we see in any script.  Keys grow
#: with the square of the words and edit distances with the length of each, so without limits a
#: 32,767-character query (the search box's own maximum) took 20 s; at these limits the worst
#: query we could build takes about 0.3 s on a 2,000-case vault.
MAX_QUERY_CHARS = 80
MAX_QUERY_WORDS = 8

#: Cases shown per possible duplicate at most.
MENTIONS = 3
#: Persons one spelling's "may be the same person" search finds at most.
SAME_PERSON_LIMIT = 50

_NAME_KEYS = table_of(m.NameKey)
_UNINDEX = delete(_NAME_KEYS).where(_NAME_KEYS.c.name_id.in_(id_list("name_ids")))
_SUBJECT_OF = select(m.Case.id, m.Case.subject_id).where(m.Case.subject_id.in_(id_list("person_ids")))
_RELATIVE_IN = select(m.Relative.case_id, m.Relative.person_id).where(
    m.Relative.person_id.in_(id_list("person_ids"))
)
_ALL_SPELLINGS = "SELECT id, person_id, text FROM person_names"


def _key_rows(name_id: str, person_id: str, text: str) -> list[dict[str, str]]:
    return [{"key": key, "name_id": name_id, "person_id": person_id, "text": text} for key in keys(text)]


def index_names(session: Session, spellings: Iterable[tuple[str, str, str]]) -> None:
    """(Re)write the keys of spellings (name id, person id, text), a few statements for all."""
    found = list(spellings)
    _unindex_names(session, [name_id for name_id, _, _ in found])
    insert_rows(session.connection(), _NAME_KEYS, [row for spelling in found for row in _key_rows(*spelling)])


def _unindex_names(session: Session, name_ids: Iterable[str]) -> None:
    """Drop the keys of spellings about to be indexed again (a removed spelling's keys go with it:
    the ``person_names_unindex`` trigger of migration 0010)."""
    ids = sorted(set(name_ids))
    if ids:
        session.connection().execute(_UNINDEX, {"name_ids": json.dumps(ids)})


def index_is_current(session: Session) -> bool:
    """Whether the stored keys were made by this version of ``app.names.keys``."""
    stored = session.get(m.Meta, INDEX_VERSION_KEY)
    return stored is not None and stored.value == str(INDEX_VERSION)


def rebuild_index(session: Session, progress: Progress | None = None) -> int:
    """Recompute every spelling's keys in the caller's transaction; returns the number of spellings.

    Built like a bulk load: each distinct text's keys computed once, the rows appended in
    key order, the name-id index dropped and made again afterwards, and secure_delete off
    while the old rows go (in one truncation: name_keys has no foreign key or trigger of its
    own) — they are derived from spellings that stay in the vault, so overwriting them
    would protect nothing.
    """
    connection = session.connection()
    spellings = driver_connection(session).execute(_ALL_SPELLINGS).fetchall()
    spellings.sort()  # by name id: each key's rows then come in primary-key order
    by_key: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    keys_of: dict[str, set[str]] = {}
    for done, (name_id, person_id, text) in enumerate(spellings, 1):
        found = keys_of.get(text)
        if found is None:
            found = keys_of[text] = keys(text)
        for key in found:
            by_key[key].append((key, name_id, person_id, text))
        if progress and done % 20_000 == 0:
            progress(done, len(spellings), "names")
    rows = [row for key in sorted(by_key) for row in by_key[key]]
    name_id_index = next(iter(_NAME_KEYS.indexes))
    connection.exec_driver_sql("PRAGMA secure_delete = OFF")
    try:
        name_id_index.drop(connection)
        session.execute(delete(m.NameKey))
        if rows:  # an empty parameter list is not "no rows" to the driver: it is a missing binding
            connection.exec_driver_sql(
                "INSERT INTO name_keys (key, name_id, person_id, text) VALUES (?, ?, ?, ?)", rows
            )
        name_id_index.create(connection)
    finally:
        connection.exec_driver_sql("PRAGMA secure_delete = ON")
    session.merge(m.Meta(key=INDEX_VERSION_KEY, value=str(INDEX_VERSION)))
    if progress:
        progress(len(spellings), len(spellings), "names")
    return len(spellings)


def mark_not_same(session: Session, person_a: str, person_b: str, decided_by: str, note: str = "") -> None:
    """Record in the caller's transaction that two persons are different people (once per pair).

    A person who is no longer in the vault (purged meanwhile) is skipped: there is nothing
    left to confuse them with.
    """
    first, second = sorted((person_a, person_b))
    present = session.scalar(
        select(func.count()).select_from(m.Person).where(m.Person.id.in_((first, second)))
    )
    if first == second or present != 2 or session.get(m.NotSamePerson, (first, second)) is not None:
        return
    session.add(m.NotSamePerson(person_a=first, person_b=second, decided_by=decided_by, note=note))


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """A person whose spelling ``matched`` scored ``score`` against the query."""

    person_id: str
    score: float
    matched: str
    case_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CaseMention:
    """A case a possible duplicate appears in."""

    case_id: str
    reference: str
    is_subject: bool  # the candidate is the person the case is about (else a relative in it)
    subject_name: str


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """Someone already in the vault who may be the person being entered: enough to compare them."""

    person_id: str
    score: float
    matched: str
    names: tuple[str, ...]
    birth: PartialDate
    cases: tuple[CaseMention, ...]


@dataclass(frozen=True, slots=True)
class PossibleDuplicates:
    """The persons the editor shows side by side (the most alike few), how many were found in all,
    and whether that is every one (``complete`` False: a search stopped at ``SAME_PERSON_LIMIT``)."""

    shown: tuple[DuplicateCandidate, ...] = ()
    found: int = 0
    complete: bool = True


@dataclass(frozen=True, slots=True)
class SamePersonSuggestion:
    """``incoming_person_id`` may be the same person as ``local``: for a human to confirm."""

    incoming_person_id: str
    local: PersonMatch


class NameSearchService:
    """Read-only name search and the "same person?" check."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def search(
        self, query: str, *, limit: int = 50, threshold: float = SEARCH_THRESHOLD
    ) -> list[PersonMatch]:
        """Persons ranked by how well any of their spellings matches ``query`` (any script).

        ``ValidationError`` (field ``query``) for a query over ``MAX_QUERY_CHARS`` characters
        (``too-long``) or ``MAX_QUERY_WORDS`` words (``too-many-words``): a refusal says what
        to change, where searching only part of what was typed would silently find other people.
        """
        check_query(query)
        with self._vault.db.transaction(readonly=True) as session:
            return search_in(session, query, limit, threshold)

    def possible_duplicates(
        self, spellings: list[str], *, exclude_person: str | None = None
    ) -> list[PersonMatch]:
        """Persons who may be the same as someone spelled ``spellings``, minus those marked "not the same"."""
        with self._vault.db.transaction(readonly=True) as session:
            return _possible_duplicates(session, spellings, exclude_person)[0]

    def duplicate_candidates(
        self,
        spellings: list[str],
        person_id: str,
        dismissed: Iterable[str] = (),
        *,
        born: PartialDate = UNKNOWN,
        limit: int = 4,
    ) -> PossibleDuplicates:
        """Up to ``limit`` persons who may be the one spelled ``spellings`` and ``born`` then (never
        ``person_id`` itself, anyone marked "not the same" or in ``dismissed``), best first, those
        whose birth date cannot be ``born`` after every other, each with all their spellings, birth
        date and the cases they appear in: what the editor shows side by side; and how many were
        found in all.  One read.
        """
        skip = set(dismissed)
        with self._vault.db.transaction(readonly=True) as session:
            found, complete = _possible_duplicates(session, spellings, person_id)
            matches = [match for match in found if match.person_id not in skip]
            if born.is_known:  # a namesake born another year must not push out the person born then
                births = birth_dates(session, [match.person_id for match in matches])
                matches.sort(key=lambda match: births.get(match.person_id, UNKNOWN).contradicts(born))
            return PossibleDuplicates(tuple(_candidates(session, matches[:limit])), len(matches), complete)

    def same_person_suggestions(self, incoming: Sequence[PersonFile]) -> list[SamePersonSuggestion]:
        """For persons arriving from elsewhere (another office's bundle, before it is merged): the
        local persons each may be.  Only suggestions: nothing is linked or merged here, a person
        already here under the same id is not suggested, and "not the same" marks are honoured.
        """
        suggestions = []
        with self._vault.db.transaction(readonly=True) as session:
            for person in incoming:
                spellings = [name.text for name in person.names]
                for match in _possible_duplicates(session, spellings, person.person.id)[0]:
                    suggestions.append(SamePersonSuggestion(person.person.id, match))
        return suggestions

    def rebuild_index(self, progress: Progress | None = None) -> int:
        """Recompute every spelling's keys (after an upgrade of ``app.names``); returns the count.

        One transaction: the index is never seen half rebuilt.  ``progress`` may raise Cancelled.
        """
        with self._vault.db.transaction() as session:
            return rebuild_index(session, progress)

    def mark_not_same(self, person_a: str, person_b: str, note: str = "") -> None:
        """Record that two persons are different people, so the warning does not return."""
        with self._vault.db.transaction() as session:
            mark_not_same(session, person_a, person_b, self._vault.actor.user_id, note)


def check_query(query: str) -> None:
    """ValidationError for a query the matcher would read only part of (see ``search``)."""
    if len(query) > MAX_QUERY_CHARS:
        raise ValidationError("query", f"is longer than {MAX_QUERY_CHARS} characters", "too-long")
    if len(phonetic(query).split()) > MAX_QUERY_WORDS:  # the words the matcher reads
        raise ValidationError("query", f"has more than {MAX_QUERY_WORDS} words", "too-many-words")


def search_in(
    session: Session, query: str, limit: int, threshold: float = SEARCH_THRESHOLD
) -> list[PersonMatch]:
    """``NameSearchService.search`` within the caller's transaction (query checked by the caller)."""
    query_keys = sorted(keys(query))
    if not query_keys:
        return []
    ranked = rank(query, candidate_tiers(session, query_keys), threshold, limit)
    cases = cases_of(session, [person_id for person_id, _, _ in ranked])
    return [PersonMatch(pid, score, text, tuple(cases.get(pid, ()))) for pid, score, text in ranked]


def _possible_duplicates(
    session: Session, spellings: list[str], exclude_person: str | None
) -> tuple[list[PersonMatch], bool]:
    """The persons found, most alike first, and whether that is all of them (no search stopped at
    ``SAME_PERSON_LIMIT``)."""
    found: dict[str, PersonMatch] = {}
    complete = True
    for spelling in spellings:
        # A stored spelling may be longer than a query (up to 1,000 characters): its start is enough.
        matches = search_in(session, spelling[:MAX_QUERY_CHARS], SAME_PERSON_LIMIT, SAME_PERSON_THRESHOLD)
        complete = complete and len(matches) < SAME_PERSON_LIMIT
        for match in matches:
            if match.person_id != exclude_person and match.score > getattr(
                found.get(match.person_id), "score", 0
            ):
                found[match.person_id] = match
    if exclude_person and found:
        dismissed = _not_same(session, exclude_person)
        found = {k: v for k, v in found.items() if k not in dismissed}
    return sorted(found.values(), key=lambda match: -match.score), complete


def _not_same(session: Session, person_id: str) -> set[str]:
    pairs = session.execute(
        select(m.NotSamePerson.person_a, m.NotSamePerson.person_b).where(
            or_(m.NotSamePerson.person_a == person_id, m.NotSamePerson.person_b == person_id)
        )
    ).all()
    return {b if a == person_id else a for a, b in pairs}


def cases_of(session: Session, person_ids: list[str]) -> dict[str, list[str]]:
    """Case ids by person: the cases they are the subject of, then those they are a relative in."""
    cases: dict[str, list[str]] = defaultdict(list)
    connection = session.connection()
    for statement in (_SUBJECT_OF, _RELATIVE_IN):
        for case_id, person_id in connection.execute(statement, {"person_ids": json.dumps(person_ids)}):
            cases[person_id].append(case_id)
    return cases


def birth_dates(session: Session, person_ids: list[str]) -> dict[str, PartialDate]:
    """The birth dates of these persons, by id."""
    rows = session.execute(select(m.Person.id, m.Person.birth_date).where(m.Person.id.in_(person_ids)))
    return {person_id: birth for person_id, birth in rows}


def _candidates(session: Session, matches: list[PersonMatch]) -> list[DuplicateCandidate]:
    """Each match with every spelling, birth date and up to MENTIONS cases (a few queries in all)."""
    person_ids = [match.person_id for match in matches]
    names: dict[str, list[str]] = defaultdict(list)
    spellings = session.execute(
        select(m.PersonName.person_id, m.PersonName.text)
        .where(m.PersonName.person_id.in_(person_ids))
        .order_by(m.PersonName.person_id, m.PersonName.is_primary.desc(), m.PersonName.text)
    )
    for person_id, text in spellings:
        names[person_id].append(text)
    births = birth_dates(session, person_ids)
    case_ids = {case_id for match in matches for case_id in match.case_ids[:MENTIONS]}
    cases = {
        case_id: (reference, subject_id, subject_name or "")
        for case_id, reference, subject_id, subject_name in session.execute(
            select(m.Case.id, m.Case.reference, m.Case.subject_id, m.CaseListing.subject_name)
            .outerjoin(m.CaseListing, m.CaseListing.case_id == m.Case.id)
            .where(m.Case.id.in_(case_ids))
        )
    }
    found = []
    for match in matches:
        mentions = tuple(
            CaseMention(case_id, cases[case_id][0], cases[case_id][1] == match.person_id, cases[case_id][2])
            for case_id in match.case_ids[:MENTIONS]
            if case_id in cases
        )
        found.append(
            DuplicateCandidate(
                match.person_id,
                match.score,
                match.matched,
                tuple(names.get(match.person_id, [match.matched])),
                births.get(match.person_id, UNKNOWN),
                mentions,
            )
        )
    return found
