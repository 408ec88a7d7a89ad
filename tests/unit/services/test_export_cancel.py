# SPDX-License-Identifier: GPL-3.0-or-later
"""A cancelled or failed export leaves no file, not even a partial one, and no ledger entry; a cancel
that arrives once the file is complete does not report a finished export as failed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import audit
from app.db import models as m
from app.domain import records as r
from app.domain.errors import Cancelled, NotFoundError, StorageError
from app.services.admin import AdminService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.reports import ReportFormat, ReportRequest, ReportService

from .exchange_kit import make_office, partners


@pytest.mark.parametrize("step", ["collect", "encrypt", "write"])
def test_a_cancel_at_any_step_leaves_nothing(tmp_path: Path, step: str) -> None:
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    try:
        CaseService(a).open_case(r.Person(), [r.PersonName("", "Айгүл (fictional)")], r.Case("", ""))
        folder = tmp_path / "usb"
        folder.mkdir()

        def progress(done: int, total: int, message: str) -> None:
            if message == step:
                raise Cancelled()

        with pytest.raises(Cancelled):
            ExchangeService(a).export(folder / "x.age", to=[b.actor.office_id], progress=progress)
        assert list(folder.iterdir()) == []
        # Nothing was recorded as sent: the next "changes since the last file" still sends everything.
        again = ExchangeService(a).export(folder / "y.age", to=[b.actor.office_id], since_last=True)
        assert again.revisions > 0
    finally:
        a.lock()
        b.lock()


def test_a_failing_write_leaves_no_partial_file_and_a_late_cancel_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    try:
        folder = tmp_path / "usb"
        folder.mkdir()

        def full_disk(fd: int) -> None:
            raise OSError(28, "No space left on device")

        with monkeypatch.context() as patch:
            patch.setattr(os, "fsync", full_disk)
            with pytest.raises(OSError):
                ExchangeService(a).export(folder / "x.age", to=[b.actor.office_id])
        assert list(folder.iterdir()) == []

        def cancel_when_done(done: int, total: int, message: str) -> None:
            if message == "done":
                raise Cancelled()

        written = ExchangeService(a).export(
            folder / "y.age", to=[b.actor.office_id], progress=cancel_when_done
        )
        assert written.path.exists()
    finally:
        a.lock()
        b.lock()


def test_a_file_the_vault_cannot_record_is_not_left_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vault's disk fills between writing the file (on a stick) and recording it: the export
    fails and removes its file, so no file goes out whose running numbers the next one reuses; a
    report (plain text) is removed too. A backup is kept (it is whole, and wanted most then): its
    audit entry waits for the next write."""
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    try:
        CaseService(a).open_case(r.Person(), [r.PersonName("", "Айгүл (fictional)")], r.Case("", ""))
        folder = tmp_path / "usb"
        folder.mkdir()

        def full(*args: object, **kwargs: object) -> None:
            raise StorageError()

        with monkeypatch.context() as patch:
            patch.setattr(audit, "append", full)
            with pytest.raises(StorageError):
                ExchangeService(a).export(folder / "x.age", to=[b.actor.office_id])
            with pytest.raises(StorageError):
                ReportService(a).export(folder / "r.csv", ReportRequest(ReportFormat.CSV))
            assert AdminService(a).backup(folder / "a.panabackup") > 0
        assert [p.name for p in folder.iterdir()] == ["a.panabackup"]
        with a.db.transaction(readonly=True) as session:
            before = session.scalar(select(func.count()).select_from(m.AuditEntry))
        ExchangeService(a).export(folder / "y.age", to=[b.actor.office_id])  # the next write
        with a.db.transaction(readonly=True) as session:
            actions = session.scalars(select(m.AuditEntry.action).where(m.AuditEntry.seq > before)).all()
        assert list(actions) == ["backup", "export"]
    finally:
        a.lock()
        b.lock()


def test_a_file_of_a_case_this_vault_never_held_is_refused(tmp_path: Path) -> None:
    """A mistyped id wrote an empty bundle and counted it as sent; a deleted case still goes out (its
    deletion travels)."""
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    try:
        case_id = CaseService(a).open_case(
            r.Person(), [r.PersonName("", "Айгүл (fictional)")], r.Case("", "")
        )
        folder = tmp_path / "usb"
        folder.mkdir()
        unknown = r.new_id()
        with pytest.raises(NotFoundError, match=f"No case {unknown}"):
            ExchangeService(a).export(folder / "x.age", to=[b.actor.office_id], cases=[case_id, unknown])
        assert list(folder.iterdir()) == []
        CaseService(a).delete_case(case_id)
        assert ExchangeService(a).export(folder / "y.age", to=[b.actor.office_id], cases=[case_id]).revisions
    finally:
        a.lock()
        b.lock()
