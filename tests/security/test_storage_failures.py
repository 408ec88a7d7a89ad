# SPDX-License-Identifier: GPL-3.0-or-later
"""Disk full, failing and read-only media give StorageError and leave the prior state usable (T43, T44)."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import stat
import subprocess
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, event

import app.files as files_module
import app.services.backups as backups_module
import app.vault.storage as storage_module
from app.db.engine import PanaDialect
from app.domain import records as r
from app.domain.errors import (
    BackupWriteError,
    DiskFullError,
    StorageError,
    WriteRefusal,
    WrongPassphraseError,
)
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.cli.test_cli import one_line_failure, pana
from tests.conftest import PASSPHRASE, USERNAME
from tests.security.kit import digest, failing_database_copy, file_state, fill, mounted_tmpfs, table_rows

NEW_PASSPHRASE = "a new passphrase, Жаңа құпия сөз"


def failing_os(**failures: Callable[..., Any]) -> types.SimpleNamespace:
    """A stand-in for the ``os`` module of one app module, with some calls replaced."""
    proxy = types.SimpleNamespace(
        **{name: getattr(os, name) for name in dir(os) if not name.startswith("__")}
    )
    for name, replacement in failures.items():
        setattr(proxy, name, replacement)
    return proxy


def raising(code: int) -> Callable[..., Any]:
    def fail(*_: object, **__: object) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


def state(vault: UnlockedVault) -> str:
    return digest(table_rows(vault))


def opens(directory: Path, kdf: KdfParams, passphrase: str, username: str | None = None) -> bool:
    try:
        VaultService(directory, kdf=kdf).open(passphrase, username).lock()
    except WrongPassphraseError:
        return False
    return True


# -- T43: injected ENOSPC / EIO in the key-file writer -----------------------------------------------


@pytest.mark.parametrize("call", ["write", "fsync"])
def test_key_file_write_failure_during_passphrase_change(
    vault: UnlockedVault, vault_dir: Path, kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    """T43: ENOSPC while rewriting the key file → StorageError; old passphrase works, nothing changed."""
    keys = (vault_dir / "pana.keys").read_bytes()
    before = state(vault)
    monkeypatch.setattr(storage_module, "os", failing_os(**{call: raising(errno.ENOSPC)}))
    with pytest.raises(StorageError):
        AdminService(vault, kdf=kdf).change_passphrase(USERNAME, PASSPHRASE, NEW_PASSPHRASE)
    monkeypatch.undo()
    assert (vault_dir / "pana.keys").read_bytes() == keys
    assert not (vault_dir / "pana.keys.tmp").exists()
    assert state(vault) == before
    vault.lock()
    assert opens(vault_dir, kdf, PASSPHRASE)
    assert not opens(vault_dir, kdf, NEW_PASSPHRASE)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_key_file_write_failure_while_adding_a_user_rolls_the_user_back(
    vault: UnlockedVault, vault_dir: Path, kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    admin = AdminService(vault, kdf=kdf)
    users = admin.users()
    before = state(vault)
    keys = (vault_dir / "pana.keys").read_bytes()
    monkeypatch.setattr(storage_module, "os", failing_os(fsync=raising(code)))
    with pytest.raises(StorageError):
        admin.add_user("bolat", NEW_PASSPHRASE)
    monkeypatch.undo()
    assert admin.users() == users
    assert state(vault) == before
    assert (vault_dir / "pana.keys").read_bytes() == keys
    assert not (vault_dir / "pana.keys.tmp").exists()
    vault.lock()
    assert not opens(vault_dir, kdf, NEW_PASSPHRASE, "bolat")


def test_key_file_write_failure_keeps_the_old_recovery_key(
    vault: UnlockedVault,
    vault_dir: Path,
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    template_vault: tuple[Path, str],
) -> None:
    monkeypatch.setattr(storage_module, "os", failing_os(write=raising(errno.ENOSPC)))
    with pytest.raises(StorageError):
        AdminService(vault, kdf=kdf).regenerate_recovery_key()
    monkeypatch.undo()
    vault.lock()
    VaultService(vault_dir, kdf=kdf).open_with_recovery(template_vault[1]).lock()


# -- T43: a key change and its database transaction succeed or fail together -------------------------

SECOND_PASSPHRASE = "Дәулеттің құпиясы, the second user"
KEY_CHANGES: dict[str, Callable[[AdminService], object]] = {
    "add-user": lambda admin: admin.add_user("bolat", NEW_PASSPHRASE),
    "remove-user": lambda admin: admin.remove_user("daulet"),
    "passwd": lambda admin: admin.change_passphrase(USERNAME, PASSPHRASE, NEW_PASSPHRASE),
    "reset-passphrase": lambda admin: admin.reset_passphrase(USERNAME, NEW_PASSPHRASE),
    "recovery-key": lambda admin: admin.regenerate_recovery_key(),
}


@contextlib.contextmanager
def failing_commits(vault: UnlockedVault) -> Iterator[None]:
    """Every commit of a write transaction fails as on a full disk, inside the block."""

    def fail(connection: Connection) -> None:
        if PanaDialect.begin_statement() == "BEGIN IMMEDIATE":  # a writer's transaction
            raise DiskFullError()

    event.listen(vault.db.engine, "commit", fail)
    try:
        yield
    finally:
        event.remove(vault.db.engine, "commit", fail)


@pytest.mark.parametrize("change", sorted(KEY_CHANGES))
def test_a_key_change_whose_database_commit_fails_changes_no_key(
    vault: UnlockedVault, vault_dir: Path, kdf: KdfParams, template_vault: tuple[Path, str], change: str
) -> None:
    """T43: the slot is written, then the commit of its audit entry fails: the key file is as it was."""
    admin = AdminService(vault, kdf=kdf)
    admin.add_user("daulet", SECOND_PASSPHRASE)
    keys = (vault_dir / "pana.keys").read_bytes()
    before = state(vault)
    with failing_commits(vault), pytest.raises(DiskFullError):
        KEY_CHANGES[change](admin)
    assert (vault_dir / "pana.keys").read_bytes() == keys
    assert not (vault_dir / "pana.keys.tmp").exists()
    assert state(vault) == before
    vault.lock()
    assert opens(vault_dir, kdf, PASSPHRASE, USERNAME)
    assert opens(vault_dir, kdf, SECOND_PASSPHRASE, "daulet")
    assert not opens(vault_dir, kdf, NEW_PASSPHRASE)
    VaultService(vault_dir, kdf=kdf).open_with_recovery(template_vault[1]).lock()


def test_a_failed_folder_sync_after_the_rename_is_no_failure(
    vault: UnlockedVault,
    vault_dir: Path,
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Once renamed, the new key file is in place: a failing folder fsync must not report the old state."""

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        os.fsync(fd)

    monkeypatch.setattr(storage_module, "os", failing_os(fsync=fsync))
    with caplog.at_level(logging.WARNING, logger=storage_module.__name__):
        AdminService(vault, kdf=kdf).change_passphrase(USERNAME, PASSPHRASE, NEW_PASSPHRASE)
    monkeypatch.undo()
    assert "pana.keys was replaced" in caplog.text
    assert not (vault_dir / "pana.keys.tmp").exists()
    vault.lock()
    assert opens(vault_dir, kdf, NEW_PASSPHRASE)
    assert not opens(vault_dir, kdf, PASSPHRASE)


