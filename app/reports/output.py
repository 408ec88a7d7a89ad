# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing a report only where the user chose: named only when complete (``app.files.publishing``).

Nothing goes to the system's temporary folder: any scratch file (``scratch``) sits beside the
target too, unnamed where the system allows, and is gone before the export returns, complete,
cancelled or failed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from app.domain.errors import ValidationError
from app.files import publishing, refuse_existing, scratch_beside


class Target:
    """The chosen path, the path its content is written to, and the scratch files made beside it."""

    def __init__(self, out: Path, partial: Path, files: contextlib.ExitStack) -> None:
        self.out = out
        self.partial = partial
        self._files = files

    def scratch(self, label: str) -> Path:
        """A scratch file beside the target, gone when the export ends."""
        return self._files.enter_context(scratch_beside(self.out, label))


def check_target(out: Path) -> None:
    """ValidationError (kind ``exists`` or ``folder``) unless ``out`` can be a new file in a folder."""
    refuse_existing(out)
    if not out.parent.is_dir():
        raise ValidationError(str(out), "its folder does not exist", "folder")


@contextlib.contextmanager
def written(out: Path) -> Iterator[Target]:
    """Yields the Target; the caller writes ``target.partial``.  On a normal exit it is synced and
    named ``out``; on any exception (Cancelled too) nothing of it or of the scratch files is left."""
    check_target(out)
    with publishing(out) as partial, contextlib.ExitStack() as files:
        yield Target(out, partial, files)
