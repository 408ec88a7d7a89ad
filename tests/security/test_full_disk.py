# SPDX-License-Identifier: GPL-3.0-or-later
"""T43 on a really nearly full disk (a small tmpfs): rotate-key, add-user, init, and reading.

Each operation either succeeds fully or fails with a typed error that says the disk
is full, and then has changed nothing, compared by digest; an unlocked vault can be
read however full the disk is.  A free-space sweep, because SQLCipher's re-key once
destroyed a vault with 16–512 KiB free while failing cleanly with none.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import make_engine
from app.db.models import AuditEntry
from app.domain import records as r
from app.domain.errors import (
    DiskFullError,
    NotFoundError,
    StorageError,
    VaultDamagedError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from app.domain.vocab import AuditAction
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.listing import ListingService
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.cli.test_cli import case_lines, one_line_failure, pana
from tests.conftest import PASSPHRASE, USERNAME
from tests.security.kit import digest, file_state, fill, free_bytes, mounted_tmpfs, table_rows

KIB = 1024
MIB = 1024 * KIB
BOLAT = "Болаттың құпия сөзі"
KEPT = ("pana.db", "pana.keys")


@pytest.fixture(scope="module")
def bulky_template(template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template vault with one case and a 1 MiB scan: a database the free-space sweep straddles."""
    directory = tmp_path_factory.mktemp("bulky") / "vault"
    shutil.copytree(template_vault[0], directory, ignore=shutil.ignore_patterns("pana.lock"))
    vault = VaultService(directory, kdf=KdfParams.minimum()).open(PASSPHRASE)
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Witness")])
    AttachmentService(vault).add(case_id, "scan.tiff", os.urandom(MIB), "image/tiff")
    vault.lock()
    return directory


def kept_files(directory: Path) -> dict[str, str]:
    return {name: sha for name, sha in file_state(directory).items() if name in KEPT}


def rows_of(directory: Path, kdf: KdfParams, recovery: str | None = None) -> tuple[str, list[AuditEntry]]:
    """Unlock (with the passphrase or ``recovery``): digest of all rows but the audit log's, and that log."""
    service = VaultService(directory, kdf=kdf)
    vault = service.open_with_recovery(recovery) if recovery else service.open(PASSPHRASE)
    try:
        with vault.db.transaction(readonly=True) as session:
            entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        return digest(table_rows(vault), exclude={"audit_log"}), entries
    finally:
        vault.lock()


def rotations(entries: list[AuditEntry]) -> int:
    return sum(e.action == AuditAction.KEY_CHANGED and '"rotation": true' in e.detail for e in entries)


@pytest.mark.parametrize("free", [0, 16 * KIB, 48 * KIB, 96 * KIB, 192 * KIB, 512 * KIB, 3 * MIB])
def test_rotate_key_on_a_nearly_full_disk_completes_or_changes_nothing(
    bulky_template: Path, template_vault: tuple[Path, str], tmp_path: Path, kdf: KdfParams, free: int
) -> None:
    """T43: a re-key that did not happen is never committed; the old passphrase opens an identical vault."""
    old_recovery = template_vault[1]
    with mounted_tmpfs(tmp_path / "disk", "size=6m") as disk:
        directory = disk / "vault"
        shutil.copytree(bulky_template, directory)
        vault = VaultService(directory, kdf=kdf).open(PASSPHRASE)
        expected = digest(table_rows(vault), exclude={"audit_log"})
        old_key = bytes(vault.master_key)
        keys = kept_files(directory)["pana.keys"]
        filler = fill(disk, leave=free)
        try:
            new_recovery = AdminService(vault, kdf=kdf).rotate_master_key(USERNAME, PASSPHRASE).recovery_key
        except StorageError as exc:
            assert isinstance(exc, DiskFullError), exc
            new_recovery = None
        finally:
            vault.lock()
        assert sorted(p.name for p in directory.iterdir()) == ["pana.db", "pana.keys", "pana.lock"]

        if new_recovery is None:  # failed: the key file as it was, the old keys open the same rows
            assert kept_files(directory)["pana.keys"] == keys
            rows, entries = rows_of(directory, kdf, recovery=old_recovery)
            assert rows == expected
            assert rotations(entries) == 0
        else:  # completed: the new keys open the same rows, the old ones nothing
            rows, entries = rows_of(directory, kdf, recovery=new_recovery)
            assert rows == expected
            assert rotations(entries) == 1
            with pytest.raises(WrongRecoveryKeyError):
                VaultService(directory, kdf=kdf).open_with_recovery(old_recovery)
            engine = make_engine(directory, bytearray(old_key))
            with pytest.raises(VaultDamagedError), engine.connect():
                pass
            engine.dispose()
        assert rows_of(directory, kdf)[0] == expected  # the passphrase opens it, still on a full disk

        filler.unlink()
        again = VaultService(directory, kdf=kdf).open(PASSPHRASE)
        try:
            assert AdminService(again).check().ok
        finally:
            again.lock()
    if free >= 3 * MIB:
        assert new_recovery is not None  # the sweep reaches the success side too


