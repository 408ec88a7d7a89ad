# SPDX-License-Identifier: GPL-3.0-or-later
"""The database side of ``VaultService``: a new vault's database, an unlock (the engine that opens,
schema upgrades, the name index, office keys, the audit entry), erasing and restoring.

Imported by the service's methods when first called, never at start-up: it loads SQLAlchemy and the
schema, which the unlock screen and the first-run wizard do not need to show (issue #13).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
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
from app.services.vault import NewVault, VaultService
from app.vault import KEY_FILE_NAME, InstanceLock, KeyRing, Unlocked, erase, wipe
from app.vault.binding import database_salt
from app.vault.storage import fsync_dir, write_atomic

_log = logging.getLogger(__name__)


def create_vault(
    service: VaultService, *, office_name: str, username: str, passphrase: str, display_name: str = ""
) -> NewVault:
    """``VaultService.create``."""
    username = check_username(username)
    office_name = office_name.strip()
    if not office_name:
        raise ValidationError("office", "give the office a name", "empty")
    require_strong(passphrase)
    check_driver()  # before anything is written: never a key file beside no vault
    if service.exists() or (service.directory / DB_FILENAME).exists():
        raise VaultExistsError()
    service.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = InstanceLock(service.directory)
    lock.acquire()
    db: Database | None = None
    try:
        user_id, office_id, device_id = new_id(), new_id(), new_id()
        ring, master_key, recovery = KeyRing.create(
            service.keys_path, user_id=user_id, username=username, passphrase=passphrase, kdf=service.kdf
        )
        db = Database(_migrated_engine(service, master_key, create=True))
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
        _bind(service, ring, master_key)
    except BaseException:
        if db is not None:
            db.close()
        lock.release()
        if service.exists():
            erase(service.directory)
        remove_database(service.directory)
        raise
    return NewVault(UnlockedVault(service.directory, db, actor, ring, master_key, lock), recovery)


def open_with_passphrase(
    service: VaultService, passphrase: str, username: str | None = None, progress: Progress | None = None
) -> UnlockedVault:
    """``VaultService.open``."""
    check_driver()
    ring = _load_ring(service)
    try:
        candidates = ring.candidates(passphrase, username)
    except WrongPassphraseError:
        service.failed_unlocks += 1
        raise
    vault = _open_with(service, ring, candidates, AuditAction.UNLOCK, progress)
    _retire_legacy_tag(vault, passphrase)
    return vault


def open_with_recovery(
    service: VaultService, recovery_key: str, progress: Progress | None = None
) -> UnlockedVault:
    """``VaultService.open_with_recovery``."""
    check_driver()
    ring = _load_ring(service)
    return _open_with(
        service, ring, [ring.unlock_with_recovery(recovery_key)], AuditAction.UNLOCK_RECOVERY, progress
    )


def crypto_erase(service: VaultService) -> None:
    """``VaultService.erase``."""
    if (
        not service.exists()
        and not (service.directory / DB_FILENAME).exists()
        and not find_copies(service.directory)
    ):
        raise VaultNotFoundError.at(service.directory)
    erase_vault(service.directory)


def restore_backup(
    service: VaultService,
    backup: Path,
    passphrase: str,
    username: str | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """``VaultService.restore``."""
    check_driver()
    read_key_file(backup)  # a file that is no backup is refused before anything is written
    staging = service.directory.with_name(f".{service.directory.name}.restoring-{os.urandom(4).hex()}")
    try:
        staging.mkdir(mode=0o700, parents=True)
    except OSError as exc:
        raise StorageError() from exc
    try:
        parts = read_backup(backup, staging / DB_FILENAME, progress)
        write_atomic(staging / KEY_FILE_NAME, parts.key_file)  # also makes the database's name durable
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
        return _swap_in(service, staging)
    except OSError as exc:  # disk full, medium gone: the vault is as it was
        shutil.rmtree(staging, ignore_errors=True)
        raise StorageError() from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _load_ring(service: VaultService) -> KeyRing:
    if not service.exists():
        raise VaultNotFoundError.at(service.directory)
    ring = KeyRing.load(service.keys_path)
    _check_database_file(service)
    return ring


def _check_database_file(service: VaultService) -> None:
    """A key file with no usable database beside it is a damaged vault, never a new one."""
    try:
        info = (service.directory / DB_FILENAME).stat()
    except FileNotFoundError:
        raise DatabaseMissingError() from None
    except OSError as exc:
        raise StorageError() from exc
    if not stat.S_ISREG(info.st_mode):
        raise VaultDamagedError()
    if info.st_size == 0:
        raise DatabaseEmptyError()


def _bind(service: VaultService, ring: KeyRing, master_key: bytearray) -> None:
    """Record in the key file which database it opens, to name a mismatch later (a hint only)."""
    salt = database_salt(service.directory / DB_FILENAME)
    if salt is not None:
        with contextlib.suppress(StorageError):  # a full or read-only disk must still open
            ring.bind_database(master_key, salt)


def _migrated_engine(
    service: VaultService,
    master_key: bytearray,
    *,
    vault_id: str = "",
    create: bool = False,
    progress: Progress | None = None,
) -> Engine:
    """The engine after any schema upgrade; an existing database must be ``vault_id``'s."""
    engine = make_engine(service.directory, master_key, create=create)
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
            backup_path = _pre_upgrade_backup_path(service, state.current or "")
            try:
                write_backup(engine, service.keys_path, backup_path, progress)
            except OSError as exc:  # the backup's file (the vault's own failures are typed)
                raise UpgradeBackupWriteError(str(backup_path), WriteRefusal.of(exc)) from exc
        migrate.upgrade(engine, progress=progress)
    except BaseException:
        close_engine(engine)
        raise
    return engine


