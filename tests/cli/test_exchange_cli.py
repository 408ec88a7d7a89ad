# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana export``: one exchange file for partner offices, never over another file, unknown office refused."""

from __future__ import annotations

from pathlib import Path

from app.services.exchange import ExchangeService
from tests.cli.test_cli import one_line_failure, pana
from tests.conftest import PASSPHRASE
from tests.unit.services.exchange_kit import make_office, partners


def test_export_writes_one_file_the_partner_reads(tmp_path: Path) -> None:
    a, b = make_office(tmp_path, "A"), make_office(tmp_path, "B")
    partners(a, b)
    to, folder_a = b.actor.office_id, a.directory
    a.lock()
    out = tmp_path / "bundle.pana"
    run = pana(tmp_path, "export", "--to", to, "--out", out, vault=folder_a, stdin=[PASSPHRASE])
    assert run.code == 0, run.err
    path, bundle, revisions, files, recipients = run.out.strip().split("\t")
    assert files == "0 files"
    assert path == str(out) and bundle.startswith("bundle ") and revisions.endswith(" revisions")
    assert recipients.endswith(to) and "[3/3] done" in run.err
    try:
        assert ExchangeService(b).read(out.read_bytes()).bundle_id == bundle.split()[1]
    finally:
        b.lock()
    again = pana(tmp_path, "export", "--to", to, "--out", out, vault=folder_a, stdin=[PASSPHRASE])
    one_line_failure(again, f"{out}: exists already; choose another file name")
    unknown = pana(
        tmp_path,
        "export",
        "--to",
        "no-such-office",
        "--out",
        tmp_path / "x.pana",
        vault=folder_a,
        stdin=[PASSPHRASE],
    )
    one_line_failure(unknown, "No partner office no-such-office.")
