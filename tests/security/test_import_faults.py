# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing a damaged bundle, or onto a full disk, through the service a partner office uses (T17, T43).

T17: a real bundle (a case with canaries and a 200 KB scan: four age payload chunks) cut at 20
offsets, from the header to the last byte, is refused every time with a typed ``ExchangeFileError``
whose reason matches the age layer's; the receiving vault has not changed by a row or a byte, no
file appeared, even for a moment, in its folder, the temp dir or the home folders, and no
plaintext of the bundle is on disk anywhere.  (``tests/unit/exchange/test_age_file.py`` sweeps
the same kind of cuts through age alone, in memory.)

T43: importing that bundle on a nearly full disk (a small tmpfs, as ``test_full_disk.py``) fails
with ``DiskFullError``, changes no row, leaves only the vault's own files, and once space is freed
the vault checks clean and the same bundle imports in full.
"""

from __future__ import annotations

import contextlib
import os
import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain import records as r
from app.domain.errors import DiskFullError, ExchangeFileError, StorageError
from app.domain.vocab import LegalEventKind
from app.exchange.age_header import CHUNK, NONCE, TAG, parse_header
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from tests.cli.test_cli import one_line_failure, pana
from tests.conftest import PASSPHRASE
from tests.security.kit import (
    Canaries,
    DirectoryWatch,
    file_state,
    fill,
    free_bytes,
    make_canaries,
    mounted_tmpfs,
    scan,
    table_rows,
)
from tests.security.test_exchange_kill import _NO_UNLOCKS, VAULT_FILES, linux_only, opened
from tests.unit.exchange.test_age_file import expected_for_cut
from tests.unit.services.sync_kit import bundle, make_templates, open_copies, state_digest

KIB = 1024
SCAN_SIZE = 200_000  # with the rest: three full 64 KiB age chunks and a short final one
#: What a locked vault folder holds (``test_full_disk`` holds rotate-key to the same three).
LOCKED_FILES = ["pana.db", "pana.keys", "pana.lock"]


@dataclass(frozen=True)
class Prepared:
    """Partnered offices A and B (locked, to copy), A's bundle for B, and B's state before and after it."""

    templates: Path
    data: bytes
    header_end: int
    canaries: Canaries
    scan_id: str
    scan_bytes: bytes
    before: str
    after: str


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    folder = tmp_path_factory.mktemp("import-faults")
    canaries = make_canaries()
    templates = make_templates(folder / "templates", "AB")
    a, b = open_copies(templates, folder / "work", "AB")
    try:
        cases = CaseService(a)
        case_id = cases.open_case(
            r.Person(notes=canaries.text("notes")), [r.PersonName("", canaries.text("Fictional Witness"))]
        )
        cases.save(
            r.LegalEvent(case_id, LegalEventKind.ARREST, place=canaries.text("place"), notes=canaries.text())
        )
        # Incompressible, with the canaries at both ends: the scan spans the payload chunks.
        marker = canaries.text("scan").encode("utf-8")
        scan_bytes = marker + random.Random(17).randbytes(SCAN_SIZE) + marker
        scan_id = AttachmentService(a).add(case_id, "scan.pdf", scan_bytes, "application/pdf").id
        data = bundle(a, folder, [b])
        before = state_digest(b)
        ExchangeService(b).import_bundle(data)
        after = state_digest(b)
        assert AttachmentService(b).read(scan_id) == scan_bytes
    finally:
        a.lock()
        b.lock()
    assert before != after
    header_end = parse_header(data).length
    # Four chunks, the last one short (but longer than its tag): every kind of cut below exists.
    assert 3 * CHUNK + TAG < len(data) - header_end - NONCE < 4 * CHUNK
    return Prepared(templates, data, header_end, canaries, scan_id, scan_bytes, before, after)


def cut_offsets(data: bytes, header_end: int) -> dict[str, int]:
    """20 places to cut the bundle: in the header and its stanzas, the nonce, mid-chunk, at chunk
    boundaries (the last one: the final chunk missing) and in the final chunk."""
    first = data.index(b"-> X25519 ")
    first_body = data.index(b"\n", first) + 1
    second = data.index(b"-> X25519 ", first_body)
    mac = data.index(b"\n--- ") + 1
    payload = header_end + NONCE
    cuts = {
        "empty": 0,
        "in the version line": 5,
        "before the version line's newline": 21,
        "after the version line": 22,
        "in the first stanza's share": first + 20,
        "in the first stanza's body": first_body + 20,
        "in the second stanza's tag": second + 5,
        "in the MAC line": mac + 10,
        "before the header's last newline": header_end - 1,
        "at the header's end": header_end,
        "in the nonce": header_end + 8,
        "after the nonce": payload,
        "in the first chunk": payload + 10,
        "in the first chunk's tag": payload + CHUNK - 5,
        "at the first chunk boundary": payload + CHUNK,
        "in the second chunk": payload + CHUNK + CHUNK // 2,
        "at the second chunk boundary": payload + 2 * CHUNK,
        "final chunk missing": payload + 3 * CHUNK,
        "in the final chunk": payload + 3 * CHUNK + 100,
        "last byte missing": len(data) - 1,
    }
    assert len(set(cuts.values())) == 20 and all(0 <= cut < len(data) for cut in cuts.values())
    assert header_end - 1 > mac + 10 > second + 5 > first_body + 20 > first + 20 > 22
    return cuts


@contextlib.contextmanager
def watched(directory: Path) -> Iterator[DirectoryWatch]:
    with contextlib.closing(DirectoryWatch(directory)) as watch:
        yield watch


@linux_only
def test_every_cut_bundle_is_refused_and_changes_nothing_anywhere(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T17: 20 cuts imported into B: each a typed refusal, zero changes, no file, no plaintext."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setenv("SQLITE_TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    monkeypatch.chdir(scratch)
    home = Path(os.environ["HOME"])  # this test's own, under which the XDG folders are (conftest)
    (b,) = open_copies(prepared.templates, tmp_path, "B")
    directory = tmp_path / "B"
    try:
        rows = table_rows(b)
        files, home_files = file_state(directory), file_state(home)
        service = ExchangeService(b)
        cuts = cut_offsets(prepared.data, prepared.header_end)
        with watched(directory) as in_vault, watched(scratch) as in_tmp, watched(home) as in_home:
            for name, cut in cuts.items():
                with pytest.raises(ExchangeFileError) as refused:
                    service.import_bundle(prepared.data[:cut])
                assert refused.value.reason == expected_for_cut(cut, prepared.header_end), name
            events = {"vault": in_vault.poll(), "temp": in_tmp.poll(), "home": in_home.poll()}
        assert events == {"vault": [], "temp": [], "home": []}, "a refused import wrote a file"
        assert table_rows(b) == rows  # not a row, not even an audit entry
        assert file_state(directory) == files
        assert file_state(home) == home_files
        assert list(scratch.iterdir()) == []
        kept = table_rows(b, _NO_UNLOCKS)
    finally:
        b.lock()
    assert scan([tmp_path, home], prepared.canaries.needles()) == []
    with opened(directory) as again:
        assert table_rows(again, _NO_UNLOCKS) == kept
        assert state_digest(again) == prepared.before
        assert AdminService(again).check().ok


@pytest.mark.parametrize("free", [0, 64 * KIB, 256 * KIB])
def test_an_import_on_a_nearly_full_disk_fails_cleanly_and_succeeds_once_space_is_freed(
    prepared: Prepared, tmp_path: Path, free: int
) -> None:
    """T43: DiskFullError, no row changed, only the vault's own files; then it checks clean and imports."""
    with mounted_tmpfs(tmp_path / "disk", "size=4m") as disk:
        (b,) = open_copies(prepared.templates, disk, "B")
        directory = disk / "B"
        try:
            rows = table_rows(b, _NO_UNLOCKS)
            filler = fill(disk, leave=free)
            assert free_bytes(disk) <= free
            with pytest.raises(StorageError) as failed:
                ExchangeService(b).import_bundle(prepared.data)
            assert isinstance(failed.value, DiskFullError), failed.value
            assert table_rows(b, _NO_UNLOCKS) == rows
            assert {p.name for p in directory.iterdir()} <= VAULT_FILES
        finally:
            b.lock()
        assert sorted(p.name for p in disk.iterdir()) == ["B", "filler"]
        assert sorted(p.name for p in directory.iterdir()) == LOCKED_FILES
        with opened(directory) as still_full:  # the disk is still full: it opens and reads as before
            assert table_rows(still_full, _NO_UNLOCKS) == rows
            assert state_digest(still_full) == prepared.before

        filler.unlink()
        with opened(directory) as vault:
            report = AdminService(vault).check()
            assert report.ok, report.problems
            assert table_rows(vault, _NO_UNLOCKS) == rows
            again = ExchangeService(vault).import_bundle(prepared.data)
            assert not again.already_imported and again.files == 1
            assert state_digest(vault) == prepared.after
            assert AttachmentService(vault).read(prepared.scan_id) == prepared.scan_bytes
            assert AdminService(vault).check().ok
        assert sorted(p.name for p in directory.iterdir()) == LOCKED_FILES


def test_pana_import_on_a_full_disk_names_the_full_disk_in_one_line(
    prepared: Prepared, tmp_path: Path
) -> None:
    """T43 through ``python -m app import``: one clear line, nothing imported; with space, it imports."""
    home = tmp_path / "home"
    home.mkdir()
    bundle_file = tmp_path / "from-a.pana"
    bundle_file.write_bytes(prepared.data)
    with mounted_tmpfs(tmp_path / "disk", "size=4m") as disk:
        (b,) = open_copies(prepared.templates, disk, "B")
        directory = disk / "B"
        rows = table_rows(b, _NO_UNLOCKS)
        b.lock()
        filler = fill(disk)
        failed = pana(home, "import", bundle_file, vault=directory, stdin=[PASSPHRASE])
        one_line_failure(failed, DiskFullError.default_message)
        assert sorted(p.name for p in directory.iterdir()) == LOCKED_FILES
        filler.unlink()
        with opened(directory) as vault:
            assert table_rows(vault, _NO_UNLOCKS) == rows
        done = pana(home, "import", bundle_file, vault=directory, stdin=[PASSPHRASE])
        assert done.code == 0, done.err
        with opened(directory) as vault:
            assert state_digest(vault) == prepared.after
