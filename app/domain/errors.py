# SPDX-License-Identifier: GPL-3.0-or-later
"""The typed errors every layer raises and the UI/CLI translate into one clear message.

Each expected failure has its own class and a stable ``code`` so that the CLI and
the GUI can phrase it in the user's language; anything that is not a ``PanaError``
is a bug and goes to the crash path.  Messages never contain case data.
"""

from __future__ import annotations

import errno
from enum import StrEnum
from pathlib import Path
from typing import ClassVar


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
    #: The damage is the database's, so no more of it may be read or written in this session
    #: (False: one part is damaged and the rest read back whole).
    ends_session = True


class VaultTooNewError(PanaError):
    code = "vault-too-new"
    default_message = "This vault was made by a newer version of Pana; update Pana to open it."


class VaultLockedByOtherError(PanaError):
    code = "vault-in-use"
    default_message = "The vault is open in another running Pana; close it there first."


class VaultNotFoundError(PanaError):
    code = "vault-not-found"
    default_message = "There is no vault in this folder; create one with 'pana init'."

    @classmethod
    def at(cls, folder: Path) -> VaultNotFoundError:
        """The error naming ``folder`` (and saying so when it is a file, not a folder)."""
        if folder.is_file():
            return cls(f"{folder} is a file, not a vault folder.")
        return cls(f"There is no vault in {folder}; create one with 'pana init'.")


class VaultExistsError(PanaError):
    code = "vault-exists"
    default_message = "A vault already exists in this folder."


class VaultLockedError(PanaError):
    """Raised when code touches the database after the vault was locked."""

    code = "vault-locked"
    default_message = "The vault is locked."


class UnsupportedDriverError(PanaError):
    code = "unsupported-driver"
    default_message = "The database driver is not SQLCipher 4 or later; refusing to open or store data."


class StorageError(PanaError):
    code = "storage"
    default_message = "The vault could not be written (disk full, read-only or removed medium)."


class WriteRefusal(StrEnum):
    """Why the system would not write a file, from its error number: the code the GUI and the CLI phrase."""

    FULL = "full"
    READ_ONLY = "read-only"
    NOT_PERMITTED = "not-permitted"
    NO_FOLDER = "no-folder"
    FAILED = "failed"  # an input/output error, or any other

    @classmethod
    def of(cls, exc: OSError) -> WriteRefusal:
        return _WRITE_REFUSED_BY_ERRNO.get(exc.errno or 0, cls.FAILED)


_WRITE_REFUSED_BY_ERRNO = {
    errno.ENOSPC: WriteRefusal.FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): WriteRefusal.FULL,
    errno.EROFS: WriteRefusal.READ_ONLY,
    errno.EACCES: WriteRefusal.NOT_PERMITTED,
    errno.EPERM: WriteRefusal.NOT_PERMITTED,
    errno.ENOENT: WriteRefusal.NO_FOLDER,
    errno.ENOTDIR: WriteRefusal.NO_FOLDER,
}
_WRITE_REFUSAL_MESSAGES = {
    WriteRefusal.FULL: "the disk is full",
    WriteRefusal.READ_ONLY: "the medium is read-only",
    WriteRefusal.NOT_PERMITTED: "there is no permission to write there",
    WriteRefusal.NO_FOLDER: "its folder is not there (was the medium removed?)",
    WriteRefusal.FAILED: "the medium failed or was removed",
}


class FileWriteError(StorageError):
    """A file Pana writes could not be written: ``path`` names it, ``why`` says why, and each subclass's
    ``sentence`` what the file was (in one line, for the CLI; the GUI phrases the same three)."""

    sentence: ClassVar[str]

    def __init__(self, path: str, why: WriteRefusal) -> None:
        super().__init__(self.sentence.format(path=path, why=_WRITE_REFUSAL_MESSAGES[why]))
        self.path = path
        self.why = why


class BackupWriteError(FileWriteError):
    """A backup could not be written where it was asked for; the vault itself is fine."""

    code = "backup-write"
    sentence = "The backup could not be written to {path}: {why}. The vault itself is unchanged."


