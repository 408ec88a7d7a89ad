# SPDX-License-Identifier: GPL-3.0-or-later
"""The Partner offices page: list with fingerprint and status, add from a card after the fingerprint
question, refusals as messages, revoke after confirming, save this office's card."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.exchange.office_card import OfficeCard, parse_card
from app.services.offices import OfficeService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.ui.partner_offices import PartnerOfficesPage, fingerprint_lines, fingerprint_question
from app.ui.preferences import Preferences, PreferencesDialog
from tests.conftest import PASSPHRASE


class FakeFiles:
    def __init__(self) -> None:
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.answer = True
        self.shown: list[OfficeCard] = []

    def open_card(self, parent: object) -> str | None:
        return self.open_path

    def save_card(self, parent: object, suggested_name: str) -> str | None:
        return self.save_path

    def confirm_fingerprint(self, parent: object, card: OfficeCard) -> bool:
        self.shown.append(card)
        return self.answer


@pytest.fixture
def partner_card(tmp_path: Path, kdf) -> Iterator[Path]:
    created = VaultService(tmp_path / "partner", kdf=kdf).create(
        office_name="Fictional Office Zharkent %2", username="dana", passphrase=PASSPHRASE
    )
    path = tmp_path / "zharkent.pana-card"
    path.write_bytes(OfficeService(created.vault).own_card())
    created.vault.lock()
    yield path


def make_page(qtbot, vault: UnlockedVault, runner, prompts, files: FakeFiles) -> PartnerOfficesPage:
    page = PartnerOfficesPage(OfficeService(vault), runner, prompts, files)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    return page


def test_add_from_card_revoke_and_save(qtbot, runner, prompts, vault, partner_card, tmp_path) -> None:
    files = FakeFiles()
    page = make_page(qtbot, vault, runner, prompts, files)
    own = OfficeService(vault).own_fingerprint()
    assert page.own_label.text() == f"This office's fingerprint: {own}"
    assert page.table.rowCount() == 0 and not page.revoke_button.isEnabled()

    files.open_path, files.answer = str(partner_card), False
    page.add_button.click()
    qtbot.waitUntil(lambda: len(files.shown) == 1, timeout=10_000)
    runner.wait(10_000)
    assert OfficeService(vault).partners() == ()  # not confirmed: not added

    files.answer = True
    page.loaded = False
    page.add_button.click()
    qtbot.waitUntil(lambda: page.loaded and page.table.rowCount() == 1, timeout=10_000)
    card = files.shown[-1]
    cells = [page.table.item(0, column).text() for column in range(4)]
    assert cells == ["Fictional Office Zharkent %2", card.office_id, card.fingerprint, "Active"]

    question = fingerprint_question(card)
    assert "Fictional Office Zharkent %2" in question and card.office_id in question
    assert fingerprint_lines(card.fingerprint).replace("\n", " ") == card.fingerprint

    page.table.selectRow(0)
    assert page.revoke_button.isEnabled()
    prompts.confirm_answer = True
    page.loaded = False
    page.revoke_button.click()
    qtbot.waitUntil(
        lambda: page.loaded and page.table.item(0, 3).text().startswith("Revoked on "), timeout=10_000
    )
    assert "Fictional Office Zharkent %2" in prompts.asked[-1][1]
    page.table.selectRow(0)
    assert not page.revoke_button.isEnabled()

    files.save_path = str(tmp_path / "ours.pana-card")
    page.save_button.click()
    qtbot.waitUntil(lambda: Path(files.save_path).exists(), timeout=10_000)
    runner.wait(10_000)
    assert parse_card(Path(files.save_path).read_bytes()).fingerprint == own
    assert prompts.errors == [] and prompts.crashes == 0


def test_a_tampered_card_is_refused_with_its_reason(qtbot, runner, prompts, vault, partner_card) -> None:
    fields = json.loads(partner_card.read_bytes())
    fields["office_name"] = "Fictional Office Almaty"
    partner_card.write_text(json.dumps(fields))
    files = FakeFiles()
    files.open_path = str(partner_card)
    page = make_page(qtbot, vault, runner, prompts, files)
    page.add_button.click()
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10_000)
    assert prompts.errors == ["This office card was altered or damaged: its signature does not match."]
    assert files.shown == [] and page.table.rowCount() == 0


def test_preferences_has_the_page_only_with_a_vault(qtbot, runner, prompts, vault, settings) -> None:
    plain = PreferencesDialog(Preferences(settings))
    qtbot.addWidget(plain)
    assert plain.tabs.count() == 1 and plain.tabs.tabText(0) == "General"
    page = make_page(qtbot, vault, runner, prompts, FakeFiles())
    dialog = PreferencesDialog(Preferences(settings), partners=page)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(2)] == ["General", "Partner offices"]


def test_the_case_reference_prefix_is_shown_set_and_checked(qtbot, runner, prompts, vault) -> None:
    page = make_page(qtbot, vault, runner, prompts, FakeFiles())
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert page.prefix_edit.text() == OfficeService(vault).reference_prefix()
    page.prefix_edit.setText(" TLG ")
    page.prefix_button.click()
    qtbot.waitUntil(lambda: page.prefix_edit.text() == "TLG", timeout=10_000)
    assert OfficeService(vault).reference_prefix() == "TLG"
    page.prefix_edit.setText("T-1")
    page.prefix_button.click()
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10_000)
    assert prompts.errors == ["A reference prefix is one to ten letters or digits, with no spaces or dashes."]
    assert OfficeService(vault).reference_prefix() == "TLG"
