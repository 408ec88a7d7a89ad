# SPDX-License-Identifier: GPL-3.0-or-later
"""Vault master key rotation (T09): new key everywhere, and a kill at any point leaves a vault that opens."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db.engine import make_engine
from app.domain import records as r
from app.domain.errors import VaultDamagedError, WrongRecoveryKeyError
from app.services.admin import AdminService
from app.services.cases import CaseService
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE, USERNAME

ROTATE = """
import sys
from pathlib import Path
from app.services.admin import AdminService
from app.services.vault import VaultService
from app.vault import KdfParams
vault = VaultService(Path(sys.argv[1]), kdf=KdfParams.minimum()).open(sys.argv[2])
print("rotating", flush=True)
AdminService(vault, kdf=KdfParams.minimum()).rotate_master_key(sys.argv[3], sys.argv[2])
print("rotated", flush=True)
vault.lock()
"""


def test_rotation_replaces_the_key_everywhere(
    vault_dir: Path, template_vault: tuple[Path, str], kdf: KdfParams
) -> None:
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(opened).open_case(r.Person(), [r.PersonName("", "Гүлнар Оспанқызы")])
    AdminService(opened, kdf=kdf).add_user("daulet", "another passphrase")
    old_key = bytes(opened.master_key)
    result = AdminService(opened, kdf=kdf).rotate_master_key(USERNAME, PASSPHRASE)
    assert result.dropped_users == ("daulet",)
    assert CaseService(opened).get_case(case_id).subject.display_name == "Гүлнар Оспанқызы"
    opened.lock()
    engine = make_engine(vault_dir, old_key)
    with pytest.raises(VaultDamagedError), engine.connect():
        pass
    engine.dispose()
    with pytest.raises(WrongRecoveryKeyError):
        VaultService(vault_dir, kdf=kdf).open_with_recovery(template_vault[1])
    VaultService(vault_dir, kdf=kdf).open_with_recovery(result.recovery_key).lock()
    reopened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    assert AdminService(reopened).check().ok
    reopened.lock()


def test_a_kill_during_rotation_never_loses_the_vault(vault_dir: Path, kdf: KdfParams) -> None:
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, "-c", ROTATE, str(vault_dir), PASSPHRASE, USERNAME],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"rotating"
        time.sleep(rng.uniform(0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
        try:
            assert AdminService(opened).check().ok
            assert not opened.ring.rotation_pending
        finally:
            opened.lock()
