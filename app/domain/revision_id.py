# SPDX-License-Identifier: GPL-3.0-or-later
"""A revision's id: the SHA-256 of its canonical content, the same on every office's laptop.

Kept free of the database so the merge engine (``app.exchange.merge``) names the merge
revisions it makes exactly as ``app.db.revisions`` names the ones it writes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from app.domain.canonical import canonical_json


def revision_id(
    table: str,
    record_id: str,
    parents: Sequence[str],
    values: Mapping[str, object],
    deleted: bool,
    author: tuple[str, str, str],
    hlc: str,
) -> str:
    """The id of a revision with this content (author: user, device, office)."""
    body = {
        "table": table,
        "record": record_id,
        "parents": list(parents),
        "values": dict(values),
        "deleted": deleted,
        "author": list(author),
        "hlc": hlc,
    }
    return hashlib.sha256(canonical_json(body)).hexdigest()
