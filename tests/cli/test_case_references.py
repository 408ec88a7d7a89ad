# SPDX-License-Identifier: GPL-3.0-or-later
"""CASE_ID is a case's id or its reference (``TLG-2026-001``), as a lawyer reads it off a screen or a
petition: found letter case aside, in any script; a reference no case has, or a text that cannot be
one, is said in one line and changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain import records as r
from app.services.cases import CaseService
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.cli.test_cli import one_line_failure, pana
from tests.conftest import PASSPHRASE


@dataclass(frozen=True)
class Office:
    vault: Path
    latin_id: str
    cyrillic_id: str


def _open_case(cases: CaseService, reference: str, name: str) -> str:
    return cases.open_case(r.Person(), [r.PersonName("", name)], r.Case("", "", reference=reference))


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    folder = tmp_path_factory.mktemp("cli-references") / "vault"
    vault = (
        VaultService(folder, kdf=KdfParams.minimum())
        .create(office_name="Fictional Office Taldykorgan", username="admin", passphrase=PASSPHRASE)
        .vault
    )
    try:
        cases = CaseService(vault)
        latin = _open_case(cases, "TLG-2024-007", "Nurlan Serikuly (fictional)")
        cyrillic = _open_case(cases, "ТАЛ-2025-001", "Айгүл Қасымқызы (fictional)")
    finally:
        vault.lock()
    return Office(folder, latin, cyrillic)


@pytest.mark.parametrize(
    ("given", "which"),
    [("TLG-2024-007", "latin_id"), ("tlg-2024-007", "latin_id"), ("тал-2025-001", "cyrillic_id")],
)
def test_show_finds_a_case_by_its_reference_letter_case_aside(
    office: Office, tmp_path: Path, given: str, which: str
) -> None:
    by_id = pana(tmp_path, "show", getattr(office, which), vault=office.vault, stdin=[PASSPHRASE])
    by_reference = pana(tmp_path, "show", given, vault=office.vault, stdin=[PASSPHRASE])
    assert by_id.code == 0, by_id.err
    assert (by_reference.code, by_reference.out) == (0, by_id.out), by_reference.err


@pytest.mark.parametrize("unknown", ["TLG-2024-008", "' OR 1=1 --", "TLG-2024"])
def test_a_reference_no_case_has_is_one_line(office: Office, tmp_path: Path, unknown: str) -> None:
    run = pana(tmp_path, "show", unknown, vault=office.vault, stdin=[PASSPHRASE])
    one_line_failure(run, f"No case has the reference {unknown}; 'pana cases' lists them.")
    assert run.out == ""


def test_petitions_in_a_batch_are_found_by_reference(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "printed"
    out.mkdir()
    run = pana(
        tmp_path,
        "petition",
        "--batch",
        "case-summary",
        "--out-dir",
        out,
        "tlg-2024-007",
        vault=office.vault,
        stdin=[PASSPHRASE],
    )
    assert run.code == 0, run.err
    assert [p.name for p in out.iterdir()] == [f"{office.latin_id}-case-summary-ru.pdf"]


def test_delete_by_reference_is_confirmed_by_the_reference(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault = (
        VaultService(folder, kdf=KdfParams.minimum())
        .create(office_name="Fictional Office", username="admin", passphrase=PASSPHRASE)
        .vault
    )
    try:
        _open_case(CaseService(vault), "FO-2026-001", "Nurlan Serikuly (fictional)")
    finally:
        vault.lock()
    typo = pana(tmp_path, "delete", "FO-2026-001", vault=folder, stdin=[PASSPHRASE, "FO-2026-002"])
    one_line_failure(typo, "CASE_ID: not confirmed: type it again as given, or add --yes")
    done = pana(tmp_path, "delete", "FO-2026-001", vault=folder, stdin=[PASSPHRASE, "FO-2026-001"])
    assert done.code == 0, done.err
    assert done.out.startswith("Deleted case FO-2026-001: ")
