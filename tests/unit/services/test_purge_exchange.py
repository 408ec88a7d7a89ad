# SPDX-License-Identifier: GPL-3.0-or-later
"""A purge travels (security rows T22, T36): the tombstones go in every bundle, importing one purges
the record there too (content, revisions, files), and no bundle, however old, brings it back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import models as m
from app.domain import records as r
from app.domain.errors import StorageError
from app.exchange import age_file
from app.exchange.container import unpack
from app.services import exchange
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.offices import OfficeService
from app.services.purge import PurgeService
from app.services.session import UnlockedVault
from tests.conftest import PASSPHRASE
from tests.security.kit import table_rows

from .exchange_kit import partnered
from .purge_kit import witness_case

SECRET = "Zhetysu4412"


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault]]:
    with partnered(tmp_path, "AB") as offices:
        yield offices


def _bundle(vault: UnlockedVault, to: UnlockedVault, path: Path) -> bytes:
    ExchangeService(vault).export(path, to=[to.actor.office_id])
    return path.read_bytes()


def _holding(vault: UnlockedVault, needle: str) -> list[str]:
    return [table for table, rows in table_rows(vault).items() if needle in repr(rows)]


def _purge_entries(vault: UnlockedVault) -> list[str]:
    with vault.db.transaction(readonly=True) as session:
        return list(session.scalars(select(m.AuditEntry.detail).where(m.AuditEntry.action == "purge")))


def test_t36_purge_at_a_reaches_b_and_an_older_bundle_does_not_bring_it_back(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    w = witness_case(a, SECRET)
    AttachmentService(a).add(w.case_id, "statement.pdf", f"%PDF {SECRET}".encode(), "application/pdf")
    first = _bundle(a, b, tmp_path / "1.pana")
    CaseService(a).save(r.PersonName(w.person_id, f"{SECRET} again"))
    older = _bundle(a, b, tmp_path / "2.pana")  # carries the witness too; B has not seen it yet
    ExchangeService(b).import_bundle(first)
    CaseService(b).save(r.PersonName(w.person_id, f"{SECRET} spelled at B"))  # B's own edit of him
    assert "attachment_chunks" in _holding(b, SECRET)

    PurgeService(a).purge_case(w.case_id, "aigerim", PASSPHRASE)
    purge = _bundle(a, b, tmp_path / "3.pana")
    dry = ExchangeService(b).import_bundle(purge, dry_run=True)
    assert dry.counts()["purged"] > 0 and "persons" in _holding(b, w.person_id)
    report = ExchangeService(b).import_bundle(purge)
    assert report.counts()["purged"] == dry.counts()["purged"]

    assert _holding(b, SECRET) == []  # content, revisions, files, name keys, listing: gone at B
    assert _holding(b, w.case_id) == ["tombstones"]
    assert _purge_entries(b) and all(SECRET not in detail for detail in _purge_entries(b))

    again = ExchangeService(b).import_bundle(older)  # T22: older, never imported, holds the witness
    assert again.merge is not None and not again.merge.new
    assert _holding(b, SECRET) == []
    with b.db.transaction(readonly=True) as session:
        assert session.get(m.Case, w.case_id) is None and session.get(m.Person, w.person_id) is None

    # B's own spelling of him was purged with him and tombstoned: it goes back to A as a tombstone.
    back = ExchangeService(b).export(tmp_path / "b.pana", to=[a.actor.office_id])
    assert back.revisions > 0
    ExchangeService(a).import_bundle((tmp_path / "b.pana").read_bytes())
    assert _holding(a, SECRET) == []


def test_a_purge_of_a_record_unknown_here_still_keeps_it_out(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    w = witness_case(a, SECRET)
    before = _bundle(a, b, tmp_path / "1.pana")
    PurgeService(a).purge_person(w.person_id, "aigerim", PASSPHRASE)
    after = _bundle(a, b, tmp_path / "2.pana")
    report = ExchangeService(b).import_bundle(after)  # the tombstone first: nothing of him here yet
    assert report.purged == 0
    assert w.person_id in {t.record_id for t in PurgeService(b).tombstones()}
    ExchangeService(b).import_bundle(before)  # then the bundle that still holds him
    assert _holding(b, SECRET) == []
    assert CaseService(b).get_case(w.case_id).relatives == ()  # the case itself arrived


def test_an_export_carries_every_tombstone_and_no_revision_of_a_purged_record(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, b = offices
    w = witness_case(a, SECRET)
    PurgeService(a).purge_person(w.person_id, "aigerim", PASSPHRASE)
    data = _bundle(a, b, tmp_path / "1.pana")
    container = unpack(age_file.decrypt(data, OfficeService(b).own_identities()), lambda *_: None)
    tombstones = container.entry("tombstones", "tombstones")
    assert tombstones is not None
    lines = [json.loads(line) for line in tombstones.data.splitlines()]
    assert {"record_table": "persons", "record_id": w.person_id} in [
        {k: t[k] for k in ("record_table", "record_id")} for t in lines
    ]
    assert set(lines[0]) == {"record_table", "record_id", "purged_at", "office_id", "user_id"}
    bundle = ExchangeService(b).read(data)
    purged = {t.record_id for t in bundle.tombstones}
    assert not [rev for rev in bundle.revisions if rev["record_id"] in purged]
    assert SECRET.encode() not in age_file.decrypt(data, OfficeService(b).own_identities())
    selected = ExchangeService(a).export(tmp_path / "2.pana", to=[b.actor.office_id], cases=[w.other_case_id])
    assert len(ExchangeService(b).read((tmp_path / "2.pana").read_bytes()).tombstones) == len(purged)
    assert selected.revisions > 0


def test_an_import_that_purges_has_happened_even_when_the_disk_is_too_full_to_compact(
    offices: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T43: compacting the file after the import's commit needs room; without it the import is still
    reported as done (it is), not as a failure the person would retry."""
    a, b = offices
    w = witness_case(a, SECRET)
    ExchangeService(b).import_bundle(_bundle(a, b, tmp_path / "1.pana"))
    PurgeService(a).purge_case(w.case_id, "aigerim", PASSPHRASE)

    def disk_full(vault: UnlockedVault) -> bool:
        raise StorageError()

    monkeypatch.setattr(exchange, "compact", disk_full)
    report = ExchangeService(b).import_bundle(_bundle(a, b, tmp_path / "2.pana"))
    assert report.purged > 0 and _holding(b, SECRET) == []
