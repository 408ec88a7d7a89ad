# SPDX-License-Identifier: GPL-3.0-or-later
"""Files whose record waits for its case (bundles out of order, T23), and files whose bytes never came
(a bundle written without files): every delivery order ends with the same bytes, a dry run says what
the import does, damaged bytes are still damaged, and an office without some files still exports."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain import records as r
from app.domain.errors import (
    AttachmentDamagedError,
    AttachmentNotReceivedError,
    ExchangeFileError,
    VaultDamagedError,
)
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.purge import PurgeService
from app.services.session import UnlockedVault
from tests.conftest import PASSPHRASE
from tests.security.kit import table_rows

from .sync_kit import bundle, carried_files, state_digest, with_files

#: Three chunks' worth, the last one short.
DATA = bytes(range(256)) * 9_000
SECRET = "Zhetysu4412"


def _case(vault: UnlockedVault) -> str:
    return CaseService(vault).open_case(r.Person(), [r.PersonName("", "Гүлнар Әбілқызы (fictional)")])


def _case_then_file(
    a: UnlockedVault, to: list[UnlockedVault], folder: Path, data: bytes = DATA
) -> tuple[bytes, bytes, r.Attachment]:
    """A new case in one bundle, then (since the last one) a file of it in the next."""
    case_id = _case(a)
    first = bundle(a, folder, to)
    attachment = AttachmentService(a).add(case_id, "passport scan.pdf", data, "application/pdf")
    return first, bundle(a, folder, to, since_last=True), attachment


def _import(vault: UnlockedVault, data: bytes) -> dict[str, int]:
    return ExchangeService(vault).import_bundle(data).counts()


def _rows(vault: UnlockedVault, table: str) -> list[tuple[object, ...]]:
    return table_rows(vault)[table]


def test_either_delivery_order_ends_with_the_same_bytes(offices: list[UnlockedVault], tmp_path: Path) -> None:
    """T23: B gets the case, then the file; C the file first (it waits, its bytes kept), then the case.
    Both hold the same records, the same bytes in the same chunks, and nothing kept aside."""
    a, b, c = offices
    first, second, attachment = _case_then_file(a, [b, c], tmp_path)
    in_order = [_import(b, first), _import(b, second)]
    out_of_order = [_import(c, second), _import(c, first)]

    assert out_of_order[0]["waiting"] == 1 and out_of_order[0]["files"] == 1  # kept with its record
    assert in_order[1]["files"] == 1 and out_of_order[1]["files"] == 0  # the case brought no file
    for vault in (b, c):
        assert AttachmentService(vault).read(attachment.id) == DATA
        assert _rows(vault, "waiting_file_chunks") == [] and _rows(vault, "waiting_rows") == []
    assert state_digest(b) == state_digest(c) == state_digest(a)
    assert _rows(b, "attachment_chunks") == _rows(c, "attachment_chunks") == _rows(a, "attachment_chunks")
    assert len(_rows(c, "attachment_chunks")) == 3


def test_a_dry_run_says_what_the_import_does_and_keeps_nothing(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    a, b, _ = offices
    first, second, attachment = _case_then_file(a, [b], tmp_path)
    for data in (second, first):
        before = table_rows(b)
        dry = ExchangeService(b).import_bundle(data, dry_run=True)
        assert table_rows(b) == before
        assert ExchangeService(b).import_bundle(data).counts() == dry.counts()
    assert AttachmentService(b).read(attachment.id) == DATA


def test_a_file_deleted_while_it_waits_leaves_nothing_behind(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """C gets the file, then its deletion, then the case: the bytes kept for it go with it, and C ends
    where B, which got the three in order, ends."""
    a, b, c = offices
    first, second, attachment = _case_then_file(a, [b, c], tmp_path)
    CaseService(a).delete(r.Attachment, attachment.id)
    third = bundle(a, tmp_path, [b, c], since_last=True)
    for data in (first, second, third):
        _import(b, data)
    _import(c, second)
    _import(c, third)
    assert _rows(c, "waiting_file_chunks") == []
    _import(c, first)
    assert state_digest(b) == state_digest(c)
    assert _rows(b, "attachment_chunks") == _rows(c, "attachment_chunks") == []


def test_a_file_waiting_for_a_purged_case_is_purged_with_it(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """T36: the bytes kept for a waiting file are purged with its case, like every other trace."""
    a, b, _ = offices
    _, second, attachment = _case_then_file(a, [b], tmp_path, data=f"%PDF {SECRET}".encode())
    _import(b, second)
    assert [table for table, rows in table_rows(b).items() if SECRET in repr(rows)] == ["waiting_file_chunks"]
    PurgeService(a).purge_case(attachment.case_id, "aigerim", PASSPHRASE)
    assert _import(b, bundle(a, tmp_path, [b]))["purged"] > 0
    assert [table for table, rows in table_rows(b).items() if SECRET in repr(rows)] == []


def _refused_as_tampered(vault: UnlockedVault, forged: bytes, attachment_id: str) -> None:
    """Other bytes for a file refuse the whole bundle, naming the file, and nothing is kept."""
    before = table_rows(vault)
    with pytest.raises(ExchangeFileError) as refused:
        ExchangeService(vault).import_bundle(forged)
    assert refused.value.reason == "tampered" and attachment_id in str(refused.value)
    assert table_rows(vault) == before


def test_bytes_for_a_waiting_file_that_match_none_of_its_revisions_refuse_the_bundle(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """T31: a file kept while its record waits is checked as one with a row: other bytes refuse the
    whole bundle, nothing is kept."""
    a, b, _ = offices
    _, second, attachment = _case_then_file(a, [b], tmp_path)
    forged = with_files(a, second, {attachment.id: b"%PDF-1.7 another case's letter"}, [b])
    _refused_as_tampered(b, forged, attachment.id)


def test_a_damaged_file_is_still_damaged_not_missing(offices: list[UnlockedVault], tmp_path: Path) -> None:
    a, b, _ = offices
    first, second, attachment = _case_then_file(a, [b], tmp_path)
    _import(b, second)
    _import(b, first)
    with b.db.transaction() as session:
        session.execute(
            text("UPDATE attachment_chunks SET data = substr(data, 1, 1000) WHERE attachment_id = :id"),
            {"id": attachment.id},
        )
    with pytest.raises(AttachmentDamagedError):
        AttachmentService(b).read(attachment.id)
    with pytest.raises(VaultDamagedError):  # its receiver would refuse the bundle: none is written
        ExchangeService(b).export(tmp_path / "out.pana", to=[a.actor.office_id])
    assert not (tmp_path / "out.pana").exists()


def test_after_a_bundle_without_files_the_office_exports_the_files_it_has(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """B gets A's case and two files' records without their bytes: they are "not received", never
    damaged; B's bundle to C carries B's own file and says it left out the two, and a bundle from A
    with files brings them to both."""
    a, b, c = offices
    case_id = _case(a)
    theirs = [
        AttachmentService(a).add(case_id, f"scan {n}.pdf", f"%PDF {n}".encode(), "application/pdf")
        for n in (1, 2)
    ]
    _import(b, bundle(a, tmp_path, [b], attachments=False))
    for attachment in theirs:
        with pytest.raises(AttachmentNotReceivedError) as raised:
            AttachmentService(b).read(attachment.id)
        assert not isinstance(raised.value, VaultDamagedError)
    own = AttachmentService(b).add(case_id, "letter.pdf", b"%PDF letter from B", "application/pdf")
    assert CaseService(b).get_case(case_id).files_not_received == {x.id for x in theirs}

    written = ExchangeService(b).export(tmp_path / "b.pana", to=[c.actor.office_id])
    assert (written.attachments, written.not_received) == (1, 2)
    assert set(carried_files(b, (tmp_path / "b.pana").read_bytes())) == {own.id}
    _import(c, (tmp_path / "b.pana").read_bytes())
    assert AttachmentService(c).read(own.id) == b"%PDF letter from B"
    with pytest.raises(AttachmentNotReceivedError):
        AttachmentService(c).read(theirs[0].id)

    with_bytes = bundle(a, tmp_path, [b, c])
    assert _import(b, with_bytes)["files"] == 2 and _import(c, with_bytes)["files"] == 2
    for vault in (b, c):
        assert [AttachmentService(vault).read(x.id) for x in theirs] == [b"%PDF 1", b"%PDF 2"]
        assert CaseService(vault).get_case(case_id).files_not_received == frozenset()
    assert ExchangeService(b).export(tmp_path / "again.pana", to=[c.actor.office_id]).not_received == 0


def test_the_next_bundle_with_files_brings_those_a_bundle_without_files_left_out(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """A sends B every case without files, then an edit "since the last one" still without files:
    B has the file's record, not its bytes.  The next bundle since the last one with files carries
    the bytes, though no revision of the file is in it; the one after carries them no more."""
    a, b, _ = offices
    case_id = _case(a)
    attachment = AttachmentService(a).add(case_id, "court decision.pdf", DATA, "application/pdf")
    _import(b, bundle(a, tmp_path, [b], attachments=False))
    CaseService(a).save(dataclasses.replace(CaseService(a).get_case(case_id).case, summary="Appeal filed."))
    _import(b, bundle(a, tmp_path, [b], since_last=True, attachments=False))
    assert CaseService(b).get_case(case_id).files_not_received == {attachment.id}

    since = bundle(a, tmp_path, [b], since_last=True)
    assert set(carried_files(a, since)) == {attachment.id}
    assert _import(b, since)["files"] == 1
    assert AttachmentService(b).read(attachment.id) == DATA
    assert CaseService(b).get_case(case_id).files_not_received == frozenset()
    assert carried_files(a, bundle(a, tmp_path, [b], since_last=True)) == {}


def test_a_bundle_of_some_cases_since_the_last_one_brings_only_their_files_left_out(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    a, b, _ = offices
    cases = [_case(a), _case(a)]
    files = [AttachmentService(a).add(c, "scan.pdf", f"%PDF {c}".encode(), "application/pdf") for c in cases]
    _import(b, bundle(a, tmp_path, [b], attachments=False))
    chosen = bundle(a, tmp_path, [b], cases=cases[:1], since_last=True)
    assert set(carried_files(a, chosen)) == {files[0].id}
    assert _import(b, chosen)["files"] == 1
    assert CaseService(b).get_case(cases[1]).files_not_received == {files[1].id}


def test_a_file_passed_on_before_its_bytes_came_goes_once_they_have_come(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """C's case reaches A without the file's bytes, and A passes the case on to B (the file left out,
    counted).  Once C's bytes reach A, A's next bundle with files to B carries them, though no
    revision of the file is new at A; the bundle after carries them no more."""
    a, b, c = offices
    case_id = _case(c)
    attachment = AttachmentService(c).add(case_id, "verdict.pdf", DATA, "application/pdf")
    _import(a, bundle(c, tmp_path, [a], attachments=False))
    out = tmp_path / "a-to-b.pana"
    assert ExchangeService(a).export(out, to=[b.actor.office_id]).not_received == 1
    assert _rows(a, "files_owed") == [(attachment.id, b.actor.office_id)]
    _import(b, out.read_bytes())
    _import(a, bundle(c, tmp_path, [a], since_last=True))
    assert AttachmentService(a).read(attachment.id) == DATA

    owed = bundle(a, tmp_path, [b], since_last=True)
    assert set(carried_files(a, owed)) == {attachment.id}
    assert _import(b, owed)["files"] == 1 and AttachmentService(b).read(attachment.id) == DATA
    assert _rows(a, "files_owed") == []
    assert carried_files(a, bundle(a, tmp_path, [b], since_last=True)) == {}


def test_a_file_owed_is_owed_no_more_once_its_record_is_deleted(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    a, b, c = offices
    case_id = _case(c)
    attachment = AttachmentService(c).add(case_id, "verdict.pdf", DATA, "application/pdf")
    _import(a, bundle(c, tmp_path, [a], attachments=False))
    ExchangeService(a).export(tmp_path / "a-to-b.pana", to=[b.actor.office_id])
    assert len(_rows(a, "files_owed")) == 1
    CaseService(a).delete_case(case_id)
    assert _rows(a, "files_owed") == [] and attachment.id not in carried_files(a, bundle(a, tmp_path, [b]))


def test_bytes_sent_apart_from_their_record_that_do_not_match_it_refuse_the_bundle(
    offices: list[UnlockedVault], tmp_path: Path
) -> None:
    """T31 for a file a bundle carries without a revision of it (one an earlier bundle left out): its
    bytes are checked against the row here; other bytes refuse the whole bundle, nothing is kept."""
    a, b, _ = offices
    case_id = _case(a)
    attachment = AttachmentService(a).add(case_id, "court decision.pdf", DATA, "application/pdf")
    _import(b, bundle(a, tmp_path, [b], attachments=False))
    since = bundle(a, tmp_path, [b], since_last=True)
    forged = with_files(a, since, {attachment.id: b"%PDF-1.7 another case's letter"}, [b])
    _refused_as_tampered(b, forged, attachment.id)
    with pytest.raises(AttachmentNotReceivedError):
        AttachmentService(b).read(attachment.id)
