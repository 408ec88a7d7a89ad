# SPDX-License-Identifier: GPL-3.0-or-later
"""A damaged vault database is reported as damage, typed, never as a wrong passphrase (T02, T03, T04)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import models as m
from app.domain import records as r
from app.domain.errors import VaultDamagedError, WrongPassphraseError
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.listing import ListingService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.security.kit import PAGE, flip_byte, raw_pragma, table_rows

DEFAULT_MESSAGE = VaultDamagedError.default_message


@dataclass
class Damageable:
    """A locked vault with one case and a ~400 KB attachment stored in pages [first, last]."""

    dir: Path
    attachment_id: str
    first_attachment_page: int  # 1-based page numbers, as SQLite counts them
    last_page: int

    @property
    def db(self) -> Path:
        return self.dir / "pana.db"


@pytest.fixture
def damageable(vault_dir: Path, kdf: KdfParams) -> Damageable:
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Witness")])
    vault.lock()
    before = (vault_dir / "pana.db").stat().st_size // PAGE
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    data = hashlib.sha256(b"scan").digest() * (400_000 // 32)
    attachment = AttachmentService(vault).add(case_id, "scan.pdf", data, "application/pdf")
    vault.lock()
    after = (vault_dir / "pana.db").stat().st_size // PAGE
    assert not (vault_dir / "pana.db-wal").exists()  # everything checkpointed into pana.db
    assert after - before > 90
    return Damageable(vault_dir, attachment.id, before + 1, after)


def attachment_page(target: Damageable) -> int:
    """A page in the middle of the attachment's chunks (1-based)."""
    return target.first_attachment_page + (target.last_page - target.first_attachment_page) // 2


def read_everything(vault: UnlockedVault) -> None:
    table_rows(vault)
    with vault.db.transaction(readonly=True) as session:
        ids = list(session.scalars(select(m.Attachment.id)))
    for attachment_id in ids:
        AttachmentService(vault).read(attachment_id)


def test_flipped_byte_in_a_data_page_raises_typed_damage_and_check_names_the_page(
    damageable: Damageable, kdf: KdfParams
) -> None:
    """T02: open succeeds, the query touching page N raises VaultDamagedError, the check names page N."""
    page = attachment_page(damageable)
    flip_byte(damageable.db, (page - 1) * PAGE + 777)
    vault = VaultService(damageable.dir, kdf=kdf).open(PASSPHRASE)
    try:
        assert len(ListingService(vault).page(r.CaseFilter()).rows) == 1  # the rest stays readable
        with pytest.raises(VaultDamagedError) as error:
            AttachmentService(vault).read(damageable.attachment_id)
        assert str(error.value) == DEFAULT_MESSAGE  # typed, no driver or SQL text
        with pytest.raises(VaultDamagedError):
            read_everything(vault)
        assert raw_pragma(vault, "cipher_integrity_check") == [(f"HMAC verification failed for page {page}",)]
        report = AdminService(vault).check()
        assert not report.ok
        assert not report.cipher_integrity_ok
        assert any(f"page {page}" in problem for problem in report.problems), report.problems
    finally:
        vault.lock()


@pytest.mark.parametrize("where", ["page 2", "last page"])
def test_flipped_byte_elsewhere_fails_cleanly_as_damage(
    damageable: Damageable, kdf: KdfParams, where: str
) -> None:
    """T02: whichever page is hit, open or the first read fails with VaultDamagedError, no partial data."""
    page = 2 if where == "page 2" else damageable.last_page
    flip_byte(damageable.db, (page - 1) * PAGE + 1000)
    try:
        vault = VaultService(damageable.dir, kdf=kdf).open(PASSPHRASE)
    except VaultDamagedError as exc:
        assert str(exc) == DEFAULT_MESSAGE
        return
    try:
        with pytest.raises(VaultDamagedError):
            read_everything(vault)
        assert f"page {page}" in " ".join(row[0] for row in raw_pragma(vault, "cipher_integrity_check"))
    finally:
        vault.lock()


@pytest.mark.parametrize("offset", [0, 7, 15, 16, 100, 2048, PAGE - 81, PAGE - 1])
def test_damage_to_salt_or_page_one_is_damage_not_a_wrong_passphrase(
    damageable: Damageable, kdf: KdfParams, offset: int
) -> None:
    """T03: the key slot unwraps, so "file is not a database" is classified as corruption."""
    flip_byte(damageable.db, offset)
    damaged = damageable.db.read_bytes()
    keys = (damageable.dir / "pana.keys").read_bytes()
    service = VaultService(damageable.dir, kdf=kdf)
    with pytest.raises(VaultDamagedError) as error:
        service.open(PASSPHRASE)
    assert not isinstance(error.value, WrongPassphraseError)
    assert str(error.value) == DEFAULT_MESSAGE
    # The damaged file is left exactly as it was, for a recovery attempt; nothing else is touched.
    assert damageable.db.read_bytes() == damaged
    assert (damageable.dir / "pana.keys").read_bytes() == keys
    assert not (damageable.dir / "pana.db-wal").exists()
    # A genuinely wrong passphrase is still told apart.
    with pytest.raises(WrongPassphraseError):
        service.open("not the passphrase")


def test_damage_to_page_one_with_the_recovery_key_is_damage_too(
    damageable: Damageable, kdf: KdfParams, template_vault: tuple[Path, str]
) -> None:
    """T03 through the recovery slot: still VaultDamagedError, not WrongRecoveryKeyError."""
    flip_byte(damageable.db, 3)
    with pytest.raises(VaultDamagedError):
        VaultService(damageable.dir, kdf=kdf).open_with_recovery(template_vault[1])


@pytest.mark.parametrize("cut", [PAGE, 100, PAGE + 100])
def test_truncated_database_is_reported_without_a_crash(
    damageable: Damageable, kdf: KdfParams, cut: int
) -> None:
    """T04: dropping the last page or the last 100 bytes gives a typed error or a failed check."""
    with damageable.db.open("r+b") as handle:
        handle.truncate(damageable.db.stat().st_size - cut)
    try:
        vault = VaultService(damageable.dir, kdf=kdf).open(PASSPHRASE)
    except VaultDamagedError as exc:
        assert str(exc) == DEFAULT_MESSAGE
        return
    try:
        integrity = " ".join(row[0] for row in raw_pragma(vault, "cipher_integrity_check"))
        assert f"page {damageable.last_page} has an invalid size" in integrity
        with pytest.raises(VaultDamagedError):
            read_everything(vault)
        report = AdminService(vault).check()
        assert not report.ok
        assert any("invalid size" in problem for problem in report.problems), report.problems
    finally:
        vault.lock()
