# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments that travel between offices: hostile file names are data, never paths (T30), and
swapped or truncated file bytes are reported as damaged, never shown for another record (T32)."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from sqlalchemy import select, text

from app.db import models as m
from app.domain import records as r
from app.domain.errors import ExchangeFileError, VaultDamagedError
from app.services.attachments import AttachmentService, safe_display_name, store_attachment
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.session import UnlockedVault
from tests.security.kit import table_rows

from .sync_kit import bundle, carried_files, state_digest, with_files

HOSTILE_NAMES = [
    "../../.bashrc",
    "..\\..\\AppData\\Roaming\\x.exe",
    "/etc/passwd",
    "C:\\x",
    "C:x.txt",
    "\\\\srv\\share\\x",
    "scan\x00.png",
    "CON",
    "nul.txt",
    "COM1",
    "con.tar.gz",
    "LPT9.pdf",
    "COM¹",
    "AUX .txt",
    "a" * 10_000 + ".pdf",
    "．．／．．／.bashrc",  # full-width dots and solidus
    "‥/‥/x",
    ".",
    "..",
    "scan\u202egpj.exe",
    " .. ",
]
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}


def _case(vault: UnlockedVault) -> str:
    return CaseService(vault).open_case(r.Person(), [r.PersonName("", "Айгүл Серікқызы (fictional)")])


def _store_verbatim(vault: UnlockedVault, case_id: str, name: str, data: bytes) -> str:
    """An attachment whose name skipped the sanitiser (a modified Pana at the sending office)."""
    record = r.Attachment(
        case_id, name, size=len(data), sha256=hashlib.sha256(data).hexdigest(), id=r.new_id()
    )
    with vault.db.transaction() as session:
        stored, _ = store_attachment(session, record, data, vault.actor, vault.db.clock)
    return stored.id


def _names(where: Path) -> set[str]:
    return {str(p) for p in where.rglob("*")}


