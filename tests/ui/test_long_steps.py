# SPDX-License-Identifier: GPL-3.0-or-later
"""Each step a restore or an unlock reports is shown in words of its own, with its count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.cli_progress import STEP_WORDS
from app.services.vault import VaultService
from app.ui.long_steps import step_text
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.copies_kit import backup_of

#: The steps of an unlock that upgrades an older vault (a restore reports them too, for an older
#: backup): the backup kept first, the migrations, the name index.
_UPGRADE_STEPS = ("backup", "migrating", "migrated", "names")
UNNAMED = "Working…"


def test_every_step_of_a_restore_and_an_upgrade_has_words_and_its_count(
    qapp: Any, vault_dir: Path, kdf: KdfParams, tmp_path: Path
) -> None:
    backup = backup_of(vault_dir, kdf, tmp_path / "office.panabackup", cases=3)
    told: list[tuple[int, int, str]] = []
    VaultService(vault_dir, kdf=kdf).restore(backup, PASSPHRASE, progress=lambda *step: told.append(step))
    steps = {message for _, _, message in told} | set(_UPGRADE_STEPS)
    for message in steps:
        assert step_text(37, 400, message) != UNNAMED, message
        assert message in STEP_WORDS, message  # and the CLI has words for it too
    assert step_text(500, 1000, "unpacking") == "Unpacking the backup (50 %)…"
    assert step_text(37, 400, "names") == "Rebuilding the name index (37 of 400 spellings)…"


def test_a_step_without_words_is_only_working(qapp: Any) -> None:
    assert step_text(1, 2, "a step added later") == UNNAMED
