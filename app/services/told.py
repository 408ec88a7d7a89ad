# SPDX-License-Identifier: GPL-3.0-or-later
"""How far long work is, told in thousandths: ``Told(progress, message)(fraction)`` calls
``progress(step, STEPS, message)`` when the work has moved on a step, or when it has been quiet
for ``QUIET_SECONDS``, so that a ``Cancelled`` from ``progress`` is seen soon even while the bar
stands still (a copy that grows in bursts, a check between two tables)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from app.domain.progress import Progress

#: The steps the work is counted in.
STEPS = 1000
#: The longest ``progress`` goes untold.
QUIET_SECONDS = 0.1


class Told:
    """Tells ``progress`` (if any) a fraction of the work done, never less than it told before."""

    def __init__(self, progress: Progress | None, message: str) -> None:
        self._progress, self._message = progress, message
        self._told, self._told_at = -1, 0.0

    def __call__(self, fraction: float) -> None:
        step, now = int(min(max(fraction, 0.0), 1.0) * STEPS), time.monotonic()
        if self._progress is not None and (step > self._told or now - self._told_at >= QUIET_SECONDS):
            self._told, self._told_at = max(step, self._told), now
            self._progress(self._told, STEPS, self._message)

    def again(self) -> None:
        """The last step told again once quiet: how a cancel is seen while one step runs long."""
        self(0.0)

    def part(self, start: float, share: float) -> Callable[[float], None]:
        """The teller of one part of the work, which begins at ``start`` and is ``share`` of the
        whole: it takes the part's own fraction done (more than 1 counts as 1)."""
        return lambda fraction: self(start + share * min(fraction, 1.0))


def parts(*shares: float) -> list[tuple[float, float]]:
    """(start, share) of each part of a piece of work, from the parts' shares in order."""
    starts = itertools.accumulate(shares, initial=0.0)
    return list(zip(starts, shares, strict=False))
