# SPDX-License-Identifier: GPL-3.0-or-later
"""Small helpers the benchmarks share: percentiles, timing, progress lines and millisecond text."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from typing import Any


def pct(samples: list[float], p: int) -> float:
    """The p-th percentile (inclusive method) of ``samples``."""
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[p - 1]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Wall-clock seconds of ``fn()`` and its result."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def say(message: str) -> None:
    """A progress line on stderr (stdout holds only the table and the JSON line)."""
    print(f"  .. {message}", file=sys.stderr, flush=True)


def ms(seconds: float) -> str:
    """Seconds as readable text: three decimals below 10 ms, seconds from 10 s."""
    if seconds < 0.01:
        return f"{seconds * 1000:.3f} ms"
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"