class UpgradeBackupWriteError(FileWriteError):
    """The backup made before a schema upgrade, in the vault's own folder, could not be written: no
    upgrade ran, and the vault is as it was."""

    code = "upgrade-backup-write"
    sentence = (
        "Before upgrading the vault, Pana could not write a backup of it to {path}: {why}. "
        "The vault was not upgraded and is unchanged."
    )


class MigrationError(PanaError):
    code = "migration-failed"
    default_message = "Upgrading the vault failed; it was left as it was."


class UnsupportedFileError(PanaError):
    code = "unsupported-file"
    default_message = "This file is not a Pana file of a supported kind."


class ExchangeRefusal(StrEnum):
    """Why an exchange file was refused: the code the GUI and the CLI translate."""

    TOO_LARGE = "too-large"
    HEADER_TOO_LARGE = "header-too-large"
    TOO_MANY_STANZAS = "too-many-stanzas"
    WORK_FACTOR_TOO_HIGH = "work-factor-too-high"
    MALFORMED_ARMOR = "malformed-armor"
    MALFORMED_HEADER = "malformed-header"
    NOT_AGE = "not-age"
    UNSUPPORTED_VERSION = "unsupported-version"
    NOT_FOR_THIS_OFFICE = "not-for-this-office"
    TAMPERED = "tampered"
    TRUNCATED = "truncated"
    # The signed container inside (app.exchange.container) and who sent it.
    NOT_A_BUNDLE = "not-a-bundle"
    MALFORMED_BUNDLE = "malformed-bundle"
    DUPLICATE_ENTRY = "duplicate-entry"
    UNSUPPORTED_BUNDLE = "unsupported-bundle"
    UNVERIFIED_SENDER = "unverified-sender"
    UNKNOWN_SENDER = "unknown-sender"
    REVOKED_SENDER = "revoked-sender"
    NOT_SIGNED_FOR_THIS_OFFICE = "not-signed-for-this-office"
    UNSUPPORTED_SCHEMA = "unsupported-schema"
    TEXT_TOO_LONG = "text-too-long"
    BUNDLE_ID_REUSED = "bundle-id-reused"


_REFUSAL_MESSAGES = {
    ExchangeRefusal.TOO_LARGE: "The file is larger than Pana accepts for an exchange file.",
    ExchangeRefusal.HEADER_TOO_LARGE: "The file's encryption header is larger than any exchange file needs.",
    ExchangeRefusal.TOO_MANY_STANZAS: "The file is addressed to more recipients than Pana accepts.",
    ExchangeRefusal.WORK_FACTOR_TOO_HIGH: (
        "The file's passphrase protection would take too long to open; it may have been made to stall Pana."
    ),
    ExchangeRefusal.MALFORMED_ARMOR: "The file's text (ASCII armor) form is damaged or not strict.",
    ExchangeRefusal.MALFORMED_HEADER: "The file's encryption header is damaged or not in strict age form.",
    ExchangeRefusal.NOT_AGE: "This is not an exchange file (not an age-encrypted file).",
    ExchangeRefusal.UNSUPPORTED_VERSION: "The file uses a version of the age format this Pana cannot read.",
    ExchangeRefusal.NOT_FOR_THIS_OFFICE: "The file is not addressed to this office.",
    ExchangeRefusal.TAMPERED: (
        "The file was altered or damaged after it was made; ask the sender for a new copy."
    ),
    ExchangeRefusal.TRUNCATED: "The file is incomplete (cut short); ask the sender for a new copy.",
    ExchangeRefusal.NOT_A_BUNDLE: "The file decrypts, but what is inside is not a Pana exchange bundle.",
    ExchangeRefusal.MALFORMED_BUNDLE: "The bundle inside the file is damaged or not in Pana's strict form.",
    ExchangeRefusal.DUPLICATE_ENTRY: "The bundle lists one of its entries twice.",
    ExchangeRefusal.UNSUPPORTED_BUNDLE: "The bundle's exchange format version is one this Pana cannot read.",
    ExchangeRefusal.UNVERIFIED_SENDER: "The bundle's signature does not verify: it was altered or forged.",
    ExchangeRefusal.UNKNOWN_SENDER: "The bundle was signed by an office that is not a partner office.",
    ExchangeRefusal.REVOKED_SENDER: "The bundle was signed by a partner office that has been revoked.",
    ExchangeRefusal.NOT_SIGNED_FOR_THIS_OFFICE: (
        "The sender did not address the bundle to this office; it was passed on by someone else."
    ),
    ExchangeRefusal.UNSUPPORTED_SCHEMA: "The bundle comes from a Pana whose data model this one cannot read.",
    ExchangeRefusal.TEXT_TOO_LONG: "A record in the bundle holds a text longer than any field accepts.",
    ExchangeRefusal.BUNDLE_ID_REUSED: (
        "Another office already sent a bundle under this bundle's identity: one of them is forged."
    ),
}


