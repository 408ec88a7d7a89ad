# SPDX-License-Identifier: GPL-3.0-or-later
"""Strict, bounded JSON reading for what comes from disk (the key file, backup headers, drafts).

``json.loads`` alone accepts ``NaN`` and ``Infinity``, reads ``1e400`` as an
infinite float, keeps the last of two equal keys, returns lone surrogates from
``"\\ud800"``, and recurses once per ``[`` or ``{``: a few thousand brackets
raise ``RecursionError`` (and, under a raised recursion limit, can overflow the
C stack).  ``loads`` measures the nesting first, in one linear pass that never
recurses, then parses with those constants, duplicate keys and (unless asked
for) every non-integer number refused.  Each refusal is a ``JsonRefused`` whose
``reason`` the caller puts into its own typed error.  ``depth_exceeds`` checks an
object about to be written the same way.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

# A string, escapes included; an unterminated one runs to the end, so the scan stays linear.
_STRING = re.compile(r'"(?:[^"\\]+|\\.)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SIGNS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # +1 and -1 as signed bytes


class JsonRefused(ValueError):
    """The text is not JSON this reader accepts; ``reason`` says why, in a few English words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def nesting_depth(text: str) -> int:
    """The deepest ``[``/``{`` nesting outside strings (linear, never recursive; any text)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    signs = memoryview(brackets.encode("ascii").translate(_SIGNS)).cast("b")
    return max(accumulate(signs), default=0)


def depth_exceeds(value: Any, limit: int) -> bool:
    """Whether lists and dicts in ``value`` nest deeper than ``limit`` (iterative: safe at any depth).

    For objects about to be written, before ``json.dumps`` would hit the recursion limit.
    """
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list | tuple):
            children = list(item)
        else:
            continue
        if depth + 1 > limit:
            return True
        pending.extend((child, depth + 1) for child in children)
    return False


def loads(data: bytes | str, *, max_depth: int, floats: bool = False) -> Any:
    """Parse ``data`` (UTF-8 bytes or text) as strict JSON, or raise ``JsonRefused``.

    Refused: invalid UTF-8, nesting deeper than ``max_depth``, ``NaN``/``Infinity``,
    a number beyond float range, any number with a fraction or exponent unless
    ``floats``, duplicate keys, and strings that are not valid Unicode text.
    """
    decoded = isinstance(data, bytes)
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise JsonRefused("not UTF-8 text") from None
    # Fewer brackets than the limit cannot nest deeper: most texts skip the scan.
    if data.count("[") + data.count("{") > max_depth and nesting_depth(data) > max_depth:
        raise JsonRefused(f"nesting deeper than {max_depth}")
    try:
        value = _DECODERS[floats].decode(data)
    except JsonRefused:
        raise
    except (ValueError, RecursionError):
        raise JsonRefused("not valid JSON") from None
    # Text decoded from UTF-8 holds no lone surrogate: only a "\\uD800"-"\\uDFFF" escape can make one.
    if not decoded or _SURROGATE_ESCAPE.search(data):
        _check_text(value)
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise JsonRefused("a key appears twice")
    return result


def _refuse_constant(name: str) -> Any:
    raise JsonRefused(f"{name} is not a number")


def _refuse_float(text: str) -> Any:
    raise JsonRefused("a number that is not a whole number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonRefused("a number out of range")
    return value


def _check_text(value: Any) -> None:
    """Every key and string must encode as UTF-8 (``"\\udc80"`` escapes decode to lone surrogates)."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item)
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise JsonRefused("a string that is not valid text") from None


#: Made once: ``json.loads`` with hooks builds a new decoder per call (an import reads 100,000 lines).
_DECODERS = {
    floats: json.JSONDecoder(
        object_pairs_hook=_no_duplicates,
        parse_constant=_refuse_constant,
        parse_float=_finite_float if floats else _refuse_float,
    )
    for floats in (False, True)
}
