# SPDX-License-Identifier: GPL-3.0-or-later
"""The analysts' export: documented columns, the anonymisation scan over every format, the period,
Uwazi's shape, cancel, and security row T47 (nothing written but the chosen file)."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pypdfium2
import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import Cancelled
from app.reports.columns import TABLES
from app.services.bundle import Services
from app.services.reports import ReportFormat, ReportRequest
from app.services.session import UnlockedVault

from .report_kit import Secrets, report_cases

DOCS = Path(__file__).resolve().parents[3] / "docs" / "analyst-export.md"


@pytest.fixture
def services(vault: UnlockedVault) -> Services:
    return Services.for_vault(vault)


@pytest.fixture
def secrets(services: Services) -> Secrets:
    return report_cases(services, 12)


def _export(services: Services, folder: Path, fmt: str, anonymised: bool, **period: object) -> Path:
    out = folder / f"report-{fmt}-{anonymised}.{fmt}"
    services.reports.export(out, ReportRequest(ReportFormat(fmt), anonymised, **period))  # type: ignore[arg-type]
    return out


def _csv_tables(path: Path) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(path) as archive:
        return {
            name.removesuffix(".csv"): list(
                csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig")))
            )
            for name in archive.namelist()
        }


def _texts(path: Path, fmt: str) -> str:
    """Every text of an exported file, NFKC-normalised (PDF text carries presentation forms)."""
    if fmt == "csv":
        with zipfile.ZipFile(path) as archive:
            text = "\n".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
    elif fmt == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        text = "\n".join(
            str(value)
            for sheet in book
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value
        )
    elif fmt == "pdf":
        document = pypdfium2.PdfDocument(path)
        text = "\n".join(page.get_textpage().get_text_range() for page in document)
    else:
        text = path.read_text(encoding="utf-8")
    return unicodedata.normalize("NFKC", text)


def _documented() -> dict[str, tuple[list[str], list[str]]]:
    """Per table of the docs: its columns, and those of the anonymised export."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    table = None
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if heading := re.fullmatch(r"## `(\w+)`", line):
            table = heading[1]
            found[table] = ([], [])
        elif line.startswith("## "):
            table = None
        elif table and (row := re.match(r"\| `(\w+)` \| ([^|]+) \|", line)):
            found[table][0].append(row[1])
            if row[2].strip() != "left out":
                found[table][1].append(row[1])
    return found


def test_the_columns_are_the_documented_ones(services: Services, secrets: Secrets, tmp_path: Path) -> None:
    documented = _documented()
    assert list(documented) == [t.name for t in TABLES]
    for anonymised in (False, True):
        exported = _csv_tables(_export(services, tmp_path, "csv", anonymised))
        book = openpyxl.load_workbook(_export(services, tmp_path, "xlsx", anonymised), read_only=True)
        for table in TABLES:
            expected = documented[table.name][1 if anonymised else 0]
            assert list(table.header(anonymised)) == expected
            assert list(exported[table.name][0]) == expected
            header = next(book[table.name].iter_rows(values_only=True))
            assert list(header) == expected


def test_anonymised_citizenship_and_ethnicity_are_usual_codes_or_other(
    services: Services, tmp_path: Path
) -> None:
    """Typed by hand in three languages: tallied as one value each, and a rare one does not single out."""
    typed = {
        ("КНР", "қазақ"): ("CN", "kazakh"),
        ("PRC", "казашка"): ("CN", "kazakh"),
        ("Өзбекстан", "Uighur"): ("UZ", "uyghur"),
        ("Uzbekistan and Tajikistan (dual)", "Tatar"): ("other", "other"),
        ("", ""): ("", ""),
    }
    for citizenship, ethnicity in typed:
        person = r.Person(citizenship=citizenship, ethnicity=ethnicity)
        services.cases.open_case(person, [r.PersonName("", "Айгүл Серікқызы (fictional)")], r.Case("", ""))
    full = {
        (row["subject_citizenship"], row["subject_ethnicity"])
        for row in _csv_tables(_export(services, tmp_path, "csv", False))["cases"]
    }
    anonymised = _csv_tables(_export(services, tmp_path, "csv", True))["cases"]
    assert full == set(typed)
    assert sorted((row["subject_citizenship"], row["subject_ethnicity"]) for row in anonymised) == sorted(
        typed.values()
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf", "uwazi"])
def test_anonymised_exports_hold_no_name_number_or_fine_place(
    services: Services, secrets: Secrets, tmp_path: Path, fmt: str
) -> None:
    full = _texts(_export(services, tmp_path, fmt, anonymised=False), fmt)
    text = _texts(_export(services, tmp_path, fmt, anonymised=True), fmt)
    leaked = [s for s in secrets.all() if unicodedata.normalize("NFKC", s) in text]
    assert leaked == []
    if fmt != "pdf":  # the control: the full export does hold them (the PDF has counts only)
        assert any(unicodedata.normalize("NFKC", s) in full for s in secrets.names)
    if fmt in ("csv", "xlsx"):  # no day anywhere (Uwazi's date ranges are spans of whole months)
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text)


