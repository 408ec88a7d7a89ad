# SPDX-License-Identifier: GPL-3.0-or-later
"""Creating, unlocking and administering a vault: key slots, users, erase, schema upgrades.

Threading: call from one thread at a time (the CLI, or the GUI's database worker).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db import audit, migrate
from app.db.base import utcnow
from app.db.engine import DB_FILENAME, check_driver, close_engine, make_engine
from app.db.errors import translated
from app.db.models import Device, Meta, Office, User
from app.db.revisions import save
from app.db.session import Database
from app.domain import records
from app.domain.errors import (
    BackupDamagedError,
    DatabaseEmptyError,
    DatabaseMissingError,
    KeyFileMismatchError,
    KeyRotationPendingError,
    StorageError,
    UpgradeBackupWriteError,
    ValidationError,
    VaultDamagedError,
    VaultExistsError,
    VaultNotFoundError,
    WriteRefusal,
    WrongPassphraseError,
)
from app.domain.passphrase_strength import require_strong
from app.domain.progress import Progress
from app.domain.records import Actor, new_id
from app.domain.validation import check_username
from app.domain.vocab import AuditAction, UserRole
from app.names import INDEX_VERSION
from app.services.admin import AdminService
from app.services.backups import read_backup, read_key_file, write_backup
from app.services.copies import erase_vault, find_copies, remove_database
from app.services.name_index import INDEX_VERSION_KEY, index_is_current, rebuild_index
from app.services.office_keys import ensure_keys, has_keys
from app.services.rekey import remove_leftovers
from app.services.session import UnlockedVault
from app.vault import InstanceLock, KdfParams, KeyRing, Unlocked, erase, wipe
from app.vault.binding import database_salt
from app.vault.storage import fsync_dir, write_atomic

KEYS_FILENAME = "pana.keys"
_log = logging.getLogger(__name__)


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

        ``ValidationError`` for a user name that ``check_username`` refuses, an office without a
        name or a passphrase too easy to guess (``require_strong``), before anything is written.
        """
        username = check_username(username)
        office_name = office_name.strip()
        if not office_name:
            raise ValidationError("office", "give the office a name", "empty")
        require_strong(passphrase)
        check_driver()  # before anything is written: never a key file beside no vault
        if self.exists() or (self.directory / DB_FILENAME).exists():
            raise VaultExistsError()
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = InstanceLock(self.directory)
        lock.acquire()
        db: Database | None = None
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
                ensure_keys(session, actor)
            self._bind(ring, master_key)
        except BaseException:
            if db is not None:
                db.close()
            lock.release()
            if self.exists():
                erase(self.directory)
            remove_database(self.directory)
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
        vault = self._open_with(ring, candidates, AuditAction.UNLOCK, progress)
        _retire_legacy_tag(vault, passphrase)
        return vault

    def open_with_recovery(self, recovery_key: str, progress: Progress | None = None) -> UnlockedVault:
        """Unlock with the printed recovery key (RecoveryKeyTypoError, WrongRecoveryKeyError, ...)."""
        check_driver()
        ring = self._load_ring()
        return self._open_with(
            ring, [ring.unlock_with_recovery(recovery_key)], AuditAction.UNLOCK_RECOVERY, progress
        )

    def erase(self) -> None:
        """Crypto-erase the vault and every copy Pana made of it (``copies.erase_vault``): all key slots
        first (the databases become noise), then the databases and kept folders."""
        if (
            not self.exists()
            and not (self.directory / DB_FILENAME).exists()
            and not find_copies(self.directory)
        ):
            raise VaultNotFoundError.at(self.directory)
        erase_vault(self.directory)

    def restore(
        self, backup: Path, passphrase: str, username: str | None = None, progress: Progress | None = None
    ) -> Path | None:
        """Replace this folder's vault with a verified backup.

        The backup is unpacked beside the vault, unlocked with ``passphrase`` and
        integrity-checked before anything is swapped; the vault it replaces is kept,
        renamed, and its new path returned (None when there was none).  ``progress`` is told
        each step ("unpacking", "unlocking" and those of an unlock, "checking");
        a ``Cancelled`` from it, which it can raise until the swap, leaves the vault as it was.
        """
        check_driver()
        read_key_file(backup)  # a file that is no backup is refused before anything is written
        staging = self.directory.with_name(f".{self.directory.name}.restoring-{os.urandom(4).hex()}")
        try:
            staging.mkdir(mode=0o700, parents=True)
        except OSError as exc:
            raise StorageError() from exc
        try:
            parts = read_backup(backup, staging / DB_FILENAME, progress)
            write_atomic(staging / KEYS_FILENAME, parts.key_file)  # also makes the database's name durable
            if progress:
                progress(0, 1, "unlocking")
            vault = VaultService(staging).open(passphrase, username, progress)
            try:
                healthy = AdminService(vault).check(progress).ok
                with vault.db.transaction() as session:
                    audit.append(session, AuditAction.RESTORE, vault.actor.user_id, vault.actor.device_id)
            finally:
                vault.lock()
            if not healthy:
                raise BackupDamagedError()
            return self._swap_in(staging)
        except OSError as exc:  # disk full, medium gone: the vault is as it was
            shutil.rmtree(staging, ignore_errors=True)
            raise StorageError() from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    # -- internals ---------------------------------------------------------------------------------

    def _load_ring(self) -> KeyRing:
        if not self.exists():
            raise VaultNotFoundError.at(self.directory)
        ring = KeyRing.load(self.keys_path)
        self._check_database_file()
        return ring

    def _check_database_file(self) -> None:
        """A key file with no usable database beside it is a damaged vault, never a new one."""
        try:
            info = (self.directory / DB_FILENAME).stat()
        except FileNotFoundError:
            raise DatabaseMissingError() from None
        except OSError as exc:
            raise StorageError() from exc
        if not stat.S_ISREG(info.st_mode):
            raise VaultDamagedError()
        if info.st_size == 0:
            raise DatabaseEmptyError()

    def _bind(self, ring: KeyRing, master_key: bytearray) -> None:
        """Record in the key file which database it opens, to name a mismatch later (a hint only)."""
        salt = database_salt(self.directory / DB_FILENAME)
        if salt is not None:
            with contextlib.suppress(StorageError):  # a full or read-only disk must still open
                ring.bind_database(master_key, salt)

    def _migrated_engine(
        self,
        master_key: bytearray,
        *,
        vault_id: str = "",
        create: bool = False,
        progress: Progress | None = None,
    ) -> Engine:
        """The engine after any schema upgrade; an existing database must be ``vault_id``'s."""
        engine = make_engine(self.directory, master_key, create=create)
        try:
            state = migrate.schema_state(engine)
            if not create:
                if state.is_new:  # tables, but no schema version: not a database Pana made
                    raise VaultDamagedError()
                with translated(), engine.connect() as connection:
                    stored = connection.scalar(select(Meta.value).where(Meta.key == "vault_id"))
                if stored != vault_id:
                    raise KeyFileMismatchError()
            if state.needs_upgrade and not state.is_new:
                backup_path = self._pre_upgrade_backup_path(state.current or "")
                try:
                    write_backup(engine, self.keys_path, backup_path, progress)
                except OSError as exc:  # the backup's file (the vault's own failures are typed)
                    raise UpgradeBackupWriteError(str(backup_path), WriteRefusal.of(exc)) from exc
            migrate.upgrade(engine, progress=progress)
        except BaseException:
            close_engine(engine)
            raise
        return engine

    def _pre_upgrade_backup_path(self, revision: str) -> Path:
        return self.directory / f"before-upgrade-{revision}-{os.urandom(4).hex()}.panabackup"

    def _open_with(
        self, ring: KeyRing, candidates: list[Unlocked], action: AuditAction, progress: Progress | None
    ) -> UnlockedVault:
        lock = InstanceLock(self.directory)
        lock.acquire()
        engine: Engine | None = None
        try:
            remove_leftovers(self.directory)
            engine, unlocked = self._first_engine_that_opens(ring, candidates, progress)
            if ring.rotation_pending:
                with contextlib.suppress(StorageError):  # a full disk: still pending, settled next time
                    self._settle_rotation(ring, unlocked, candidates)
            for other in candidates:
                if other is not unlocked:
                    wipe(other.master_key)
            db = Database(engine)
            with db.transaction(readonly=True) as session:
                meta = {m.key: m.value for m in session.scalars(select(Meta))}
                index_current = index_is_current(session)
                office_keys_made = has_keys(session)
            user_id = unlocked.user_id or ""
            actor = Actor(user_id, meta.get("device_id", ""), meta.get("office_id", ""))
            if not index_current:
                with db.transaction() as session:
                    rebuild_index(session, progress)
            if not office_keys_made:
                # A vault from before office keys; on a full disk they are made at a later unlock.
                with contextlib.suppress(StorageError), db.transaction() as session:
                    ensure_keys(session, actor)
            self._audit_unlock(db, actor, action)
            self._bind(ring, unlocked.master_key)
        except BaseException:
            if engine is not None:
                close_engine(engine)
            lock.release()
            for candidate in candidates:
                wipe(candidate.master_key)
            raise
        return UnlockedVault(self.directory, db, actor, ring, unlocked.master_key, lock)

    def _audit_unlock(self, db: Database, actor: Actor, action: AuditAction) -> None:
        """Record the unlock and the failed attempts before it.

        Reading must work on a full (or read-only) disk: when the entries cannot be
        written now they are held back, dated now, and written with the next change
        or at lock (``Database.write_later``).  If no write succeeds before the
        vault is locked again, they are lost: the price of reading on a full disk.
        """
        failed, self._failed_unlocks = self._failed_unlocks, 0
        at = utcnow()

        def record(session: Session) -> None:
            for _ in range(failed):
                audit.append(session, AuditAction.UNLOCK_FAILED, "", actor.device_id, at=at)
            audit.append(session, action, actor.user_id, actor.device_id, at=at)

        if not db.write_now_or_later(record):
            _log.info("the disk is full or read-only: the unlock is held back for the audit log")

    def _first_engine_that_opens(
        self, ring: KeyRing, candidates: list[Unlocked], progress: Progress | None
    ) -> tuple[Engine, Unlocked]:
        # During a key rotation interrupted by a crash, a passphrase opens two generations;
        # the database is keyed by exactly one of them.
        damage: VaultDamagedError | None = None
        for unlocked in candidates:
            try:
                engine = self._migrated_engine(unlocked.master_key, vault_id=ring.vault_id, progress=progress)
                return engine, unlocked
            except VaultDamagedError as exc:
                damage = exc
        # No key opens it: the database's salt says whether it is this key file's, damaged, or another's.
        # Only when every generation tried was bound, and none to this database (a re-key by copy
        # gives the database a new salt before the new generation is bound).
        salt = database_salt(self.directory / DB_FILENAME)
        if {ring.database_matches(unlocked, salt) for unlocked in candidates} == {False}:
            raise KeyFileMismatchError() from damage
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
        kept = None
        if self.directory.exists():
            with InstanceLock(self.directory):
                kept = self.directory.with_name(f"{self.directory.name}.before-restore-{os.urandom(3).hex()}")
                self.directory.rename(kept)
        try:
            staging.rename(self.directory)
        except OSError:
            if kept is not None:
                kept.rename(self.directory)  # the vault back in its place
            raise
        # The restore is done: neither step below may report it as failed.
        with contextlib.suppress(OSError):
            fsync_dir(self.directory.parent)  # both renames survive a power cut
        if kept is not None:
            with contextlib.suppress(OSError):
                os.utime(kept)  # the date the list of copies shows: when it was set aside
        return kept


def _retire_legacy_tag(vault: UnlockedVault, passphrase: str) -> None:
    """Give a format 1 slot its keyed username tag now that its passphrase is proven (one more KDF, once).

    Best effort: on a full disk or during a pending rotation the slot stays as it was and is
    upgraded at a later unlock.
    """
    user_id = vault.actor.user_id
    if not vault.ring.has_legacy_tag(user_id):
        return
    with vault.db.transaction(readonly=True) as session:
        username = session.scalar(select(User.username).where(User.id == user_id))
    if username is not None:
        with contextlib.suppress(StorageError, KeyRotationPendingError, ValidationError):
            vault.ring.retire_legacy_tag(
                vault.master_key, user_id=user_id, username=username, passphrase=passphrase
            )
