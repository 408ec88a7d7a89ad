# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana petition``: the kinds, one PDF from a case with fields and --strict, a batch with
progress, office templates; every failure one line on stderr, no file written where not asked."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from app.petitions.catalogue import TemplateSet
from tests.cli.test_cli import case_lines, one_line_failure, pana
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("petition-cli")
    vault = root / "vault"
    assert pana(root, "init", vault=vault, stdin=[PASSPHRASE]).code == 0
    assert pana(root, "demo", "--cases", "3", vault=vault, stdin=[PASSPHRASE]).code == 0
    return vault


@pytest.fixture
def vault(filled: Path, tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(filled, target, ignore=shutil.ignore_patterns("pana.lock"))
    return target


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def _case_ids(vault: Path, home: Path) -> list[str]:
    return [line[0] for line in case_lines(pana(home, "cases", vault=vault, stdin=[PASSPHRASE]))]


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def test_list_prints_every_shipped_kind_code_first_without_a_vault(home: Path) -> None:
    run = pana(home, "petition", "--list")
    assert run.code == 0 and run.err == ""
    lines = [line.split("\t") for line in run.out.splitlines()]
    assert [line[0] for line in lines] == [info.code for info in TemplateSet().kinds()]
    assert {"travel-document", "non-refoulement", "case-summary"} <= {line[0] for line in lines}
    assert all(len(line) == 3 and line[2] for line in lines)


def test_one_petition_is_written_where_asked_and_kept_in_the_registry(vault: Path, home: Path) -> None:
    case_id = _case_ids(vault, home)[0]
    out = home / "petition.pdf"
    run = pana(
        home,
        "petition",
        case_id,
        "travel-document",
        "--lang",
        "en",
        "--out",
        out,
        "--field",
        "destination=Canada",
        vault=vault,
        stdin=[PASSPHRASE],
    )
    assert run.code == 0, run.err
    written, pages, sha, petition = run.out.strip().split("\t")
    assert written == str(out) and pages.endswith("pages") and petition.startswith("petition ")
    assert sha == f"SHA-256 {hashlib.sha256(out.read_bytes()).hexdigest()}"
    text = _text(out)
    assert "Canada" in text and "Article 28" in text
    shown = pana(home, "show", case_id, vault=vault, stdin=[PASSPHRASE])
    assert "status: printed" in shown.out and sha.split()[1] in shown.out

    again = pana(home, "petition", case_id, "travel-document", "--out", out, vault=vault, stdin=[PASSPHRASE])
    one_line_failure(again, f"{out}: exists already; choose another file name")


def test_a_protected_petition_opens_only_with_its_password(vault: Path, home: Path) -> None:
    """T47: AES-256 (PDF 2.0's handler, revision 6); the registry keeps the SHA-256 of the file written,
    and a password too short is refused before anything is written."""
    case_id = _case_ids(vault, home)[0]
    out = home / "protected.pdf"
    short = pana(
        home, "petition", case_id, "travel-document", "--out", out, "--protect", vault=vault,
        stdin=[PASSPHRASE, "short"],
    )  # fmt: skip
    one_line_failure(short, "password: a PDF's password has at least 10 characters")
    assert not out.exists()
    password = "fictional PDF password 7"
    run = pana(
        home, "petition", case_id, "travel-document", "--lang", "en", "--out", out, "--protect",
        "--field", "destination=Canada", vault=vault, stdin=[PASSPHRASE, password],
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.out.split("\t")[2] == f"SHA-256 {hashlib.sha256(out.read_bytes()).hexdigest()}"
    with pytest.raises(pdfium.PdfiumError, match="password"):
        pdfium.PdfDocument(out.read_bytes())
    assert subprocess.run(["pdftotext", str(out), "-"], capture_output=True).returncode != 0
    handler = PdfReader(out).trailer["/Encrypt"].get_object()
    assert (handler["/Filter"], handler["/V"], handler["/R"], handler["/CF"]["/StdCF"]["/CFM"]) == (
        "/Standard", 5, 6, "/AESV3",
    )  # fmt: skip
    document = pdfium.PdfDocument(out.read_bytes(), password=password)
    try:
        assert "Canada" in document[0].get_textpage().get_text_range()
    finally:
        document.close()


def test_strict_names_the_blanks_and_an_unknown_field_is_refused(vault: Path, home: Path) -> None:
    case_id = _case_ids(vault, home)[0]
    out = home / "strict.pdf"
    strict = pana(
        home, "petition", case_id, "travel-document", "--lang", "en", "--out", out, "--strict",
        "--field", "destination=", vault=vault, stdin=[PASSPHRASE],
    )  # fmt: skip
    assert strict.code == 1 and len(strict.err_lines) == 1
    assert "fill in before printing" in strict.err and "Country of destination" in strict.err
    unknown = pana(
        home, "petition", case_id, "travel-document", "--out", out, "--field", "colour=red",
        vault=vault, stdin=[PASSPHRASE],
    )  # fmt: skip
    assert unknown.code == 1 and "has no field colour" in unknown.err
    assert not out.exists()
    blank = pana(home, "petition", case_id, "travel-document", "--lang", "en", "--out", out,
                 "--field", "destination=", vault=vault, stdin=[PASSPHRASE])  # fmt: skip
    assert blank.code == 0, blank.err
    assert "____________________" in _text(out)  # left to fill in by hand


def test_a_batch_prints_every_case_with_progress(vault: Path, home: Path) -> None:
    folder = home / "batch"
    folder.mkdir()
    run = pana(
        home, "petition", "--batch", "case-summary", "--lang", "kk", "--out-dir", folder,
        vault=vault, stdin=[PASSPHRASE],
    )  # fmt: skip
    assert run.code == 0, run.err
    assert [line.split("] ")[0] for line in run.err_lines] == ["[1/3", "[2/3", "[3/3"]
    assert len(list(folder.glob("*.pdf"))) == 3 == len(run.out.splitlines())


def test_an_office_template_overrides_the_shipped_one_and_a_broken_one_is_refused(
    vault: Path, home: Path
) -> None:
    broken = home / "travel-document.en.txt"
    broken.write_text('+++\ntitle = "Request"\nsummary = "x"\n+++\n{% if %}\n', encoding="utf-8")
    run = pana(home, "petition", "--add-template", broken, vault=vault, stdin=[PASSPHRASE])
    assert run.code == 1 and len(run.err_lines) == 1
    assert run.err.startswith("pana: travel-document.en.txt:5: ")
    own = home / "travel-document.en.txt"
    own.write_text(
        '+++\ntitle = "Our own request"\nsummary = "Ours"\n+++\nFor {{ subject.name }}.\n', "utf-8"
    )
    assert pana(home, "petition", "--add-template", own, vault=vault, stdin=[PASSPHRASE]).code == 0
    listed = pana(home, "petition", "--templates", vault=vault, stdin=[PASSPHRASE])
    assert listed.out.splitlines() == ["travel-document.en.txt"]
    case_id = _case_ids(vault, home)[0]
    out = home / "own.pdf"
    printed = pana(home, "petition", case_id, "travel-document", "--lang", "en", "--out", out,
                   vault=vault, stdin=[PASSPHRASE])  # fmt: skip
    assert printed.code == 0, printed.err
    assert "Our own request" in _text(out)
    removed = pana(
        home, "petition", "--remove-template", "travel-document.en.txt", vault=vault, stdin=[PASSPHRASE]
    )
    assert removed.code == 0
    assert pana(home, "petition", "--templates", vault=vault, stdin=[PASSPHRASE]).out == ""
