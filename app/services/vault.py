# SPDX-License-Identifier: GPL-3.0-or-later
"""Creating, unlocking and administering a vault: key slots, users, erase, schema upgrades.

The work is in ``vault_database``, imported when a method first needs it: the unlock screen and the
first-run wizard hold a VaultService, and show before SQLAlchemy and the schema are loaded (about
half a second of a start on a busy laptop, issue #13).

Threading: call from one thread at a time (the CLI, or the GUI's database worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.progress import Progress
from app.vault import KEY_FILE_NAME, KdfParams

if TYPE_CHECKING:
    from app.services.session import UnlockedVault


@dataclass(frozen=True, slots=True)
class NewVault:
    """What ``create`` hands back: the open vault and the recovery key to show exactly once."""

    vault: UnlockedVault
    recovery_key: str


class VaultService:
    """Operations on the vault in one directory."""

    def __init__(self, directory: Path, *, kdf: KdfParams | None = None) -> None:
        self.directory = directory
        #: The key-derivation cost of new key slots (None: calibrated on this machine).
        self.kdf = kdf
        #: Wrong passphrases since the last unlock, written to the audit log by the next one.
        self.failed_unlocks = 0

    @property
    def keys_path(self) -> Path:
        return self.directory / KEY_FILE_NAME

    def exists(self) -> bool:
        return self.keys_path.exists()

    def create(self, *, office_name: str, username: str, passphrase: str, display_name: str = "") -> NewVault:
        """A new vault with one office, one user and a recovery key; VaultExistsError if one is here.

        ``ValidationError`` for a user name that ``check_username`` refuses, an office without a
        name or a passphrase too easy to guess (``require_strong``), before anything is written.
        """
        from app.services.vault_database import create_vault

        return create_vault(
            self, office_name=office_name, username=username, passphrase=passphrase, display_name=display_name
        )

    def open(
        self, passphrase: str, username: str | None = None, progress: Progress | None = None
    ) -> UnlockedVault:
        """Unlock with a user's passphrase (WrongPassphraseError, KeyFileDamagedError, VaultDamagedError,
        VaultTooNewError, VaultLockedByOtherError)."""
        from app.services.vault_database import open_with_passphrase

        return open_with_passphrase(self, passphrase, username, progress)

    def open_with_recovery(self, recovery_key: str, progress: Progress | None = None) -> UnlockedVault:
        """Unlock with the printed recovery key (RecoveryKeyTypoError, WrongRecoveryKeyError, ...)."""
        from app.services.vault_database import open_with_recovery

        return open_with_recovery(self, recovery_key, progress)

    def erase(self) -> None:
        """Crypto-erase the vault and every copy Pana made of it (``copies.erase_vault``): all key slots
        first (the databases become noise), then the databases and kept folders."""
        from app.services.vault_database import crypto_erase

        crypto_erase(self)

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
        from app.services.vault_database import restore_backup

        return restore_backup(self, backup, passphrase, username, progress)
