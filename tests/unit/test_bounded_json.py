# SPDX-License-Identifier: GPL-3.0-or-later
"""Strict, bounded JSON from disk: each hostile construct refused for its own reason, fast, no recursion."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

import pytest

from app.domain.bounded_json import JsonRefused, depth_exceeds, loads, nesting_depth


@pytest.fixture
def shallow_stack() -> Iterator[None]:
    """A recursion limit far below the nesting tried: anything recursive per bracket would fail."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    yield
    sys.setrecursionlimit(before)


REFUSED: dict[str, tuple[bytes, str]] = {
    "Infinity": (b'{"n":Infinity}', "Infinity is not a number"),
    "-Infinity": (b"[-Infinity]", "-Infinity is not a number"),
    "NaN": (b"[NaN]", "NaN is not a number"),
    "1e400": (b'{"n":1e400}', "a number that is not a whole number"),
    "a fraction": (b"[1.5]", "a number that is not a whole number"),
    "duplicate key": (b'{"a":1,"a":2}', "a key appears twice"),
    "lone surrogate": (b'["\\ud800"]', "a string that is not valid text"),
    "lone surrogate as a key": (b'{"\\udc80":1}', "a string that is not valid text"),
    "invalid UTF-8": (b'["\xff"]', "not UTF-8 text"),
    "4,000 brackets": (b"[" * 4000, "nesting deeper than 8"),
    "4,000 brackets, closed": (b"[" * 4000 + b"]" * 4000, "nesting deeper than 8"),
    "100,000 objects": (b'{"a":' * 100_000, "nesting deeper than 8"),
    "truncated": (b'{"a":[1,2', "not valid JSON"),
    "unterminated string of quotes": (b'"' + b'\\"' * 100_000, "not valid JSON"),
}


@pytest.mark.parametrize(("raw", "reason"), REFUSED.values(), ids=REFUSED.keys())
def test_each_hostile_construct_has_its_own_reason(shallow_stack: None, raw: bytes, reason: str) -> None:
    start = time.perf_counter()
    with pytest.raises(JsonRefused) as refused:
        loads(raw, max_depth=8)
    assert refused.value.reason == reason
    assert time.perf_counter() - start < 0.5


def test_brackets_inside_strings_do_not_count() -> None:
    assert nesting_depth('{"a":[{"b":"[[[[\\"{{"}]}') == 3
    assert loads('{"a":[{"b":"[[[[\\"{{"}]}', max_depth=3) == {"a": [{"b": '[[[["{{'}]}


def test_valid_documents_pass_and_floats_only_when_asked() -> None:
    assert loads(b'{"k":[1,-2,"\\ud83d\\ude00",true,null]}', max_depth=2) == {"k": [1, -2, "😀", True, None]}
    assert loads("[1.5, 2e3]", max_depth=1, floats=True) == [1.5, 2000.0]
    with pytest.raises(JsonRefused, match="out of range"):
        loads("[1e400]", max_depth=1, floats=True)


def test_depth_of_an_object_to_write_is_checked_without_recursion(shallow_stack: None) -> None:
    deep: list[object] = []
    for _ in range(5_000):
        deep = [deep]
    assert depth_exceeds({"payload": deep}, 32)
    assert not depth_exceeds({"a": [{"b": [1, 2]}], "c": "x"}, 4)
    assert depth_exceeds({"a": [{"b": [1, 2]}]}, 3)
