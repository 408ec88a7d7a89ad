# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit log's chain head that a connection remembers (``app.db.audit``): never trusted unchecked."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db import audit
from app.db.audit import HEAD
from app.db.models import AuditEntry
from app.services.session import UnlockedVault


def _append(vault: UnlockedVault, action: str) -> None:
    with vault.db.transaction() as session:
        audit.append(session, action, vault.actor.user_id, vault.actor.device_id, n=1)


def _entries(vault: UnlockedVault) -> tuple[int, int | None]:
    with vault.db.transaction(readonly=True) as session:
        count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        return count, audit.first_broken_entry(session)


def test_a_rolled_back_entry_leaves_no_gap(vault: UnlockedVault) -> None:
    before, _ = _entries(vault)
    _append(vault, "fictional-1")  # the connection now remembers the head it wrote
    with pytest.raises(RuntimeError), vault.db.transaction() as session:
        audit.append(session, "fictional-rolled-back", vault.actor.user_id, vault.actor.device_id)
        raise RuntimeError  # the head remembered is now an entry that does not exist
    _append(vault, "fictional-2")
    assert _entries(vault) == (before + 2, None)


@pytest.mark.parametrize("stale", ["behind", "wrong hash", "ahead"])
def test_a_head_moved_by_another_connection_is_looked_up_again(vault: UnlockedVault, stale: str) -> None:
    _append(vault, "fictional-1")
    _append(vault, "fictional-2")
    before, _ = _entries(vault)
    with vault.db.transaction() as session:
        connection = session.connection()
        seq = connection.scalar(select(func.max(AuditEntry.seq))) or 0
        connection.info[HEAD] = {
            "behind": (seq - 1, connection.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq - 1))),
            "wrong hash": (seq, "f" * 64),
            "ahead": (seq + 1, "e" * 64),
        }[stale]
        audit.append(session, "fictional-3", vault.actor.user_id, vault.actor.device_id)
        assert connection.info[HEAD][0] == seq + 1
    _append(vault, "fictional-4")  # from the head remembered, checked
    assert _entries(vault) == (before + 2, None)
