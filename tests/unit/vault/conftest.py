# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the key ring tests: a two-user vault per test and spies on Argon2id."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from vault_kit import KdfSpy, Vault, make_vault

import app.vault.kdf as kdf_module
from app.vault import KeyRing


@pytest.fixture(scope="session")
def _template_vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    return make_vault(tmp_path_factory.mktemp("template") / "vault")


@pytest.fixture
def vault(tmp_path: Path, _template_vault: Vault) -> Vault:
    """A two-user vault (Alice, Bob) of its own: a copy of one made per session, to save KDF time."""
    directory = tmp_path / "vault"
    shutil.copytree(_template_vault.dir, directory)
    ring = KeyRing.load(directory)
    return Vault(directory, ring, bytearray(_template_vault.master_key), _template_vault.recovery_key)


@pytest.fixture
def kdf_spy(monkeypatch: pytest.MonkeyPatch) -> KdfSpy:
    spy = KdfSpy(calls=[], forbid=False)
    real = kdf_module.Argon2id

    def recording(**kwargs: Any) -> Any:
        spy.calls.append(kwargs)
        if spy.forbid:
            raise AssertionError("Argon2id must not run here")
        return real(**kwargs)

    monkeypatch.setattr(kdf_module, "Argon2id", recording)
    return spy


@pytest.fixture
def no_kdf(kdf_spy: KdfSpy) -> KdfSpy:
    kdf_spy.forbid = True
    return kdf_spy
