# SPDX-License-Identifier: GPL-3.0-or-later
"""SIGKILL during edits, autosaves and backups never loses a commit or corrupts the vault (T42).

Kills are paced by the child's own progress, not by the clock: the parent lets the child
acknowledge a random number of commits, then kills it a random few milliseconds into the
next one.  What is asserted holds whatever the machine's speed: every commit acknowledged
before the kill is there, and the checks pass.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import re
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app import files
from app.db import models as m
from app.domain import records as r
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.backups import read_backup
from app.services.cases import CaseService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.ui.case_editor.state import CaseState
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.copies_kit import key_material
from tests.security.kit import (
    SQLITE_MAGIC,
    Child,
    child_env,
    digest,
    make_canaries,
    scan,
    table_rows,
)

posix_only = pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="needs SIGKILL")
SEED = 20240917  # fixed: the kill moments vary with machine speed, the assertions do not
EDIT_RUNS = 6  # per batch; two batches
AUTOSAVE_RUNS = 6
SAVE_EVERY = 3  # the autosave child saves the case after every third draft
MAX_ACKS = 6  # commits a child acknowledges before the one it is killed in (at random, at least 1)
KILL_WINDOW = 0.05  # seconds into the next commit (an edit or a draft takes ~5-60 ms here)
BACKUP_RUNS = 8


def kill_during_next_commit(child: Child, rng: random.Random) -> tuple[str, list[str]]:
    """Wait for READY and a random number (>= 1) of acknowledged commits, then SIGKILL the child.

    Returns the READY line and every complete line printed after it, the last ones included.
    """
    ready = child.expect("READY")
    acks = rng.randint(1, MAX_ACKS)
    for _ in range(acks):
        child.expect("")
    time.sleep(rng.uniform(0.0, KILL_WINDOW))
    child.kill()
    assert child.proc.returncode == -9, child.stderr  # it was still writing when killed
    lines = child.seen[child.seen.index(ready) + 1 :]
    assert len(lines) >= acks
    return ready, lines


def assert_checks_pass(vault: UnlockedVault) -> None:
    """integrity_check and cipher_integrity_check (each run once, by the app's own check) pass."""
    report = AdminService(vault).check()
    assert report.integrity_ok and report.cipher_integrity_ok, report.problems
    assert report.ok, report.problems


class Committed:
    """Everything a child reported as committed, across all runs."""

    def __init__(self) -> None:
        self.events: set[str] = set()
        self.cases: set[str] = set()
        self.attachments: dict[str, str] = {}
        self.summary = -1

    def add(self, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "event":
            self.events.add(rest)
        elif kind == "case":
            self.cases.add(rest)
        elif kind == "summary":
            self.summary = max(self.summary, int(rest))
        elif kind == "attachment":
            attachment_id, sha = rest.split()
            self.attachments[attachment_id] = sha
        else:
            raise AssertionError(f"unexpected line {line!r}")


def assert_intact(directory: Path, kdf: KdfParams, case_id: str, committed: Committed, new: set[str]) -> None:
    """The vault opens, both integrity checks pass, and every reported commit is there."""
    vault = VaultService(directory, kdf=kdf).open(PASSPHRASE)
    try:
        assert_checks_pass(vault)
        with vault.db.transaction(readonly=True) as session:
            events = set(session.scalars(select(m.LegalEvent.id)))
            cases = set(session.scalars(select(m.Case.id)))
            attachments = set(session.scalars(select(m.Attachment.id)))
        assert committed.events <= events
        assert committed.cases <= cases
        assert set(committed.attachments) <= attachments
        for attachment_id in new & set(committed.attachments):
            data = AttachmentService(vault).read(attachment_id)
            assert hashlib.sha256(data).hexdigest() == committed.attachments[attachment_id]
        summary = CaseService(vault).get_case(case_id).case.summary
        if committed.summary >= 0:
            assert int(summary.split()[1]) >= committed.summary
    finally:
        vault.lock()


@posix_only
@pytest.mark.slow
@pytest.mark.parametrize("batch", [0, 1])
def test_sigkill_during_a_stream_of_edits_loses_no_commit(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path, batch: int
) -> None:
    """T42: 2 x 6 kills, each during a random commit; every id printed after its commit survives.

    Two batches on two vaults, so that pytest-xdist can run them side by side.
    """
    rng = random.Random(SEED + batch)
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Applicant")])
    vault.lock()
    committed = Committed()
    env = child_env(tmp_path)
    for run in range(EDIT_RUNS):
        child = Child("edits", str(vault_dir), case_id, str(run * 100_000), env=env, stdin_lines=[PASSPHRASE])
        _, lines = kill_during_next_commit(child, rng)
        before = set(committed.attachments)
        for line in lines:
            committed.add(line)
        assert_intact(vault_dir, kdf, case_id, committed, set(committed.attachments) - before)


def generation_of(summary: str) -> int:
    """The autosave child writes "<canaries> generation <n>" into the case summary."""
    return int(summary.rsplit(" ", 1)[1])


@posix_only
@pytest.mark.slow
def test_sigkill_during_autosave_keeps_the_old_or_the_new_draft(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path
) -> None:
    """T42: kills during the editor's autosaves and saves leave whole drafts, every saved edit, no plaintext.

    After each kill, before anything reopens the vault, no file in the vault folder or the
    child's home and temp folders holds a canary; then both integrity checks pass, the
    editor's draft is the last acknowledged one or the one being written (never a torn or
    older one) and loads as an editor state, and each acknowledged Save is there.
    """
    rng = random.Random(SEED + 2)
    env = child_env(tmp_path)
    canaries = make_canaries()
    roots = [vault_dir, tmp_path / "child-home", tmp_path / "child-tmp"]
    for _ in range(AUTOSAVE_RUNS):
        child = Child(
            "autosave",
            str(vault_dir),
            str(SAVE_EVERY),
            env=env,
            stdin_lines=[PASSPHRASE, json.dumps(canaries.all)],
        )
        ready, lines = kill_during_next_commit(child, rng)
        _, draft_id, case_id = ready.split()
        last_kind = lines[-1].split()[0]
        drafted = max(int(line.split()[1]) for line in lines if line.startswith("draft "))
        saved = max((int(line.split()[1]) for line in lines if line.startswith("saved ")), default=0)
        assert scan(roots, canaries.needles()) == []  # the -wal the kill left behind included

        vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
        try:
            assert_checks_pass(vault)
            with vault.db.transaction(readonly=True) as session:
                row = session.get(m.Draft, draft_id)
                stored = None if row is None else json.loads(row.payload)
            if last_kind == "draft":
                # the draft just acknowledged, the next one, or (a Save was running) none at all
                allowed = {drafted, drafted + 1} | ({None} if drafted % SAVE_EVERY == 0 else set())
            else:  # a Save was acknowledged: its discard committed, the next draft may have too
                allowed = {None, drafted + 1}
            found = None if stored is None else generation_of(stored["case"]["summary"])
            assert found in allowed, (lines[-3:], found)
            if stored is not None:
                as_loaded = (
                    CaseState.from_case_file(CaseService(vault).get_case(case_id))
                    if saved
                    else CaseState.new(vault.actor.office_id)
                )
                restored = CaseState.from_payload(stored, as_loaded)
                for item in restored.pending_attachments:
                    assert hashlib.sha256(item.data).hexdigest() == item.sha256
            if saved:
                case = CaseService(vault).get_case(case_id)
                assert generation_of(case.case.summary) >= saved
                assert len(case.attachments) >= saved // SAVE_EVERY
        finally:
            vault.lock()
    assert scan(roots, canaries.needles()) == []


@posix_only
def test_sigkill_during_backup_never_leaves_a_half_backup_under_the_final_name(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path
) -> None:
    """T42: killed mid-backup, the final name holds a complete backup or nothing; it restores equal."""
    rng = random.Random(SEED)
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Applicant")])
    files = AttachmentService(vault)
    for index in range(12):
        data = hashlib.sha256(f"page {index}".encode()).digest() * (1 << 15)  # 1 MiB each
        files.add(case_id, f"scan {index}.tiff", data, "image/tiff")
    source = digest(table_rows(vault), exclude={"audit_log"})
    vault.lock()

    destination = tmp_path / "usb" / "office.panabackup"
    destination.parent.mkdir()
    env = child_env(tmp_path)
    completed = 0
    for run in range(BACKUP_RUNS):
        child = Child("backups", str(vault_dir), str(destination), env=env, stdin_lines=[PASSPHRASE])
        # The first run lets one backup finish, so later kills hit a rewrite of an existing backup.
        child.expect("DONE 1" if run == 0 else "READY", timeout=120)
        time.sleep(rng.uniform(0.0, 0.6))
        child.kill()
        completed += sum(1 for line in child.seen if line.startswith("DONE"))
        read_backup(destination)  # complete and consistent under its final name, never a torn file
    assert completed >= 1

    restored = tmp_path / "restored"
    VaultService(restored, kdf=kdf).restore(destination, PASSPHRASE)
    again = VaultService(restored, kdf=kdf).open(PASSPHRASE)
    try:
        assert digest(table_rows(again), exclude={"audit_log"}) == source
        assert AdminService(again).check().ok
    finally:
        again.lock()
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        assert AdminService(vault).check().ok
    finally:
        vault.lock()


def _add_scans(vault_dir: Path, kdf: KdfParams) -> None:
    """A case with 12 MiB of scans: long enough to write that a kill finds it half done."""
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Applicant")])
    for index in range(12):
        data = hashlib.sha256(f"page {index}".encode()).digest() * (1 << 15)  # 1 MiB each
        AttachmentService(vault).add(case_id, f"scan {index}.tiff", data, "image/tiff")
    vault.lock()


@posix_only
def test_sigkill_while_the_backup_file_is_written_leaves_it_nowhere(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path
) -> None:
    """T42: killed while the backup file itself is written (12 MiB of scans in it), the folder holds
    no backup, whole or half, and nothing with key slots (the file has no name until it is whole):
    only the hidden copy of the database, which opens with no passphrase and which the next backup
    there removes."""
    medium = tmp_path / "usb"
    medium.mkdir()
    descriptor = files._unnamed_file(medium)
    if descriptor is None:
        pytest.skip("no unnamed files here (not Linux, or the file system has none)")
    os.close(descriptor)
    _add_scans(vault_dir, kdf)
    destination = medium / "office.panabackup"
    child = Child(
        "backup_stopped_while_written",
        str(vault_dir),
        str(destination),
        env=child_env(tmp_path),
        stdin_lines=[PASSPHRASE],
    )
    child.expect("WRITING", timeout=120)
    child.kill()
    (left,) = medium.iterdir()
    assert re.fullmatch(r"\.office\.panabackup\.[0-9a-f]{12}\.db", left.name), left.name
    assert key_material(medium) == []
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        AdminService(vault).backup(destination)
    finally:
        vault.lock()
    assert sorted(p.name for p in medium.iterdir()) == ["office.panabackup"]


@posix_only
def test_sigkill_during_an_export_leaves_whole_files_or_nothing_in_the_folder(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path
) -> None:
    """T42: killed halfway through writing an exchange file (12 MiB of scans in it), after writing a
    whole one, the chosen folder holds the whole one under its name and nothing of the other: no
    hidden partial file, as the file has no name until it is whole; the vault checks clean."""
    folder = tmp_path / "usb"
    folder.mkdir()
    descriptor = files._unnamed_file(folder)
    if descriptor is None:
        pytest.skip("no unnamed files here (not Linux, or the file system has none)")
    os.close(descriptor)
    _add_scans(vault_dir, kdf)
    child = Child(
        "export_stopped_while_written", str(vault_dir), str(folder), env=child_env(tmp_path),
        stdin_lines=[PASSPHRASE],
    )  # fmt: skip
    child.expect("WRITING", timeout=120)
    whole = (folder / "office-1.age").stat().st_size
    # The kill lands mid-write: the child holds the second file open, unnamed, with half its bytes.
    (held,) = _unnamed_files_held(child.proc.pid, folder)
    assert 0 < held < whole, (held, whole)
    child.kill()
    assert [path.name for path in folder.iterdir()] == ["office-1.age"]
    assert whole > 12 * 2**20  # whole: every scan is in it
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        assert AdminService(vault).check().ok
    finally:
        vault.lock()


def _unnamed_files_held(pid: int, folder: Path) -> list[int]:
    """The size of each file without a name in ``folder`` that process ``pid`` holds open."""
    sizes = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):  # closed meanwhile
            target = os.readlink(fd)
            if target.startswith(f"{folder}/#") and target.endswith(" (deleted)"):
                sizes.append(fd.stat().st_size)
    return sizes


def test_leftovers_of_a_killed_backup_are_cleared_by_the_next_backup(
    vault_dir: Path, kdf: KdfParams, tmp_path: Path
) -> None:
    """T42: the hidden temporary files of a killed backup do not pile up on the medium.

    Each one is a full (encrypted) copy of the vault; after a crash the next backup to the same
    folder is the natural moment to remove them.
    """
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Applicant")])
    for index in range(8):
        data = hashlib.sha256(f"page {index}".encode()).digest() * (1 << 15)
        AttachmentService(vault).add(case_id, f"scan {index}.tiff", data, "image/tiff")
    vault.lock()
    medium = tmp_path / "usb"
    medium.mkdir()
    destination = medium / "office.panabackup"
    child = Child(
        "backups", str(vault_dir), str(destination), env=child_env(tmp_path), stdin_lines=[PASSPHRASE]
    )
    child.expect("READY")
    deadline = time.monotonic() + 30
    while not any(p.name.startswith(".") for p in medium.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.001)
    child.kill()
    leftovers = sorted(p.name for p in medium.iterdir() if p.name.startswith("."))
    assert leftovers, "the kill came after the backup finished; nothing to clean"
    for name in leftovers:
        assert (medium / name).read_bytes()[:16] != SQLITE_MAGIC  # ciphertext, at least

    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        AdminService(vault).backup(destination)
    finally:
        vault.lock()
    assert sorted(p.name for p in medium.iterdir()) == ["office.panabackup"], f"left over: {leftovers}"
    assert destination.stat().st_mode & 0o077 == 0