# -- T43/T44: injected failures in the backup writer -------------------------------------------------


class _FailingFile:
    """A file object whose writes fail after ``budget`` bytes, like a medium filling up or vanishing."""

    def __init__(self, real: Any, code: int, budget: int) -> None:
        self._real, self._code, self._budget = real, code, budget

    def write(self, data: bytes) -> int:
        if len(data) > self._budget:
            raise OSError(self._code, os.strerror(self._code))
        self._budget -= len(data)
        return int(self._real.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


@pytest.mark.parametrize(
    ("call", "code"),
    [("write", errno.ENOSPC), ("write", errno.EIO), ("fsync", errno.ENOSPC), ("fsync", errno.EIO)],
)
def test_backup_write_failure_leaves_nothing_behind(
    vault: UnlockedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, code: int
) -> None:
    """T43/T44: ENOSPC or EIO (USB pulled) mid-backup → StorageError, no file at all on the medium."""
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Witness")])
    AttachmentService(vault).add(case_id, "scan.pdf", b"%PDF" * 300_000, "application/pdf")
    before = state(vault)
    medium = tmp_path / "usb"
    medium.mkdir()
    if call == "write":
        real_fdopen = os.fdopen
        proxy = failing_os(fdopen=lambda *a, **k: _FailingFile(real_fdopen(*a, **k), code, 100_000))
        monkeypatch.setattr(backups_module, "os", proxy)
    else:  # the sync of the whole file, before it is named
        monkeypatch.setattr(files_module, "os", failing_os(fsync=raising(code)))
    with pytest.raises(StorageError):
        AdminService(vault).backup(medium / "office.panabackup")
    monkeypatch.undo()
    assert list(medium.iterdir()) == []
    assert state(vault) == before  # not even a "backup written" audit entry
    assert AdminService(vault).check().ok


@pytest.mark.parametrize(
    ("code", "the_mediums"),
    [(13, True), (778, True), (266, False), (522, False)],  # FULL, IOERR_WRITE; IOERR_READ, _SHORT_READ
)
def test_a_failed_copy_of_the_database_is_blamed_on_the_medium_only_when_writing_failed(
    vault: UnlockedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, the_mediums: bool
) -> None:
    """While the database is copied the vault is only read and the copy only written: a write failure
    is the chosen medium's (BackupWriteError naming it), a read failure the vault's (a StorageError
    naming its database: the medium is fine)."""
    medium = tmp_path / "usb"
    medium.mkdir()
    chosen = medium / "office.panabackup"
    failing_database_copy(monkeypatch, code)
    with pytest.raises(StorageError) as failed:
        AdminService(vault).backup(chosen)
    monkeypatch.undo()
    if the_mediums:
        assert isinstance(failed.value, BackupWriteError)
        assert failed.value.path == str(chosen)
        assert failed.value.why == {13: WriteRefusal.FULL, 778: WriteRefusal.FAILED}[code]
    else:
        assert not isinstance(failed.value, BackupWriteError)
        assert str(failed.value) == f"The vault could not be read ({vault.directory / 'pana.db'})."
    assert list(medium.iterdir()) == []
    assert AdminService(vault).check().ok


def test_a_key_file_that_cannot_be_read_is_the_vaults_failure_not_the_mediums(
    vault: UnlockedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys, read_bytes = vault.ring.path, Path.read_bytes

    def failing_on_the_keys(path: Path) -> bytes:
        if path == keys:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
        return read_bytes(path)

    medium = tmp_path / "usb"
    medium.mkdir()
    monkeypatch.setattr(Path, "read_bytes", failing_on_the_keys)
    with pytest.raises(StorageError) as failed:
        AdminService(vault).backup(medium / "office.panabackup")
    monkeypatch.undo()
    assert not isinstance(failed.value, BackupWriteError)
    assert str(failed.value) == f"The vault could not be read ({keys}: Input/output error)."
    assert list(medium.iterdir()) == []


# -- T44: read-only medium ---------------------------------------------------------------------------


@contextlib.contextmanager
def read_only_directory(where: Path) -> Iterator[Path]:
    """A directory nobody can write into: a read-only tmpfs as root, else mode 0555."""
    if os.geteuid() == 0:
        with mounted_tmpfs(where, "size=1m,mode=0755,ro") as mounted:
            yield mounted
        return
    where.mkdir()
    where.chmod(0o555)
    try:
        yield where
    finally:
        where.chmod(0o755)


def test_backup_to_a_read_only_medium_is_a_storage_error(vault: UnlockedVault, tmp_path: Path) -> None:
    """T44: a clean StorageError (not a raw OSError or driver error), nothing partial, vault unchanged."""
    before = state(vault)
    with read_only_directory(tmp_path / "ro") as medium:
        with pytest.raises(BackupWriteError) as failed:
            AdminService(vault).backup(medium / "office.panabackup")
        assert failed.value.path == str(medium / "office.panabackup")
        assert failed.value.why in (
            WriteRefusal.READ_ONLY,
            WriteRefusal.NOT_PERMITTED,
        )  # mode 0555 when not root
        assert list(medium.iterdir()) == []
    assert state(vault) == before


def test_the_cli_says_which_backup_file_a_read_only_medium_refused_and_why(
    vault_dir: Path, tmp_path: Path
) -> None:
    """T44 from the command line: one line naming the file, the reason and the vault unchanged."""
    home = tmp_path / "home"
    home.mkdir()
    why = "the medium is read-only" if os.geteuid() == 0 else "there is no permission to write there"
    with read_only_directory(tmp_path / "ro") as medium:
        chosen = medium / "office.panabackup"
        failed = pana(home, "backup", chosen, vault=vault_dir, stdin=[PASSPHRASE])
        one_line_failure(
            failed, f"The backup could not be written to {chosen}: {why}. The vault itself is unchanged."
        )


def test_backup_to_a_missing_folder_is_a_storage_error(vault: UnlockedVault, tmp_path: Path) -> None:
    """T44: the medium was unplugged before the backup started (its folder is gone). The message names
    the place, not the vault, which is fine."""
    chosen = tmp_path / "unplugged" / "office.panabackup"
    with pytest.raises(BackupWriteError) as failed:
        AdminService(vault).backup(chosen)
    assert str(failed.value) == (
        f"The backup could not be written to {chosen}: its folder is not there (was the medium removed?). "
        "The vault itself is unchanged."
    )
    assert (failed.value.path, failed.value.why) == (str(chosen), WriteRefusal.NO_FOLDER)
    assert not (tmp_path / "unplugged").exists()


def test_backup_to_a_full_medium_names_the_medium_not_the_vault(vault: UnlockedVault, tmp_path: Path) -> None:
    """T43: the stick fills while the database is copied onto it (SQLite's own "disk full"): the
    message is about the stick; the vault is fine and nothing is left on the stick."""
    CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Witness")])
    with mounted_tmpfs(tmp_path / "stick", "size=64k") as medium:
        chosen = medium / "office.panabackup"
        with pytest.raises(
            BackupWriteError, match=f"could not be written to {chosen}: the disk is full"
        ) as failed:
            AdminService(vault).backup(chosen)
        assert failed.value.why == WriteRefusal.FULL
        assert list(medium.iterdir()) == []
    assert AdminService(vault).check().ok


def test_an_exchange_file_to_a_read_only_medium_fails_in_one_line_and_sends_nothing(
    vault_dir: Path, tmp_path: Path
) -> None:
    """T44 for an exchange file, from the command line: one line naming the file, nothing on the
    medium, the next export to a writable place works, and that file imports from a read-only
    medium."""
    home = tmp_path / "home"
    home.mkdir()
    with read_only_directory(tmp_path / "ro") as medium:
        failed = pana(home, "export", "--out", medium / "office.age", vault=vault_dir, stdin=[PASSPHRASE])
        assert failed.code == 1 and len(failed.err_lines) == 1, failed
        assert failed.err_lines == [f"pana: Read-only file system: {medium / 'office.age'}"], failed.err
        assert list(medium.iterdir()) == []
    out = tmp_path / "office.age"
    written = pana(home, "export", "--out", out, vault=vault_dir, stdin=[PASSPHRASE])
    assert written.code == 0, written.err
    if os.geteuid() != 0:  # the export's half ran; the import's is not passed off as checked
        pytest.skip("needs root to mount a read-only medium for the import")
    with mounted_tmpfs(tmp_path / "stick", "size=8m") as stick:
        shutil.copy(out, stick / "office.age")
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        imported = pana(
            home, "import", stick / "office.age", "--dry-run", vault=vault_dir, stdin=[PASSPHRASE]
        )
    assert imported.code == 0 and "bundle " in imported.out, imported.err


def test_restore_from_a_read_only_medium_works(
    vault: UnlockedVault, vault_dir: Path, tmp_path: Path, kdf: KdfParams
) -> None:
    CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Witness")])
    expected = digest(table_rows(vault), exclude={"audit_log"})
    staging = tmp_path / "staging.panabackup"
    AdminService(vault).backup(staging)
    vault.lock()
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a read-only medium")
    with mounted_tmpfs(tmp_path / "medium", "size=8m") as medium:
        shutil.copy(staging, medium / "office.panabackup")
        subprocess.run(["mount", "-o", "remount,ro", str(medium)], check=True)
        target = tmp_path / "restored"
        VaultService(target, kdf=kdf).restore(medium / "office.panabackup", PASSPHRASE)
    restored = VaultService(target, kdf=kdf).open(PASSPHRASE)
    try:
        assert digest(table_rows(restored), exclude={"audit_log"}) == expected
    finally:
        restored.lock()


# -- T43: a really full disk (small tmpfs) -------------------------------------------------------------


def test_full_disk_during_commit_key_change_and_backup(
    template_vault: tuple[Path, str], tmp_path: Path, kdf: KdfParams
) -> None:
    """T43: on a full tmpfs every write is a StorageError and the vault stays as it was, readable."""
    with mounted_tmpfs(tmp_path / "disk", "size=12m") as disk:
        directory = disk / "vault"
        shutil.copytree(template_vault[0], directory)
        vault = VaultService(directory, kdf=kdf).open(PASSPHRASE)
        cases = CaseService(vault)
        case_id = cases.open_case(r.Person(notes="before"), [r.PersonName("", "Fictional Witness")])
        before = digest(table_rows(vault), exclude={"audit_log"})
        keys = file_state(directory)["pana.keys"]
        filler = fill(disk)
        assert os.statvfs(disk).f_bavail == 0

        with pytest.raises(StorageError):
            AttachmentService(vault).add(case_id, "scan.tiff", os.urandom(3_000_000), "image/tiff")
        with pytest.raises(StorageError):
            cases.save(r.LegalEvent(case_id, "arrest", notes="after the disk filled"))
        assert digest(table_rows(vault), exclude={"audit_log"}) == before
        with pytest.raises(StorageError):
            AdminService(vault, kdf=kdf).change_passphrase(USERNAME, PASSPHRASE, NEW_PASSPHRASE)
        assert file_state(directory)["pana.keys"] == keys
        assert not (directory / "pana.keys.tmp").exists()
        with pytest.raises(StorageError):
            AdminService(vault).backup(disk / "office.panabackup")
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "vault"]
        vault.lock()

        # Still full: the vault opens and reads as it was (the passphrase was not changed).
        with pytest.raises(WrongPassphraseError):
            VaultService(directory, kdf=kdf).open(NEW_PASSPHRASE)
        again = VaultService(directory, kdf=kdf).open(PASSPHRASE)
        try:
            assert digest(table_rows(again), exclude={"audit_log"}) == before
        finally:
            again.lock()

        # Space is back: everything works, and the check finds nothing wrong.
        filler.unlink()
        again = VaultService(directory, kdf=kdf).open(PASSPHRASE)
        try:
            assert digest(table_rows(again), exclude={"audit_log"}) == before
            assert AdminService(again).check().ok
            CaseService(again).save(r.LegalEvent(case_id, "arrest", notes="after space was freed"))
        finally:
            again.lock()


def test_restore_onto_a_full_disk_is_a_storage_error_and_changes_nothing(
    template_vault: tuple[Path, str], tmp_path: Path, kdf: KdfParams
) -> None:
    """Issue 7 item 9: restore's writes fail cleanly (no traceback), the vault stays as it was."""
    with mounted_tmpfs(tmp_path / "disk", "size=12m") as disk:
        directory = disk / "vault"
        shutil.copytree(template_vault[0], directory)
        vault = VaultService(directory, kdf=kdf).open(PASSPHRASE)
        AdminService(vault).backup(tmp_path / "office.panabackup")
        vault.lock()
        before = file_state(directory)
        filler = fill(disk)
        with pytest.raises(StorageError):
            VaultService(directory, kdf=kdf).restore(tmp_path / "office.panabackup", PASSPHRASE)
        filler.unlink()
        assert sorted(p.name for p in disk.iterdir()) == ["vault"]
        assert file_state(directory) == before
        VaultService(directory, kdf=kdf).open(PASSPHRASE).lock()
