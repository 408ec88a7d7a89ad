# SPDX-License-Identifier: GPL-3.0-or-later
"""Bulk loading (``app.db.bulk``, ``app.services.demo.populate``): the larger page cache is the job's
alone, and rows written in key order over several transactions are all there."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.bulk import BULK_CACHE_KIB, bulk_cache
from app.names import keys
from app.services import demo
from app.services.session import UnlockedVault

#: What app.db.engine gives every connection.
EVERY_CONNECTION = -65536


def _cache(session: Session) -> int:
    return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


def test_the_bulk_cache_is_set_back_after_the_block(vault: UnlockedVault) -> None:
    with vault.db.transaction() as session:
        assert _cache(session) == EVERY_CONNECTION
        with bulk_cache(session.connection()):
            assert _cache(session) == -BULK_CACHE_KIB
        assert _cache(session) == EVERY_CONNECTION


def test_the_bulk_cache_is_set_back_when_the_block_fails(vault: UnlockedVault) -> None:
    with vault.db.transaction() as session:
        with pytest.raises(RuntimeError), bulk_cache(session.connection(), kib=1024):
            assert _cache(session) == -1024
            raise RuntimeError
        assert _cache(session) == EVERY_CONNECTION


def test_populate_leaves_every_connection_its_own_cache(vault: UnlockedVault) -> None:
    demo.populate(vault, 3, seed=7)
    with pytest.raises(RuntimeError):
        demo.populate(vault, 3, seed=8, progress=_fail)
    for _ in range(3):  # whichever pooled connection the next transactions get
        with vault.db.transaction() as session:
            assert _cache(session) == EVERY_CONNECTION


def _fail(done: int, total: int, message: str) -> None:
    raise RuntimeError


def test_every_revision_and_name_key_is_written_over_several_transactions(
    vault: UnlockedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two transactions of three flushes each, the last flush of each short.
    monkeypatch.setattr(demo, "BATCH", 2)
    monkeypatch.setattr(demo, "TRANSACTION", 5)
    seen: list[int] = []
    assert demo.populate(vault, 8, seed=3, progress=lambda done, total, _: seen.append(done)) == 8
    assert seen == [2, 4, 5, 7, 8]
    with vault.db.transaction(readonly=True) as session:
        assert session.scalar(select(func.count()).select_from(m.Case)) == 8
        for model in (m.Person, m.PersonName, m.Case, m.Relative, m.PressureReport, m.Link):
            heads = session.scalars(select(model.rev)).all()
            found = session.scalar(select(func.count()).where(m.Revision.id.in_(heads)))
            assert heads and found == len(heads), model.__tablename__
        spellings = session.execute(select(m.PersonName.id, m.PersonName.text)).all()
        wanted = {(key, name_id) for name_id, text in spellings for key in keys(text)}
        stored = {
            (key, name_id) for key, name_id in session.execute(select(m.NameKey.key, m.NameKey.name_id))
        }
        assert stored == wanted


def test_a_cancelled_transaction_leaves_no_revision_behind(vault: UnlockedVault) -> None:
    before = _counts(vault)
    with pytest.raises(RuntimeError):
        demo.populate(vault, 3, seed=9, progress=_fail)
    assert _counts(vault) == before


def _counts(vault: UnlockedVault) -> tuple[int | None, ...]:
    with vault.db.transaction(readonly=True) as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) for model in (m.Revision, m.NameKey)
        )
