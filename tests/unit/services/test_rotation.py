# SPDX-License-Identifier: GPL-3.0-or-later
"""Vault master key rotation (T09): new key everywhere, and a kill at any point leaves a vault that opens."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

import app.db.interrupt as interrupt_module
import app.services.admin as admin_module
import app.services.rekey as rekey_module
import app.services.told as told_module
from app.db.engine import make_engine
from app.domain import records as r
from app.domain.errors import (
    Cancelled,
    DiskFullError,
    KeyChangeUnverifiedError,
    ValidationError,
    VaultDamagedError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.demo import populate
from app.services.session import UnlockedVault
from app.services.told import STEPS, Told
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE, USERNAME
from tests.security.kit import PAGE, digest, file_state, flip_byte, table_rows

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
    """T09: and every attachment still reads back, byte for byte, whichever key the vault ended with."""
    rng = random.Random(7)
    scan = rng.randbytes(300_000)  # several chunks
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(opened).open_case(r.Person(), [r.PersonName("", "Rotation Witness (fictional)")])
    attachment = AttachmentService(opened).add(case_id, "scan.png", scan, "image/png")
    opened.lock()
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
            assert AttachmentService(opened).read(attachment.id) == scan
        finally:
            opened.lock()


# -- verify, then commit: a re-keyed copy is swapped in only when it reads back whole ---------------


def _vault_files(directory: Path) -> dict[str, str]:
    return {name: digest for name, digest in file_state(directory).items() if name != "pana.lock"}


def _assert_unchanged_and_usable(
    opened: UnlockedVault, directory: Path, files: dict[str, str], recovery: str, kdf: KdfParams
) -> None:
    assert _vault_files(directory) == files  # not one byte of the database or the key file changed
    assert not (directory / rekey_module.STAGING).exists()
    assert not opened.ring.rotation_pending
    CaseService(opened).open_case(r.Person(), [r.PersonName("", "After The Failed Rotation")])
    opened.lock()
    VaultService(directory, kdf=kdf).open_with_recovery(recovery).lock()


def _assert_refused_unverified(
    opened: UnlockedVault,
    directory: Path,
    files: dict[str, str],
    recovery: str,
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the fault ``monkeypatch`` set up, the rotation fails unverified and changes nothing."""
    with pytest.raises(KeyChangeUnverifiedError):
        AdminService(opened, kdf=kdf).rotate_master_key(USERNAME, PASSPHRASE)
    monkeypatch.undo()
    _assert_unchanged_and_usable(opened, directory, files, recovery, kdf)


