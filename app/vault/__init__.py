# SPDX-License-Identifier: GPL-3.0-or-later
"""Vault keys: the key ring wrapping the master key, the instance lock, crypto-erase."""

from app.vault.kdf import KdfParams
from app.vault.keyring import KeyRing, Unlocked, erase
from app.vault.lock import LOCK_FILE_NAME, InstanceLock
from app.vault.memory import wipe
from app.vault.storage import KEY_FILE_NAME

__all__ = [
    "KEY_FILE_NAME",
    "LOCK_FILE_NAME",
    "InstanceLock",
    "KdfParams",
    "KeyRing",
    "Unlocked",
    "erase",
    "wipe",
]