def test_hostile_attachment_names_travel_as_data_and_never_become_paths(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T30: the names are stored verbatim, the bytes under the record's random id; importing creates
    no file anywhere (the test's folder, the working directory, home), nothing lands outside."""
    a, b = pair
    work = tmp_path / "work" / "deeper"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)  # a relative "../../.bashrc" would land in tmp_path/.bashrc
    case_id = _case(a)
    stored = {
        _store_verbatim(a, case_id, name, f"file {i}".encode()): name for i, name in enumerate(HOSTILE_NAMES)
    }
    data = bundle(a, tmp_path, [b])
    home = Path(os.environ["HOME"])
    before = _names(tmp_path) | _names(home)
    vault_files = {p.name for p in b.directory.iterdir()}

    report = ExchangeService(b).import_bundle(data)

    assert report.files == len(HOSTILE_NAMES)
    assert _names(tmp_path) | _names(home) == before  # not one new file, not even in the vault folder
    assert {p.name for p in b.directory.iterdir()} == vault_files
    with b.db.transaction(readonly=True) as session:
        rows = dict(session.execute(select(m.Attachment.id, m.Attachment.display_name)).all())
    assert rows == stored  # verbatim, as data
    for attachment_id, name in stored.items():
        assert AttachmentService(b).read(attachment_id) == f"file {HOSTILE_NAMES.index(name)}".encode()
    assert state_digest(a) == state_digest(b)


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_the_save_as_suggestion_is_a_plain_file_name(name: str, tmp_path: Path) -> None:
    """T30: what the "Save a copy" dialog suggests (``safe_display_name``) names one file in the
    chosen folder on Linux, macOS and Windows alike: no separator, drive, reserved device name,
    control or bidi character, not empty, not a dot name, at most 120 characters."""
    suggestion = safe_display_name(name)
    assert 0 < len(suggestion) <= 120
    assert suggestion not in {".", ".."} and not suggestion.startswith(".")
    assert not any(ch in suggestion for ch in '<>:"/\\|?*')
    assert not any(unicodedata.category(ch)[0] == "C" for ch in suggestion)
    assert PurePosixPath(suggestion).name == suggestion and PureWindowsPath(suggestion).name == suggestion
    assert not PureWindowsPath(suggestion).drive and not PureWindowsPath(suggestion).is_reserved()
    assert suggestion.split(".")[0].strip().upper() not in _WINDOWS_RESERVED
    assert suggestion == safe_display_name(suggestion)  # stable
    assert (tmp_path / suggestion).resolve().parent == tmp_path.resolve()


def _two_files(vault: UnlockedVault) -> tuple[str, r.Attachment, r.Attachment]:
    case_id = _case(vault)
    files = AttachmentService(vault)
    big = files.add(case_id, "passport scan.png", os.urandom(2_500_000), "image/png")  # three chunks
    small = files.add(case_id, "letter.pdf", b"%PDF-1.7 fictional letter", "application/pdf")
    return case_id, big, small


_CHUNKS = "UPDATE attachment_chunks SET"


@pytest.mark.parametrize(
    ("label", "damage"),
    [
        (
            "bytes of two files swapped",
            [
                f"{_CHUNKS} seq = seq + 100 WHERE attachment_id = :big",
                f"{_CHUNKS} attachment_id = :big WHERE attachment_id = :small",
                f"{_CHUNKS} attachment_id = :small, seq = seq - 100 WHERE attachment_id = :big AND seq > 99",
            ],
        ),
        ("a file truncated", [f"{_CHUNKS} data = substr(data, 1, 1000) WHERE attachment_id = :big"]),
        ("a chunk missing", ["DELETE FROM attachment_chunks WHERE attachment_id = :big AND seq = 1"]),
        (
            "two chunks of one file in the wrong order",
            [
                f"{_CHUNKS} seq = -1 WHERE attachment_id = :big AND seq = 0",
                f"{_CHUNKS} seq = 0 WHERE attachment_id = :big AND seq = 1",
                f"{_CHUNKS} seq = 1 WHERE attachment_id = :big AND seq = -1",
            ],
        ),
    ],
)
def test_damaged_attachment_bytes_are_reported_and_never_shown(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, label: str, damage: list[str]
) -> None:
    """T32: attachments are stored as chunks inside the vault; when the bytes under a record are not
    the bytes its SHA-256 names, reading it says "damaged" and returns nothing, and no bundle
    carrying them can be written."""
    a, b = pair
    _, big, small = _two_files(a)
    with a.db.transaction() as session:
        for statement in damage:
            session.execute(text(statement), {"big": big.id, "small": small.id})
    for damaged in (big, small) if label.startswith("bytes of two") else (big,):
        with pytest.raises(VaultDamagedError, match="damaged"):
            AttachmentService(a).read(damaged.id)
    with pytest.raises(VaultDamagedError):
        ExchangeService(a).export(tmp_path / "out.pana", to=[b.actor.office_id])
    assert not (tmp_path / "out.pana").exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no partial file left


@pytest.mark.parametrize("label", ["swapped", "truncated", "other file's bytes"])
def test_swapped_or_truncated_files_in_a_bundle_refuse_the_whole_bundle(
    pair: tuple[UnlockedVault, UnlockedVault], tmp_path: Path, label: str
) -> None:
    """T32 (and T31) in transit: a correctly signed bundle whose two files are swapped, or one cut
    short, is refused as tampered at the receiver; nothing is stored, nothing shown."""
    a, b = pair
    _, big, small = _two_files(a)
    data = bundle(a, tmp_path, [b])
    files = carried_files(a, data)
    if label == "swapped":
        files = {big.id: files[small.id], small.id: files[big.id]}
    elif label == "truncated":
        files[big.id] = files[big.id][:1_048_576]
    else:
        files[small.id] = b"%PDF-1.7 another case's letter"
    forged = with_files(a, data, files, [b])
    before = table_rows(b)
    with pytest.raises(ExchangeFileError) as refused:
        ExchangeService(b).import_bundle(forged)
    assert refused.value.reason == "tampered" and "attachment" in str(refused.value)
    assert table_rows(b) == before