def test_anonymised_ids_are_pseudonyms_that_still_join(
    services: Services, secrets: Secrets, tmp_path: Path
) -> None:
    full = _csv_tables(_export(services, tmp_path, "csv", False))
    path = _export(services, tmp_path, "csv", True)
    anonymous, text = _csv_tables(path), _texts(path, "csv")
    ids = [row["case_id"] for row in full["cases"]] + [row["relative_id"] for row in full["relatives"]]
    ids += [row["report_id"] for row in full["pressure_reports"]] + [
        row["event_id"] for row in full["events"]
    ]
    assert [record_id for record_id in ids if record_id in text] == []
    cases = {row["case_id"] for row in anonymous["cases"]}
    relatives = {row["relative_id"] for row in anonymous["relatives"]}
    persons = {row["person_id"] for row in anonymous["relatives"]}
    for row in anonymous["pressure_reports"]:
        assert row["case_id"] in cases and row["relayed_by_id"] in persons
        assert set(row["target_ids"].split(";")) <= relatives
    assert {row["case_id"] for row in anonymous["events"]} <= cases
    # a new export, new pseudonyms: nothing links two exports
    (tmp_path / "again").mkdir()
    again = _csv_tables(_export(services, tmp_path / "again", "csv", True))
    assert not cases & {row["case_id"] for row in again["cases"]}


def test_the_period_keeps_what_may_fall_in_it_and_the_cases_behind(
    services: Services, secrets: Secrets, tmp_path: Path
) -> None:
    import datetime as dt

    start, end = dt.date(2019, 3, 1), dt.date(2019, 3, 31)
    everything = _csv_tables(_export(services, tmp_path, "csv", False))
    (tmp_path / "p").mkdir()
    period = _csv_tables(_export(services, tmp_path / "p", "csv", False, date_from=start, date_to=end))

    def may_fall_in(text: str) -> bool:
        unknown, first, last = PartialDate.parse(text).sort_key()
        return not unknown and first <= end and last >= start

    expected_reports = [
        r["report_id"] for r in everything["pressure_reports"] if may_fall_in(r["occurred_on"])
    ]
    expected_events = [r["event_id"] for r in everything["events"] if may_fall_in(r["date"])]
    assert [r["report_id"] for r in period["pressure_reports"]] == expected_reports
    assert [r["event_id"] for r in period["events"]] == expected_events
    assert expected_reports and len(expected_reports) < len(everything["pressure_reports"])
    assert "2019~" in {r["occurred_on"] for r in period["pressure_reports"]}  # "2019" may be March
    assert "" not in {r["occurred_on"] for r in period["pressure_reports"]}
    behind = {r["case_id"] for r in everything["cases"] if may_fall_in(r["opened_on"])}
    behind |= {r["case_id"] for r in period["pressure_reports"] + period["events"]}
    assert {r["case_id"] for r in period["cases"]} == behind
    assert {r["case_id"] for r in period["relatives"]} == behind


def test_the_uwazi_csv_has_the_shape_uwazi_imports(
    services: Services, secrets: Secrets, tmp_path: Path
) -> None:
    path = _export(services, tmp_path, "uwazi", True)
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert rows and next(iter(rows[0])) == "title"
    assert all(re.fullmatch(r"[a-z_]+", name) for name in rows[0])
    ranges = re.compile(r"(\d{4}-\d{2}-\d{2}:\d{4}-\d{2}-\d{2})?")
    for row in rows:
        assert row["title"] == f"Pressure report {row['pana_id']}"
        assert ranges.fullmatch(row["occurred"]) and ranges.fullmatch(row["reported"])
        assert ";" not in row["kinds"] and len(row["kinds"].split("|")) >= 1
        assert "description" not in row and "words" not in row
    assert any("|" in row["kinds"] for row in rows)
    full = list(csv.DictReader(io.StringIO(_export(services, tmp_path, "uwazi", False).read_text("utf-8"))))
    assert "description" in full[0] and any(r["occurred"] == "2019-03-14:2019-03-14" for r in full)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf", "uwazi"])
def test_a_cancelled_export_leaves_no_file(
    services: Services, secrets: Secrets, tmp_path: Path, fmt: str
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    step = "pdf" if fmt == "pdf" else "pressure-reports"

    def progress(done: int, total: int, message: str) -> None:
        if message == step:
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.reports.export(folder / f"r.{fmt}", ReportRequest(ReportFormat(fmt), True), progress)
    assert list(folder.iterdir()) == []


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The temporary folder every library would use, private to this test (so it can be watched)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def test_exporting_writes_only_the_chosen_file(
    services: Services, secrets: Secrets, tmp_path: Path, private_tmp: Path
) -> None:
    """Security row T47, for every format, anonymised or not."""
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    (tmp_path / "warm").mkdir()
    _export(services, tmp_path / "warm", "pdf", False)  # matplotlib's font cache (no case data) made first
    watched = [
        private_tmp,
        Path(os.environ["HOME"]),
        *(Path(os.environ[v]) for v in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")),
    ]
    before = [_files(folder) for folder in watched]
    written = [
        _export(services, chosen, fmt, anonymised)
        for fmt in ("csv", "xlsx", "pdf", "uwazi")
        for anonymised in (False, True)
    ]
    assert [_files(folder) for folder in watched] == before
    assert sorted(chosen.iterdir()) == sorted(written)


def test_the_pdf_prints_every_script_and_embeds_every_font(
    services: Services, secrets: Secrets, tmp_path: Path
) -> None:
    path = _export(services, tmp_path, "pdf", anonymised=False)
    text = _texts(path, "pdf")
    assert "Текес ауданы" in text and "特克斯县" in text and "Tekes County" in text
    arabic = unicodedata.normalize("NFKC", "تېكەس")
    assert arabic in text or arabic[::-1] in text  # drawn in visual order
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts
