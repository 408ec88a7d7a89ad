# SPDX-License-Identifier: GPL-3.0-or-later
"""Administering an unlocked vault: users and passphrases, recovery key, integrity check, backup."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db import audit
from app.db.base import utcnow
from app.db.engine import DB_FILENAME, make_engine
from app.db.interrupt import CHECK_STEPS_PER_TICK, integrity_ticking, ticking
from app.db.many_rows import driver_connection
from app.db.models import SYNCED_MODELS, Revision, User
from app.db.page_check import damaged_vault_pages
from app.db.revisions import save
from app.domain import records
from app.domain.errors import (
    BackupInVaultFolderError,
    BackupWriteError,
    NotFoundError,
    PanaError,
    StorageError,
    ValidationError,
    VaultDamagedError,
    WriteRefusal,
)
from app.domain.passphrase_strength import require_strong
from app.domain.progress import Progress
from app.domain.records import CheckReport
from app.domain.validation import check_text, check_username
from app.domain.vocab import AuditAction, UserRole
from app.services.backups import write_backup
from app.services.copies import CopyService, VaultCopy
from app.services.rekey import opens_with, rekey
from app.services.session import UnlockedVault
from app.services.told import Told, parts
from app.vault import KdfParams, wipe

_T = TypeVar("_T")
#: The page check's share of the check's work (its first part).
PAGE_CHECK_SHARE = 0.18
#: The parts of the check, (start, share): the page check, ``integrity_check``, ``foreign_key_check``
#: and the rest took 18, 68, 4 and 10 % at 5,000 demo cases.
_PAGES, _STRUCTURE, _FOREIGN_KEYS, _THE_REST = parts(PAGE_CHECK_SHARE, 0.68, 0.04, 0.10)


@dataclass(frozen=True, slots=True)
class UserAccount:
    """A user as the Users dialog lists them: whether their passphrase opens the vault, and whether
    they are the one working now (who cannot remove themself)."""

    user_id: str
    username: str
    display_name: str
    role: str
    can_unlock: bool
    is_current: bool


@dataclass(frozen=True, slots=True)
class PassphraseChanged:
    """``older_copies`` still open with the old passphrase: they carry the key slots of their day."""

    older_copies: tuple[VaultCopy, ...]


TEST_STRENGTH_WARNING = (
    "key slots use test-strength key derivation (cheaper than Pana ever makes); "
    "change each passphrase and make a new recovery key to strengthen them"
)


@dataclass(frozen=True, slots=True)
class RotationResult:
    recovery_key: str
    dropped_users: tuple[str, ...]


class AdminService:
    """Each method is one transaction on the open vault, plus an atomic key-file rewrite for key changes.

    A key change and its database transaction succeed or fail together: the new key
    file is written beside the old one first (a full disk fails it there), the
    transaction commits, and only then is the key file renamed into place, which
    needs no free space (``KeyRing.deferred``).
    """

    def __init__(self, vault: UnlockedVault, *, kdf: KdfParams | None = None) -> None:
        self._vault = vault
        self._kdf = kdf

    def _audit(self, action: AuditAction, **detail: Any) -> None:
        actor = self._vault.actor
        with self._vault.db.transaction() as session:
            audit.append(session, action, actor.user_id, actor.device_id, **detail)

    def _key_change(self, change: Callable[[], _T], action: AuditAction, **detail: Any) -> _T:
        """Run one key-file change and its audit entry as one operation (see the class docstring)."""
        vault = self._vault
        with vault.ring.deferred(), vault.db.transaction() as session:
            result = change()
            audit.append(session, action, vault.actor.user_id, vault.actor.device_id, **detail)
        return result

    def users(self) -> list[records.User]:
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.scalars(select(User).order_by(User.username))
            return [records.User(u.username, u.display_name, u.role, u.office_id, id=u.id) for u in rows]

    def accounts(self) -> list[UserAccount]:
        """Every user on record, by name; one without a key slot (removed) can no longer unlock."""
        with_slot, current = set(self._vault.ring.user_ids()), self._vault.actor.user_id
        return [
            UserAccount(u.id, u.username, u.display_name, u.role, u.id in with_slot, u.id == current)
            for u in self.users()
        ]

    def add_user(
        self, username: str, passphrase: str, *, display_name: str = "", role: str = UserRole.FIELD_WORKER
    ) -> str:
        """Create a user with their own key slot; returns the user id (``check_username`` and
        ``require_strong`` rules).

        A user who is on record but has no slot (dropped by a key rotation, or
        removed) gets a new slot under the same id; their name and role stay.
        """
        username = check_username(username)
        require_strong(passphrase)
        if role not in set(UserRole):
            roles = ", ".join(UserRole)
            raise ValidationError("role", f"is one of {roles}, not {str(role)[:40]!r}", "role")
        vault = self._vault
        with vault.ring.deferred(), vault.db.transaction() as session:
            user_id = session.scalar(select(User.id).where(User.username == username))
            if user_id in vault.ring.user_ids():
                raise ValidationError("username", "already exists")
            if user_id is None:
                user = records.User(username, display_name, role, vault.actor.office_id, id=records.new_id())
                save(session, User, user, vault.actor, vault.db.clock)
                user_id = user.id
            vault.ring.add_user(
                vault.master_key, user_id=user_id, username=username, passphrase=passphrase, kdf=self._kdf
            )
            audit.append(
                session, AuditAction.USER_ADDED, vault.actor.user_id, vault.actor.device_id, user=user_id
            )
        return user_id

    def remove_user(self, username: str) -> None:
        """Remove a user's key slot (their records and history stay)."""
        check_text("username", username)
        vault = self._vault
        with vault.ring.deferred(), vault.db.transaction() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFoundError()
            vault.ring.remove_user(vault.master_key, user.id)
            audit.append(
                session, AuditAction.USER_REMOVED, vault.actor.user_id, vault.actor.device_id, user=user.id
            )

    def change_passphrase(self, username: str, old: str, new: str) -> PassphraseChanged:
        """Rewrite one key slot (atomic replace); the database is not touched except for the audit entry.

        The result names the copies of the vault that still open with an old passphrase of this user.
        A ``new`` passphrase too easy to guess is refused (``require_strong``).
        """
        require_strong(new)
        vault = self._vault
        user_id = self._user_id(username)
        self._key_change(
            lambda: vault.ring.change_passphrase(
                user_id=user_id, username=username, old=old, new=new, kdf=self._kdf
            ),
            AuditAction.KEY_CHANGED,
            user=user_id,
        )
        return self._changed(user_id)

    def reset_passphrase(self, username: str, new: str) -> PassphraseChanged:
        """Give a user a new passphrase without the old one (after unlocking with the recovery key);
        the result and the rule for ``new`` as for ``change_passphrase``."""
        require_strong(new)
        vault = self._vault
        user_id = self._user_id(username)
        self._key_change(
            lambda: vault.ring.reset_passphrase(
                vault.master_key, user_id=user_id, username=username, passphrase=new, kdf=self._kdf
            ),
            AuditAction.KEY_CHANGED,
            user=user_id,
            reset=True,
        )
        return self._changed(user_id)

    def _changed(self, user_id: str) -> PassphraseChanged:
        try:
            older = CopyService(self._vault.directory).opening_with_old_passphrase(user_id)
        except StorageError:
            older = ()  # the change is done: a list that cannot be read must not report it as failed
        return PassphraseChanged(older)

    def regenerate_recovery_key(self) -> str:
        """A new recovery key (the old one stops working); show it once."""
        vault = self._vault
        return self._key_change(
            lambda: vault.ring.regenerate_recovery(vault.master_key, kdf=self._kdf),
            AuditAction.RECOVERY_KEY_REGENERATED,
        )

    def rotate_master_key(
        self, username: str, passphrase: str, progress: Progress | None = None
    ) -> RotationResult:
        """Replace the vault master key: new key slots, every database page re-encrypted.

        Crash-safe in three steps: new slots beside the old; a verified re-encrypted
        copy of the database swapped in (``app.services.rekey``); the old slots
        dropped.  An interrupted rotation is finished or undone at the next unlock.
        When the copy cannot be made or verified (a full disk) the new slots are
        dropped again and the error raised: the vault is unchanged.  Other users'
        slots cannot be re-wrapped without their passphrases: they are dropped, and
        the result names them so they can be added again.  ``progress`` is told how far the
        re-encryption is (``rekey``'s); a ``Cancelled`` from it leaves the vault unchanged.
        """
        vault = self._vault
        user_id = self._user_id(username)
        dropped = [other for other in vault.ring.user_ids() if other != user_id]
        with vault.db.transaction(readonly=True) as session:
            names = tuple(session.scalars(select(User.username).where(User.id.in_(dropped))))
        new_key, recovery = vault.ring.rotation_begin(
            vault.master_key, user_id=user_id, username=username, passphrase=passphrase, kdf=self._kdf
        )
        actor = vault.actor

        def record(session: Session) -> None:
            audit.append(
                session,
                AuditAction.KEY_CHANGED,
                actor.user_id,
                actor.device_id,
                rotation=True,
                dropped_users=len(dropped),
            )

        try:
            engine = rekey(vault.db.engine, vault.directory, new_key, last_write=record, progress=progress)
        except BaseException:
            if not self._swapped_in_anyway(new_key):
                raise
            engine = make_engine(vault.directory, new_key)
        vault.db.replace_engine(engine)
        wipe(vault.master_key)
        vault.master_key = new_key
        # The database is re-keyed and verified.  Should the old slots not be dropped now
        # (a full disk), they open nothing any more and the next unlock drops them.
        with contextlib.suppress(StorageError):
            vault.ring.rotation_commit(new_key)
        return RotationResult(recovery, names)

    def _swapped_in_anyway(self, new_key: bytearray) -> bool:
        """After a failed re-key: which key does a fresh connection open the database with?

        The old one (the expected case): drop the new slots and say no.  The new one
        (the swap had happened): say yes, the rotation goes on.  Neither, or no
        answer: keep both generations, so the next unlock can still settle it.
        """
        vault = self._vault
        old_key_opens = opens_with(vault.directory, vault.master_key)
        if not old_key_opens and opens_with(vault.directory, new_key):
            return True
        if old_key_opens:
            with contextlib.suppress(StorageError):  # else the next unlock drops them
                vault.ring.rotation_abort(vault.master_key)
        wipe(new_key)
        return False

    def username_of(self, user_id: str) -> str:
        """The user name of ``user_id`` (NotFoundError)."""
        with self._vault.db.transaction(readonly=True) as session:
            username = session.scalar(select(User.username).where(User.id == user_id))
        if username is None:
            raise NotFoundError()
        return username

    def _user_id(self, username: str) -> str:
        # Lenient on purpose: a name stored before ``check_username`` existed must still be found.
        check_text("username", username)
        with self._vault.db.transaction(readonly=True) as session:
            user_id = session.scalar(select(User.id).where(User.username == username))
        if user_id is None:
            raise NotFoundError()
        return user_id

    def backup(self, destination: Path, progress: Progress | None = None, *, replace: bool = False) -> int:
        """Write an encrypted backup file; returns its size.  ``progress`` as ``write_backup``'s (it
        may raise ``Cancelled``: then no file is written); an existing file is replaced only with
        ``replace``.  A full disk under the vault keeps the backup; its audit entry is then written
        later.

        Refused (BackupInVaultFolderError) in the vault's own folder: a backup there is lost with the vault,
        and outlives its erasure (which removes only the copies Pana makes there).  BackupWriteError
        naming ``destination`` when it cannot be written there; the vault's own failures keep their
        types.
        """
        if self._in_vault_folder(destination):
            raise BackupInVaultFolderError(str(destination))
        try:
            size = write_backup(
                self._vault.db.engine, self._vault.ring.path, destination, progress, replace=replace
            )
        except OSError as exc:
            raise BackupWriteError(str(destination), WriteRefusal.of(exc)) from exc
        actor, at = self._vault.actor, utcnow()

        def record(session: Session) -> None:
            audit.append(session, AuditAction.BACKUP, actor.user_id, actor.device_id, at=at, size=size)

        # The backup is whole, and wanted most when the vault's disk is full: kept even then.
        self._vault.db.write_now_or_later(record)
        return size

    def _in_vault_folder(self, destination: Path) -> bool:
        """In the vault's folder or any folder inside it (a folder that does not exist is in none)."""
        vault = self._vault.directory
        try:
            return any(folder.samefile(vault) for folder in destination.resolve().parents)
        except OSError:  # a folder on the way is not there: not the vault's (writing there then says so)
            return False

    def check(self, progress: Progress | None = None) -> CheckReport:
        """Integrity of pages and HMACs, structure, foreign keys, revision heads and the audit chain.

        Damage is reported, not raised: the page check runs first, on its own, so it can name
        the damaged pages even when a structural query would fail on them.  Key slots made
        with test-strength key derivation (by tests or benchmarks) are a warning.
        ``progress(done, STEPS, "checking")`` follows the checks; a ``Cancelled`` from it stops
        them.
        """
        db, tell = self._vault.db, Told(progress, "checking")
        problems: list[str] = []
        tell(0.0)
        database = self._vault.directory / DB_FILENAME
        try:
            cipher = damaged_vault_pages(database, self._vault.master_key, tell.part(*_PAGES))
        except OSError as exc:
            cipher = [f"the database file could not be read ({exc.strerror or exc})"]
        if cipher:
            problems.append("cipher_integrity_check: " + "; ".join(cipher[:5]))
        integrity: list[str] = []
        foreign: list[object] = []
        broken: int | None = None
        try:
            with db.transaction(readonly=True) as session:
                raw = driver_connection(session)
                with integrity_ticking(raw, tell.part(*_STRUCTURE)):
                    integrity = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
                tell(_FOREIGN_KEYS[0])
                with ticking(raw, tell.again, CHECK_STEPS_PER_TICK):
                    foreign = list(session.execute(text("PRAGMA foreign_key_check")))
                    tell(_THE_REST[0])
                    broken = audit.first_broken_entry(session)
                    problems += _records_without_revision(session)
        except VaultDamagedError:
            integrity = ["the database structure could not be read"]
        tell(1.0)
        if integrity != ["ok"]:
            problems.append("integrity_check: " + "; ".join(integrity[:5]))
        if foreign:
            problems.append(f"foreign_key_check: {len(foreign)} dangling references")
        if broken is not None:
            problems.append(f"audit log: chain broken at entry {broken}")
        warnings = []
        try:
            if self._vault.ring.test_strength():
                warnings.append(TEST_STRENGTH_WARNING)
        except PanaError as exc:  # the key file was damaged, replaced or removed while the vault was open
            problems.append(f"key file: {exc}")
        return CheckReport(
            integrity == ["ok"], not cipher, not foreign, broken is None, tuple(problems), tuple(warnings)
        )


def _records_without_revision(session: Session) -> list[str]:
    problems = []
    for table, model in SYNCED_MODELS.items():
        head = select(Revision.id).where(Revision.record_id == model.id, Revision.id == model.rev)
        if session.scalar(select(model.id).where(~head.exists()).limit(1)) is not None:
            problems.append(f"{table}: a record without its revision")
    return problems
