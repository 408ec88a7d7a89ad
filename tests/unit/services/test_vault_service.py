# SPDX-License-Identifier: GPL-3.0-or-later
"""Unlocking, users, recovery, backup and restore, check and erase, through the services."""

from __future__ import annotations

import hashlib
import json
import struct
import time
from pathlib import Path

import pytest
from sqlalchemy import update

from app.db import models as m
from app.domain import records as r
from app.domain.errors import (
    BackupDamagedError,
    ValidationError,
    VaultExistsError,
    VaultLockedByOtherError,
    VaultNotFoundError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from app.services.admin import AdminService
from app.services.backups import MAGIC
from app.services.cases import CaseService
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE, USERNAME


def _digest(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()
    }


def test_wrong_passphrase_changes_nothing(vault_dir: Path, kdf: KdfParams) -> None:
    before = _digest(vault_dir)
    with pytest.raises(WrongPassphraseError):
        VaultService(vault_dir, kdf=kdf).open("not the passphrase")
    assert _digest(vault_dir) == before


def test_failed_unlocks_are_audited_at_the_next_good_one(vault_dir: Path, kdf: KdfParams) -> None:
    service = VaultService(vault_dir, kdf=kdf)
    with pytest.raises(WrongPassphraseError):
        service.open("guess")
    opened = service.open(PASSPHRASE)
    with opened.db.transaction() as session:
        actions = [e.action for e in session.query(m.AuditEntry).order_by(m.AuditEntry.seq)]
    opened.lock()
    assert actions[-2:] == ["unlock-failed", "unlock"]


def test_missing_and_existing_vaults(tmp_path: Path, vault_dir: Path, kdf: KdfParams) -> None:
    with pytest.raises(VaultNotFoundError):
        VaultService(tmp_path / "none", kdf=kdf).open(PASSPHRASE)
    assert not (tmp_path / "none").exists()
    with pytest.raises(VaultExistsError):
        VaultService(vault_dir, kdf=kdf).create(office_name="x", username="y", passphrase=PASSPHRASE)


def test_a_new_vault_needs_an_office_name_and_a_user_name(tmp_path: Path, kdf: KdfParams) -> None:
    for office, user, field in (("  ", "aigerim", "office"), ("Fictional Office", "", "username")):
        with pytest.raises(ValidationError) as refused:
            VaultService(tmp_path / "new", kdf=kdf).create(
                office_name=office, username=user, passphrase=PASSPHRASE
            )
        assert refused.value.field == field
        assert not (tmp_path / "new").exists()


def test_second_instance_is_refused(vault_dir: Path, kdf: KdfParams) -> None:
    first = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        with pytest.raises(VaultLockedByOtherError):
            VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    finally:
        first.lock()
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()


def test_users_have_their_own_passphrases(vault_dir: Path, kdf: KdfParams) -> None:
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    admin = AdminService(opened, kdf=kdf)
    admin.add_user("daulet", "Дәулеттің құпиясы")
    admin.change_passphrase(USERNAME, PASSPHRASE, "a new and long passphrase")
    opened.lock()
    with pytest.raises(WrongPassphraseError):
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    second = VaultService(vault_dir, kdf=kdf).open("Дәулеттің құпиясы", "daulet")
    assert second.actor.user_id != opened.actor.user_id
    AdminService(second).remove_user("daulet")
    second.lock()
    with pytest.raises(WrongPassphraseError):
        VaultService(vault_dir, kdf=kdf).open("Дәулеттің құпиясы")
    VaultService(vault_dir, kdf=kdf).open("a new and long passphrase").lock()


def test_recovery_key_unlocks_and_regenerating_invalidates_it(
    vault_dir: Path, template_vault: tuple[Path, str], kdf: KdfParams
) -> None:
    recovery = template_vault[1]
    opened = VaultService(vault_dir, kdf=kdf).open_with_recovery(recovery.lower().replace("-", " "))
    new_key = AdminService(opened).regenerate_recovery_key()
    opened.lock()
    with pytest.raises(WrongRecoveryKeyError):
        VaultService(vault_dir, kdf=kdf).open_with_recovery(recovery)
    VaultService(vault_dir, kdf=kdf).open_with_recovery(new_key).lock()


def test_backup_while_open_restores_equal(vault_dir: Path, tmp_path: Path, kdf: KdfParams) -> None:
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(opened).open_case(r.Person(), [r.PersonName("", "Сәуле Бақытқызы")])
    backup = tmp_path / "office.panabackup"
    AdminService(opened).backup(backup)
    assert b"SQLite format 3" not in backup.read_bytes()
    CaseService(opened).open_case(r.Person(), [r.PersonName("", "Written after the backup")])
    opened.lock()
    kept = VaultService(vault_dir, kdf=kdf).restore(backup, PASSPHRASE)
    assert kept is not None and (kept / "pana.db").exists()
    restored = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        assert CaseService(restored).get_case(case_id).subject.display_name == "Сәуле Бақытқызы"
        assert AdminService(restored).check().ok
    finally:
        restored.lock()


def test_restore_refuses_damaged_backup_and_wrong_passphrase(
    vault_dir: Path, tmp_path: Path, kdf: KdfParams
) -> None:
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    backup = tmp_path / "b.panabackup"
    AdminService(opened).backup(backup)
    opened.lock()
    before = _digest(vault_dir)
    with pytest.raises(WrongPassphraseError):
        VaultService(vault_dir, kdf=kdf).restore(backup, "wrong")
    data = bytearray(backup.read_bytes())
    data[-5000] ^= 0x01
    damaged = tmp_path / "damaged.panabackup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupDamagedError):
        VaultService(vault_dir, kdf=kdf).restore(damaged, PASSPHRASE)
    assert _digest(vault_dir) == before
    assert sorted(p.name for p in vault_dir.parent.iterdir()) == [
        "b.panabackup",
        "damaged.panabackup",
        "vault",
    ]


def test_check_detects_a_broken_audit_chain(vault: object) -> None:
    admin = AdminService(vault)  # type: ignore[arg-type]
    assert admin.check().ok
    with vault.db.transaction() as session:  # type: ignore[attr-defined]
        session.execute(update(m.AuditEntry).where(m.AuditEntry.seq == 1).values(detail='{"forged": true}'))
    report = admin.check()
    assert not report.audit_chain_ok
    assert any("audit" in p for p in report.problems)


def test_erase_is_fast_and_final(vault_dir: Path, kdf: KdfParams) -> None:
    started = time.perf_counter()
    VaultService(vault_dir, kdf=kdf).erase()
    assert time.perf_counter() - started < 1.0
    assert not (vault_dir / "pana.keys").exists()
    with pytest.raises(VaultNotFoundError):
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)


