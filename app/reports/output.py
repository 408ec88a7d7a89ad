# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing a report only where the user chose: under a temporary name beside it, renamed when complete.

Nothing goes to the system's temporary folder: any scratch file (``scratch``) sits beside the
target too and is removed before the export returns, complete, cancelled or failed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from app.domain.errors import ValidationError
from app.files import partial_beside, publishing, refuse_existing


class Target:
    """The chosen path, its partial file, and the scratch files made beside it."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.partial = partial_beside(out)
        self._scratch: list[Path] = []

    def scratch(self, label: str) -> Path:
        """A scratch file beside the target, removed when the export ends."""
        path = partial_beside(self.out, label)
        self._scratch.append(path)
        return path

    def cleanup(self) -> None:
        for path in (*self._scratch, self.partial):
            path.unlink(missing_ok=True)


def check_target(out: Path) -> None:
    """ValidationError (kind ``exists`` or ``folder``) unless ``out`` can be a new file in a folder."""
    refuse_existing(out)
    if not out.parent.is_dir():
        raise ValidationError(str(out), "its folder does not exist", "folder")


@contextlib.contextmanager
def written(out: Path) -> Iterator[Target]:
    """Yields the Target; the caller writes ``target.partial``.  On a normal exit it is synced and
    renamed to ``out``; on any exception (Cancelled too) it and the scratch files are removed."""
    check_target(out)
    target = Target(out)
    try:
        with publishing(out, target.partial):
            yield target
    finally:
        target.cleanup()
