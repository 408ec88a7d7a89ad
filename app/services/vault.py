# SPDX-License-Identifier: GPL-3.0-or-later
"""Creating, unlocking and administering a vault: key slots, users, erase, schema upgrades.

Threading: call from one thread at a time (the CLI, or the GUI's database worker).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from app.db import audit, migrate
from app.db.engine import DB_FILENAME, SIDE_FILES, check_driver, make_engine
from app.db.models import Device, Meta, Office, User
from app.db.revisions import save
from app.db.session import Database
from app.domain import records
from app.domain.errors import (
    BackupDamagedError,
    VaultDamagedError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from app.domain.records import Actor, new_id
from app.domain.validation import check_username
from app.domain.vocab import AuditAction, UserRole
from app.names import INDEX_VERSION
from app.services.admin import AdminService
from app.services.backups import extract_database, read_backup, write_backup
from app.services.name_index import INDEX_VERSION_KEY, index_is_current, rebuild_index
from app.services.session import UnlockedVault
from app.vault import InstanceLock, KdfParams, KeyRing, Unlocked, erase, wipe

KEYS_FILENAME = "pana.keys"
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class NewVault:
    """What ``create`` hands back: the open vault and the recovery key to show exactly once."""

    vault: UnlockedVault
    recovery_key: str


class VaultService:
    """Operations on the vault in one directory."""

    def __init__(self, directory: Path, *, kdf: KdfParams | None = None) -> None:
        self.directory = directory
        self._kdf = kdf
        self._failed_unlocks = 0

    @property
    def keys_path(self) -> Path:
        return self.directory / KEYS_FILENAME

    def exists(self) -> bool:
        return self.keys_path.exists()

    def create(self, *, office_name: str, username: str, passphrase: str, display_name: str = "") -> NewVault:
        """A new vault with one office, one user and a recovery key; VaultExistsError if one is here.

        ``ValidationError`` for a user name that ``check_username`` refuses, before anything is written.
        """
        username = check_username(username)
        check_driver()  # before anything is written: never a key file beside no vault
        if self.exists() or (self.directory / DB_FILENAME).exists():
            raise VaultExistsError()
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = InstanceLock(self.directory)
        lock.acquire()
        try:
            user_id, office_id, device_id = new_id(), new_id(), new_id()
            ring, master_key, recovery = KeyRing.create(
                self.keys_path, user_id=user_id, username=username, passphrase=passphrase, kdf=self._kdf
            )
            db = Database(self._migrated_engine(master_key, create=True))
            actor = Actor(user_id, device_id, office_id)
            with db.transaction() as session:
                for key, value in (
                    ("vault_id", ring.vault_id),
                    ("office_id", office_id),
                    ("device_id", device_id),
                    (INDEX_VERSION_KEY, str(INDEX_VERSION)),
                ):
                    session.add(Meta(key=key, value=value))
                save(session, Office, records.Office(office_name, id=office_id), actor, db.clock)
                session.flush()
                session.add(Device(id=device_id, office_id=office_id))
                user = records.User(username, display_name, UserRole.ADMIN, office_id, id=user_id)
                save(session, User, user, actor, db.clock)
                audit.append(session, AuditAction.VAULT_CREATED, user_id, device_id)
        except BaseException:
            lock.release()
            if self.exists():
                erase(self.directory)
            self._remove_partial_vault()
            raise
        return NewVault(UnlockedVault(self.directory, db, actor, ring, master_key, lock), recovery)

    def open(
        self, passphrase: str, username: str | None = None, progress: Progress | None = None
    ) -> UnlockedVault:
        """Unlock with a user's passphrase (WrongPassphraseError, KeyFileDamagedError, VaultDamagedError,
        VaultTooNewError, VaultLockedByOtherError)."""
        check_driver()
        ring = self._load_ring()
        try:
            candidates = ring.candidates(passphrase, username)
        except WrongPassphraseError:
            self._failed_unlocks += 1
            raise
        return self._open_with(ring, candidates, AuditAction.UNLOCK, progress)

    def open_with_recovery(self, recovery_key: str, progress: Progress | None = None) -> UnlockedVault:
        """Unlock with the printed recovery key (RecoveryKeyTypoError, WrongRecoveryKeyError, ...)."""
        check_driver()
        ring = self._load_ring()
        return self._open_with(
            ring, [ring.unlock_with_recovery(recovery_key)], AuditAction.UNLOCK_RECOVERY, progress
        )

    def erase(self) -> None:
        """Crypto-erase: destroy the key slots (the database becomes noise), then the database files."""
        if not self.exists() and not (self.directory / DB_FILENAME).exists():
            raise VaultNotFoundError()
        erase(self.directory)
        self._remove_partial_vault()

    def restore(self, backup: Path, passphrase: str, username: str | None = None) -> Path | None:
        """Replace this folder's vault with a verified backup.

        The backup is unpacked beside the vault, unlocked with ``passphrase`` and
        integrity-checked before anything is swapped; the vault it replaces is kept,
        renamed, and its new path returned (None when there was none).
        """
        check_driver()
        parts = read_backup(backup)
        staging = self.directory.with_name(f".{self.directory.name}.restoring-{os.urandom(4).hex()}")
        staging.mkdir(mode=0o700, parents=True)
        try:
            (staging / KEYS_FILENAME).write_bytes(parts.key_file)
            extract_database(backup, parts, staging / DB_FILENAME)
            staged = VaultService(staging)
            vault = staged.open(passphrase, username)
            try:
                healthy = AdminService(vault).check().ok
                with vault.db.transaction() as session:
                    audit.append(session, AuditAction.RESTORE, vault.actor.user_id, vault.actor.device_id)
            finally:
                vault.lock()
            if not healthy:
                raise BackupDamagedError()
            return self._swap_in(staging)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    # -- internals ---------------------------------------------------------------------------------

    def _load_ring(self) -> KeyRing:
        if not self.exists():
            raise VaultNotFoundError()
        return KeyRing.load(self.keys_path)

    def _migrated_engine(
        self, master_key: bytearray, *, create: bool = False, progress: Progress | None = None
    ) -> Engine:
        engine = make_engine(self.directory, master_key, create=create)
        try:
            state = migrate.schema_state(engine)
            if state.needs_upgrade and not state.is_new:
                write_backup(engine, self.keys_path, self._pre_upgrade_backup_path(state.current or ""))
            migrate.upgrade(engine, progress=progress)
        except BaseException:
            engine.dispose()
            raise
        return engine

    def _pre_upgrade_backup_path(self, revision: str) -> Path:
        return self.directory / f"before-upgrade-{revision}-{os.urandom(4).hex()}.panabackup"

    def _open_with(
        self, ring: KeyRing, candidates: list[Unlocked], action: AuditAction, progress: Progress | None
    ) -> UnlockedVault:
        lock = InstanceLock(self.directory)
        lock.acquire()
        try:
            engine, unlocked = self._first_engine_that_opens(candidates, progress)
            if ring.rotation_pending:
                self._settle_rotation(ring, unlocked, candidates)
            for other in candidates:
                if other is not unlocked:
                    wipe(other.master_key)
            db = Database(engine)
            with db.transaction() as session:
                meta = {m.key: m.value for m in session.scalars(select(Meta))}
                user_id = unlocked.user_id or ""
                actor = Actor(user_id, meta.get("device_id", ""), meta.get("office_id", ""))
                if not index_is_current(session):
                    rebuild_index(session, progress)
                for _ in range(self._failed_unlocks):
                    audit.append(session, AuditAction.UNLOCK_FAILED, "", actor.device_id)
                audit.append(session, action, user_id, actor.device_id)
            self._failed_unlocks = 0
        except BaseException:
            lock.release()
            for candidate in candidates:
                wipe(candidate.master_key)
            raise
        return UnlockedVault(self.directory, db, actor, ring, unlocked.master_key, lock)

    def _first_engine_that_opens(
        self, candidates: list[Unlocked], progress: Progress | None
    ) -> tuple[Engine, Unlocked]:
        # During a key rotation interrupted by a crash, a passphrase opens two generations;
        # the database is keyed by exactly one of them.
        damage: VaultDamagedError | None = None
        for unlocked in candidates:
            try:
                return self._migrated_engine(unlocked.master_key, progress=progress), unlocked
            except VaultDamagedError as exc:
                damage = exc
        raise damage or VaultDamagedError()

    @staticmethod
    def _settle_rotation(ring: KeyRing, unlocked: Unlocked, candidates: list[Unlocked]) -> None:
        """Finish a key rotation a crash interrupted, or undo it if the database was never re-keyed."""
        newest = max(c.generation for c in candidates)
        if unlocked.generation == newest and len(candidates) > 1:
            ring.rotation_commit(unlocked.master_key)
        elif unlocked.generation < newest:
            ring.rotation_abort(unlocked.master_key)

    def _swap_in(self, staging: Path) -> Path | None:
        if not self.directory.exists():
            staging.rename(self.directory)
            return None
        with InstanceLock(self.directory):
            kept = self.directory.with_name(f"{self.directory.name}.before-restore-{os.urandom(3).hex()}")
            self.directory.rename(kept)
        staging.rename(self.directory)
        return kept

    def _remove_partial_vault(self) -> None:
        for name in (DB_FILENAME, *(DB_FILENAME + s for s in SIDE_FILES)):
            with contextlib.suppress(FileNotFoundError):
                (self.directory / name).unlink()
