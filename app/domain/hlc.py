# SPDX-License-Identifier: GPL-3.0-or-later
"""Hybrid logical clock: time stamps that order revisions even when laptop clocks disagree."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing, sortable stamps ``"<13-digit ms>.<4-digit counter>"``."""

    def __init__(self, last: str = "", wall: Callable[[], int] = _wall_ms) -> None:
        self._wall = wall
        self._ms, self._counter = self.parse(last) if last else (0, 0)
        self._lock = threading.Lock()

    @staticmethod
    def parse(stamp: str) -> tuple[int, int]:
        ms, _, counter = stamp.partition(".")
        return int(ms), int(counter or 0)

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen on another device, so our next stamp sorts after it."""
        with self._lock:
            self._ms, self._counter = max((self._ms, self._counter), self.parse(stamp))

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._counter += 1
            return f"{self._ms:013d}.{self._counter:04d}"
