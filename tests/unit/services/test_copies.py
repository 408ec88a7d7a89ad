# SPDX-License-Identifier: GPL-3.0-or-later
"""The copies Pana keeps of a vault: found by name with their dates and sizes, deleted one by one, and
named after a passphrase change when they still open with the old passphrase."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.errors import CopyNotFoundError, NotFoundError, WrongPassphraseError
from app.services.admin import AdminService
from app.services.backups import write_backup
from app.services.copies import CopyKind, CopyService
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE, USERNAME
from tests.copies_kit import (
    interrupted_backup,
    interrupted_restore,
    kept_by_restore,
    key_material,
    made_by_upgrade,
)
from tests.security.kit import files_under

NEW_PASSPHRASE = "Жаңа құпия сөз, 2025"
BOLAT, BOLAT_PASSPHRASE = "bolat", "Болаттың өз құпиясы"
LONG_AGO = datetime(2021, 3, 8, 9, 30, tzinfo=UTC)


def test_every_kind_of_copy_is_listed_with_its_date_and_size(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.utime(vault_dir, (LONG_AGO.timestamp(), LONG_AGO.timestamp()))
    restored_at = datetime.now(UTC).replace(microsecond=0)
    kept = kept_by_restore(vault_dir, kdf)
    staging = interrupted_restore(vault_dir)
    backup = made_by_upgrade(vault_dir, kdf, tmp_path, monkeypatch)
    partial = interrupted_backup(backup)
    os.utime(staging, (LONG_AGO.timestamp(), LONG_AGO.timestamp()))
    found = CopyService(vault_dir).copies()
    assert [(c.id, c.kind, c.path) for c in found] == [
        (staging.name, CopyKind.INTERRUPTED_RESTORE, staging),  # oldest first
        (kept.name, CopyKind.BEFORE_RESTORE, kept),
        (backup.name, CopyKind.BEFORE_UPGRADE, backup),
        (partial.name, CopyKind.INTERRUPTED_BACKUP, partial),
    ]
    dates = {c.id: c.made for c in found}
    assert dates[staging.name] == LONG_AGO
    assert dates[kept.name] >= restored_at  # the day it was set aside, not the day it was last used
    sizes = {c.id: c.size for c in found}
    assert sizes[kept.name] == sum(p.stat().st_size for p in files_under(kept))
    assert sizes[backup.name] == backup.stat().st_size > 0


def test_only_what_pana_made_for_this_vault_is_a_copy(tmp_path: Path) -> None:
    vault = tmp_path / "vault[1]"  # not a pattern: "[" in a folder name
    (vault / "before-upgrade-0001-ab.panabackup.d").mkdir(parents=True)
    (vault / "before-upgrade-0001-cd.panabackup").mkdir()  # a folder where a file is meant
    outside = tmp_path / "outside"
    (outside / "pana.keys").parent.mkdir()
    (outside / "pana.keys").write_text("keys of something else")
    (tmp_path / "vault[1].before-restore-link").symlink_to(outside)
    (tmp_path / "vault[1].before-restore-file").write_text("not a folder")
    (tmp_path / "vault1.before-restore-ab").mkdir()
    (tmp_path / "other.before-restore-ab").mkdir()
    (tmp_path / "vault[1].before-restore-ab").mkdir()
    (vault / "before-upgrade-0001-ef.panabackup").write_bytes(b"x" * 10)
    assert [c.id for c in CopyService(vault).copies()] == [
        "vault[1].before-restore-ab",
        "before-upgrade-0001-ef.panabackup",
    ]
    with pytest.raises(CopyNotFoundError):
        CopyService(vault).delete("vault[1].before-restore-link")
    assert (outside / "pana.keys").exists()


def test_deleting_one_copy_crypto_erases_it_and_nothing_else(vault_dir: Path, kdf: KdfParams) -> None:
    first, second = kept_by_restore(vault_dir, kdf), kept_by_restore(vault_dir, kdf)
    service = CopyService(vault_dir)
    service.delete(first.name)
    assert not first.exists()
    assert set(key_material(first.parent)) == {
        f"{p}: key file" for p in (second / "pana.keys", vault_dir / "pana.keys")
    }
    assert [c.id for c in service.copies()] == [second.name]
    VaultService(second, kdf=kdf).open(PASSPHRASE).lock()
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()
    with pytest.raises(CopyNotFoundError) as refused:
        service.delete(first.name)
    assert isinstance(refused.value, NotFoundError)
    assert str(refused.value) == "No such copy of this vault; 'pana copies' lists them."


def test_a_passphrase_change_names_the_copies_that_still_open_with_the_old_one(
    vault_dir: Path, kdf: KdfParams
) -> None:
    kept = kept_by_restore(vault_dir, kdf)
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        admin = AdminService(vault, kdf=kdf)
        admin.add_user(BOLAT, BOLAT_PASSPHRASE)
        changed = admin.change_passphrase(USERNAME, PASSPHRASE, NEW_PASSPHRASE)
        assert [c.id for c in changed.older_copies] == [kept.name]
        # As an upgrade's, made after the change: new slots only.
        write_backup(vault.db.engine, vault.ring.path, vault_dir / "before-upgrade-0001-0a0b0c0d.panabackup")
        again = admin.change_passphrase(USERNAME, NEW_PASSPHRASE, PASSPHRASE + " 2")
        assert [c.id for c in again.older_copies] == [kept.name, "before-upgrade-0001-0a0b0c0d.panabackup"]
        # The kept vault has no slot for Bolat: only the backup opens with his old passphrase.
        bolat = admin.change_passphrase(BOLAT, BOLAT_PASSPHRASE, "Болаттың жаңа құпиясы, 2026")
        assert [c.id for c in bolat.older_copies] == ["before-upgrade-0001-0a0b0c0d.panabackup"]
    finally:
        vault.lock()
    VaultService(kept, kdf=kdf).open(PASSPHRASE).lock()  # what the message warns about
    with pytest.raises(WrongPassphraseError):
        VaultService(kept, kdf=kdf).open(NEW_PASSPHRASE)


def test_a_reset_with_the_recovery_key_names_them_too(
    vault_dir: Path, kdf: KdfParams, template_vault: tuple[Path, str]
) -> None:
    kept = kept_by_restore(vault_dir, kdf)
    vault = VaultService(vault_dir, kdf=kdf).open_with_recovery(template_vault[1])
    try:
        reset = AdminService(vault, kdf=kdf).reset_passphrase(USERNAME, NEW_PASSPHRASE)
    finally:
        vault.lock()
    assert [c.id for c in reset.older_copies] == [kept.name]


def test_listing_is_quick_with_a_large_kept_vault(vault_dir: Path, kdf: KdfParams) -> None:
    kept = kept_by_restore(vault_dir, kdf)
    with (kept / "pana.db").open("ab") as grow:
        grow.truncate(200 << 20)  # sparse: sizes come from stat, nothing is read
    started = time.perf_counter()
    (found,) = CopyService(vault_dir).copies()
    assert time.perf_counter() - started < 0.5
    assert found.size >= 200 << 20
