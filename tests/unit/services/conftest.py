# SPDX-License-Identifier: GPL-3.0-or-later
"""Partner offices for the exchange tests, made once per module and copied per test: A and B
(``pair``), or A, B and C (``offices``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.session import UnlockedVault

from .sync_kit import make_templates, open_copies


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Offices A and B, each knowing the other, kept as templates (unlock with ``open_copies``)."""
    return make_templates(tmp_path_factory.mktemp("offices"), "AB")


@pytest.fixture
def pair(templates: Path, tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    """Unlocked copies of A and B under ``tmp_path/vaults`` (``tmp_path`` itself is free for files)."""
    a, b = open_copies(templates, tmp_path / "vaults", "AB")
    yield a, b
    a.lock()
    b.lock()


@pytest.fixture(scope="module")
def three_templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Offices A, B and C, each knowing the others, kept as templates."""
    return make_templates(tmp_path_factory.mktemp("offices"), "ABC")


@pytest.fixture
def offices(three_templates: Path, tmp_path: Path) -> Iterator[list[UnlockedVault]]:
    """Unlocked copies of A, B and C under ``tmp_path/vaults``."""
    vaults = open_copies(three_templates, tmp_path / "vaults", "ABC")
    yield vaults
    for vault in vaults:
        vault.lock()
