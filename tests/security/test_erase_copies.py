# SPDX-License-Identifier: GPL-3.0-or-later
"""T50 with the copies Pana keeps: erase destroys the kept vaults and pre-upgrade backups too, fast."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.domain.errors import StorageError
from app.services import copies
from app.services.admin import AdminService
from app.services.copies import CopyService
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE, USERNAME
from tests.copies_kit import (
    interrupted_backup,
    interrupted_restore,
    kept_by_restore,
    key_material,
    made_by_upgrade,
    opening_leftovers,
)

NEW_PASSPHRASE = "Жаңа құпия сөз, 2025"


def test_erase_after_restore_and_passwd_leaves_nothing_the_old_passphrase_opens(
    vault_dir: Path, kdf: KdfParams
) -> None:
    kept = [kept_by_restore(vault_dir, kdf), kept_by_restore(vault_dir, kdf)]
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        AdminService(vault, kdf=kdf).change_passphrase(USERNAME, PASSPHRASE, NEW_PASSPHRASE)
    finally:
        vault.lock()
    root = vault_dir.parent
    assert opening_leftovers(root, PASSPHRASE, kdf) == sorted(kept)  # the audit found: they still open
    VaultService(vault_dir).erase()
    assert opening_leftovers(root, PASSPHRASE, kdf) == []
    assert opening_leftovers(root, NEW_PASSPHRASE, kdf) == []
    assert key_material(root) == []
    assert sorted(p.name for p in root.iterdir()) == ["vault"]


def test_erase_after_an_upgrade_destroys_the_pre_upgrade_backup(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = made_by_upgrade(vault_dir, kdf, tmp_path, monkeypatch)
    staging = interrupted_restore(vault_dir)
    partial = interrupted_backup(backup)
    assert opening_leftovers(vault_dir.parent, PASSPHRASE, kdf) == [staging, vault_dir, partial, backup]
    VaultService(vault_dir).erase()
    assert opening_leftovers(vault_dir.parent, PASSPHRASE, kdf) == []
    assert key_material(vault_dir.parent) == []
    assert sorted(p.name for p in vault_dir.iterdir()) == ["pana.lock"]


def test_quick_erase_with_several_copies_is_under_a_second_and_shreds_keys_first(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(3):
        kept_by_restore(vault_dir, kdf)
    interrupted_backup(made_by_upgrade(vault_dir, kdf, tmp_path, monkeypatch))
    interrupted_restore(vault_dir)
    assert len(CopyService(vault_dir).copies()) == 6
    steps: list[str] = []
    real_shred, real_rmtree = copies.shred, copies.shutil.rmtree
    monkeypatch.setattr(copies, "shred", lambda path, **kw: (steps.append("key"), real_shred(path, **kw)))
    monkeypatch.setattr(copies.shutil, "rmtree", lambda path: (steps.append("rest"), real_rmtree(path)))
    started = time.perf_counter()
    VaultService(vault_dir).erase()
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"erase took {elapsed:.3f} s"
    # Key material of the vault (2 names), of 4 folders (2 each) and 2 backups first; then the folders.
    assert steps == ["key"] * 12 + ["rest"] * 4
    assert key_material(vault_dir.parent) == []


def test_copies_that_cannot_be_listed_do_not_stop_the_vault_s_own_erase(
    vault_dir: Path, kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(directory: Path) -> tuple[()]:
        raise StorageError()

    monkeypatch.setattr(copies, "find_copies", unreadable)
    with pytest.raises(StorageError):
        VaultService(vault_dir).erase()
    assert not (vault_dir / "pana.keys").exists() and not (vault_dir / "pana.db").exists()
