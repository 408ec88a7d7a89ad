# SPDX-License-Identifier: GPL-3.0-or-later
"""A bundle "since the last one" written after a purge must still carry every edit made since.

A purge deletes the newest revisions; an edit made after it must still be numbered above the mark of
the bundle sent before it, whether the purge was made here or imported, and after the vault was
copied (a key rotation's re-encrypted copy, a backup restored)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain import records as r
from app.services.admin import AdminService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.purge import PurgeService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE

SUMMARY = "Seen in Ghulja in March."


def test_an_edit_after_a_purge_travels_in_the_next_bundle_since_the_last(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = pair
    kept, risky = _two_cases(a)
    _send(a, b, tmp_path / "1.pana")

    PurgeService(a).purge_case(risky, "aigerim", PASSPHRASE)  # the newest revisions go
    _edit(a, kept)
    _send(a, b, tmp_path / "2.pana", since_last=True)

    assert CaseService(b).get_case(kept).case.summary == SUMMARY


def test_an_edit_after_an_imported_purge_travels_in_the_next_bundle_since_the_last(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    """B's newest revisions are of a case A purges: importing A's purge deletes them at B."""
    a, b = pair
    kept = _two_cases(a)[0]
    _send(a, b, tmp_path / "1.pana")
    risky = CaseService(b).open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы (fictional)")])
    _send(b, a, tmp_path / "2.pana")

    PurgeService(a).purge_case(risky, "aigerim", PASSPHRASE)
    _send(a, b, tmp_path / "3.pana")
    _edit(b, kept)
    _send(b, a, tmp_path / "4.pana", since_last=True)

    assert CaseService(a).get_case(kept).case.summary == SUMMARY


def _rekeyed(vault: UnlockedVault, folder: Path) -> UnlockedVault:
    AdminService(vault, kdf=KdfParams.minimum()).rotate_master_key("aigerim", PASSPHRASE)
    return vault


def _restored(vault: UnlockedVault, folder: Path) -> UnlockedVault:
    backup = folder / "a.panabackup"
    AdminService(vault).backup(backup)
    vault.lock()
    service = VaultService(vault.directory, kdf=KdfParams.minimum())
    service.restore(backup, PASSPHRASE)
    return service.open(PASSPHRASE)


@pytest.mark.parametrize("copied", [_rekeyed, _restored], ids=["rekeyed", "restored from a backup"])
def test_an_edit_after_a_purge_and_a_copy_of_the_vault_travels_in_the_next_bundle_since_the_last(
    pair: tuple[UnlockedVault, UnlockedVault],
    tmp_path: Path,
    copied: Callable[[UnlockedVault, Path], UnlockedVault],
) -> None:
    a, b = pair
    kept, risky = _two_cases(a)
    _send(a, b, tmp_path / "1.pana")
    PurgeService(a).purge_case(risky, "aigerim", PASSPHRASE)

    a = copied(a, tmp_path)
    try:
        _edit(a, kept)
        _send(a, b, tmp_path / "2.pana", since_last=True)
    finally:
        a.lock()

    assert CaseService(b).get_case(kept).case.summary == SUMMARY


def _two_cases(vault: UnlockedVault) -> tuple[str, str]:
    """A case to keep, then one to purge (its revisions the newest)."""
    cases = CaseService(vault)
    kept = cases.open_case(r.Person(), [r.PersonName("", "Айгүл Серікқызы (fictional)")])
    return kept, cases.open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы (fictional)")])


def _edit(vault: UnlockedVault, case_id: str) -> None:
    cases = CaseService(vault)
    cases.save(dataclasses.replace(cases.get_case(case_id).case, summary=SUMMARY))


def _send(source: UnlockedVault, target: UnlockedVault, path: Path, *, since_last: bool = False) -> None:
    ExchangeService(source).export(path, to=[target.actor.office_id], since_last=since_last)
    ExchangeService(target).import_bundle(path.read_bytes())
