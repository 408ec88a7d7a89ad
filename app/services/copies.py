# SPDX-License-Identifier: GPL-3.0-or-later
"""The copies Pana itself makes of a vault, and the crypto-erase that destroys them with the vault.

Pana keeps copies in four places, found by their names (nothing records them, so a
copy left by a crash is found as well, and a locked vault can list and erase them):

* ``<vault>.before-restore-<hex>/`` beside the vault: the vault a restore replaced;
* ``.<vault>.restoring-<hex>/`` beside the vault: a restore that was interrupted;
* ``<vault>/before-upgrade-<rev>-<hex>.panabackup``: the backup made before a schema upgrade;
* ``<vault>/.before-upgrade-….panabackup.*``: the pieces of such a backup that was interrupted.

Every copy carries the key slots of its day, so it opens with the passphrases of its day.
Erasing destroys key material first (key files, the key part of backups: overwritten,
fsynced, unlinked), and only then the encrypted databases and folders.  Backups the user
wrote elsewhere with ``pana backup`` are the user's own and are not touched.

Threading: plain file work; one caller at a time per vault.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from pathlib import Path

from app.db.engine import DB_FILENAME, SIDE_FILES
from app.domain.errors import CopyNotFoundError, PanaError, StorageError
from app.services.backups import KEY_PART_MAX_BYTES, read_key_file
from app.vault.keyfile import KIND_PASSPHRASE, Document, parse
from app.vault.storage import KEY_FILE_NAME, key_files, read, shred


class CopyKind(StrEnum):
    BEFORE_RESTORE = "before-restore"
    INTERRUPTED_RESTORE = "interrupted-restore"
    BEFORE_UPGRADE = "before-upgrade"
    INTERRUPTED_BACKUP = "interrupted-backup"


@dataclass(frozen=True, slots=True)
class VaultCopy:
    """One copy; ``id`` is its file or folder name, ``made`` its modification time (UTC)."""

    id: str
    kind: CopyKind
    path: Path
    made: datetime
    size: int

    @property
    def is_folder(self) -> bool:
        return self.kind in (CopyKind.BEFORE_RESTORE, CopyKind.INTERRUPTED_RESTORE)


def _beside_patterns(vault_dir: Path) -> tuple[tuple[str, CopyKind], ...]:
    name = glob.escape(vault_dir.name)  # a "[" in a folder name is not a pattern
    return (
        (f"{name}.before-restore-*", CopyKind.BEFORE_RESTORE),
        (f".{name}.restoring-*", CopyKind.INTERRUPTED_RESTORE),
    )


_INSIDE_PATTERNS = (
    ("before-upgrade-*.panabackup", CopyKind.BEFORE_UPGRADE),
    (".before-upgrade-*.panabackup.*", CopyKind.INTERRUPTED_BACKUP),
)


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as found:
            return list(found)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise StorageError() from exc


def _size(entry: os.DirEntry[str]) -> int:
    if entry.is_file(follow_symlinks=False):
        return entry.stat(follow_symlinks=False).st_size
    return sum(_size(inner) for inner in _entries(Path(entry.path)) if not inner.is_symlink())


def _matching(
    folder: Path, patterns: tuple[tuple[str, CopyKind], ...], *, folders: bool
) -> Iterator[VaultCopy]:
    for entry in _entries(folder):
        kind = next((k for pattern, k in patterns if fnmatch.fnmatchcase(entry.name, pattern)), None)
        # Symbolic links and odd files are never copies of ours: never follow or delete through them.
        if kind is None or not (entry.is_dir if folders else entry.is_file)(follow_symlinks=False):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            size = _size(entry)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StorageError() from exc
        made = datetime.fromtimestamp(info.st_mtime, UTC)
        yield VaultCopy(entry.name, kind, Path(entry.path), made, size)


def _inside(folder: Path) -> list[VaultCopy]:
    return list(_matching(folder, _INSIDE_PATTERNS, folders=False))


def find_copies(vault_dir: Path) -> tuple[VaultCopy, ...]:
    """Every copy of the vault in ``vault_dir`` that Pana made, oldest first (StorageError)."""
    vault_dir = Path(vault_dir).absolute()
    beside = _matching(vault_dir.parent, _beside_patterns(vault_dir), folders=True)
    return tuple(sorted([*beside, *_inside(vault_dir)], key=lambda c: (c.made, c.id)))


def _key_material(copy: VaultCopy) -> list[Path]:
    """The files of a copy that hold key slots: destroyed first, the rest is noise without them."""
    if copy.is_folder:
        return [*key_files(copy.path), *(inner.path for inner in _inside(copy.path))]
    return [copy.path]


def remove_database(folder: Path) -> None:
    """Unlink the database files in ``folder`` (after its keys are gone: they are noise then)."""
    for name in (DB_FILENAME, *(DB_FILENAME + suffix for suffix in SIDE_FILES)):
        try:
            (folder / name).unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError() from exc


def _removed(remove: Callable[[], None]) -> StorageError | None:
    try:
        remove()
    except StorageError as exc:
        return exc
    except OSError as exc:
        failure = StorageError()
        failure.__cause__ = exc
        return failure
    return None


def _crypto_erase(key_material: list[Path], folders: list[Path], database_folder: Path | None) -> None:
    """Shred every key file first (each fsynced), then remove the rest; the first failure is raised at
    the end, after everything else was tried."""
    # KEY_PART_MAX_BYTES covers a whole key file as well as the key part of a backup.
    steps = [partial(shred, path, limit=KEY_PART_MAX_BYTES) for path in key_material]
    steps += [partial(shutil.rmtree, folder) for folder in folders]
    if database_folder is not None:
        steps.append(partial(remove_database, database_folder))
    failures = [failure for step in steps if (failure := _removed(step)) is not None]
    if failures:
        raise failures[0]


def erase_vault(vault_dir: Path) -> None:
    """Crypto-erase the vault in ``vault_dir`` and every copy of it Pana made (see the module text).

    The folder itself stays (with its lock file).  Raises StorageError when a file could not be
    removed or the copies could not be listed; everything else is still tried first.
    """
    unlisted: StorageError | None = None
    try:
        copies = find_copies(vault_dir)
    except StorageError as exc:  # the vault's own keys go all the same
        copies, unlisted = (), exc
    key_material = [*key_files(vault_dir), *(path for copy in copies for path in _key_material(copy))]
    _crypto_erase(key_material, [c.path for c in copies if c.is_folder], vault_dir)
    if unlisted is not None:
        raise unlisted


def _documents(copy: VaultCopy) -> Iterator[Document]:
    """The key files a copy carries; unreadable or damaged ones open nothing and are skipped."""
    for path in _key_material(copy):
        try:
            if path.name.startswith(KEY_FILE_NAME):  # pana.keys, or a pana.keys.tmp a crash left
                yield read(path, remove_leftover=False)
            else:
                yield parse(read_key_file(path))
        except PanaError:
            continue


class CopyService:
    """Lists and deletes the copies of the vault in one folder; works on a locked vault too."""

    def __init__(self, vault_dir: Path) -> None:
        self.vault_dir = Path(vault_dir)

    def copies(self) -> tuple[VaultCopy, ...]:
        """Every copy, oldest first (StorageError when the folders cannot be read)."""
        return find_copies(self.vault_dir)

    def delete(self, copy_id: str) -> None:
        """Crypto-erase one copy (CopyNotFoundError, StorageError)."""
        copy = next((c for c in self.copies() if c.id == copy_id), None)
        if copy is None:
            raise CopyNotFoundError()
        _crypto_erase(_key_material(copy), [copy.path] if copy.is_folder else [], None)

    def opening_with_old_passphrase(self, user_id: str) -> tuple[VaultCopy, ...]:
        """Copies holding a key slot of ``user_id`` that the vault's key file no longer has: they still
        open with a passphrase this user had before (call after a passphrase change)."""
        current = read(self.vault_dir / KEY_FILE_NAME, remove_leftover=False).slots
        found = []
        for copy in self.copies():
            if any(
                slot.kind == KIND_PASSPHRASE and slot.user_id == user_id and slot not in current
                for document in _documents(copy)
                for slot in document.slots
            ):
                found.append(copy)
        return tuple(found)
