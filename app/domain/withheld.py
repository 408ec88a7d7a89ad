# SPDX-License-Identifier: GPL-3.0-or-later
"""What a redacted field holds in a revision (a lawyer packet's, ``app.exchange.redaction``): a marker,
never a value of its own.  Here so the merge engine and the revision writer share one definition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

WITHHELD: Final[Mapping[str, object]] = {"withheld": True}
_PLAIN: Final = (str, int, float, list, tuple, type(None))


def is_withheld(value: object) -> bool:
    # Plain values first: the Mapping check (an ABC) is slow, and an import asks for every field.
    return not isinstance(value, _PLAIN) and isinstance(value, Mapping) and dict(value) == WITHHELD
