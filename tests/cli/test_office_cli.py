# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana office``: write the card (never over a file), add a partner after the fingerprint is
confirmed, list, revoke, rotate; failures one line on stderr."""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from app.cli_office import _add
from app.domain.errors import PanaError
from app.services.offices import OfficeService
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.cli.test_cli import one_line_failure, pana
from tests.conftest import PASSPHRASE


@pytest.fixture
def partner_dir(tmp_path: Path, kdf: KdfParams) -> Path:
    directory = tmp_path / "partner"
    VaultService(directory, kdf=kdf).create(
        office_name="Fictional Office Zharkent", username="dana", passphrase=PASSPHRASE
    ).vault.lock()
    return directory


def test_card_add_list_revoke_rotate(
    vault_dir: Path, partner_dir: Path, tmp_path: Path, kdf: KdfParams
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    card = tmp_path / "zharkent.card"
    written = pana(home, "office", "card", "--out", card, vault=partner_dir, stdin=[PASSPHRASE])
    assert written.code == 0, written.err
    path, fingerprint = written.out.strip().split("\tfingerprint ")
    assert path == str(card) and len(fingerprint.split()) == 8
    again = pana(home, "office", "card", "--out", card, vault=partner_dir, stdin=[PASSPHRASE])
    one_line_failure(again, f"{card}: exists already; choose another file name")

    unconfirmed = pana(home, "office", "add", card, vault=vault_dir, stdin=[PASSPHRASE])
    one_line_failure(unconfirmed, "--yes: with --passphrase-stdin, confirm the fingerprint with --yes")
    added = pana(home, "office", "add", card, "--yes", vault=vault_dir, stdin=[PASSPHRASE])
    assert added.code == 0, added.err
    assert f"Fingerprint: {fingerprint}" in added.out.splitlines()
    office_id = added.out.splitlines()[-1].split("\t")[0]
    assert added.out.splitlines()[-1] == f"{office_id}\tFictional Office Zharkent\t{fingerprint}\tactive"

    revoked = pana(home, "office", "revoke", office_id, vault=vault_dir, stdin=[PASSPHRASE])
    assert revoked.code == 0, revoked.err
    listed = pana(home, "office", "list", vault=vault_dir, stdin=[PASSPHRASE])
    assert listed.out.splitlines() == [f"{office_id}\tFictional Office Zharkent\t{fingerprint}\trevoked"]

    rotated = pana(home, "office", "rotate", vault=partner_dir, stdin=[PASSPHRASE])
    assert rotated.code == 0, rotated.err
    vault = VaultService(partner_dir, kdf=kdf).open(PASSPHRASE)
    try:
        assert len(OfficeService(vault).own_identities()) == 2
        assert OfficeService(vault).own_fingerprint() in rotated.out
    finally:
        vault.lock()


def test_add_asks_for_yes(vault_dir: Path, partner_dir: Path, kdf: KdfParams, monkeypatch, capsys) -> None:
    partner = VaultService(partner_dir, kdf=kdf).open(PASSPHRASE)
    try:
        data = OfficeService(partner).own_card()
    finally:
        partner.lock()
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        service = OfficeService(vault)
        monkeypatch.setattr(builtins, "input", lambda prompt: "no")
        with pytest.raises(PanaError, match="not confirmed"):
            _add(service, data, False)
        assert service.partners() == ()
        monkeypatch.setattr(builtins, "input", lambda prompt: " YES\n")
        _add(service, data, False)
        assert [p.name for p in service.partners()] == ["Fictional Office Zharkent"]
        assert "Compare the fingerprint" in capsys.readouterr().out
    finally:
        vault.lock()


def test_office_prefix_shows_sets_and_refuses(vault_dir: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    shown = pana(home, "office", "prefix", vault=vault_dir, stdin=[PASSPHRASE])
    assert shown.code == 0 and shown.out.strip()
    assert pana(home, "office", "prefix", "ТЛГ", vault=vault_dir, stdin=[PASSPHRASE]).out == "ТЛГ\n"
    refused = pana(home, "office", "prefix", "T-1", vault=vault_dir, stdin=[PASSPHRASE])
    one_line_failure(refused, "reference_prefix: one to ten letters or digits")
    assert pana(home, "office", "prefix", vault=vault_dir, stdin=[PASSPHRASE]).out == "ТЛГ\n"
