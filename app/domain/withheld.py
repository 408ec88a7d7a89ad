# SPDX-License-Identifier: GPL-3.0-or-later
"""What a redacted field holds in a revision (a lawyer packet's, ``app.exchange.redaction``): a marker,
never a value of its own.  Here so the merge engine and the revision writer share one definition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

WITHHELD: Final[Mapping[str, object]] = {"withheld": True}


def is_withheld(value: object) -> bool:
    return isinstance(value, Mapping) and dict(value) == WITHHELD
