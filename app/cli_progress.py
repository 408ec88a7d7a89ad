# SPDX-License-Identifier: GPL-3.0-or-later
"""How a long ``pana`` command shows how far it is: on a terminal, its step and percentage on one line
of standard error that rewrites itself; a script or a log gets nothing but the result (and, on failure,
the one-line message)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TextIO

from app.domain.progress import Progress

#: The words for each step a long command reports (``app.ui.long_steps`` has the GUI's).
STEP_WORDS = {
    "backup": "backing up",
    "unpacking": "unpacking the backup",
    "unlocking": "unlocking the backup",
    "checking": "checking every page",
    "re-encrypting": "re-encrypting the vault",
    "migrating": "upgrading the vault",
    "migrated": "upgrading the vault",
    "names": "rebuilding the name index",
    "collect": "collecting the records",
    "encrypt": "signing and encrypting",
    "write": "writing the file",
    "read": "reading the file",
    "merge": "merging",
    "patterns": "counting the patterns",
    "pdf": "drawing the charts",
    "check": "checking every page",
    "compact": "compacting",
    "purge": "purging",
    "demo": "making demo cases",
    "done": "done",
}


@contextlib.contextmanager
def terminal_progress(stream: TextIO) -> Iterator[Progress | None]:
    """A progress that rewrites one line of ``stream`` ("backing up 37 %") when it is a terminal,
    ended by a newline if anything was shown; None otherwise."""
    if not stream.isatty():
        yield None
        return
    shown = False

    def show(done: int, total: int, message: str) -> None:
        nonlocal shown
        shown = True
        words = STEP_WORDS.get(message, message)
        stream.write(f"\r{words} {100 * done // max(total, 1)} %\x1b[K")  # \x1b[K: clear the rest
        stream.flush()

    try:
        yield show
    finally:
        if shown:
            stream.write("\n")
            stream.flush()
