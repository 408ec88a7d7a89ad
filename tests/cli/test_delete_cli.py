# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana delete CASE_ID``: confirmed by the id typed again or ``--yes``; nothing changes otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.cli.test_cli import one_line_failure, pana
from tests.conftest import PASSPHRASE
from tests.security.kit import digest, table_rows
from tests.unit.services.purge_kit import Witness, witness_case

SECRET = "Kegen4470"


@pytest.fixture
def witness(vault: UnlockedVault) -> Witness:
    found = witness_case(vault, SECRET)
    vault.lock()
    return found


def _digest(folder: Path) -> str:
    vault = VaultService(folder, kdf=KdfParams.minimum()).open(PASSPHRASE)
    try:
        return digest(table_rows(vault), exclude=["audit_log"])
    finally:
        vault.lock()


def test_delete_asks_for_the_id_again_then_deletes(witness: Witness, vault_dir: Path, tmp_path: Path) -> None:
    before = _digest(vault_dir)
    typo = pana(tmp_path, "delete", witness.case_id, vault=vault_dir, stdin=[PASSPHRASE, "no"])
    one_line_failure(typo, "CASE_ID: not confirmed: type it again as given, or add --yes")
    assert _digest(vault_dir) == before

    done = pana(tmp_path, "delete", witness.case_id, vault=vault_dir, stdin=[PASSPHRASE, witness.case_id])

    assert done.code == 0, done.err
    assert done.out.startswith("Deleted case P-1: ") and SECRET not in done.out
    listed = pana(tmp_path, "cases", vault=vault_dir, stdin=[PASSPHRASE])
    assert witness.case_id not in listed.out and witness.other_case_id in listed.out
    shown = pana(tmp_path, "show", witness.case_id, vault=vault_dir, stdin=[PASSPHRASE])
    one_line_failure(shown, "No such case; 'pana cases' lists them.")
    checked = pana(tmp_path, "check", vault=vault_dir, stdin=[PASSPHRASE])
    assert checked.code == 0, checked.out + checked.err


def test_delete_of_an_unknown_case_says_so(witness: Witness, vault_dir: Path, tmp_path: Path) -> None:
    missing = pana(
        tmp_path,
        "delete",
        "00000000-0000-4000-8000-000000000000",
        "--yes",
        vault=vault_dir,
        stdin=[PASSPHRASE],
    )
    one_line_failure(missing, "No such case; 'pana cases' lists them.")
