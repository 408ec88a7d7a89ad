# SPDX-License-Identifier: GPL-3.0-or-later
"""Pinned store settings, refusal of a driver without SQLCipher, quiet errors (T06, T08)."""

from __future__ import annotations

import hashlib
import sqlite3
import types
from pathlib import Path

import pytest
from sqlalchemy import text

import app.db.engine as engine_module
from app.domain import records as r
from app.domain.errors import UnsupportedDriverError
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE, USERNAME
from tests.security.kit import PAGE, SQLITE_MAGIC, Child, child_env, file_state, flip_byte, raw_pragma

#: SQLCipher 4 defaults, i.e. ``cipher_compatibility = 4``: what every Pana vault must use.
SQLCIPHER_4_SETTINGS = [
    ("PRAGMA kdf_iter = 256000;",),
    ("PRAGMA cipher_page_size = 4096;",),
    ("PRAGMA cipher_use_hmac = 1;",),
    ("PRAGMA cipher_plaintext_header_size = 0;",),
    ("PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",),
    ("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",),
]


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


# -- T06 -------------------------------------------------------------------------------------------


@pytest.fixture
def stdlib_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "driver", lambda: sqlite3)


@pytest.mark.usefixtures("stdlib_driver")
def test_create_with_stdlib_sqlite_is_refused_and_creates_no_file(tmp_path: Path, kdf: KdfParams) -> None:
    """T06: no key file, no database, no lock file, no folder: nothing is written before the refusal."""
    target = tmp_path / "new-vault"
    with pytest.raises(UnsupportedDriverError):
        VaultService(target, kdf=kdf).create(office_name="Office", username=USERNAME, passphrase=PASSPHRASE)
    assert tree(tmp_path) == []


@pytest.mark.usefixtures("stdlib_driver")
def test_create_in_an_existing_empty_folder_leaves_it_empty(tmp_path: Path, kdf: KdfParams) -> None:
    with pytest.raises(UnsupportedDriverError):
        VaultService(tmp_path, kdf=kdf).create(office_name="Office", username=USERNAME, passphrase=PASSPHRASE)
    assert tree(tmp_path) == []


def test_open_with_stdlib_sqlite_is_refused_and_changes_no_file(
    vault_dir: Path, kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, template_vault: tuple[Path, str]
) -> None:
    """T06: opening (passphrase or recovery key) refuses before any file is created or modified."""
    before = file_state(vault_dir)
    monkeypatch.setattr(engine_module, "driver", lambda: sqlite3)
    service = VaultService(vault_dir, kdf=kdf)
    with pytest.raises(UnsupportedDriverError):
        service.open(PASSPHRASE)
    with pytest.raises(UnsupportedDriverError):
        service.open_with_recovery(template_vault[1])
    assert file_state(vault_dir) == before


def test_the_real_driver_reports_a_cipher_version() -> None:
    engine_module.require_cipher(engine_module.driver())
    with pytest.raises(UnsupportedDriverError):
        engine_module.require_cipher(sqlite3)


def _driver_reporting(version: str) -> types.ModuleType:
    """A driver whose connections say ``version`` is their SQLCipher's."""
    row = (version,) if version else None
    connection = types.SimpleNamespace(
        execute=lambda sql: types.SimpleNamespace(fetchone=lambda: row), close=lambda: None
    )
    return types.SimpleNamespace(connect=lambda *args, **kwargs: connection)  # type: ignore[return-value]


@pytest.mark.parametrize("version", ["3.4.1", "3.4.2 community", "", "x.1"])
def test_a_driver_older_than_sqlcipher_4_is_refused(version: str) -> None:
    """SQLCipher 3 read a v4 vault as damaged (the passphrase right), so that a user would restore or
    erase; it is refused as unsupported before any file is touched."""
    with pytest.raises(UnsupportedDriverError):
        engine_module.require_cipher(_driver_reporting(version))
    engine_module.require_cipher(_driver_reporting("4.6.1 community"))


# -- T08 -------------------------------------------------------------------------------------------


