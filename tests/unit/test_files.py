# SPDX-License-Identifier: GPL-3.0-or-later
"""A file written where the user chose is there whole or not at all, and what it replaces survives a
failed write (security-tests: a full disk never loses data); on Linux it has no name until it is
complete, so even a kill leaves nothing (T42).  Each test runs both ways: unnamed, and under a hidden
name (a file system without unnamed files, FAT on a USB stick)."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from app import files
from app.domain.errors import ValidationError
from app.files import write_whole

PDF = b"%PDF-1.4 fictional petition\n" * 100


@pytest.fixture(autouse=True, params=["unnamed", "hidden name"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    if request.param == "hidden name":
        monkeypatch.setattr(files, "_unnamed_file", lambda folder: None)
    elif files._unnamed_file(tmp_path) is None:
        pytest.skip("no unnamed files here (not Linux, or the file system has none)")
    return str(request.param)


def test_while_it_is_written_the_folder_shows_nothing_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str
) -> None:
    """What a kill or a power cut during the write would leave: nothing, where unnamed files exist."""
    seen: list[list[str]] = []
    sync = os.fsync

    def look(fd: int) -> None:
        seen.append(sorted(path.name for path in tmp_path.iterdir()))
        sync(fd)

    monkeypatch.setattr(os, "fsync", look)
    write_whole(tmp_path / "petition.pdf", PDF)
    assert seen and (seen[0] == [] if way == "unnamed" else len(seen[0]) == 1 and seen[0][0].startswith("."))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["petition.pdf"]


def test_a_new_file_is_written_whole_and_nothing_is_left_beside_it(tmp_path: Path) -> None:
    out = tmp_path / "petition.pdf"
    write_whole(out, PDF)
    assert out.read_bytes() == PDF
    assert sorted(path.name for path in tmp_path.iterdir()) == ["petition.pdf"]


def test_an_existing_file_is_refused_unless_the_user_agreed_to_replace_it(tmp_path: Path) -> None:
    out = tmp_path / "petition.pdf"
    out.write_bytes(b"the earlier petition")
    with pytest.raises(ValidationError) as refused:
        write_whole(out, PDF)
    assert refused.value.kind == "exists" and out.read_bytes() == b"the earlier petition"
    write_whole(out, PDF, replace=True)
    assert out.read_bytes() == PDF
    assert sorted(path.name for path in tmp_path.iterdir()) == ["petition.pdf"]


def test_a_full_disk_leaves_the_file_it_was_to_replace_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "petition.pdf"
    out.write_bytes(b"the earlier petition")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError) as failed:
        write_whole(out, PDF, replace=True)
    assert failed.value.errno == errno.ENOSPC
    assert out.read_bytes() == b"the earlier petition"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["petition.pdf"]


def test_a_missing_folder_says_so_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_whole(tmp_path / "gone" / "petition.pdf", PDF)
    assert list(tmp_path.iterdir()) == []


def test_a_report_written_through_a_path_with_scratch_beside_it_leaves_only_itself(tmp_path: Path) -> None:
    """What the reports do: write by path (a library opens it), spool rows to a scratch file and read
    them back; afterwards only the report is there, and after a failure nothing at all."""
    out = tmp_path / "report.csv"
    with files.publishing(out) as path:
        with files.scratch_beside(out, "rows") as scratch:
            scratch.write_text("fictional row\n")
            rows = scratch.read_text()
        path.write_text(rows)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"] and out.read_text() == rows
    again = tmp_path / "again.csv"
    with (
        pytest.raises(RuntimeError),
        files.publishing(again) as path,
        files.scratch_beside(again, "rows") as scratch,
    ):
        scratch.write_text("fictional row\n")
        path.write_text("half a report")
        raise RuntimeError("cancelled")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_while_a_report_and_its_scratch_are_written_they_are_unnamed_or_hidden(
    tmp_path: Path, way: str
) -> None:
    """The names a kill would leave: none where files can be unnamed, else a hidden one each, the
    scratch file's with its label (``.NAME.TAG[.LABEL].partial``, as backups look for their own)."""
    out = tmp_path / "report.csv"
    with files.publishing(out) as path, files.scratch_beside(out, "rows") as scratch:
        path.write_text("half a report")
        scratch.write_text("fictional row\n")
        seen = sorted(p.name for p in tmp_path.iterdir())
    if way == "unnamed":
        assert seen == []
    else:
        assert sorted(re.sub("[0-9a-f]{8}", "TAG", name) for name in seen) == [
            ".report.csv.TAG.partial",
            ".report.csv.TAG.rows.partial",
        ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_without_proc_a_file_is_written_under_a_hidden_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No /proc (a chroot, a minimal container): an unnamed file could be neither written through its
    path nor named, so the file is written under a hidden name and renamed."""
    monkeypatch.setattr(files, "_descriptor_path", lambda descriptor: tmp_path / "no-proc" / str(descriptor))
    out = tmp_path / "petition.pdf"
    write_whole(out, PDF)
    assert out.read_bytes() == PDF
    assert sorted(path.name for path in tmp_path.iterdir()) == ["petition.pdf"]