@pytest.mark.parametrize("free", [0, 4 * KIB, 8 * KIB, 16 * KIB, 32 * KIB, 64 * KIB, 256 * KIB])
def test_add_user_on_a_nearly_full_disk_completes_or_changes_nothing(
    template_vault: tuple[Path, str], tmp_path: Path, kdf: KdfParams, free: int
) -> None:
    """T43: a reported failure is a real one: no slot, no user, no audit entry; a success is complete."""
    with mounted_tmpfs(tmp_path / "disk", "size=4m") as disk:
        directory = disk / "vault"
        shutil.copytree(template_vault[0], directory, ignore=shutil.ignore_patterns("pana.lock"))
        vault = VaultService(directory, kdf=kdf).open(PASSPHRASE)
        admin = AdminService(vault, kdf=kdf)
        before = digest(table_rows(vault))
        keys = kept_files(directory)["pana.keys"]
        fill(disk, leave=free)
        try:
            admin.add_user("bolat", BOLAT)
            added = True
        except StorageError as exc:
            added = False
            assert kept_files(directory)["pana.keys"] == keys  # no slot
            assert not (directory / "pana.keys.tmp").exists()
            assert digest(table_rows(vault)) == before  # no user row, no audit entry
            assert isinstance(exc, DiskFullError), exc
            with pytest.raises(NotFoundError):
                admin.remove_user("bolat")
        assert ("bolat" in {u.username for u in admin.users()}) is added
        vault.lock()
        if added:
            VaultService(directory, kdf=kdf).open(BOLAT, "bolat").lock()
        else:
            with pytest.raises(WrongPassphraseError):
                VaultService(directory, kdf=kdf).open(BOLAT, "bolat")


@pytest.mark.parametrize("free", [0, 64 * KIB, 300 * KIB, 2 * MIB])
def test_init_on_a_nearly_full_disk_says_the_disk_is_full(tmp_path: Path, kdf: KdfParams, free: int) -> None:
    """T43: not "upgrading the vault failed" but the real reason, and no half-made vault left behind."""
    with mounted_tmpfs(tmp_path / "disk", "size=4m") as disk:
        fill(disk, leave=free)
        target = disk / "vault"
        try:
            created = VaultService(target, kdf=kdf).create(
                office_name="Fictional Office", username=USERNAME, passphrase=PASSPHRASE
            )
        except DiskFullError:
            assert not list(target.glob("pana.db*")) and not (target / "pana.keys").exists()
        else:
            created.vault.lock()
            VaultService(target, kdf=kdf).open(PASSPHRASE).lock()
            assert free == 2 * MIB


@pytest.mark.parametrize(("free", "then"), [(0, "edit"), (4 * KIB, "lock")])
def test_an_unlocked_vault_reads_on_a_full_disk(
    bulky_template: Path,
    tmp_path: Path,
    kdf: KdfParams,
    caplog: pytest.LogCaptureFixture,
    free: int,
    then: str,
) -> None:
    """Unlock writes nothing it must: the unlock's audit entry waits for the next write (or the lock)."""
    with mounted_tmpfs(tmp_path / "disk", "size=4m") as disk:
        directory = disk / "vault"
        shutil.copytree(bulky_template, directory)
        expected, entries = rows_of(directory, kdf)
        files = kept_files(directory)
        filler = fill(disk, leave=free)
        assert free_bytes(disk) <= free
        with caplog.at_level(logging.INFO, logger="app.services.vault_database"):
            vault = VaultService(directory, kdf=kdf).open(PASSPHRASE)
        assert "held back" in caplog.text
        listed = ListingService(vault).page(r.CaseFilter(), limit=10).rows
        assert [row.subject_name for row in listed] == ["Fictional Witness"]
        assert digest(table_rows(vault), exclude={"audit_log"}) == expected
        assert kept_files(directory) == files  # not a byte written

        filler.unlink()
        if then == "edit":
            CaseService(vault).save(r.LegalEvent(listed[0].id, "arrest", notes="after space was freed"))
        vault.lock()
        _, after = rows_of(directory, kdf)
        held_back = after[len(entries)]
        assert held_back.action == AuditAction.UNLOCK
        assert [e.action for e in after[len(entries) + 1 :]] == [AuditAction.UNLOCK]  # rows_of's own
        assert held_back.at <= after[-1].at


def test_the_cli_on_a_full_disk_reads_and_names_the_full_disk_in_one_line(
    bulky_template: Path, tmp_path: Path
) -> None:
    """T43 through ``python -m app``: cases lists, key changes and init fail with one clear line."""
    home = tmp_path / "home"
    home.mkdir()
    full = DiskFullError.default_message
    assert "disk is full" in full
    with mounted_tmpfs(tmp_path / "disk", "size=4m") as disk:
        directory = disk / "vault"
        shutil.copytree(bulky_template, directory)
        filler = fill(disk)
        listed = pana(home, "cases", vault=directory, stdin=[PASSPHRASE])
        assert [row[2] for row in case_lines(listed)] == ["Fictional Witness"]
        assert listed.err == ""
        one_line_failure(pana(home, "add-user", "bolat", vault=directory, stdin=[PASSPHRASE, BOLAT]), full)
        one_line_failure(pana(home, "rotate-key", vault=directory, stdin=[PASSPHRASE, PASSPHRASE]), full)
        filler.unlink()
        fill(disk, leave=300 * KIB)
        made = pana(home, "init", "--office", "Fictional Office", vault=disk / "new", stdin=[PASSPHRASE])
        one_line_failure(made, full)