def _pre_upgrade_backup_path(service: VaultService, revision: str) -> Path:
    return service.directory / f"before-upgrade-{revision}-{os.urandom(4).hex()}.panabackup"


def _open_with(
    service: VaultService,
    ring: KeyRing,
    candidates: list[Unlocked],
    action: AuditAction,
    progress: Progress | None,
) -> UnlockedVault:
    lock = InstanceLock(service.directory)
    lock.acquire()
    engine: Engine | None = None
    try:
        remove_leftovers(service.directory)
        engine, unlocked = _first_engine_that_opens(service, ring, candidates, progress)
        if ring.rotation_pending:
            with contextlib.suppress(StorageError):  # a full disk: still pending, settled next time
                _settle_rotation(ring, unlocked, candidates)
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
        _audit_unlock(service, db, actor, action)
        _bind(service, ring, unlocked.master_key)
    except BaseException:
        if engine is not None:
            close_engine(engine)
        lock.release()
        for candidate in candidates:
            wipe(candidate.master_key)
        raise
    return UnlockedVault(service.directory, db, actor, ring, unlocked.master_key, lock)


def _audit_unlock(service: VaultService, db: Database, actor: Actor, action: AuditAction) -> None:
    """Record the unlock and the failed attempts before it.

    Reading must work on a full (or read-only) disk: when the entries cannot be
    written now they are held back, dated now, and written with the next change
    or at lock (``Database.write_later``).  If no write succeeds before the
    vault is locked again, they are lost: the price of reading on a full disk.
    """
    failed, service.failed_unlocks = service.failed_unlocks, 0
    at = utcnow()

    def record(session: Session) -> None:
        for _ in range(failed):
            audit.append(session, AuditAction.UNLOCK_FAILED, "", actor.device_id, at=at)
        audit.append(session, action, actor.user_id, actor.device_id, at=at)

    if not db.write_now_or_later(record):
        _log.info("the disk is full or read-only: the unlock is held back for the audit log")


def _first_engine_that_opens(
    service: VaultService, ring: KeyRing, candidates: list[Unlocked], progress: Progress | None
) -> tuple[Engine, Unlocked]:
    # During a key rotation interrupted by a crash, a passphrase opens two generations;
    # the database is keyed by exactly one of them.
    damage: VaultDamagedError | None = None
    for unlocked in candidates:
        try:
            engine = _migrated_engine(service, unlocked.master_key, vault_id=ring.vault_id, progress=progress)
            return engine, unlocked
        except VaultDamagedError as exc:
            damage = exc
    # No key opens it: the database's salt says whether it is this key file's, damaged, or another's.
    # Only when every generation tried was bound, and none to this database (a re-key by copy
    # gives the database a new salt before the new generation is bound).
    salt = database_salt(service.directory / DB_FILENAME)
    if {ring.database_matches(unlocked, salt) for unlocked in candidates} == {False}:
        raise KeyFileMismatchError() from damage
    raise damage or VaultDamagedError()


def _swap_in(service: VaultService, staging: Path) -> Path | None:
    kept = None
    if service.directory.exists():
        with InstanceLock(service.directory):
            kept = service.directory.with_name(
                f"{service.directory.name}.before-restore-{os.urandom(3).hex()}"
            )
            service.directory.rename(kept)
    try:
        staging.rename(service.directory)
    except OSError:
        if kept is not None:
            kept.rename(service.directory)  # the vault back in its place
        raise
    # The restore is done: neither step below may report it as failed.
    with contextlib.suppress(OSError):
        fsync_dir(service.directory.parent)  # both renames survive a power cut
    if kept is not None:
        with contextlib.suppress(OSError):
            os.utime(kept)  # the date the list of copies shows: when it was set aside
    return kept


def _settle_rotation(ring: KeyRing, unlocked: Unlocked, candidates: list[Unlocked]) -> None:
    """Finish a key rotation a crash interrupted, or undo it if the database was never re-keyed."""
    newest = max(c.generation for c in candidates)
    if unlocked.generation == newest and len(candidates) > 1:
        ring.rotation_commit(unlocked.master_key)
    elif unlocked.generation < newest:
        ring.rotation_abort(unlocked.master_key)


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
