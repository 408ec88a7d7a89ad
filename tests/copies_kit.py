# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of the copies Pana keeps of a vault: make them the way the app does, find what still opens."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import paths
from app.domain.errors import PanaError
from app.files import partial_beside
from app.services.admin import AdminService
from app.services.backups import MAGIC
from app.services.demo import populate
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.migrations.test_migrations import _migrations_with_step
from tests.security.kit import scan

#: Bytes only a key file (its format name) or a backup (which carries one) contains.
KEY_NEEDLES = [("key file", b'"pana-keyring"'), ("backup", MAGIC)]


def backup_of(vault_dir: Path, kdf: KdfParams, destination: Path, *, cases: int = 0) -> Path:
    """A backup of the vault at ``destination`` (its folder made), after ``cases`` demo cases are added."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        populate(vault, cases)
        AdminService(vault).backup(destination)
    finally:
        vault.lock()
    return destination


def kept_by_restore(vault_dir: Path, kdf: KdfParams, passphrase: str = PASSPHRASE) -> Path:
    """Back the vault up (beside it), restore that backup over it: returns the folder the restore kept."""
    vault = VaultService(vault_dir, kdf=kdf).open(passphrase)
    backup = vault_dir.parent / "restore-source.panabackup"
    try:
        AdminService(vault).backup(backup)
    finally:
        vault.lock()
    kept = VaultService(vault_dir, kdf=kdf).restore(backup, passphrase)
    backup.unlink()
    assert kept is not None
    return kept


def made_by_upgrade(vault_dir: Path, kdf: KdfParams, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Open the vault with a newer schema than it has: the app backs it up first; returns that backup."""
    before = set(vault_dir.glob("before-upgrade-*.panabackup"))
    newer = _migrations_with_step(tmp_path, fail=False)
    monkeypatch.setattr(paths, "migrations_dir", lambda: newer)
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()
    (made,) = set(vault_dir.glob("before-upgrade-*.panabackup")) - before
    return made


def interrupted_restore(vault_dir: Path) -> Path:
    """What a restore killed before its swap leaves beside the vault: the verified copy in staging."""
    staging = vault_dir.with_name(f".{vault_dir.name}.restoring-0badf00d")
    shutil.copytree(vault_dir, staging, ignore=shutil.ignore_patterns("pana.lock", "*.panabackup*"))
    return staging


def interrupted_backup(backup: Path) -> Path:
    """What a pre-upgrade backup killed just before it was named leaves on a file system without
    unnamed files (``app.files.publishing``): the whole file under its hidden name."""
    partial = partial_beside(backup)
    shutil.copyfile(backup, partial)
    return partial


def opening_leftovers(root: Path, passphrase: str, kdf: KdfParams) -> list[Path]:
    """Every folder and backup file under ``root`` that ``passphrase`` still opens."""
    opened = []
    scratch = root.parent / f"{root.name}-scratch"
    for path in sorted(root.rglob("*")):
        if path.is_dir() and (path / "pana.keys").exists():
            try:
                VaultService(path, kdf=kdf).open(passphrase).lock()
            except PanaError:
                continue
            opened.append(path)
        elif path.is_file() and path.read_bytes()[: len(MAGIC)] == MAGIC:
            try:
                VaultService(scratch / path.name, kdf=kdf).restore(path, passphrase)
            except PanaError:
                continue
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
            opened.append(path)
    return opened


def key_material(root: Path) -> list[str]:
    """Files under ``root`` that hold key slots (a key file, or a backup with one)."""
    return scan([root], KEY_NEEDLES)
