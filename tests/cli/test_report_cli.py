# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana report``: each format written at --out only; bad input refused in one line, nothing written."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from app.reports.columns import TABLES
from tests.cli.test_cli import Run, one_line_failure, pana
from tests.conftest import PASSPHRASE


def _usage_failure(run: Run, message: str) -> None:
    """Refused while reading the arguments: exit 2, one line, before any passphrase is asked."""
    assert run.code == 2, run
    assert run.err_lines == [f"pana: {message}"], run.err


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf", "uwazi"])
def test_each_format_is_written_where_asked(vault_dir: Path, tmp_path: Path, fmt: str) -> None:
    home, folder = tmp_path / "home", tmp_path / "out"
    home.mkdir()
    folder.mkdir()
    out = folder / f"report.{fmt}"
    run = pana(
        home, "report", "--format", fmt, "--anonymised", "--from", "2019", "--to", "2020-06", "--out", out,
        vault=vault_dir, stdin=[PASSPHRASE],
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.out.startswith(f"{out}\t{fmt}\tanonymised\t")
    assert sorted(p.name for p in folder.iterdir()) == [out.name]
    assert out.stat().st_mode & 0o777 == 0o600  # case data: its user's alone, whatever the umask
    if fmt == "csv":
        assert zipfile.ZipFile(out).namelist() == [f"{t.name}.csv" for t in TABLES]
    if fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF")


def test_bad_input_is_one_line_and_writes_nothing(vault_dir: Path, tmp_path: Path) -> None:
    home, folder = tmp_path / "home", tmp_path / "out"
    home.mkdir()
    folder.mkdir()
    out = folder / "r.csv"

    def report(*args: str | Path) -> Run:
        return pana(home, "report", *args, vault=vault_dir, stdin=[PASSPHRASE])

    _usage_failure(report("--format", "docx", "--out", out), "--format: is one of csv, xlsx, pdf, uwazi")
    for bad in ("2019-13", "14.03.2019", "2019~", "[2017..2019]", "yesterday"):
        _usage_failure(
            report("--format", "csv", "--from", bad, "--out", out),
            "--from: is a date as YYYY-MM-DD, YYYY-MM or YYYY",
        )
    one_line_failure(
        report("--format", "csv", "--from", "2020", "--to", "2019", "--out", out),
        "--from: the period ends before it starts",
    )
    one_line_failure(
        report("--format", "csv", "--out", tmp_path / "missing" / "r.csv"),
        f"{tmp_path / 'missing' / 'r.csv'}: cannot be written there (no such folder, or no permission)",
    )
    if os.geteuid() != 0:  # root writes anywhere
        folder.chmod(0o500)
        one_line_failure(
            report("--format", "csv", "--out", out),
            f"{out}: cannot be written there (no such folder, or no permission)",
        )
        folder.chmod(0o700)
    (folder / "taken.pdf").write_bytes(b"mine")
    one_line_failure(
        report("--format", "pdf", "--out", folder / "taken.pdf"),
        f"{folder / 'taken.pdf'}: exists already; choose another file name",
    )
    assert sorted(p.name for p in folder.iterdir()) == ["taken.pdf"]
    assert (folder / "taken.pdf").read_bytes() == b"mine"
