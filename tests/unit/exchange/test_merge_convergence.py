# SPDX-License-Identifier: GPL-3.0-or-later
"""Three offices edit, delete, answer conflicts and exchange in random orders (T38, modelled on
cr-sqlite's ``test_sync_prop.py``): after a full exchange they hold the same heads, every edit
made anywhere is in the history, and no edit is lost without a conflict having shown it.

Seeded ``random`` stands in for Hypothesis (not among the project's dependencies): each
seed is one generated history, and a failure names its seed to replay it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from app.exchange.merge import DELETION, MERGE_AUTHOR, Rev, ancestors, merge_pair, open_conflicts, resolve
from tests.unit.exchange.merge_kit import FIVE_YEARS_MS, rev, stamp

OFFICES = ("A", "B", "C")
RECORDS = ("rec-1", "rec-2", "rec-3")
FIELDS = ("given", "village", "story")
VALUES = ("Нұрлан", "Құлжа", "Ғұлжа", "Шәуешек", "He left in 2017.", "")


@dataclass
class Office:
    name: str
    skew_ms: int
    revs: dict[str, Rev] = field(default_factory=dict)
    head: dict[str, str] = field(default_factory=dict)

    def record_revs(self, record: str) -> dict[str, Rev]:
        return {rev_id: r for rev_id, r in self.revs.items() if r.record_id == record}

    def write(self, new: Rev) -> None:
        self.revs[new.id] = new
        self.head[new.record_id] = new.id


def receive(target: Office, source: Office) -> None:
    """``target`` imports everything ``source`` has, record by record."""
    for record in RECORDS:
        incoming = [r for r in source.record_revs(record).values() if r.id not in target.revs]
        if not incoming:
            continue
        known = {**target.record_revs(record), **{r.id: r for r in incoming}}
        outcome = resolve(target.head.get(record), incoming, known)
        target.revs.update((r.id, r) for r in [*incoming, *outcome.made])
        target.head[record] = outcome.head.id


def play(seed: int) -> list[Office]:
    chance = random.Random(seed)
    skews = [0, FIVE_YEARS_MS, -FIVE_YEARS_MS // 5]
    offices = [Office(name, chance.choice(skews)) for name in OFFICES]
    for record in RECORDS:
        root = rev(dict.fromkeys(FIELDS, ""), office="A", record=record)
        for office in offices:
            office.write(root)
    for step in range(1, chance.randint(10, 60)):
        office = chance.choice(offices)
        record = chance.choice(RECORDS)
        head = office.revs[office.head[record]]
        when = stamp(step, skew_ms=office.skew_ms)
        action = chance.random()
        if action < 0.35:
            receive(office, chance.choice([o for o in offices if o is not office]))
        elif head.deleted:
            continue
        elif action < 0.85:
            values = {**head.values, chance.choice(FIELDS): chance.choice(VALUES)}
            office.write(rev(values, head, office=office.name, hlc=when, record=record))
        elif action < 0.93 and open_conflicts(head.id, office.revs):
            office.write(rev(head.values, head, office=office.name, hlc=when, record=record))  # answered
        else:
            office.write(rev(head.values, head, office=office.name, hlc=when, record=record, deleted=True))
    for _ in range(4):
        for target in offices:
            for source in offices:
                if source is not target:
                    receive(target, source)
    return offices


def _changes(child: Rev, parent: Rev) -> set[str]:
    return {name for name in FIELDS if child.values.get(name) != parent.values.get(name)}


def lost_edits(revs: dict[str, Rev], head: Rev) -> list[tuple[str, str]]:
    """(revision id, field) of edits neither shown, nor changed again later, nor shown in a conflict.

    Not counted as lost: an edit back to a value an ancestor had (against that ancestor as base
    a three-way merge rightly sees no change), and an edit to the same value as another edit
    that is accounted for (both offices typed the same; the later one saw it).
    """
    history = {rev_id: revs[rev_id] for rev_id in ancestors(head.id, revs)}
    below = {rev_id: ancestors(rev_id, history) for rev_id in history}
    ordinary = [r for r in history.values() if r.author != MERGE_AUTHOR and r.parents]
    contested: dict[str, set[str]] = {}
    for merge in (r for r in history.values() if r.author == MERGE_AUTHOR):
        _, found = merge_pair(history[merge.parents[0]], history[merge.parents[1]], history)
        contested[merge.id] = {c.field for c in found}

    def accounted(made: Rev, name: str) -> bool:
        shown = not head.deleted and head.values.get(name) == made.values[name]
        later = any(
            made.id in below[other.id]
            and other is not made
            and (other.deleted or name in _changes(other, history[other.parents[0]]))
            for other in ordinary
        )
        surfaced = any(
            made.id in below[merge_id] and (name in fields or DELETION in fields)
            for merge_id, fields in contested.items()
        )
        reverted = any(history[a].values.get(name) == made.values[name] for a in below[made.parents[0]])
        return shown or later or surfaced or reverted

    edits = [(made, name) for made in ordinary for name in _changes(made, history[made.parents[0]])]
    covered = {(name, made.values[name]) for made, name in edits if accounted(made, name)}
    return [(made.id, name) for made, name in edits if (name, made.values[name]) not in covered]


@pytest.mark.parametrize("seed", range(200))
def test_three_offices_converge_without_losing_an_edit(seed: int) -> None:
    offices = play(seed)
    first = offices[0]
    for record in RECORDS:
        heads = {office.head[record] for office in offices}
        assert len(heads) == 1, f"seed {seed}: {record} did not converge"
        head = first.revs[first.head[record]]
        made_anywhere = {
            rev_id
            for office in offices
            for rev_id, r in office.record_revs(record).items()
            if r.author != MERGE_AUTHOR
        }
        assert made_anywhere <= ancestors(head.id, first.revs), f"seed {seed}: an edit left the history"
        assert lost_edits(first.record_revs(record), head) == [], f"seed {seed}"
        conflicts = [open_conflicts(head.id, office.revs) for office in offices]
        assert conflicts[1:] == conflicts[:-1], f"seed {seed}: the offices disagree on {record}'s conflicts"
