# SPDX-License-Identifier: GPL-3.0-or-later
"""The key ring: slots in ``pana.keys`` that wrap the vault master key (VMK) for users and recovery."""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

from app.domain.errors import (
    KeyFileDamagedError,
    LastSlotError,
    NotFoundError,
    StorageError,
    ValidationError,
    VaultExistsError,
    WrongPassphraseError,
)
from app.vault import recovery
from app.vault.binding import salt_check, same_database
from app.vault.kdf import KdfParams, default_params
from app.vault.keyfile import KIND_PASSPHRASE, KIND_RECOVERY, MAX_SLOTS, Document, check_unlock_work
from app.vault.memory import wipe
from app.vault.rotation import KeyRotation
from app.vault.slots import (
    Unlocked,
    check_mac,
    check_user_id,
    check_username,
    make_slot,
    new_master_key,
    open_passphrase_slots,
    open_recovery_slot,
    passphrase_bytes,
    refuse_pending,
    rewrapped,
    seal,
    tag_matches,
    unwrap,
    user_slot,
    verify_key,
)
from app.vault.storage import KEY_FILE_NAME, discard, erase, publish, read, stage, write_atomic

__all__ = ["KdfParams", "KeyRing", "Unlocked", "erase", "wipe"]


class KeyRing(KeyRotation):
    """The slots of one vault's key file.

    ``path`` is the key file (normally ``<vault_dir>/pana.keys``).  Every
    operation re-reads the file first, so a stale object never overwrites a
    newer file.  Mutations need the VMK (checked against the file's MAC),
    write atomically, and leave the file untouched when they fail.  Not
    thread-safe; one process at a time (see ``InstanceLock``).
    """

    def __init__(self, path: Path, document: Document) -> None:
        self.path = path
        self._doc = document
        self._deferring = False
        self._staged: Document | None = None

    @property
    def vault_id(self) -> str:
        """The random UUID of this vault, bound into every slot."""
        return self._doc.vault_id

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        user_id: str,
        username: str,
        passphrase: str,
        kdf: KdfParams | None = None,
    ) -> tuple[KeyRing, bytearray, str]:
        """Create a new key file with one user and a recovery slot; return ``(ring, VMK, recovery key)``.

        ``path`` is the key file, or an existing directory to hold ``pana.keys``.
        ``kdf=None`` calibrates once per process.  Show the recovery key once.
        Raises ``VaultExistsError`` if the key file exists, ``ValidationError``
        for bad input, ``StorageError`` if it cannot be written.
        """
        path = _key_path(path)
        check_user_id(user_id)
        secret = passphrase_bytes(passphrase)
        if path.exists() or path.is_symlink():
            raise VaultExistsError()
        vault_id = str(uuid.uuid4())
        params = kdf if kdf is not None else default_params()
        master_key = new_master_key()
        text, recovery_secret = recovery.generate()
        try:
            slots = (
                make_slot(vault_id, master_key, secret, params, 1, (user_id, username)),
                make_slot(vault_id, master_key, recovery_secret, params, 1),
            )
            document = seal(vault_id, slots, {1: master_key})
            try:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError() from exc
            write_atomic(path, document.serialize())
        except BaseException:
            wipe(master_key)
            raise
        finally:
            wipe(secret)
            wipe(recovery_secret)
        return cls(path, document), master_key, text

    @classmethod
    def load(cls, path: Path) -> KeyRing:
        """Read and fully validate the key file (no KDF work); remove a leftover ``pana.keys.tmp``.

        Raises ``VaultNotFoundError``, ``KeyFileDamagedError``, ``VaultTooNewError`` or ``StorageError``.
        """
        path = _key_path(path)
        return cls(path, read(path))

    def unlock(self, passphrase: str, username: str | None = None) -> Unlocked:
        """Return the newest VMK this passphrase opens.

        With ``username`` only that user's slot is tried (one dummy derivation
        when no slot matches, so timing does not reveal whether the user
        exists); without it every passphrase slot is tried.  Raises
        ``WrongPassphraseError`` (nothing on disk changes), ``ValidationError``
        for an empty passphrase, ``KeyFileDamagedError`` if the slot opens but
        the file's MAC does not verify, ``KeyFileTooCostlyError`` (before any KDF
        work) when the slots to try would cost more than ``ATTEMPT_WORK_CAP``.
        """
        secret = passphrase_bytes(passphrase)
        try:
            return open_passphrase_slots(self._attempt(username), secret, username, first_only=True)[0]
        finally:
            wipe(secret)

    def candidates(self, passphrase: str, username: str | None = None) -> list[Unlocked]:
        """Every VMK this passphrase opens, newest generation first (one per generation).

        Used after an interrupted rotation: the caller tries each on the
        database.  Errors as for ``unlock``.
        """
        secret = passphrase_bytes(passphrase)
        try:
            return open_passphrase_slots(self._attempt(username), secret, username, first_only=False)
        finally:
            wipe(secret)

    def unlock_with_recovery(self, recovery_key: str) -> Unlocked:
        """Open the vault with the printed recovery key.

        Raises ``RecoveryKeyTypoError`` before any KDF work when the text is
        malformed or its checksum fails, ``WrongRecoveryKeyError`` when it is
        well-formed but opens no slot, ``KeyFileDamagedError`` as for ``unlock``.
        """
        secret = recovery.parse(recovery_key)
        try:
            return open_recovery_slot(self._reload(), secret)
        finally:
            wipe(secret)

    def test_strength(self) -> bool:
        """Whether a slot uses cheaper key derivation than calibration ever makes (tests, benchmarks)."""
        return any(slot.kdf.test_strength for slot in self._reload().slots)

    def user_ids(self) -> list[str]:
        """User ids that have a passphrase slot (any generation), as of the last read or change."""
        seen: dict[str, None] = {}
        for slot in self._doc.slots:
            if slot.user_id is not None:
                seen.setdefault(slot.user_id, None)
        return list(seen)

    def add_user(
        self,
        master_key: bytearray,
        *,
        user_id: str,
        username: str,
        passphrase: str,
        kdf: KdfParams | None = None,
    ) -> None:
        """Add a passphrase slot for a new user.

        Raises ``ValidationError`` if the user id or username already has a
        slot or the ring is full, ``KeyRotationPendingError``,
        ``KeyFileDamagedError`` if ``master_key`` does not match the file,
        ``StorageError``.
        """
        check_user_id(user_id)
        secret = passphrase_bytes(passphrase)
        try:
            doc = self._reload()
            refuse_pending(doc)
            generation = verify_key(doc, master_key)
            users = [s for s in doc.slots if s.kind == KIND_PASSPHRASE]
            if any(s.user_id == user_id for s in users):
                raise ValidationError("user_id", "already has a passphrase")
            if any(tag_matches(doc.vault_id, s, username, master_key) for s in users):
                raise ValidationError("username", "already has a passphrase")
            if len(doc.slots) >= MAX_SLOTS:
                raise ValidationError("user_id", "too many users in this vault")
            params = kdf if kdf is not None else default_params()
            slot = make_slot(doc.vault_id, master_key, secret, params, generation, (user_id, username))
            self._commit(seal(doc.vault_id, (*doc.slots, slot), {generation: master_key}))
        finally:
            wipe(secret)

    def remove_user(self, master_key: bytearray, user_id: str) -> None:
        """Delete the user's passphrase slot.

        Removing a slot does not take the VMK away from someone who copied the
        old key file; rotate the VMK for that.  Raises ``NotFoundError``,
        ``LastSlotError`` for the last passphrase slot, ``KeyRotationPendingError``,
        ``KeyFileDamagedError`` if ``master_key`` does not match, ``StorageError``.
        """
        doc = self._reload()
        refuse_pending(doc)
        generation = verify_key(doc, master_key)
        gone = {s.id for s in doc.slots if s.kind == KIND_PASSPHRASE and s.user_id == user_id}
        if not gone:
            raise NotFoundError()
        kept = [s for s in doc.slots if s.id not in gone]
        if not any(s.kind == KIND_PASSPHRASE for s in kept):
            raise LastSlotError()
        self._commit(seal(doc.vault_id, kept, {generation: master_key}))

    def change_passphrase(
        self,
        *,
        user_id: str,
        username: str,
        old: str,
        new: str,
        kdf: KdfParams | None = None,
    ) -> None:
        """Re-wrap the user's slot under ``new``; every other slot stays byte-identical.

        Atomic: after a crash either ``old`` or ``new`` works.  Raises
        ``WrongPassphraseError`` if ``old`` does not open the slot (nothing
        changes), ``NotFoundError`` for an unknown user, ``ValidationError``
        if ``username`` is not this user's or a passphrase is empty,
        ``KeyRotationPendingError``, ``KeyFileDamagedError``, ``StorageError``.
        """
        old_secret = passphrase_bytes(old)
        new_secret = passphrase_bytes(new)
        master_key: bytearray | None = None
        try:
            doc = self._reload()
            refuse_pending(doc)
            slot = user_slot(doc, user_id)
            master_key = unwrap(doc.vault_id, slot, old_secret)
            if master_key is None:
                raise WrongPassphraseError()
            check_mac(doc, master_key, slot.generation)
            check_username(doc, slot, username, master_key)
            params = kdf if kdf is not None else default_params()
            self._commit(rewrapped(doc, master_key, slot, new_secret, params, username))
        finally:
            wipe(old_secret)
            wipe(new_secret)
            wipe(master_key)

    def reset_passphrase(
        self,
        master_key: bytearray,
        *,
        user_id: str,
        username: str,
        passphrase: str,
        kdf: KdfParams | None = None,
    ) -> None:
        """Give the user a new passphrase without the old one (after ``unlock_with_recovery``).

        Rewrites only that slot.  Raises ``NotFoundError``, ``ValidationError``
        (username not this user's, empty passphrase), ``KeyRotationPendingError``,
        ``KeyFileDamagedError`` if ``master_key`` does not match, ``StorageError``.
        """
        secret = passphrase_bytes(passphrase)
        try:
            doc = self._reload()
            refuse_pending(doc)
            verify_key(doc, master_key)
            slot = user_slot(doc, user_id)
            check_username(doc, slot, username, master_key)
            params = kdf if kdf is not None else default_params()
            self._commit(rewrapped(doc, master_key, slot, secret, params, username))
        finally:
            wipe(secret)

    def has_legacy_tag(self, user_id: str) -> bool:
        """True while the user's slot still carries format 1's unkeyed username tag."""
        return any(s.user_id == user_id and s.legacy_tag is not None for s in self._doc.slots)

    def retire_legacy_tag(
        self, master_key: bytearray, *, user_id: str, username: str, passphrase: str
    ) -> None:
        """Re-wrap the user's format 1 slot with a keyed tag (same KDF cost); a no-op when already done.

        Called after an unlock, which proved ``passphrase``.  Raises
        ``KeyRotationPendingError``, ``ValidationError`` if ``username`` is not
        this user's, ``KeyFileDamagedError`` if ``master_key`` does not match,
        ``StorageError``.
        """
        secret = passphrase_bytes(passphrase)
        try:
            doc = self._reload()
            refuse_pending(doc)
            verify_key(doc, master_key)
            slot = user_slot(doc, user_id)
            if slot.legacy_tag is None:
                return
            check_username(doc, slot, username, master_key)
            self._commit(rewrapped(doc, master_key, slot, secret, slot.kdf, username))
        finally:
            wipe(secret)

    def regenerate_recovery(self, master_key: bytearray, kdf: KdfParams | None = None) -> str:
        """Replace the recovery slot and return the new key to show once; the old key stops working.

        Raises ``KeyRotationPendingError``, ``KeyFileDamagedError`` if
        ``master_key`` does not match, ``StorageError``.
        """
        doc = self._reload()
        refuse_pending(doc)
        verify_key(doc, master_key)
        slot = next(s for s in doc.slots if s.kind == KIND_RECOVERY)
        text, secret = recovery.generate()
        try:
            params = kdf if kdf is not None else default_params()
            self._commit(rewrapped(doc, master_key, slot, secret, params))
        finally:
            wipe(secret)
        return text

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Hold back the key-file change made inside the block until the block succeeds.

        The change is written and fsynced beside the key file (``pana.keys.tmp``)
        at once, so a full disk fails it there; it is renamed into place only
        when the block ends without an error, and dropped otherwise.  Wrap a
        database transaction in it: the database commits first, and the rename
        that follows needs no free space, so a failed operation changes neither
        file.  One change per block.
        """
        if self._deferring:
            raise RuntimeError("deferred() blocks do not nest")
        self._deferring = True
        try:
            yield
            if self._staged is not None:
                publish(self.path)
                self._doc = self._staged
        finally:
            if self._staged is not None and self._doc is not self._staged:
                discard(self.path)
            self._deferring, self._staged = False, None

    def database_matches(self, unlocked: Unlocked, salt: bytes | None) -> bool | None:
        """Whether the database with ``salt`` is the one ``unlocked``'s generation was bound to.

        ``None`` when there is nothing to compare: no salt, or a generation never
        bound (a key file from before binding, or a rotation since the last unlock).
        A partly matching salt (damage to the database header) still counts as a match.
        """
        recorded = self._doc.database.get(unlocked.generation)
        if recorded is None or salt is None:
            return None
        return same_database(recorded, salt_check(unlocked.master_key, self.vault_id, salt))

    def bind_database(self, master_key: bytearray, salt: bytes) -> None:
        """Record which database ``master_key``'s generation opens; writes only when that changed.

        Raises ``KeyFileDamagedError`` if ``master_key`` does not match, ``StorageError``.
        """
        doc = self._reload()
        generation = verify_key(doc, master_key)
        check = salt_check(master_key, doc.vault_id, salt)
        if doc.database.get(generation) != check:
            self._commit(dataclasses.replace(doc, database={**doc.database, generation: check}))

    def _attempt(self, username: str | None) -> Document:
        """The fresh document, refused before any KDF work when the attempt would cost too much."""
        doc = self._reload()
        check_unlock_work(doc, named=username is not None)
        return doc

    def _reload(self) -> Document:
        if self._staged is not None:
            raise RuntimeError("one key-file change per deferred() block")
        doc = read(self.path)
        if doc.vault_id != self._doc.vault_id:
            raise KeyFileDamagedError("The vault key file was replaced by another vault's.")
        self._doc = doc
        return doc

    def _commit(self, document: Document) -> None:
        # Slot changes keep the database binding of the generations that remain.
        kept = {gen: check for gen, check in self._doc.database.items() if gen in document.macs}
        document = dataclasses.replace(document, database={**kept, **document.database})
        if self._deferring:
            stage(self.path, document.serialize())
            self._staged = document
            return
        write_atomic(self.path, document.serialize())
        self._doc = document


def _key_path(path: Path) -> Path:
    path = Path(path)
    return path / KEY_FILE_NAME if path.is_dir() else path
