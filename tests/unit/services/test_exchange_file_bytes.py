# SPDX-License-Identifier: GPL-3.0-or-later
"""Files whose bytes never came (a bundle written without files): they are "not received", never
damaged, and an office without some files still exports the ones it has."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.errors import AttachmentNotReceivedError, VaultDamagedError
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.session import UnlockedVault

from .sync_kit import bundle, carried_files, make_templates, open_copies


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_templates(tmp_path_factory.mktemp("offices"), "ABC")


@pytest.fixture
def offices(templates: Path, tmp_path: Path) -> Iterator[list[UnlockedVault]]:
    vaults = open_copies(templates, tmp_path / "vaults", "ABC")
    yield vaults
    for vault in vaults:
        vault.lock()


def _case(vault: UnlockedVault) -> str:
    return CaseService(vault).open_case(r.Person(), [r.PersonName("", "Гүлнар Әбілқызы (fictional)")])


def _import(vault: UnlockedVault, data: bytes) -> dict[str, int]:
    return ExchangeService(vault).import_bundle(data).counts()


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
    assert ExchangeService(b).export(tmp_path / "again.pana", to=[c.actor.office_id]).not_received == 0
