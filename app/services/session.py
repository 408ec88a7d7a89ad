# SPDX-License-Identifier: GPL-3.0-or-later
"""An unlocked vault: the open database, who is acting, and the key material to drop on lock."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.db.session import Database
from app.domain.case_caches import forget_case_data
from app.domain.records import Actor
from app.vault import InstanceLock, KeyRing, wipe


@dataclass(eq=False)
class UnlockedVault:
    """Held by the composition root while the vault is open; ``lock()`` ends it."""

    directory: Path
    db: Database
    actor: Actor
    ring: KeyRing
    master_key: bytearray = field(repr=False)
    instance_lock: InstanceLock = field(repr=False)

    def lock(self) -> None:
        """Close every connection, zero the master key, empty the caches of case data and release the
        instance lock."""
        self.db.close()
        wipe(self.master_key)
        forget_case_data()
        self.instance_lock.release()

    @property
    def is_open(self) -> bool:
        return self.db.is_open