def test_cipher_settings_are_sqlcipher_4_defaults(vault: UnlockedVault) -> None:
    """T08: compatibility 4 — page size 4096, HMAC-SHA512, PBKDF2-HMAC-SHA512, no plaintext header."""
    assert raw_pragma(vault, "cipher_settings") == SQLCIPHER_4_SETTINGS
    assert raw_pragma(vault, "cipher_page_size") == [("4096",)]
    assert raw_pragma(vault, "cipher_hmac_algorithm") == [("HMAC_SHA512",)]
    assert raw_pragma(vault, "cipher_kdf_algorithm") == [("PBKDF2_HMAC_SHA512",)]
    assert raw_pragma(vault, "cipher_use_hmac") == [("1",)]
    assert raw_pragma(vault, "cipher_plaintext_header_size") == [("0",)]
    assert [str(v) for (v,) in raw_pragma(vault, "page_size")] == [str(PAGE)]
    assert raw_pragma(vault, "cipher_version")[0][0].startswith("4.")


def test_connection_pragmas_are_pinned(vault: UnlockedVault) -> None:
    """T08: no log, memory security off (engine.py), WAL, full sync, memory temp store, secure delete, FKs."""
    assert raw_pragma(vault, "cipher_log_level") == [("NONE",)]
    assert raw_pragma(vault, "cipher_memory_security") == [("0",)]
    assert raw_pragma(vault, "journal_mode") == [("wal",)]
    assert raw_pragma(vault, "synchronous") == [(2,)]
    assert raw_pragma(vault, "temp_store") == [(2,)]
    assert raw_pragma(vault, "secure_delete") == [(1,)]
    assert raw_pragma(vault, "foreign_keys") == [(1,)]
    assert raw_pragma(vault, "journal_size_limit") == [(64 * 1024 * 1024,)]


def test_the_write_ahead_log_gives_the_disk_back_after_a_large_transaction(
    vault_dir: Path, kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The limit of the engine's pragmas, made 1 MiB here so that 8 MiB of writes show it."""
    pinned = tuple(
        "PRAGMA journal_size_limit = 1048576" if p.startswith("PRAGMA journal_size_limit") else p
        for p in engine_module.PRAGMAS_AFTER_KEY
    )
    monkeypatch.setattr(engine_module, "PRAGMAS_AFTER_KEY", pinned)
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    wal = vault_dir / (engine_module.DB_FILENAME + "-wal")
    try:
        with vault.db.transaction() as session:
            session.execute(text("CREATE TABLE scratch (data BLOB)"))
            session.execute(
                text(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1024) "
                    "INSERT INTO scratch SELECT randomblob(8192) FROM n"
                )
            )
        grown = wal.stat().st_size  # its commit checkpointed it: the next write restarts the log
        with vault.db.transaction() as session:
            session.execute(text("CREATE TABLE small (x)"))
        assert grown > 8 * 1024 * 1024 and wal.stat().st_size <= 1024 * 1024
    finally:
        vault.lock()


def test_every_vault_has_its_own_salt_and_no_plaintext_header(
    template_vault: tuple[Path, str], tmp_path: Path, kdf: KdfParams
) -> None:
    created = VaultService(tmp_path / "other", kdf=kdf).create(
        office_name="Other Office", username=USERNAME, passphrase=PASSPHRASE
    )
    created.vault.lock()
    first = (template_vault[0] / "pana.db").read_bytes()[:16]
    second = (tmp_path / "other" / "pana.db").read_bytes()[:16]
    assert first != second
    assert SQLITE_MAGIC not in (first, second)


@pytest.mark.parametrize("damage", ["page one", "data page"])
def test_corruption_errors_print_nothing_on_stderr(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path, damage: str
) -> None:
    """T08/V3: SQLCipher's ``ERROR CORE`` lines never reach stderr (run in a child, fd 2 captured)."""
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Witness")])
    data = hashlib.sha256(b"x").digest() * 10_000
    attachment = AttachmentService(vault).add(case_id, "scan.pdf", data, "application/pdf")
    vault.lock()
    db = vault_dir / "pana.db"
    pages = db.stat().st_size // PAGE
    flip_byte(db, 5 if damage == "page one" else (pages - 40) * PAGE + 99)
    child = Child("damaged", str(vault_dir), attachment.id, env=child_env(tmp_path), stdin_lines=[PASSPHRASE])
    child.finish()
    assert child.proc.returncode == 0
    if damage == "page one":
        assert child.seen == ["open VaultDamagedError"]
    else:
        assert child.seen == ["open ok", "read VaultDamagedError", child.seen[2]]
        assert child.seen[2] in ("check VaultDamagedError", "check ok False")
    assert child.stderr == b""
