# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana purge person|case ID``: the passphrase asked again, a confirmation required, one line on failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.purge import PurgeService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.cli.test_cli import one_line_failure, pana
from tests.conftest import PASSPHRASE
from tests.security.kit import digest, table_rows
from tests.unit.services.purge_kit import Witness, witness_case

SECRET = "Karatau5120"


@pytest.fixture
def witness(vault: UnlockedVault) -> Witness:
    found = witness_case(vault, SECRET)
    vault.lock()
    return found


def _open(folder: Path) -> UnlockedVault:
    return VaultService(folder, kdf=KdfParams.minimum()).open(PASSPHRASE)


def test_purge_case_with_yes(witness: Witness, vault_dir: Path, tmp_path: Path) -> None:
    run = pana(
        tmp_path, "purge", "case", witness.case_id, "--yes", vault=vault_dir, stdin=[PASSPHRASE, PASSPHRASE]
    )
    assert run.code == 0, run.err
    assert run.out.startswith("Purging removes for good: ") and "Purged " in run.out
    assert SECRET not in run.out + run.err
    vault = _open(vault_dir)
    try:
        assert witness.case_id in {t.record_id for t in PurgeService(vault).tombstones()}
    finally:
        vault.lock()
    shown = pana(tmp_path, "show", witness.case_id, vault=vault_dir, stdin=[PASSPHRASE])
    one_line_failure(shown, "No such case; 'pana cases' lists them.")


def test_purge_person_needs_the_passphrase_again_and_the_id_typed(
    witness: Witness, vault_dir: Path, tmp_path: Path
) -> None:
    vault = _open(vault_dir)
    before = digest(table_rows(vault), exclude=["audit_log"])
    vault.lock()
    wrong = pana(
        tmp_path,
        "purge",
        "person",
        witness.person_id,
        vault=vault_dir,
        stdin=[PASSPHRASE, "not it", witness.person_id],
    )
    one_line_failure(wrong, "Wrong passphrase.")
    typo = pana(
        tmp_path, "purge", "person", witness.person_id, vault=vault_dir, stdin=[PASSPHRASE, PASSPHRASE, "no"]
    )
    one_line_failure(typo, "ID: not confirmed: type the id again, or add --yes")
    subject = pana(
        tmp_path, "purge", "person", witness.subject_id, "--yes", vault=vault_dir, stdin=[PASSPHRASE]
    )
    one_line_failure(subject, f"person: is the subject of case {witness.case_id}; purge the case instead")
    vault = _open(vault_dir)
    assert digest(table_rows(vault), exclude=["audit_log"]) == before
    vault.lock()

    done = pana(
        tmp_path,
        "purge",
        "person",
        witness.person_id,
        vault=vault_dir,
        stdin=[PASSPHRASE, PASSPHRASE, witness.person_id],
    )
    assert done.code == 0, done.err
    vault = _open(vault_dir)
    try:
        assert SECRET not in repr(table_rows(vault))
    finally:
        vault.lock()


def test_purge_refuses_an_id_that_is_not_one(vault_dir: Path, tmp_path: Path) -> None:
    run = pana(tmp_path, "purge", "case", "Qurmangazy", vault=vault_dir, stdin=[PASSPHRASE])
    assert run.code == 2 and "is not a record id" in run.err
