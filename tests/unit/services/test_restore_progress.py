# SPDX-License-Identifier: GPL-3.0-or-later
"""A restore and a check tell each step as it runs, and a cancel before the swap leaves the vault
as it was, with nothing of the restore left beside it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

import pytest

from app.db import interrupt, page_check
from app.domain.errors import Cancelled
from app.services import backups
from app.services import told as told_module
from app.services.admin import PAGE_CHECK_SHARE, AdminService
from app.services.demo import populate
from app.services.session import UnlockedVault
from app.services.told import STEPS
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.copies_kit import backup_of


@pytest.fixture
def backup(vault_dir: Path, kdf: KdfParams, tmp_path: Path) -> Path:
    return backup_of(vault_dir, kdf, tmp_path / "usb" / "office.panabackup", cases=30)


def _digest(folder: Path) -> dict[str, str]:
    """Every file beside and inside the vault folder, by content."""
    return {
        str(path.relative_to(folder.parent)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.parent.rglob("*"))
        if path.is_file()
    }


def test_a_restore_tells_each_step_in_order(vault_dir: Path, kdf: KdfParams, backup: Path) -> None:
    told: list[tuple[int, int, str]] = []
    VaultService(vault_dir, kdf=kdf).restore(backup, PASSPHRASE, progress=lambda *step: told.append(step))
    steps = [message for _, _, message in told]
    firsts = [message for index, message in enumerate(steps) if index == 0 or steps[index - 1] != message]
    assert firsts == ["unpacking", "unlocking", "checking"]
    for message in ("unpacking", "checking"):
        dones = [done for done, total, said in told if said == message]
        assert dones == sorted(dones) and dones[-1] == STEPS, message
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()


@pytest.mark.parametrize("step", ["unpacking", "unlocking", "checking"])
def test_a_restore_cancelled_at_any_step_changes_nothing(
    vault_dir: Path, kdf: KdfParams, backup: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    monkeypatch.setattr(told_module, "QUIET_SECONDS", 0.0)
    before = _digest(vault_dir)

    def progress(done: int, total: int, message: str) -> None:
        if message == step and 0 < done < total:  # midway where the step has a midway
            raise Cancelled()
        if message == step == "unlocking":
            raise Cancelled()

    with pytest.raises(Cancelled):
        VaultService(vault_dir, kdf=kdf).restore(backup, PASSPHRASE, progress=progress)
    assert _digest(vault_dir) == before
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()


def test_a_check_moves_through_integrity_check_and_a_cancel_inside_it_stops_there(
    vault: UnlockedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate(vault, 30)
    monkeypatch.setattr(interrupt, "CHECK_STEPS_PER_TICK", 100)  # ticks for sure, at this size
    monkeypatch.setattr(told_module, "QUIET_SECONDS", 0.0)
    pages_checked = int(PAGE_CHECK_SHARE * STEPS)
    told: list[int] = []
    AdminService(vault).check(lambda done, total, message: told.append(done))
    inside = [done for done in told if pages_checked < done < told[-1]]
    assert len(set(inside)) > 10 and inside == sorted(inside)  # the bar moves while it runs
    halfway = inside[len(inside) // 2]
    told.clear()

    def progress(done: int, total: int, message: str) -> None:
        told.append(done)
        if done >= halfway:
            raise Cancelled()

    with pytest.raises(Cancelled):
        AdminService(vault).check(progress)
    assert told[-1] == halfway  # stopped there, not after integrity_check
    assert AdminService(vault).check().ok  # and the connection checks again, to its end


def test_a_check_cancelled_inside_the_page_check_stops_there(
    vault: UnlockedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page check moves the bar as it reads, and a cancel stops it midway."""
    populate(vault, 30)
    monkeypatch.setattr(page_check, "_PAGES_PER_READ", 8)
    told: list[int] = []
    pages_checked = int(PAGE_CHECK_SHARE * STEPS)

    def progress(done: int, total: int, message: str) -> None:
        told.append(done)
        if done >= pages_checked // 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        AdminService(vault).check(progress)
    assert told[0] == 0 and 0 < told[-2] < pages_checked // 2 <= told[-1] < pages_checked  # stopped in it


def test_a_restore_reads_the_backups_database_part_once(
    vault_dir: Path, kdf: KdfParams, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checksum is taken as the part is unpacked, not in a pass of its own (5 GB at 100,000 cases)."""
    length = backups.read_backup(backup).database_length
    read: list[int] = []
    read_block = backups._read_block

    def counted(source: BinaryIO) -> bytes:
        block = read_block(source)
        read.append(len(block))
        return block

    monkeypatch.setattr(backups, "_read_block", counted)
    VaultService(vault_dir, kdf=kdf).restore(backup, PASSPHRASE)
    assert sum(read) == length
