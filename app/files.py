# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing a file where the user chose (a petition, an exchange file, a copy of an attachment, the
office card): under a hidden name beside it, synced, then renamed. A full disk, a yanked USB stick
or a crash never leaves half a file there, and never destroys the file it was to replace.

Nothing goes to the system's temporary folder; the hidden file is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from app.domain.errors import ValidationError


def partial_beside(out: Path, label: str = "") -> Path:
    """A hidden name beside ``out`` for writing it: ``.NAME.TAG[.LABEL].partial``."""
    return out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}{'.' + label if label else ''}.partial")


def refuse_existing(out: Path) -> None:
    """ValidationError (kind ``exists``) when ``out`` is already there: a file is never written over
    one the user did not agree to replace."""
    if out.exists():
        raise ValidationError(str(out), "exists already; choose another file name", "exists")


@contextlib.contextmanager
def publishing(out: Path, partial: Path, *, replace: bool = False) -> Iterator[None]:
    """The caller writes ``partial`` (a ``partial_beside(out)``) in the block. On a normal exit it is
    synced and renamed to ``out``, refused if an ``out`` appeared meanwhile unless ``replace``;
    whatever happens, ``partial`` is gone afterwards."""
    try:
        yield
        with open(partial, "rb+") as file:
            os.fsync(file.fileno())
        if not replace:
            refuse_existing(out)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


def write_whole(out: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` to ``out`` through a hidden file beside it, renamed only once complete.

    An existing ``out`` is refused (ValidationError, kind ``exists``) unless ``replace``: the user
    agreed to replace it. OSError when the disk or folder refuses; ``out`` is then as it was.
    """
    partial = partial_beside(out)
    with publishing(out, partial, replace=replace), open(partial, "xb") as file:
        file.write(data)


@contextlib.contextmanager
def removed_on_failure(out: Path, *, recorded: Callable[[], bool] | None = None) -> Iterator[None]:
    """``out`` was just written; if what must follow it (the vault's record of it) fails, it is
    removed, so a command that fails leaves no file behind it, and never case data in plain text.

    ``recorded()`` says whether the record was made after all (an interrupt that lands just after
    the commit): then the file stays, as the vault says it exists."""
    try:
        yield
    except BaseException:
        if not _made_after_all(recorded):
            out.unlink(missing_ok=True)
        raise


def _made_after_all(recorded: Callable[[], bool] | None) -> bool:
    if recorded is None:
        return False
    try:
        return recorded()
    except Exception:  # the vault cannot even be read: the record was not made
        return False
