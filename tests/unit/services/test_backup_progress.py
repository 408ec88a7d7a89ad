# SPDX-License-Identifier: GPL-3.0-or-later
"""A backup tells how far it is and can be cancelled at any point with nothing left behind."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import interrupt
from app.domain.errors import Cancelled
from app.services import told as told_module
from app.services.admin import AdminService
from app.services.backups import read_backup
from app.services.demo import populate
from app.services.session import UnlockedVault
from app.services.told import STEPS


@pytest.fixture
def filled(vault: UnlockedVault) -> UnlockedVault:
    populate(vault, 40)
    return vault


_LONG_COUNT = text(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT count(*) FROM n"
)


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_progress_runs_from_nothing_to_all_in_order_and_the_backup_is_whole(
    filled: UnlockedVault, tmp_path: Path
) -> None:
    told: list[tuple[int, int, str]] = []
    AdminService(filled).backup(tmp_path / "office.panabackup", lambda *step: told.append(step))
    steps = [step for step, _, _ in told]
    assert steps[0] == 0 and steps[-1] == STEPS
    assert steps == sorted(steps) and len(set(steps)) > 5  # it moves on, in order
    assert {(total, message) for _, total, message in told} == {(STEPS, "backup")}
    read_backup(tmp_path / "office.panabackup")  # checksums hold


class _Cancelling:
    """A progress that cancels once ``reached`` (after the first call, made before any work)."""

    def __init__(self, reached: int, seen: list[int]) -> None:
        self.reached, self.seen = reached, seen

    def __call__(self, step: int, total: int, message: str) -> None:
        self.seen.append(step)
        if step >= self.reached and len(self.seen) > 1:
            raise Cancelled()


@pytest.mark.parametrize(
    "reached",
    [0, STEPS * 3 // 4 + 1, STEPS],
    ids=["copying the database", "writing the file", "at the very end"],
)
def test_a_cancelled_backup_leaves_nothing_and_the_vault_works_on(
    filled: UnlockedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reached: int
) -> None:
    monkeypatch.setattr(interrupt, "STEPS_PER_TICK", 1_000)  # look often: the small vault copies fast
    monkeypatch.setattr(told_module, "QUIET_SECONDS", 0.0)  # and tell each look, so a cancel is seen there
    target = tmp_path / "out"
    target.mkdir()
    seen: list[int] = []
    progress = _Cancelling(reached, seen)
    held = weakref.ref(progress)
    with pytest.raises(Cancelled):
        AdminService(filled).backup(target / "office.panabackup", progress)
    assert _files(target) == []
    if reached == 0:
        assert seen[-1] < STEPS * 3 // 4  # stopped inside VACUUM INTO, by its progress handler
    # The connection no longer carries the handler: a long statement runs to its end, unwatched.
    told = len(seen)
    with filled.db.transaction(readonly=True) as session:
        counted = session.execute(_LONG_COUNT).scalar()
    assert counted == 200_000 and len(seen) == told
    del progress
    gc.collect()
    assert held() is None  # no connection keeps the handler, and through it the caller's progress
    AdminService(filled).backup(target / "office.panabackup")  # and the next backup is whole
    read_backup(target / "office.panabackup")
