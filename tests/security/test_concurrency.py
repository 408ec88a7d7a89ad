# SPDX-License-Identifier: GPL-3.0-or-later
"""One running Pana per vault, stale locks recovered, consistent backups of a live vault (T45, T46)."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain import records as r
from app.domain.errors import VaultLockedByOtherError
from app.domain.vocab import LegalEventKind
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.security.kit import Child, child_env, digest, file_state, table_rows, write_everything

# -- T45 -----------------------------------------------------------------------------------------------


def test_a_second_open_in_the_same_process_is_refused(
    vault: UnlockedVault, vault_dir: Path, kdf: KdfParams, template_vault: tuple[Path, str]
) -> None:
    service = VaultService(vault_dir, kdf=kdf)
    with pytest.raises(VaultLockedByOtherError):
        service.open(PASSPHRASE)
    with pytest.raises(VaultLockedByOtherError):
        service.open_with_recovery(template_vault[1])
    assert vault.is_open
    assert AdminService(vault).check().ok  # the holder is unaffected


def test_restore_over_a_vault_open_elsewhere_is_refused_and_swaps_nothing(
    vault: UnlockedVault, vault_dir: Path, kdf: KdfParams, tmp_path: Path
) -> None:
    backup = tmp_path / "office.panabackup"
    AdminService(vault).backup(backup)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(VaultLockedByOtherError):
        VaultService(vault_dir, kdf=kdf).restore(backup, PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no staging or renamed folder left
    assert AdminService(vault).check().ok


def test_another_process_holding_the_vault_then_killed_leaves_no_stale_lock(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path
) -> None:
    """T45: refused while the holder runs; after SIGKILL of the holder the next open succeeds."""
    holder = Child("hold", str(vault_dir), env=child_env(tmp_path), stdin_lines=[PASSPHRASE])
    try:
        holder.expect("READY")
        keys = file_state(vault_dir)["pana.keys"]
        with pytest.raises(VaultLockedByOtherError):
            VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
        assert file_state(vault_dir)["pana.keys"] == keys
    finally:
        holder.kill()
    assert holder.proc.returncode == -9
    assert (vault_dir / "pana.lock").exists()  # the lock file stays; only the OS lock died with the holder
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        assert AdminService(vault).check().ok
    finally:
        vault.lock()


# -- T46 -----------------------------------------------------------------------------------------------


def fill_vault(vault: UnlockedVault) -> str:
    written = write_everything(
        vault,
        lambda field: f"Fictional {field} text",
        ("Айгерим Нұрланқызы", "Aigerim Nurlanqyzy", "ئايگېرىم نۇرلانقىزى", "艾格丽姆"),
        b"scan" * 250_000,
        "passport.pdf",
    )
    files = AttachmentService(vault)
    for index in range(4):
        data = hashlib.sha256(f"page {index}".encode()).digest() * (1 << 15)
        files.add(written.case_id, f"page {index}.tiff", data, "image/tiff")
    return written.case_id


def audit_rows(vault: UnlockedVault) -> list[tuple[object, ...]]:
    with vault.db.transaction(readonly=True) as session:
        return [tuple(row) for row in session.execute(text("SELECT * FROM audit_log ORDER BY seq"))]


def restore_copy(backup: Path, target: Path, kdf: KdfParams) -> UnlockedVault:
    VaultService(target, kdf=kdf).restore(backup, PASSPHRASE)
    return VaultService(target, kdf=kdf).open(PASSPHRASE)


def test_backup_of_the_open_vault_restores_equal(
    vault: UnlockedVault, tmp_path: Path, kdf: KdfParams
) -> None:
    """T46: the live vault's backup opens and equals the source (digest of every row)."""
    fill_vault(vault)
    source = digest(table_rows(vault), exclude={"audit_log"})
    audit_before = audit_rows(vault)
    AdminService(vault).backup(tmp_path / "office.panabackup")
    copy = restore_copy(tmp_path / "office.panabackup", tmp_path / "restored", kdf)
    try:
        assert digest(table_rows(copy), exclude={"audit_log"}) == source
        assert audit_rows(copy)[: len(audit_before)] == audit_before
        assert AdminService(copy).check().ok
    finally:
        copy.lock()


def test_backup_while_another_thread_writes_is_a_consistent_snapshot(
    vault: UnlockedVault, tmp_path: Path, kdf: KdfParams
) -> None:
    """T46: edits keep committing during the backup; the copy is exactly the source as of one moment."""
    case_id = fill_vault(vault)
    cases = CaseService(vault)
    committed: list[str] = []
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            index = 0
            while not stop.is_set():
                index += 1
                event = cases.save(
                    r.LegalEvent(case_id, LegalEventKind.OTHER, notes=f"concurrent edit {index}")
                )
                committed.append(event.id)
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(committed) < 20 and thread.is_alive():
            stop.wait(0.01)
        AdminService(vault).backup(tmp_path / "office.panabackup")
        after_backup = len(committed)
        while len(committed) < after_backup + 20 and thread.is_alive():
            stop.wait(0.01)
    finally:
        stop.set()
        thread.join()
    assert not failures, failures

    copy = restore_copy(tmp_path / "office.panabackup", tmp_path / "restored", kdf)
    try:
        with copy.db.transaction(readonly=True) as session:
            present = {row[0] for row in session.execute(text("SELECT id FROM legal_events"))}
        taken = [event_id for event_id in committed if event_id in present]
        k = len(taken)
        assert taken == committed[:k], "the copy must hold a prefix of the commits, without gaps"
        assert 20 <= k < len(committed)
        later = {f"id{i}": event_id for i, event_id in enumerate(committed[k:])}
        placeholders = ", ".join(f":{name}" for name in later)
        as_of_snapshot = table_rows(
            vault,
            {
                "legal_events": (f"id NOT IN ({placeholders})", later),
                "revisions": (f"record_id NOT IN ({placeholders})", later),
            },
        )
        derived = {"audit_log", "case_listing"}  # the log grows on every unlock; the listing is a cache
        assert digest(table_rows(copy), exclude=derived) == digest(as_of_snapshot, exclude=derived)
        assert AdminService(copy).check().ok
    finally:
        copy.lock()
