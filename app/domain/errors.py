# SPDX-License-Identifier: GPL-3.0-or-later
"""The typed errors every layer raises and the UI/CLI translate into one clear message.

Each expected failure has its own class and a stable ``code`` so that the CLI and
the GUI can phrase it in the user's language; anything that is not a ``PanaError``
is a bug and goes to the crash path.  Messages never contain case data.
"""

from __future__ import annotations

import errno


class PanaError(Exception):
    """Base of every expected, user-facing failure."""

    code = "error"
    default_message = "The operation failed."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class WrongPassphraseError(PanaError):
    code = "wrong-passphrase"
    default_message = "Wrong passphrase."


class WrongRecoveryKeyError(PanaError):
    code = "wrong-recovery-key"
    default_message = "That recovery key does not unlock this vault."


class RecoveryKeyTypoError(PanaError):
    code = "recovery-key-typo"
    default_message = "The recovery key has a typing error (checksum mismatch); check each group."


class KeyFileDamagedError(PanaError):
    code = "key-file-damaged"
    default_message = "The vault key file is damaged or has been tampered with."


class VaultDamagedError(PanaError):
    code = "vault-damaged"
    default_message = "The vault database is damaged; restore it from a backup."


class VaultTooNewError(PanaError):
    code = "vault-too-new"
    default_message = "This vault was made by a newer version of Pana; update Pana to open it."


class VaultLockedByOtherError(PanaError):
    code = "vault-in-use"
    default_message = "The vault is open in another running Pana; close it there first."


class VaultNotFoundError(PanaError):
    code = "vault-not-found"
    default_message = "There is no vault in this folder; create one with 'pana init'."


class VaultExistsError(PanaError):
    code = "vault-exists"
    default_message = "A vault already exists in this folder."


class VaultLockedError(PanaError):
    """Raised when code touches the database after the vault was locked."""

    code = "vault-locked"
    default_message = "The vault is locked."


class UnsupportedDriverError(PanaError):
    code = "unsupported-driver"
    default_message = "The database driver has no SQLCipher support; refusing to store data unencrypted."


class StorageError(PanaError):
    code = "storage"
    default_message = "The vault could not be written (disk full, read-only or removed medium)."


class MigrationError(PanaError):
    code = "migration-failed"
    default_message = "Upgrading the vault failed; it was left as it was."


class UnsupportedFileError(PanaError):
    code = "unsupported-file"
    default_message = "This file is not a Pana file of a supported kind."


class BackupDamagedError(PanaError):
    code = "backup-damaged"
    default_message = "The backup file is damaged or not a Pana backup."


class AuditChainBrokenError(PanaError):
    code = "audit-chain-broken"
    default_message = "The audit log has been altered: its hash chain is broken."


class ValidationError(PanaError):
    """Bad input: ``field`` names what was wrong, ``kind`` (a code) says how, ``reason`` in English."""

    code = "invalid"

    def __init__(self, field: str, message: str, kind: str = "invalid") -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message
        self.kind = kind


class NotFoundError(PanaError):
    code = "not-found"
    default_message = "No such record."


class LastSlotError(PanaError):
    code = "last-slot"
    default_message = "Refusing to remove the last passphrase of the vault."


class KeyRotationPendingError(PanaError):
    code = "key-rotation-pending"
    default_message = "A master key rotation was interrupted; finish or abandon it before changing keys."


class Cancelled(PanaError):
    """Raised by a progress callback to stop long work; the work rolls back what it had not committed."""

    code = "cancelled"
    default_message = "Cancelled."


class CopyNotFoundError(NotFoundError):
    code = "copy-not-found"
    default_message = "No such copy of this vault; 'pana copies' lists them."


class DiskFullError(StorageError):
    code = "disk-full"
    default_message = "The disk is full: the change was not saved. Free some space and try again."


class KeyChangeUnverifiedError(StorageError):
    code = "key-change-unverified"
    default_message = (
        "The re-encrypted vault did not read back correctly, so the key was not replaced;"
        " the vault is unchanged and the old passphrase still opens it."
    )


def storage_error(exc: OSError) -> StorageError:
    """The typed error for a failed file operation: DiskFullError for ENOSPC or EDQUOT."""
    full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return DiskFullError() if full else StorageError()


class DatabaseMissingError(VaultDamagedError):
    """The key file is there but ``pana.db`` is not: damage, never a new vault."""

    code = "database-missing"
    default_message = "The vault database (pana.db) is missing beside its key file; restore it from a backup."


class DatabaseEmptyError(VaultDamagedError):
    """``pana.db`` is empty (0 bytes, or no tables): damage, never a new vault to write a schema into."""

    code = "database-empty"
    default_message = "The vault database (pana.db) is empty; restore it from a backup."


class KeyFileMismatchError(VaultDamagedError):
    """``pana.keys`` and ``pana.db`` belong to different vaults (one of them was replaced)."""

    code = "key-file-mismatch"
    default_message = (
        "The key file (pana.keys) does not belong to this vault's database (pana.db); "
        "one of them is another vault's."
    )


class KeyFileTooCostlyError(KeyFileDamagedError):
    """Refused before any key derivation: the slots one attempt would try cost more than Pana allows."""

    code = "key-file-too-costly"
    default_message = (
        "Trying the key slots of this vault would take too long; the key file may have been altered "
        "to make unlocking slow. Restore the vault from a backup."
    )


class CaseNotFoundError(NotFoundError):
    """No case has this id (``pana show``, the case editor)."""

    code = "case-not-found"
    default_message = "No such case; 'pana cases' lists them."


class TamperedRevisionError(PanaError):
    """An incoming revision whose id is not the hash of its content, or whose shape is not a revision's."""

    code = "revision-tampered"
    default_message = "A record in this file was altered after it was written; nothing was imported."