class ExchangeFileError(UnsupportedFileError):
    """An exchange file refused before or while decrypting it; ``reason`` says why (nothing was imported).

    ``detail`` adds structure only (a line number, a count, a limit), never content of the file.
    """

    code = "exchange-file-refused"

    def __init__(self, reason: ExchangeRefusal, detail: str | None = None) -> None:
        message = _REFUSAL_MESSAGES[reason]
        super().__init__(f"{message} ({detail})" if detail else message)
        self.reason = reason
        self.detail = detail


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


class BackupInVaultFolderError(ValidationError):
    """A backup asked for in the vault's own folder: it would be lost with the vault's disk, and
    outlive the vault's erasure."""

    def __init__(self, destination: str) -> None:
        super().__init__(destination, "is in the vault's own folder; choose another place", "vault-folder")


class UsageError(ValidationError):
    """A command given the wrong arguments, or a wrong combination of them (the CLI exits 2)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(field, message, "usage")


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
    return DiskFullError() if WriteRefusal.of(exc) is WriteRefusal.FULL else StorageError()


class AttachmentDamagedError(VaultDamagedError):
    """One attachment's bytes no longer match their SHA-256: that file is not shown; the session
    goes on (the database itself read back whole)."""

    code = "attachment-damaged"
    default_message = "The attachment is damaged (its SHA-256 does not match); restore it from a backup."
    ends_session = False


class AttachmentNotReceivedError(PanaError):
    """An attachment's record came from another office without its bytes (a bundle written without
    files, or one that office wrote without them): nothing is damaged, a bundle with files brings
    them."""

    code = "attachment-not-received"
    default_message = "This file has not arrived yet: the office that sent its record has not sent the file."


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


class OfficeCardError(PanaError):
    """An office card was refused; ``reason`` is a stable code the CLI and the GUI phrase.

    The card is hostile input: nothing of its content is quoted in the message.
    """

    code = "office-card-refused"
    NOT_A_CARD = "not-a-card"
    TOO_LARGE = "too-large"
    UNSUPPORTED_VERSION = "unsupported-version"
    BAD_FIELD = "bad-field"
    BAD_SIGNATURE = "bad-signature"
    OWN_CARD = "own-card"
    REVOKED = "revoked"
    _REASONS: ClassVar[dict[str, str]] = {
        NOT_A_CARD: "This file is not a Pana office card.",
        TOO_LARGE: "This file is too large to be an office card.",
        UNSUPPORTED_VERSION: "This office card was made by another version of Pana; it cannot be read.",
        BAD_FIELD: "This office card has a missing or malformed field.",
        BAD_SIGNATURE: "This office card's signature does not match: it was altered or damaged.",
        OWN_CARD: "This is this office's own card, not a partner's.",
        REVOKED: "This office was revoked with these keys; only a card with new keys can add it again.",
    }

    def __init__(self, reason: str, detail: str = "") -> None:
        message = self._REASONS[reason]
        super().__init__(f"{message} ({detail})" if detail else message)
        self.reason = reason


class PartnerNotFoundError(NotFoundError):
    code = "partner-not-found"
    default_message = "No partner office has this id; 'pana office list' lists them."


class TamperedRevisionError(PanaError):
    """An incoming revision whose id is not the hash of its content, or whose shape is not a revision's."""

    code = "revision-tampered"
    default_message = "A record in this file was altered after it was written; nothing was imported."
