# SPDX-License-Identifier: GPL-3.0-or-later
"""The user's-language message for each typed error; anything not listed is a bug (crash dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain import errors as e
from app.petitions.errors import BlankFieldsError, TemplateError, TemplateNotFoundError
from app.ui.placeholders import filled
from app.ui.prompts import UserPrompts
from app.ui.tr_noop import QT_TRANSLATE_NOOP

#: One message per typed error class, looked up along the class hierarchy.
MESSAGES: dict[type[e.PanaError], str] = {
    e.WrongPassphraseError: QT_TRANSLATE_NOOP("errors", "Wrong passphrase (or wrong user name). Try again."),
    e.WrongRecoveryKeyError: QT_TRANSLATE_NOOP("errors", "This recovery key does not unlock this vault."),
    e.RecoveryKeyTypoError: QT_TRANSLATE_NOOP(
        "errors", "The recovery key has a typing error. Check each group of five characters."
    ),
    e.KeyFileDamagedError: QT_TRANSLATE_NOOP(
        "errors", "The vault key file is damaged or was altered. Restore the vault from a backup."
    ),
    e.KeyFileTooCostlyError: QT_TRANSLATE_NOOP(
        "errors",
        "The key file would take too long to try; it may have been altered to make unlocking slow. "
        "Restore the vault from a backup.",
    ),
    e.AttachmentDamagedError: QT_TRANSLATE_NOOP(
        "errors", "This file is damaged: its bytes no longer match what was stored. Restore it from a backup."
    ),
    e.AttachmentNotReceivedError: QT_TRANSLATE_NOOP(
        "errors",
        "This file has not been received yet: the office that sent its record did not include the file. "
        "Ask that office for an exchange file of this case with its files.",
    ),
    e.VaultDamagedError: QT_TRANSLATE_NOOP(
        "errors", "The vault database is damaged. Restore the vault from a backup."
    ),
    e.KeyFileMismatchError: QT_TRANSLATE_NOOP(
        "errors",
        "The key file and the database in this folder belong to different vaults. "
        "Put back this vault's own key file, or restore the vault from a backup.",
    ),
    e.VaultTooNewError: QT_TRANSLATE_NOOP(
        "errors", "This vault was made by a newer version of Pana. Update Pana to open it."
    ),
    e.VaultLockedByOtherError: QT_TRANSLATE_NOOP(
        "errors", "The vault is open in another Pana window. Close it there first."
    ),
    e.MigrationError: QT_TRANSLATE_NOOP(
        "errors", "Upgrading the vault failed. Nothing was changed; the vault is as it was."
    ),
    e.BackupInVaultFolderError: QT_TRANSLATE_NOOP(
        "errors",
        "A backup in the vault's own folder would be lost with the vault's disk. Choose another place, "
        "such as a USB stick.",
    ),
    e.BackupWriteError: QT_TRANSLATE_NOOP(
        "errors", "The backup could not be written to %1: %2. The vault itself is unchanged."
    ),
    e.UpgradeBackupWriteError: QT_TRANSLATE_NOOP(
        "errors",
        "Before upgrading the vault, Pana could not write a backup of it to %1: %2. "
        "The vault was not upgraded and is unchanged.",
    ),
    e.StorageError: QT_TRANSLATE_NOOP(
        "errors", "The vault could not be read or written (disk full, read-only or removed)."
    ),
    e.VaultNotFoundError: QT_TRANSLATE_NOOP("errors", "There is no vault in this folder."),
    e.VaultExistsError: QT_TRANSLATE_NOOP("errors", "A vault already exists in this folder."),
    e.VaultLockedError: QT_TRANSLATE_NOOP("errors", "The vault is locked."),
    e.UnsupportedDriverError: QT_TRANSLATE_NOOP(
        "errors",
        "This copy of Pana lacks the encryption it needs (SQLCipher 4); it opens and stores nothing.",
    ),
    e.UnsupportedFileError: QT_TRANSLATE_NOOP("errors", "This file is not a Pana file of a supported kind."),
    e.BackupDamagedError: QT_TRANSLATE_NOOP("errors", "The backup file is damaged or not a Pana backup."),
    e.AuditChainBrokenError: QT_TRANSLATE_NOOP("errors", "The audit log has been altered."),
    e.ValidationError: QT_TRANSLATE_NOOP("errors", "Some information is not valid; check the form."),
    e.NotFoundError: QT_TRANSLATE_NOOP("errors", "This record no longer exists."),
    e.CopyNotFoundError: QT_TRANSLATE_NOOP("errors", "This copy of the vault no longer exists."),
    e.LastSlotError: QT_TRANSLATE_NOOP("errors", "The last passphrase of the vault cannot be removed."),
    e.KeyRotationPendingError: QT_TRANSLATE_NOOP(
        "errors", "A key change was interrupted; finish it before changing keys again."
    ),
    e.Cancelled: QT_TRANSLATE_NOOP("errors", "Cancelled."),
    e.TamperedRevisionError: QT_TRANSLATE_NOOP(
        "errors", "A record in this file was altered after it was written; nothing was imported."
    ),
    e.OfficeCardError: QT_TRANSLATE_NOOP("errors", "This office card cannot be used."),
    e.PartnerNotFoundError: QT_TRANSLATE_NOOP("errors", "This partner office is not on the list."),
    TemplateError: QT_TRANSLATE_NOOP("errors", "A petition template has a mistake."),
    BlankFieldsError: QT_TRANSLATE_NOOP("errors", "Some fields of the petition are not filled in."),
    TemplateNotFoundError: QT_TRANSLATE_NOOP("errors", "There is no such petition template."),
}

#: Why a file was not written (``FileWriteError.why``): the %2 of its message, %1 naming the file.
WRITE_REFUSALS: dict[e.WriteRefusal, str] = {
    e.WriteRefusal.FULL: QT_TRANSLATE_NOOP("errors", "the disk is full"),
    e.WriteRefusal.READ_ONLY: QT_TRANSLATE_NOOP("errors", "the medium is read-only"),
    e.WriteRefusal.NOT_PERMITTED: QT_TRANSLATE_NOOP("errors", "there is no permission to write there"),
    e.WriteRefusal.NO_FOLDER: QT_TRANSLATE_NOOP(
        "errors", "its folder is not there (was the medium removed?)"
    ),
    e.WriteRefusal.FAILED: QT_TRANSLATE_NOOP("errors", "the medium failed or was removed"),
}

_R = e.ExchangeRefusal
#: Why an exchange file was refused, by ``ExchangeFileError.reason``: nothing of it was imported.
REFUSALS: dict[e.ExchangeRefusal, str] = {
    _R.TOO_LARGE: QT_TRANSLATE_NOOP("errors", "The file is larger than Pana accepts for an exchange file."),
    _R.HEADER_TOO_LARGE: QT_TRANSLATE_NOOP(
        "errors", "The file's encryption header is larger than any exchange file needs: it may be hostile."
    ),
    _R.TOO_MANY_STANZAS: QT_TRANSLATE_NOOP(
        "errors", "The file is addressed to more offices than Pana accepts."
    ),
    _R.WORK_FACTOR_TOO_HIGH: QT_TRANSLATE_NOOP(
        "errors", "The file would take too long to open; it may have been made to stall Pana."
    ),
    _R.MALFORMED_ARMOR: QT_TRANSLATE_NOOP("errors", "The file is damaged (its text form is broken)."),
    _R.MALFORMED_HEADER: QT_TRANSLATE_NOOP(
        "errors", "The file is damaged (its encryption header is broken)."
    ),
    _R.NOT_AGE: QT_TRANSLATE_NOOP("errors", "This is not a Pana exchange file."),
    _R.UNSUPPORTED_VERSION: QT_TRANSLATE_NOOP(
        "errors", "The file was encrypted in a format version this Pana cannot read."
    ),
    _R.NOT_FOR_THIS_OFFICE: QT_TRANSLATE_NOOP(
        "errors", "This file is not for this office: it was encrypted for other offices only."
    ),
    _R.TAMPERED: QT_TRANSLATE_NOOP(
        "errors", "The file was altered or damaged after it was made. Ask the sender for a new copy."
    ),
    _R.TRUNCATED: QT_TRANSLATE_NOOP(
        "errors", "The file is incomplete (cut short). Ask the sender for a new copy."
    ),
    _R.NOT_A_BUNDLE: QT_TRANSLATE_NOOP(
        "errors", "The file opens, but it does not hold a Pana exchange bundle."
    ),
    _R.MALFORMED_BUNDLE: QT_TRANSLATE_NOOP("errors", "The bundle inside the file is damaged."),
    _R.DUPLICATE_ENTRY: QT_TRANSLATE_NOOP("errors", "The bundle inside the file lists an entry twice."),
    _R.UNSUPPORTED_BUNDLE: QT_TRANSLATE_NOOP(
        "errors", "The bundle was made by a version of Pana whose exchange format this one cannot read."
    ),
    _R.UNVERIFIED_SENDER: QT_TRANSLATE_NOOP(
        "errors", "The bundle's signature does not match: it was altered or forged."
    ),
    _R.UNKNOWN_SENDER: QT_TRANSLATE_NOOP(
        "errors", "The bundle comes from an office that is not one of your partner offices."
    ),
    _R.REVOKED_SENDER: QT_TRANSLATE_NOOP(
        "errors", "The bundle comes from a partner office that was revoked (Preferences, Partner offices)."
    ),
    _R.NOT_SIGNED_FOR_THIS_OFFICE: QT_TRANSLATE_NOOP(
        "errors", "The sender did not address this bundle to this office; someone else passed it on."
    ),
    _R.UNSUPPORTED_SCHEMA: QT_TRANSLATE_NOOP(
        "errors", "The bundle comes from a newer (or much older) Pana; update Pana to read it."
    ),
    _R.TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "errors", "A record in the bundle holds a text longer than any field accepts; nothing was imported."
    ),
    _R.BUNDLE_ID_REUSED: QT_TRANSLATE_NOOP(
        "errors",
        "Another office already sent a bundle under this bundle's identity: one of them is forged. "
        "Nothing was imported; ask the sender, by phone, which bundles they sent.",
    ),
}


def message_for(error: BaseException) -> str | None:
    """The translated message for a typed error, or None when ``error`` is a bug."""
    if not isinstance(error, e.PanaError):
        return None
    if isinstance(error, e.ExchangeFileError) and error.reason in REFUSALS:
        return QCoreApplication.translate("errors", REFUSALS[error.reason])
    for cls in type(error).__mro__:
        if cls in MESSAGES:
            return _filled_in(error, QCoreApplication.translate("errors", MESSAGES[cls]))
    return operation_failed()


def _filled_in(error: e.PanaError, message: str) -> str:
    """``message`` naming the file a ``FileWriteError`` could not write (%1) and why (%2)."""
    if not isinstance(error, e.FileWriteError):
        return message
    why = QCoreApplication.translate("errors", WRITE_REFUSALS[error.why])
    return filled(message, error.path, why)


def operation_failed() -> str:
    """The words for a failure that has none of its own."""
    return QCoreApplication.translate("errors", "The operation failed.")


def show_failure(prompts: UserPrompts, parent: QWidget | None, message: str | None) -> None:
    """Show ``message`` in an error box; None (a bug, see ``message_for``) opens the crash box."""
    if message is None:
        prompts.crash(parent)
    else:
        prompts.error(parent, message)
