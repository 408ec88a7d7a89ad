# SPDX-License-Identifier: GPL-3.0-or-later
"""Fictional offices for exchange tests: each its own vault, partners by their cards."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from app.services.offices import OfficeService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE


def make_office(folder: Path, name: str) -> UnlockedVault:
    """A new vault for a fictional office, unlocked (test-strength keys)."""
    created = VaultService(folder / name, kdf=KdfParams.minimum()).create(
        office_name=f"Fictional office {name}", username="aigerim", passphrase=PASSPHRASE
    )
    return created.vault


def partners(*vaults: UnlockedVault) -> None:
    """Every office adds every other one from its card (the fingerprint checked by phone)."""
    for vault in vaults:
        service = OfficeService(vault)
        for other in vaults:
            if other is not vault:
                service.add_partner(service.read_card(OfficeService(other).own_card()))


@contextlib.contextmanager
def partnered(folder: Path, names: str) -> Iterator[tuple[UnlockedVault, ...]]:
    """New offices, one per letter of ``names``, each the others' partner; locked again afterwards."""
    vaults = tuple(make_office(folder, name) for name in names)
    partners(*vaults)
    try:
        yield vaults
    finally:
        for vault in vaults:
            if vault.is_open:
                vault.lock()
