# SPDX-License-Identifier: GPL-3.0-or-later
"""Fictional offices for exchange tests: each its own vault, partners by their cards."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind, LinkKind
from app.services.cases import CaseService
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


def linked_cases(vault: UnlockedVault) -> tuple[str, str]:
    """Two new cases, an arrest in the first linked to the second: a file of the first case alone
    carries the link but not the case it points to, so the link waits for it at the partner."""
    cases = CaseService(vault)
    first, second = (
        cases.open_case(r.Person(), [r.PersonName("", f"{name} (fictional)")])
        for name in ("Айгүл Серікқызы", "Ерлан Сейітұлы")
    )
    arrest = cases.save(r.LegalEvent(first, LegalEventKind.ARREST, PartialDate(2018, 4)))
    cases.save(r.Link(LinkKind.CONCERNS_CASE, first, "legal_events", arrest.id, "cases", second, second))
    return first, second


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
