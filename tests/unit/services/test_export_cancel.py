# SPDX-License-Identifier: GPL-3.0-or-later
"""A cancelled or failed export leaves no file, not even a partial one, and no ledger entry; a cancel
that arrives once the file is complete does not report a finished export as failed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.errors import Cancelled
from app.services.cases import CaseService
from app.services.exchange import ExchangeService

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
