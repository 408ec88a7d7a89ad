# SPDX-License-Identifier: GPL-3.0-or-later
"""Canonical JSON: the same value gives the same bytes on every office's laptop, so what is hashed
or signed (revisions, audit entries, exchange manifests) can be checked anywhere."""

from __future__ import annotations

import json

#: Made once (``json.dumps`` with options builds a new encoder per call; an export encodes 100,000).
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(obj: object) -> bytes:
    """Deterministic JSON bytes: keys sorted, no spaces, UTF-8 text as it is."""
    return _ENCODER.encode(obj).encode()
