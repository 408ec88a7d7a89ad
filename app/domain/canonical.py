# SPDX-License-Identifier: GPL-3.0-or-later
"""Canonical JSON: the same value gives the same bytes on every office's laptop, so what is hashed
or signed (revisions, audit entries, exchange manifests) can be checked anywhere."""

from __future__ import annotations

import json


def canonical_json(obj: object) -> bytes:
    """Deterministic JSON bytes: keys sorted, no spaces, UTF-8 text as it is."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
