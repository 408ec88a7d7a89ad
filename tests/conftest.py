# SPDX-License-Identifier: GPL-3.0-or-later
"""Test set-up: offscreen Qt, isolated home and data dirs, and a migrated template vault copied per test."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis caches what it learns in .hypothesis/ of the working directory even with database=None
# (constants of the code under test), from collection on: keep that out of the repository.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "pana-hypothesis"))
os.environ.pop("PANA_VAULT", None)

from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

PASSPHRASE = "correct horse Қазақ 馬"
USERNAME = "aigerim"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
#: More values than one SQLite statement may bind (SQLITE_MAX_VARIABLE_NUMBER of the SQLCipher build).
MORE_IDS_THAN_SQLITE_BINDS = 250_001


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real home, config or app-data folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("PANA_VAULT", raising=False)


@pytest.fixture(scope="session")
def kdf() -> KdfParams:
    return KdfParams.minimum()


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory, kdf: KdfParams) -> tuple[Path, str]:
    """One migrated, encrypted vault made per test session; returns (folder, recovery key)."""
    directory = tmp_path_factory.mktemp("template") / "vault"
    created = VaultService(directory, kdf=kdf).create(
        office_name="Demo Office Almaty", username=USERNAME, passphrase=PASSPHRASE
    )
    created.vault.lock()
    return directory, created.recovery_key


@pytest.fixture
def vault_dir(template_vault: tuple[Path, str], tmp_path: Path) -> Path:
    """A fresh copy of the template vault (locked)."""
    target = tmp_path / "vault"
    shutil.copytree(template_vault[0], target, ignore=shutil.ignore_patterns("pana.lock"))
    return target


@pytest.fixture
def vault(vault_dir: Path, kdf: KdfParams) -> Iterator[UnlockedVault]:
    """The copied vault, unlocked; locked again after the test."""
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    yield opened
    if opened.is_open:
        opened.lock()


@contextlib.contextmanager
def recorded_begins(engine: Engine) -> Iterator[list[str]]:
    """The BEGIN of each transaction ``engine`` starts in the block ("BEGIN IMMEDIATE" for a writer):
    ``PanaDialect`` sends it on the driver, out of sight of SQLAlchemy's statement events."""
    dialect: Any = engine.dialect
    sent: list[str] = []

    def do_begin(dbapi_connection: Any) -> None:
        sent.append(dialect.begin_statement())
        type(dialect).do_begin(dialect, dbapi_connection)

    dialect.do_begin = do_begin
    try:
        yield sent
    finally:
        del dialect.do_begin