def test_a_copy_that_does_not_read_back_the_same_is_never_swapped_in(
    vault: UnlockedVault,
    vault_dir: Path,
    template_vault: tuple[Path, str],
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = _vault_files(vault_dir)
    digests = iter([("what was copied", 1), ("something else", 1)])
    monkeypatch.setattr(rekey_module, "_digest", lambda _raw, _tell_share, _expected: next(digests))
    _assert_refused_unverified(vault, vault_dir, files, template_vault[1], kdf, monkeypatch)


def test_a_mistyped_passphrase_rotates_nothing(
    vault: UnlockedVault, vault_dir: Path, template_vault: tuple[Path, str], kdf: KdfParams
) -> None:
    """The passphrase asked for is kept for the new key: one that does not open the vault now is refused."""
    files = _vault_files(vault_dir)
    with pytest.raises(WrongPassphraseError):
        AdminService(vault, kdf=kdf).rotate_master_key(USERNAME, PASSPHRASE + " typo")
    _assert_unchanged_and_usable(vault, vault_dir, files, template_vault[1], kdf)


def test_a_rotation_tells_how_far_it_is(
    vault: UnlockedVault, kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate(vault, 20)
    monkeypatch.setattr(rekey_module, "_ROWS_PER_TICK", 50)  # the digests report often, at this size
    told: list[tuple[int, int, str]] = []
    AdminService(vault, kdf=kdf).rotate_master_key(USERNAME, PASSPHRASE, lambda *step: told.append(step))
    dones = [done for done, _, _ in told]
    assert {message for _, _, message in told} == {"re-encrypting"} and {t for _, t, _ in told} == {STEPS}
    assert dones == sorted(dones) and dones[-1] == STEPS and len(set(dones)) > 10


#: Where a cancel is asked: the export, the digest of what it copied, that of the copy read back,
#: the page check, integrity_check (the shares' bounds, rekey's constants).
_CANCELLED_AT = {
    where: start
    for where, (start, _) in zip(
        ("export", "first digest", "second digest", "page check", "integrity_check"),
        (
            rekey_module._EXPORT,
            rekey_module._COPY_DIGEST,
            rekey_module._READ_BACK_DIGEST,
            rekey_module._PAGES,
            rekey_module._STRUCTURE,
        ),
        strict=True,
    )
}


@pytest.mark.parametrize("where", list(_CANCELLED_AT))
def test_a_rotation_cancelled_anywhere_leaves_the_vault_unchanged(
    vault: UnlockedVault,
    vault_dir: Path,
    template_vault: tuple[Path, str],
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    populate(vault, 20)
    monkeypatch.setattr(rekey_module, "_ROWS_PER_TICK", 50)  # the digests report often, at this size
    monkeypatch.setattr(interrupt_module, "STEPS_PER_TICK", 200)  # and so does the export
    monkeypatch.setattr(told_module, "QUIET_SECONDS", 0.0)
    vault.lock()  # everything written so far checkpointed into the file
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    files = _vault_files(vault_dir)
    bounds = [*_CANCELLED_AT.values(), 1.0]
    after = int(_CANCELLED_AT[where] * STEPS)
    before = int(bounds[list(_CANCELLED_AT).index(where) + 1] * STEPS)
    told: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        told.append(done)
        if done >= after:
            raise Cancelled()

    with pytest.raises(Cancelled):
        AdminService(vault, kdf=kdf).rotate_master_key(USERNAME, PASSPHRASE, progress)
    assert after <= told[-1] < before  # stopped in that part of the work
    _assert_unchanged_and_usable(vault, vault_dir, files, template_vault[1], kdf)


def test_a_damaged_copy_is_never_swapped_in(
    vault: UnlockedVault,
    vault_dir: Path,
    template_vault: tuple[Path, str],
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = _vault_files(vault_dir)
    export = rekey_module._export

    def export_then_damage(engine: Engine, target: Path, key: bytes, tell: Told) -> tuple[str, int]:
        copied = export(engine, target, key, tell)
        flip_byte(target, target.stat().st_size - 2 * PAGE)  # a data page: HMAC no longer matches
        return copied

    monkeypatch.setattr(rekey_module, "_export", export_then_damage)
    _assert_refused_unverified(vault, vault_dir, files, template_vault[1], kdf, monkeypatch)


def test_a_copy_that_would_give_a_stored_number_again_is_never_swapped_in(
    vault: UnlockedVault,
    vault_dir: Path,
    template_vault: tuple[Path, str],
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A copy without ``sqlite_sequence`` would number the next revision below an exchange mark."""
    CaseService(vault).open_case(r.Person(), [r.PersonName("", "Жанар Әлиқызы (fictional)")])
    files = _vault_files(vault_dir)
    growing = rekey_module.growing  # the block the export runs in

    @contextlib.contextmanager
    def export_then_forget_the_numbers(raw: Any, *args: Any) -> Iterator[None]:
        with growing(raw, *args):
            yield
        raw.execute("DELETE FROM rekeyed.sqlite_sequence")

    monkeypatch.setattr(rekey_module, "growing", export_then_forget_the_numbers)
    _assert_refused_unverified(vault, vault_dir, files, template_vault[1], kdf, monkeypatch)


def test_an_error_after_the_swap_does_not_undo_the_rotation(
    vault: UnlockedVault,
    vault_dir: Path,
    template_vault: tuple[Path, str],
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Which key opens the database decides, not whether an exception was seen."""
    before = digest(table_rows(vault), exclude={"audit_log"})
    calls = iter([None, OSError("the clean-up after the swap failed")])
    remove = rekey_module.remove_leftovers

    def remove_then_fail(directory: Path) -> None:
        remove(directory)
        if (error := next(calls)) is not None:
            raise error

    monkeypatch.setattr(rekey_module, "remove_leftovers", remove_then_fail)
    result = AdminService(vault, kdf=kdf).rotate_master_key(USERNAME, PASSPHRASE)
    monkeypatch.undo()
    assert not vault.ring.rotation_pending
    vault.lock()
    with pytest.raises(WrongRecoveryKeyError):
        VaultService(vault_dir, kdf=kdf).open_with_recovery(template_vault[1])
    reopened = VaultService(vault_dir, kdf=kdf).open_with_recovery(result.recovery_key)
    try:
        assert digest(table_rows(reopened), exclude={"audit_log"}) == before
    finally:
        reopened.lock()


def test_when_no_key_is_confirmed_both_generations_stay(
    vault: UnlockedVault, vault_dir: Path, kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a fresh connection confirming the old key, nothing is dropped; the next unlock settles it."""
    before = digest(table_rows(vault), exclude={"audit_log"})
    digests = iter([("what was copied", 1), ("something else", 1)])
    monkeypatch.setattr(rekey_module, "_digest", lambda _raw, _tell_share, _expected: next(digests))
    monkeypatch.setattr(admin_module, "opens_with", lambda *_: None)
    with pytest.raises(KeyChangeUnverifiedError):
        AdminService(vault, kdf=kdf).rotate_master_key(USERNAME, PASSPHRASE)
    monkeypatch.undo()
    assert vault.ring.rotation_pending
    vault.lock()
    reopened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        assert not reopened.ring.rotation_pending
        assert digest(table_rows(reopened), exclude={"audit_log"}) == before
        assert AdminService(reopened).check().ok
    finally:
        reopened.lock()


def test_a_user_dropped_by_a_rotation_can_be_added_again(vault: UnlockedVault, kdf: KdfParams) -> None:
    admin = AdminService(vault, kdf=kdf)
    daulet = admin.add_user("daulet", "another passphrase")
    assert admin.rotate_master_key(USERNAME, PASSPHRASE).dropped_users == ("daulet",)
    assert admin.add_user("daulet", "daulet's new passphrase") == daulet
    with pytest.raises(ValidationError, match="already exists"):
        admin.add_user("daulet", "once more, with feeling")
    directory = vault.directory
    vault.lock()
    VaultService(directory, kdf=kdf).open("daulet's new passphrase", "daulet").lock()


def test_old_slots_that_cannot_be_dropped_yet_do_not_fail_a_done_rotation(
    vault: UnlockedVault,
    vault_dir: Path,
    template_vault: tuple[Path, str],
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Re-keyed and verified is done: the new recovery key is shown; the next unlock drops the old slots."""

    def full_disk(_key: bytearray) -> list[str]:
        raise DiskFullError()

    monkeypatch.setattr(vault.ring, "rotation_commit", full_disk)
    result = AdminService(vault, kdf=kdf).rotate_master_key(USERNAME, PASSPHRASE)
    monkeypatch.undo()
    assert vault.ring.rotation_pending
    vault.lock()
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()  # settles the rotation
    with pytest.raises(WrongRecoveryKeyError):
        VaultService(vault_dir, kdf=kdf).open_with_recovery(template_vault[1])
    reopened = VaultService(vault_dir, kdf=kdf).open_with_recovery(result.recovery_key)
    assert not reopened.ring.rotation_pending
    reopened.lock()