def _hostile_backups(good: bytes) -> dict[str, bytes]:
    (length,) = struct.unpack(">I", good[len(MAGIC) : len(MAGIC) + 4])
    header = json.loads(good[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    rest = good[len(MAGIC) + 4 + length :]

    def with_header(**changes: object) -> bytes:
        body = json.dumps({**header, **changes}).encode()
        return MAGIC + struct.pack(">I", len(body)) + body + rest

    return {
        "empty": b"",
        "foreign": b"SQLite format 3\x00" + good[16:],
        "huge header length": MAGIC + struct.pack(">I", 0xFFFFFFFF) + good[len(MAGIC) + 4 :],
        "header not json": MAGIC + struct.pack(">I", 5) + b"{{{{{" + rest,
        "key file claims 10 GB": with_header(key_file_length=10 << 30),
        "negative database length": with_header(database_length=-1),
        "database claims more than is there": with_header(database_length=header["database_length"] + 1),
        "truncated": good[:-4096],
        "trailing bytes": good + b"\x00" * 16,
    }


def test_hostile_backup_files_are_refused_and_change_nothing(
    vault_dir: Path, tmp_path: Path, kdf: KdfParams
) -> None:
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    good = tmp_path / "good.panabackup"
    AdminService(opened).backup(good)
    opened.lock()
    before = _digest(vault_dir)
    for name, data in _hostile_backups(good.read_bytes()).items():
        hostile = tmp_path / "hostile.panabackup"
        hostile.write_bytes(data)
        started = time.perf_counter()
        with pytest.raises(BackupDamagedError):
            VaultService(vault_dir, kdf=kdf).restore(hostile, PASSPHRASE)
        assert time.perf_counter() - started < 2, name
        assert _digest(vault_dir) == before, name
    assert sorted(p.name for p in vault_dir.parent.iterdir()) == [
        "good.panabackup",
        "hostile.panabackup",
        "vault",
    ]
