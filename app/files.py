# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing a file where the user chose (a petition, an exchange file, a backup, a copy of an
attachment, the office card): unnamed until complete where the system allows (``write_whole``), else
under a hidden name beside it, synced, then renamed. A full disk, a yanked USB stick or a crash never
leaves half a file there, and never destroys the file it was to replace.

Nothing goes to the system's temporary folder; a hidden file is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import errno
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
def publishing(out: Path, *, replace: bool = False) -> Iterator[Path]:
    """Yields the path to write ``out``'s content to.  When the block ends normally the content is
    synced and named ``out`` (refused if an ``out`` appeared meanwhile, unless ``replace``: the user
    agreed to replace it); whatever happens, nothing else is left.

    On Linux the file has no name at all while it is written (``O_TMPFILE``, written through its
    ``/proc/self/fd`` path): a kill or a power cut then leaves nothing in the folder, not even a
    hidden file of case data.  Elsewhere, or on a file system without unnamed files (FAT on a USB
    stick), it is written under a hidden name beside ``out`` and renamed.  Not for SQLite to write:
    it resolves that path as a symbolic link and creates a file named after its target instead.
    """
    with _file_beside(out) as (path, descriptor):
        yield path
        if descriptor is None:
            with open(path, "rb+") as file:
                os.fsync(file.fileno())
            _rename_into(path, out, replace=replace)
        else:
            os.fsync(descriptor)
            _name(descriptor, out, replace=replace)


@contextlib.contextmanager
def _file_beside(out: Path, label: str = "") -> Iterator[tuple[Path, int | None]]:
    """A new file in ``out``'s folder for the block, and its path: unnamed where the system allows
    (with its descriptor), else under a hidden name (``partial_beside``; None for the descriptor).
    Afterwards it is gone, unless the block gave it a name."""
    descriptor = _unnamed_file(out.parent)
    if descriptor is None:
        path = partial_beside(out, label)
        try:
            yield path, None
        finally:
            path.unlink(missing_ok=True)
        return
    try:
        yield _descriptor_path(descriptor), descriptor
    finally:
        os.close(descriptor)


def _rename_into(partial: Path, out: Path, *, replace: bool) -> None:
    """Give the complete, synced ``partial`` the name ``out`` (refused if an ``out`` appeared, unless
    ``replace``), and sync the folder: the hidden-name way of ``publishing``."""
    if not replace:
        refuse_existing(out)
    os.replace(partial, out)
    _sync_folder(out.parent)


def _sync_folder(folder: Path) -> None:
    """Make a new name in ``folder`` survive a power cut (where folders can be synced)."""
    with contextlib.suppress(OSError):  # Windows, and some file systems, cannot open or sync a folder
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


@contextlib.contextmanager
def scratch_beside(out: Path, label: str) -> Iterator[Path]:
    """A scratch file in ``out``'s folder for the block (rows spooled on the way to ``out``), gone
    afterwards: unnamed where the system allows, as ``publishing``, else under a hidden name."""
    with _file_beside(out, label) as (path, _descriptor):
        yield path


def write_whole(out: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` to ``out`` whole or not at all (``publishing``).

    An existing ``out`` is refused (ValidationError, kind ``exists``) unless ``replace``.  OSError,
    naming ``out``, when the disk or folder refuses; ``out`` is then as it was.
    """
    try:
        with publishing(out, replace=replace) as path:
            path.write_bytes(data)
    except OSError as exc:  # named after the file the user chose, not its folder or a hidden name
        raise OSError(exc.errno, exc.strerror, str(out)) from exc


def _unnamed_file(folder: Path) -> int | None:
    """A new file in ``folder`` with no name, to write through its ``/proc/self/fd`` path; None where
    there are no such files, or no ``/proc`` to write and name one through (a chroot, a container)."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None:
        return None
    try:
        descriptor = os.open(folder, flag | os.O_RDWR, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return None  # the file system (FAT, say) or the kernel has no unnamed files
        raise
    if not _descriptor_path(descriptor).exists():
        os.close(descriptor)
        return None
    return descriptor


def _descriptor_path(descriptor: int) -> Path:
    """A path that opens the file behind ``descriptor`` again (for writers that take a path)."""
    return Path(f"/proc/self/fd/{descriptor}")


def _name(descriptor: int, out: Path, *, replace: bool) -> None:
    """Give the complete unnamed file ``descriptor`` the name ``out``."""
    name = out.name if not replace else partial_beside(out).name
    folder = os.open(out.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            # linkat(AT_SYMLINK_FOLLOW) of /proc/self/fd/N names an O_TMPFILE file; os.link calls plain
            # link(), which would not follow the link, unless it is given a folder descriptor.
            os.link(_descriptor_path(descriptor), name, dst_dir_fd=folder, follow_symlinks=True)
        except FileExistsError:
            if not replace:  # a file appeared meanwhile: it is never overwritten
                refuse_existing(out)
            raise
        if replace:
            try:
                os.replace(name, out.name, src_dir_fd=folder, dst_dir_fd=folder)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(name, dir_fd=folder)
        os.fsync(folder)  # the new name survives a power cut
    finally:
        os.close(folder)


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
