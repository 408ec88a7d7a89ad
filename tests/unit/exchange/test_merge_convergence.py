# SPDX-License-Identifier: GPL-3.0-or-later
"""T38 on the merge engine alone (Hypothesis, modelled on cr-sqlite's ``test_sync_prop.py``): three
offices with clocks up to five years apart edit, delete, answer conflicts and exchange, partly
(some records only), late (a snapshot delivered after later edits), twice and out of order.
After a full exchange all round they hold the same heads and the same open conflicts, every
edit made anywhere is in the history, and none is lost without a conflict having shown it.

Hypothesis shrinks a failing history to the few steps that matter and prints them.  The real
vaults run a smaller version of this through bundles (``tests/unit/services/test_exchange_property.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from app.exchange.merge import MERGE_AUTHOR, Rev, ancestors, open_conflicts, resolve
from tests.unit.exchange.merge_kit import FIVE_YEARS_MS, lost_edits, rev, stamp

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


def receive(target: Office, revs: dict[str, Rev], records: tuple[str, ...] = RECORDS) -> None:
    """``target`` imports the revisions ``revs`` of ``records`` (a bundle), record by record."""
    for record in records:
        incoming = [r for r in revs.values() if r.record_id == record and r.id not in target.revs]
        if not incoming:
            continue
        known = {**target.record_revs(record), **{r.id: r for r in incoming}}
        outcome = resolve(target.head.get(record), incoming, known)
        target.revs.update((r.id, r) for r in [*incoming, *outcome.made])
        target.head[record] = outcome.head.id


_office = st.integers(0, len(OFFICES) - 1)
_STEP = st.one_of(
    st.tuples(
        st.just("edit"), _office, st.sampled_from(RECORDS), st.sampled_from(FIELDS), st.sampled_from(VALUES)
    ),
    st.tuples(st.just("delete"), _office, st.sampled_from(RECORDS)),
    st.tuples(st.just("answer"), _office, st.sampled_from(RECORDS)),
    # a bundle: what one office has now, of all records or some (a scoped export), kept in the mail
    st.tuples(st.just("write"), _office, st.sets(st.sampled_from(RECORDS), min_size=1).map(tuple)),
    # any bundle written so far, to any office: late, out of order, or again
    st.tuples(st.just("deliver"), _office, st.integers(0, 1000)),
)
HISTORIES = st.lists(_STEP, min_size=1, max_size=60)
SKEWS = st.tuples(*[st.sampled_from([0, FIVE_YEARS_MS, -FIVE_YEARS_MS // 5])] * len(OFFICES))


def play(steps: list[tuple[object, ...]], skews: tuple[int, ...]) -> list[Office]:
    offices = [Office(name, skew) for name, skew in zip(OFFICES, skews, strict=True)]
    for record in RECORDS:
        root = rev(dict.fromkeys(FIELDS, ""), office="A", record=record)
        for office in offices:
            office.write(root)
    mail: list[tuple[dict[str, Rev], tuple[str, ...]]] = []
    for number, step in enumerate(steps, start=1):
        kind, office = step[0], offices[int(step[1])]  # type: ignore[call-overload]
        if kind == "write":
            mail.append((dict(office.revs), step[2]))  # type: ignore[arg-type]
            continue
        if kind == "deliver":
            if mail:
                revs, records = mail[int(step[2]) % len(mail)]  # type: ignore[call-overload]
                receive(office, revs, records)
            continue
        record = str(step[2])
        head = office.revs[office.head[record]]
        when = stamp(number, skew_ms=office.skew_ms)
        if head.deleted:
            continue
        if kind == "edit":
            values = {**head.values, str(step[3]): step[4]}
            office.write(rev(values, head, office=office.name, hlc=when, record=record))
        elif kind == "answer" and open_conflicts(head.id, office.revs):
            office.write(rev(head.values, head, office=office.name, hlc=when, record=record))
        elif kind == "delete":
            office.write(rev(head.values, head, office=office.name, hlc=when, record=record, deleted=True))
    for _ in range(2):  # the full exchange all round, twice: merges made in the first round travel
        for target in offices:
            for source in offices:
                if source is not target:
                    receive(target, source.revs)
    return offices


@settings(max_examples=400, deadline=None, database=None)
@given(steps=HISTORIES, skews=SKEWS)
def test_three_offices_converge_without_losing_an_edit(
    steps: list[tuple[object, ...]], skews: tuple[int, ...]
) -> None:
    """T38 (engine): same heads, same open conflicts, full history, no lost edit."""
    offices = play(steps, skews)
    first = offices[0]
    for record in RECORDS:
        heads = {office.head[record] for office in offices}
        assert len(heads) == 1, f"{record} did not converge"
        head = first.revs[first.head[record]]
        made_anywhere = {
            rev_id
            for office in offices
            for rev_id, r in office.record_revs(record).items()
            if r.author != MERGE_AUTHOR
        }
        assert made_anywhere <= ancestors(head.id, first.revs), "an edit left the history"
        assert lost_edits(first.record_revs(record), head) == []
        conflicts = [open_conflicts(head.id, office.revs) for office in offices]
        assert conflicts[1:] == conflicts[:-1], f"the offices disagree on {record}'s conflicts"
