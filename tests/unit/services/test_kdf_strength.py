# SPDX-License-Identifier: GPL-3.0-or-later
"""``check`` says when key slots were made with the test-strength KDF only tests and benchmarks may use."""

from __future__ import annotations

from pathlib import Path

from app.services.admin import TEST_STRENGTH_WARNING, AdminService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from app.vault.kdf import MEMORY_FLOOR_KIB
from tests.conftest import PASSPHRASE

SHIPPED_FLOOR = KdfParams(MEMORY_FLOOR_KIB, 3, 4)  # the cheapest slots calibration ever makes


def test_check_warns_about_test_strength_key_slots(vault: UnlockedVault) -> None:
    report = AdminService(vault).check()
    assert report.ok  # a warning, not damage
    assert report.warnings == (TEST_STRENGTH_WARNING,)
    assert TEST_STRENGTH_WARNING.startswith("key slots use test-strength key derivation")


def test_check_is_quiet_for_slots_of_calibrated_strength(tmp_path: Path) -> None:
    created = VaultService(tmp_path / "v", kdf=SHIPPED_FLOOR).create(
        office_name="Office", username="aigerim", passphrase=PASSPHRASE
    )
    try:
        admin = AdminService(created.vault, kdf=SHIPPED_FLOOR)
        assert admin.check().warnings == ()
        AdminService(created.vault, kdf=KdfParams.minimum()).add_user("bolat", "bolat's own passphrase")
        assert admin.check().warnings == (TEST_STRENGTH_WARNING,)  # one weak slot is enough
    finally:
        created.vault.lock()
