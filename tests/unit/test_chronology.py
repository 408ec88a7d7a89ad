# SPDX-License-Identifier: GPL-3.0-or-later
"""The one order of dated items, and moving items by hand among those the dates cannot order."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

import pytest

from app.domain.chronology import can_be_told_apart, can_move, chronological, move, segments
from app.domain.dates import PartialDate


@dataclass(frozen=True)
class Item:
    name: str
    date: PartialDate
    manual: int = 0


def item(name: str, text: str, manual: int = 0) -> Item:
    return Item(name, PartialDate.parse(text), manual)


def date_of(x: Item) -> PartialDate:
    return x.date


def manual_of(x: Item) -> int:
    return x.manual


def names(items: list[Item] | tuple[Item, ...]) -> list[str]:
    return [x.name for x in items]


#: A case's dates as people gave them, in the order they were typed.
MIXED = [
    item("reply", "2021"),
    item("unknown-1", ""),
    item("arrest", "2019-10"),
    item("request", "2021-04"),
    item("crossing", "2019-10-01"),
    item("camp", "[2017..2019]"),
    item("about-1990", "1990~"),
    item("born", "1990"),
    item("late-dec", "2019-12-late"),
    item("about-may", "2018-05~"),
    item("trial", "2019-12-25"),
    item("unknown-2", ""),
    item("may", "2018-05"),
    item("early-2017", "2017-early"),
]


def test_a_mixed_set_sorts_by_start_then_end_with_unknown_last() -> None:
    assert names(chronological(MIXED, date_of)) == [
        "about-1990",  # 1990 and about 1990 cannot be told apart: typed order
        "born",
        "early-2017",  # Jan–Apr 2017 starts with the camp range but ends first
        "camp",
        "about-may",
        "may",
        "crossing",  # 1 October 2019 before "October 2019": same start, earlier end
        "arrest",
        "late-dec",  # 21–31 December before the 25th: earlier start
        "trial",
        "reply",  # "2021" starts before "April 2021"
        "request",
        "unknown-1",
        "unknown-2",
    ]


def test_today_string_order_was_wrong() -> None:
    """The text order put the month before its first day and an approximate year after its months."""
    texts = ["2019-10", "2019-10-01", "2021~", "2021-04", ""]
    by_text = sorted(texts)
    by_date = [d.isoformat() for d in sorted(map(PartialDate.parse, texts), key=PartialDate.sort_key)]
    assert by_text != by_date
    assert by_date == ["2019-10-01", "2019-10", "2021~", "2021-04", ""]


def test_ties_keep_their_manual_order() -> None:
    tied = [
        item("a", "2019", 2),
        item("b", "2019~", 0),
        item("c", "2019", 1),
        item("d", "", 1),
        item("e", "", 0),
    ]
    assert names(chronological(tied, date_of, manual_of)) == ["b", "c", "a", "e", "d"]
    assert names(chronological(tied, date_of)) == ["a", "b", "c", "d", "e"]  # no manual order: as given


def test_manual_order_never_contradicts_the_dates() -> None:
    items = [item("later", "2021-06", 0), item("year", "2021", 5), item("earlier", "2021-01-05", 9)]
    # "earlier" ends before "later" begins: it goes first whatever its manual order;
    # "year" overlaps both, so its low manual order puts it first.
    assert names(chronological(items, date_of, manual_of)) == ["year", "earlier", "later"]


def test_the_reply_dated_by_year_can_be_moved_after_its_request() -> None:
    ordered = chronological(MIXED, date_of)
    at = names(ordered).index("reply")
    assert can_move(ordered, at, +1, date_of)
    result = move(ordered, at, +1, date_of, manual_of)
    assert names(result.order)[at : at + 2] == ["request", "reply"]
    assert {x.name: n for x, n in result.changes} == {"reply": 1}  # "request" keeps 0: one record to store
    stored = _store(MIXED, result)
    assert names(chronological(stored, date_of, manual_of)) == names(result.order)


def test_an_item_cannot_be_moved_past_a_date_that_orders_it() -> None:
    ordered = chronological(MIXED, date_of)
    crossing = names(ordered).index("crossing")
    assert not can_move(ordered, crossing, -1, date_of)  # the May 2018 item ended before
    assert can_move(ordered, crossing, +1, date_of)  # "October 2019" cannot be told apart
    with pytest.raises(ValueError, match="dates fix the order"):
        move(ordered, crossing, -1, date_of)
    assert not can_move(ordered, 0, -1, date_of)
    assert not can_move(ordered, len(ordered) - 1, +1, date_of)
    assert not can_move(ordered, 0, 2, date_of)
    unknown = names(ordered).index("unknown-1")
    assert not can_move(ordered, unknown, -1, date_of)  # unknown stays after every known date
    assert can_move(ordered, unknown, +1, date_of)


def test_segments_cut_where_the_dates_alone_decide() -> None:
    ordered = chronological(MIXED, date_of)
    parts = [[ordered[i].name for i in part] for part in segments(ordered, date_of)]
    assert parts == [
        ["about-1990", "born"],
        ["early-2017", "camp", "about-may", "may", "crossing", "arrest", "late-dec", "trial"],
        ["reply", "request"],
        ["unknown-1", "unknown-2"],
    ]
    assert not can_be_told_apart(PartialDate(2021), PartialDate(2021, 4))
    assert can_be_told_apart(PartialDate(2021, 3), PartialDate(2021, 4))


def _store(items: list[Item], result: object) -> list[Item]:
    changed = {x.name: n for x, n in result.changes}  # type: ignore[attr-defined]
    return [replace(x, manual=changed.get(x.name, x.manual)) for x in items]


def _random_items(rng: random.Random, count: int) -> list[Item]:
    texts = []
    for _ in range(count):
        year = rng.randint(2015, 2018)
        shape = rng.random()
        if shape < 0.1:
            texts.append("")
        elif shape < 0.3:
            texts.append(f"{year}")
        elif shape < 0.5:
            texts.append(f"{year}-{rng.randint(1, 12):02d}")
        elif shape < 0.6:
            texts.append(f"{year}-{rng.randint(1, 12):02d}~")
        elif shape < 0.7:
            texts.append(f"{year}-{rng.choice(['early', 'mid', 'late'])}")
        elif shape < 0.8:
            texts.append(f"[{year}..{year + rng.randint(1, 2)}]")
        else:
            texts.append(f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    return [item(f"i{n}", text, rng.randint(0, 3)) for n, text in enumerate(texts)]


def test_random_sets_respect_dates_and_moves_are_reproduced_exactly() -> None:
    """Seeded property test: the order is a valid chronology, and any allowed move is stored faithfully."""
    rng = random.Random(2024)
    for _ in range(300):
        items = _random_items(rng, rng.randint(1, 14))
        ordered = chronological(items, date_of, manual_of)
        assert sorted(names(ordered)) == sorted(names(items))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                assert not (b.date.is_known and not a.date.is_known)  # unknown last
                if a.date.is_known and b.date.is_known:
                    assert not b.date.latest() < a.date.earliest()  # type: ignore[operator]
        if not any(x.manual for x in items):
            assert ordered == sorted(items, key=lambda x: x.date.sort_key())
        for _ in range(5):
            at, step = rng.randrange(len(ordered)), rng.choice((-1, 1))
            if not can_move(ordered, at, step, date_of):
                continue
            result = move(ordered, at, step, date_of, manual_of)
            items = _store(items, result)
            ordered = chronological(items, date_of, manual_of)
            assert names(ordered) == names(result.order)
