# SPDX-License-Identifier: GPL-3.0-or-later
"""Record ids for rows written in bulk (``app.domain.records.ordered_id``): UUIDv7, time first."""

from __future__ import annotations

import time
import uuid

from app.domain.records import ordered_id


def test_ordered_ids_are_uuid7_sorted_by_creation_and_random_within_a_millisecond() -> None:
    first = [ordered_id() for _ in range(200)]
    time.sleep(0.002)
    later = ordered_id()
    parsed = [uuid.UUID(x) for x in [*first, later]]
    assert all(
        u.version == 7 and u.variant == uuid.RFC_4122 and str(u) == x
        for u, x in zip(parsed, [*first, later], strict=True)
    )
    assert max(first) < later  # text order is creation order across milliseconds
    assert len(set(first)) == 200
    assert abs((parsed[-1].int >> 80) - time.time_ns() // 1_000_000) < 5_000  # milliseconds since 1970
