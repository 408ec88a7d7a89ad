# SPDX-License-Identifier: GPL-3.0-or-later
"""The "may be the same person" suggestions of an import's dry run, for persons new to this vault.

Two workers in two offices often enter one person twice.  The dry run reads the names of every
person the bundle would add (inside its transaction, so merged as the import would store them);
after the rollback they are compared by name (``NameSearchService.same_person_suggestions``) with
the persons already here.  Only suggestions for a human: nothing is merged or linked.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.dates import PartialDate
from app.domain.records import UNKNOWN, Person, PersonFile, PersonName
from app.services.merge_apply import MergeReport
from app.services.name_index import MENTIONS, NameSearchService, birth_dates
from app.services.session import UnlockedVault

#: New persons compared at most: each costs a name search (about 45 ms on a 2,000-case demo vault,
#: whose few names make every search long).  The rest are counted, and the case file's "may be the
#: same person" panel still warns when one of them is opened.
MAX_COMPARED = 200
#: Suggestions per arriving person at most (a common name has many namesakes).
MAX_PER_PERSON = 5
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class LocalCase:
    case_id: str
    reference: str


@dataclass(frozen=True, slots=True)
class SamePersonHint:
    """The arriving person ``incoming_name`` may be ``local_name`` (``local_person_id``), already here."""

    incoming_person_id: str
    incoming_name: str
    local_person_id: str
    local_name: str
    score: float
    cases: tuple[LocalCase, ...]  # the local person's cases (subject or relative), a few at most
    #: Birth dates, as far as known: what tells two people of one name apart at a glance.
    incoming_birth: PartialDate = UNKNOWN
    local_birth: PartialDate = UNKNOWN
    #: How many persons here may be the arriving one, listed or not (at most ``MAX_PER_PERSON`` are).
    found_here: int = 1

    @property
    def births_contradict(self) -> bool:
        """Both birth dates are known and cannot be the same day."""
        return self.incoming_birth.contradicts(self.local_birth)


def not_all_listed(hints: Sequence[SamePersonHint]) -> dict[str, tuple[int, int]]:
    """The arriving persons for whom more persons here were found than ``hints`` lists: by incoming
    person id, (how many were found, how many are listed)."""
    listed = Counter(hint.incoming_person_id for hint in hints)
    return {
        hint.incoming_person_id: (hint.found_here, listed[hint.incoming_person_id])
        for hint in hints
        if hint.found_here > listed[hint.incoming_person_id]
    }


def arriving_persons(session: Session, merge: MergeReport | None) -> tuple[list[PersonFile], int]:
    """The persons ``merge`` adds to the vault (the first ``MAX_COMPARED``), each with the spelling it
    would store as primary and its birth date, read in the import's own transaction; and how many
    more were left out.  A person without a name (a relative only described) is not compared.

    One spelling is enough: the name search matches across scripts, and each costs a search."""
    new = sorted({record_id for table, record_id in (merge.new if merge else ()) if table == "persons"})
    ids, not_compared = new[:MAX_COMPARED], len(new[MAX_COMPARED:])
    names: dict[str, list[PersonName]] = defaultdict(list)
    births: dict[str, PartialDate] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = session.scalars(
            select(m.PersonName)
            .where(m.PersonName.person_id.in_(chunk))
            .order_by(m.PersonName.person_id, m.PersonName.is_primary.desc(), m.PersonName.text)
        )
        for row in rows:
            names[row.person_id].append(
                PersonName(row.person_id, row.text, is_primary=row.is_primary, id=row.id)
            )
        births.update(birth_dates(session, chunk))
    persons = [
        PersonFile(Person(id=pid, birth_date=births.get(pid, UNKNOWN)), tuple(names[pid][:1]))
        for pid in ids
        if names[pid]
    ]
    return persons, not_compared


def same_person_hints(vault: UnlockedVault, arriving: Sequence[PersonFile]) -> tuple[SamePersonHint, ...]:
    """Who among the vault's persons each of ``arriving`` may be: per person the best ``MAX_PER_PERSON``
    matches, those whose birth date cannot be the arriving person's last (a namesake born another
    year must not push out a spelling a little further off born the same day), then by score, then
    the same birth date first.  Two read transactions; call it outside the import's (the vault as
    it is before the import)."""
    if not arriving:
        return ()
    found = NameSearchService(vault).same_person_suggestions(arriving)
    if not found:
        return ()
    incoming = {person.person.id: person for person in arriving}
    with vault.db.transaction(readonly=True) as session:
        local_ids = sorted({s.local.person_id for s in found})
        local_names = _primary_names(session, local_ids)
        local_births = birth_dates(session, local_ids)
        case_ids = {case_id for s in found for case_id in s.local.case_ids[:MENTIONS]}
        references = {
            case_id: reference
            for case_id, reference in session.execute(
                select(m.Case.id, m.Case.reference).where(m.Case.id.in_(sorted(case_ids)))
            )
        }
    hints = [
        SamePersonHint(
            s.incoming_person_id,
            incoming[s.incoming_person_id].display_name,
            s.local.person_id,
            local_names.get(s.local.person_id, s.local.matched),
            s.local.score,
            tuple(LocalCase(c, references.get(c, "")) for c in s.local.case_ids[:MENTIONS]),
            incoming[s.incoming_person_id].person.birth_date,
            local_births.get(s.local.person_id, UNKNOWN),
        )
        for s in found
    ]
    hints.sort(
        key=lambda h: (
            h.incoming_name,
            h.incoming_person_id,
            h.births_contradict,
            -h.score,
            h.incoming_birth != h.local_birth,
        )
    )
    found_here = Counter(hint.incoming_person_id for hint in hints)
    kept: dict[str, int] = defaultdict(int)
    best = []
    for hint in hints:
        kept[hint.incoming_person_id] += 1
        if kept[hint.incoming_person_id] <= MAX_PER_PERSON:
            best.append(dataclasses.replace(hint, found_here=found_here[hint.incoming_person_id]))
    return tuple(best)


def _primary_names(session: Session, person_ids: list[str]) -> dict[str, str]:
    rows = session.execute(
        select(m.PersonName.person_id, m.PersonName.text)
        .where(m.PersonName.person_id.in_(person_ids))
        .order_by(m.PersonName.person_id, m.PersonName.is_primary, m.PersonName.text.desc())
    )
    # The last row of each person wins: its primary spelling, if it has one.
    return {person_id: text for person_id, text in rows}
