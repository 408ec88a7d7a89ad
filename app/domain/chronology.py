# SPDX-License-Identifier: GPL-3.0-or-later
"""The one order of dated items (timelines, lists, exports, PDFs), and moving an item by hand.

The rule, everywhere:

1. **Chronological** by ``PartialDate.sort_key``: the earliest day a date can mean,
   then its latest day; unknown dates come last.  So "1 October 2019" comes before
   "October 2019" (same start, earlier end) and "2021" before "April 2021".
2. **By hand where the dates cannot tell.**  Two dates *cannot be told apart* when
   neither is known to end before the other begins ("2021" and "April 2021";
   "about May 2018" and "May 2018"; two unknown dates).  Among such items the user
   decides: each item carries a manual order (an integer, 0 unless moved), and among
   the items that may come next, the lowest manual order goes first.  An item is
   never placed after one that ends before it begins, whatever the manual orders,
   so hand-made orders can never contradict the dates.
3. **Then** the order the caller gave (e.g. the order of a legal procedure, then id),
   so the result is deterministic.

With all manual orders equal, this is exactly a sort by ``sort_key`` (then caller
order).  Approximate dates use their nominal bounds ("about May 2018" is taken as
May 2018); an item that must go after a later-dated one needs a wider date (a range).

Moving (``move``): an item swaps with its neighbour when the two cannot be told
apart; otherwise the move is refused (``can_move`` is False).  The items of the
*segment* around them (the run of items that cannot be ordered by date alone) get
manual orders 0, 1, 2, … in the new order; only items whose manual order changed
need to be stored.  Items in other segments keep theirs: the dates alone already
put whole segments in order.

Pure Python; no Qt, no database.  Records keep their manual order in ``sort_order``
(``manual_order``).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Generic, TypeVar

from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind

T = TypeVar("T")
DateOf = Callable[[T], PartialDate]
ManualOrderOf = Callable[[T], int]


def chronological(
    items: Iterable[T], date_of: DateOf[T], manual_order_of: ManualOrderOf[T] | None = None
) -> list[T]:
    """``items`` in the one order (see the module docstring); ``manual_order_of`` None means all 0."""
    given = list(items)
    manual = [manual_order_of(x) if manual_order_of else 0 for x in given]
    keys = [date_of(x).sort_key() for x in given]
    known = sorted((i for i, key in enumerate(keys) if not key[0]), key=lambda i: (keys[i][1], i))
    unknown = sorted((i for i, key in enumerate(keys) if key[0]), key=lambda i: (manual[i], i))
    # Greedy topological order of the "ends before it begins" relation: an item may come
    # next once every item that ends before it begins is placed.  ``ends`` holds the
    # latest days of the items not yet placed (stale entries are skipped lazily).
    placed = [False] * len(given)
    ends = [(keys[i][2], i) for i in known]
    heapq.heapify(ends)
    ready: list[tuple[int, dt.date, dt.date, int]] = []
    order: list[int] = []
    waiting = 0
    while len(order) < len(known):
        while placed[ends[0][1]]:
            heapq.heappop(ends)
        first_end = ends[0][0]
        while waiting < len(known) and keys[known[waiting]][1] <= first_end:
            i = known[waiting]
            heapq.heappush(ready, (manual[i], keys[i][1], keys[i][2], i))
            waiting += 1
        chosen = heapq.heappop(ready)[3]
        placed[chosen] = True
        order.append(chosen)
    return [given[i] for i in order + unknown]


def can_be_told_apart(a: PartialDate, b: PartialDate) -> bool:
    """True when the dates alone order the two (one ends before the other begins)."""
    return not a.overlaps(b)


def segments(ordered: Sequence[T], date_of: DateOf[T]) -> list[range]:
    """Cut ``ordered`` (already in the one order) where everything before ends before everything after.

    Manual orders matter only inside a segment; unknown dates form the last segment.
    """
    keys = [date_of(item).sort_key() for item in ordered]
    # The earliest start among the items from each position on (unknown: never).
    first_start = [dt.date.max] * (len(keys) + 1)
    for index in range(len(keys) - 1, -1, -1):
        unknown, earliest, _ = keys[index]
        first_start[index] = first_start[index + 1] if unknown else min(earliest, first_start[index + 1])
    cuts: list[range] = []
    start = 0
    last_end: dt.date | None = None
    for index, (unknown, _, latest) in enumerate(keys):
        after_known = unknown and index > 0 and not keys[index - 1][0]
        if after_known or (last_end is not None and last_end < first_start[index]):
            cuts.append(range(start, index))
            start, last_end = index, None
        if not unknown:
            last_end = latest if last_end is None else max(last_end, latest)
    if keys:
        cuts.append(range(start, len(keys)))
    return cuts


def can_move(ordered: Sequence[T], index: int, step: int, date_of: DateOf[T]) -> bool:
    """Whether the item at ``index`` may swap with its neighbour ``index + step`` (step is -1 or +1)."""
    other = index + step
    if step not in (-1, 1) or not (0 <= index < len(ordered) and 0 <= other < len(ordered)):
        return False
    return not can_be_told_apart(date_of(ordered[index]), date_of(ordered[other]))


@dataclass(frozen=True, slots=True)
class Reordered(Generic[T]):
    """The order after a move, and the manual orders to store (only those that changed)."""

    order: tuple[T, ...]
    changes: tuple[tuple[T, int], ...]


def move(
    ordered: Sequence[T],
    index: int,
    step: int,
    date_of: DateOf[T],
    manual_order_of: ManualOrderOf[T] | None = None,
) -> Reordered[T]:
    """Move the item at ``index`` one place up (step -1) or down (+1) in ``ordered``.

    ``ordered`` must be the output of ``chronological`` for the same items.  Raises
    ValueError when ``can_move`` is False (the dates put the neighbour on that side).
    ``chronological`` of the stored result gives back ``order`` exactly.
    """
    if not can_move(ordered, index, step, date_of):
        raise ValueError("the dates fix the order of these two items")
    new = list(ordered)
    new[index], new[index + step] = new[index + step], new[index]
    segment = next(s for s in segments(new, date_of) if index in s)
    changes = []
    for position, at in enumerate(segment):
        item = new[at]
        current = manual_order_of(item) if manual_order_of else 0
        if current != position:
            changes.append((item, position))
    return Reordered(tuple(new), tuple(changes))


# -- the case file's timelines ---------------------------------------------------------------


#: Legal events on the same date follow the procedure (arrest, trial, sentence, appeal, …).
def _procedure() -> list[LegalEventKind]:
    """Legal event kinds in the order of a procedure: the vocabulary's order, with hearings
    before the trial and the conviction before the sentence."""
    K = LegalEventKind
    steps: list[LegalEventKind] = [
        k for k in K if k not in {K.HEARING_SCHEDULED, K.HEARING_POSTPONED, K.CONVICTION}
    ]
    steps[steps.index(K.TRIAL) : steps.index(K.TRIAL)] = [K.HEARING_SCHEDULED, K.HEARING_POSTPONED]
    steps.insert(steps.index(K.SENTENCE), K.CONVICTION)
    return steps


_PROCEDURE_STEP = {kind.value: step for step, kind in enumerate(_procedure())}


def manual_order(record: Any) -> int:
    """A record's manual order among items its date cannot order (``sort_order``; 0 if it has none)."""
    return int(getattr(record, "sort_order", 0))


def by_date(records: Iterable[T], field: str) -> list[T]:
    """Records in the one order of their date ``field``; what the dates cannot order, by id."""
    return chronological(sorted(records, key=attrgetter("id")), attrgetter(field), manual_order)


def legal_timeline(events: Iterable[T]) -> list[T]:
    """Legal events in the one order; the same dates by step of the procedure, then id."""

    def step(event: Any) -> tuple[int, str]:
        return _PROCEDURE_STEP.get(str(event.kind), len(_PROCEDURE_STEP)), event.id

    return chronological(sorted(events, key=step), attrgetter("date"), manual_order)
