# SPDX-License-Identifier: GPL-3.0-or-later
"""The office's private keys live only inside the encrypted database: never in a file beside it,
in the card, or anywhere else the test can see, after rotation and lock too."""

from __future__ import annotations

import base64
from pathlib import Path

from app.db.models import OfficeKey
from app.services.offices import OfficeService
from app.services.session import UnlockedVault
from tests.security.kit import scan, scan_text, text_needles


def test_no_private_key_in_any_file(vault: UnlockedVault, vault_dir: Path, tmp_path: Path) -> None:
    offices = OfficeService(vault)
    offices.rotate_keys()
    card = offices.own_card()
    (tmp_path / "card.json").write_bytes(card)
    with vault.db.transaction(readonly=True) as session:
        secrets = [key.secret for key in session.query(OfficeKey).all()]
    assert len(secrets) == 4  # two kinds, current and retired
    vault.lock()
    needles = text_needles(*secrets)
    for secret in secrets:
        if not secret.startswith("AGE-SECRET-KEY-"):
            needles.append((f"{secret[:6]}…/raw", base64.b64decode(secret)))
        else:
            needles.extend(text_needles(secret.lower()))
    assert scan_text(card, needles) == []
    assert scan([vault_dir, tmp_path, Path.home()], needles) == []
