# SPDX-License-Identifier: GPL-3.0-or-later
"""Zeroing of key buffers that callers hold as ``bytearray``."""

from __future__ import annotations


def wipe(buf: bytearray | memoryview | None) -> None:
    """Overwrite ``buf`` with zero bytes in place; ``None`` is ignored.

    Best effort only: Python may have copied the bytes elsewhere (immutable
    ``bytes`` produced along the way, the crypto library's own key schedule).
    """
    if buf is None:
        return
    view = buf if isinstance(buf, memoryview) else memoryview(buf)
    # Same-length slice assignment writes into the existing buffer, never reallocates.
    view[:] = bytes(len(view))
