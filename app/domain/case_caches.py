# SPDX-License-Identifier: GPL-3.0-or-later
"""Caches whose entries are case data (names analysed or sorted, text shaped for print, references
folded for SQL): each registers where it is made, and all are emptied when the vault locks, so
nothing of the cases stays reachable from them while it is locked.

Python cannot zero the strings; dropping every reference is what the process can do.
"""

from __future__ import annotations

from typing import Protocol, TypeVar


class _Clearable(Protocol):
    def cache_clear(self) -> None: ...


C = TypeVar("C", bound=_Clearable)

_REGISTERED: list[_Clearable] = []


def forgotten_on_lock(cached: C) -> C:
    """Register ``cached`` (a ``functools.lru_cache`` function) and return it unchanged."""
    _REGISTERED.append(cached)
    return cached


def forget_case_data() -> None:
    """Empty every registered cache: the vault has locked."""
    for cached in _REGISTERED:
        cached.cache_clear()
