# SPDX-License-Identifier: GPL-3.0-or-later
"""A cancelled or failed export leaves no file, not even a partial one, and no ledger entry; a cancel
that arrives once the file is complete does not report a finished export as failed; a file the vault
cannot record is removed again; a case the vault never held is refused."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import audit
from app.db import models as m
from app.domain import records as r
from app.domain.errors import Cancelled, NotFoundError, StorageError
from app.services.admin import AdminService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.listing import ListingService
from app.services.reports import ReportFormat, ReportRequest, ReportService
from app.services.session import UnlockedVault

from .exchange_kit import partnered


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, ...]]:
    """Offices A (with one case) and B, partners."""
    with partnered(tmp_path, "AB") as both:
        CaseService(both[0]).open_case(r.Person(), [r.PersonName("", "Айгүл (fictional)")], r.Case("", ""))
        yield both


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("step", ["collect", "encrypt", "write"])
def test_a_cancel_at_any_step_leaves_nothing(
    offices: tuple[UnlockedVault, ...], usb: Path, step: str
) -> None:
    a, b = offices

    def progress(done: int, total: int, message: str) -> None:
        if message == step:
            raise Cancelled()

    with pytest.raises(Cancelled):
        ExchangeService(a).export(usb / "x.age", to=[b.actor.office_id], progress=progress)
    assert list(usb.iterdir()) == []
    # Nothing was recorded as sent: the next "changes since the last file" still sends everything.
    again = ExchangeService(a).export(usb / "y.age", to=[b.actor.office_id], since_last=True)
    assert again.revisions > 0


def test_a_failing_write_leaves_no_partial_file_and_a_late_cancel_is_ignored(
    offices: tuple[UnlockedVault, ...], usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = offices

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", full_disk)
        with pytest.raises(OSError):
            ExchangeService(a).export(usb / "x.age", to=[b.actor.office_id])
    assert list(usb.iterdir()) == []

    def cancel_when_done(done: int, total: int, message: str) -> None:
        if message == "done":
            raise Cancelled()

    written = ExchangeService(a).export(usb / "y.age", to=[b.actor.office_id], progress=cancel_when_done)
    assert written.path.exists()


def test_a_file_the_vault_cannot_record_is_not_left_behind(
    offices: tuple[UnlockedVault, ...], usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vault's disk fills between writing the file (on a stick) and recording it: the export
    fails and removes its file, so no file goes out whose running numbers the next one reuses; a
    report (plain text) is removed too. A backup is kept (it is whole, and wanted most then): its
    audit entry waits for the next write."""
    a, b = offices

    def full(*args: object, **kwargs: object) -> None:
        raise StorageError()

    with monkeypatch.context() as patch:
        patch.setattr(audit, "append", full)
        with pytest.raises(StorageError):
            ExchangeService(a).export(usb / "x.age", to=[b.actor.office_id])
        with pytest.raises(StorageError):
            ReportService(a).export(usb / "r.csv", ReportRequest(ReportFormat.CSV))
        assert AdminService(a).backup(usb / "a.panabackup") > 0
    assert [p.name for p in usb.iterdir()] == ["a.panabackup"]
    with a.db.transaction(readonly=True) as session:
        before = session.scalar(select(func.count()).select_from(m.AuditEntry))
    ExchangeService(a).export(usb / "y.age", to=[b.actor.office_id])  # the next write
    with a.db.transaction(readonly=True) as session:
        actions = session.scalars(select(m.AuditEntry.action).where(m.AuditEntry.seq > before)).all()
    assert list(actions) == ["backup", "export"]


def test_a_file_of_a_case_this_vault_never_held_is_refused(
    offices: tuple[UnlockedVault, ...], usb: Path
) -> None:
    """A mistyped id wrote an empty bundle and counted it as sent; a deleted case still goes out (its
    deletion travels)."""
    a, b = offices
    case_id = ListingService(a).page(r.CaseFilter(), limit=1).rows[0].id
    unknown = r.new_id()
    with pytest.raises(NotFoundError, match=f"No case {unknown}"):
        ExchangeService(a).export(usb / "x.age", to=[b.actor.office_id], cases=[case_id, unknown])
    assert list(usb.iterdir()) == []
    CaseService(a).delete_case(case_id)
    assert ExchangeService(a).export(usb / "y.age", to=[b.actor.office_id], cases=[case_id]).revisions


def test_an_interrupt_just_after_the_record_keeps_the_file_it_records(
    offices: tuple[UnlockedVault, ...], usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C landing after the export was recorded must not remove the file the vault says went
    out: its running number would then be reported missing at the partner."""
    a, b = offices
    real = a.db.transaction

    @contextlib.contextmanager
    def interrupted_after_commit(*, readonly: bool = False) -> Iterator[Any]:
        with real(readonly=readonly) as session:
            yield session
        if not readonly:
            raise KeyboardInterrupt

    monkeypatch.setattr(a.db, "transaction", interrupted_after_commit)
    with pytest.raises(KeyboardInterrupt):
        ExchangeService(a).export(usb / "x.age", to=[b.actor.office_id])
    monkeypatch.undo()
    assert [p.name for p in usb.iterdir()] == ["x.age"]
    assert ExchangeService(b).import_bundle((usb / "x.age").read_bytes()).missing == ()
