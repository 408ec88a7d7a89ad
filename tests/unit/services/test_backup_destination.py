# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a backup may go: never into the vault's own folder, over another file only when a person
agreed to replace it, and it cleans up only its own leftovers."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from app import files
from app.domain.errors import ValidationError
from app.services.admin import AdminService
from app.services.backups import read_backup
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from tests.conftest import PASSPHRASE
from tests.copies_kit import key_material


def _digests(folder: Path) -> dict[str, bytes]:
    return {p.name: hashlib.sha256(p.read_bytes()).digest() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize(
    ("name", "replace"), [("pana.keys", True), ("pana.db", True), ("office.panabackup", False)]
)
def test_a_backup_into_the_vaults_own_folder_is_refused_and_writes_nothing(
    vault: UnlockedVault, vault_dir: Path, kdf, name: str, replace: bool
) -> None:
    """Never over one of the vault's files, and no new file beside them either: a backup there is
    lost with the vault's disk, and erasing the vault would leave it behind."""
    before = _digests(vault_dir)
    with pytest.raises(ValidationError, match=re.escape(f"{vault_dir / name}: is in the vault's own folder")):
        AdminService(vault).backup(vault_dir / name, replace=replace)
    assert _digests(vault_dir) == before
    vault.lock()
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()  # still opens


def test_a_backup_into_a_folder_inside_the_vaults_is_refused_too(
    vault: UnlockedVault, vault_dir: Path
) -> None:
    """A folder inside the vault's folder is on the same disk: a backup there is lost with it too."""
    inside = vault_dir / "backups" / "2026"
    inside.mkdir(parents=True)
    with pytest.raises(ValidationError, match="is in the vault's own folder"):
        AdminService(vault).backup(inside / "office.panabackup")
    assert list(inside.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_asked(vault: UnlockedVault, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    notes = tmp_path / "out" / "notes.txt"
    notes.write_text("a field worker's own notes (fictional)")
    with pytest.raises(ValidationError, match="exists already"):
        AdminService(vault).backup(notes)
    assert notes.read_text() == "a field worker's own notes (fictional)"
    assert sorted(p.name for p in notes.parent.iterdir()) == ["notes.txt"]
    AdminService(vault).backup(notes, replace=True)  # the GUI's chooser asked first
    assert read_backup(notes) is not None


def test_only_the_backups_own_leftovers_are_removed(vault: UnlockedVault, tmp_path: Path) -> None:
    """A killed backup leaves ``.NAME.<hex>.db`` (the copy of the database), and where a file cannot
    be unnamed ``.NAME.<tag>.partial`` (``.NAME.partial`` from earlier versions); other files that
    begin the same way are somebody else's."""
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "notes"
    theirs = [
        folder / ".notes.old",
        folder / ".notes.db",
        folder / ".notes.partial.keep",
        folder / ".notes.draft.partial",
    ]
    ours = [
        folder / ".notes.partial",
        folder / ".notes.0123abcd.partial",
        folder / ".notes.0123456789ab.db",
        folder / ".notes.0123456789ab.db-journal",
    ]
    for path in (*theirs, *ours):
        path.write_bytes(b"fictional")
    kept = {p.name: d for p, d in ((p, hashlib.sha256(p.read_bytes()).digest()) for p in theirs)}
    AdminService(vault).backup(out)
    assert {name: d for name, d in _digests(folder).items() if name != "notes"} == kept


def test_while_a_backup_is_written_the_folder_holds_nothing_of_it(
    vault: UnlockedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a kill or a power cut before the backup is named would leave (T42): no backup, whole or
    half, and nothing with key slots; only the copy of the database SQLite needs a name for."""
    descriptor = files._unnamed_file(tmp_path)
    if descriptor is None:
        pytest.skip("no unnamed files here (not Linux, or the file system has none)")
    os.close(descriptor)
    folder = tmp_path / "usb"
    folder.mkdir()
    seen: list[tuple[list[str], list[str]]] = []
    sync = os.fsync

    def look(fd: int) -> None:
        seen.append((sorted(p.name for p in folder.iterdir()), key_material(folder)))
        sync(fd)

    monkeypatch.setattr(os, "fsync", look)
    AdminService(vault).backup(folder / "office.panabackup")
    monkeypatch.undo()
    (names, with_key_slots), *_ = seen  # the backup's sync, before it is named
    assert len(names) == 1 and re.fullmatch(r"\.office\.panabackup\.[0-9a-f]{12}\.db", names[0]), names
    assert with_key_slots == []
    assert sorted(p.name for p in folder.iterdir()) == ["office.panabackup"]


def test_where_files_cannot_be_unnamed_a_backup_is_renamed_into_place_owner_only(
    vault: UnlockedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT on a USB stick: written under a hidden name, synced, renamed; nothing else is left."""
    monkeypatch.setattr(files, "_unnamed_file", lambda folder: None)
    out = tmp_path / "usb" / "office.panabackup"
    out.parent.mkdir()
    for replace in (False, True):
        AdminService(vault).backup(out, replace=replace)
        assert sorted(p.name for p in out.parent.iterdir()) == ["office.panabackup"]
        assert out.stat().st_mode & 0o077 == 0
        assert read_backup(out) is not None
