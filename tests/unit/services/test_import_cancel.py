# SPDX-License-Identifier: GPL-3.0-or-later
"""An import reports its progress and can be cancelled until it commits: a cancelled import changes
nothing (it is one transaction), and the same file imports afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.errors import Cancelled
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.listing import ListingService

from .exchange_kit import make_office, partners


@pytest.mark.parametrize("cancel_at", [0, 1, -1])  # the first tick, the second, the last
def test_a_cancelled_import_changes_nothing_and_the_file_imports_later(
    tmp_path: Path, cancel_at: int
) -> None:
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    try:
        for number in range(3):
            name = [r.PersonName("", f"Айгүл {number} (fictional)")]
            CaseService(a).open_case(r.Person(), name, r.Case("", "", reference=f"A-{number}"))
        out = tmp_path / "a.age"
        ExchangeService(a).export(out, to=[b.actor.office_id])
        ticks: list[tuple[int, int, str]] = []
        ExchangeService(b).import_bundle(
            out.read_bytes(), dry_run=True, progress=lambda *tick: ticks.append(tick)
        )
        merge_ticks = [tick for tick in ticks if tick[2] == "merge"]
        assert ticks[0][2] == "read" and len(merge_ticks) >= 3
        assert all(0 <= done <= total for done, total, _ in merge_ticks)
        stop_at = merge_ticks[cancel_at]

        def progress(done: int, total: int, message: str) -> None:
            if (done, total, message) == stop_at:
                raise Cancelled()

        with pytest.raises(Cancelled):
            ExchangeService(b).import_bundle(out.read_bytes(), progress=progress)
        assert ListingService(b).page(r.CaseFilter()).total == 0
        report = ExchangeService(b).import_bundle(out.read_bytes())
        assert not report.already_imported and ListingService(b).page(r.CaseFilter()).total == 3
    finally:
        a.lock()
        b.lock()
