# SPDX-License-Identifier: GPL-3.0-or-later
"""Every shipped template in every language, filled for a fictional case whose names are written in
four scripts, prints as a PDF that reads back with the names, dates and article numbers, has every
font embedded and passes ``qpdf --check``."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from app.petitions.pdf import render_pdf

from .fictional_case import NAMES, TODAY, case_file, name_in_language
from .readback import needs, normal, pdf_text

SHIPPED = TemplateSet()
PAIRS = [(info.code, language) for info in SHIPPED.kinds() for language in info.languages]
#: Article numbers each kind must cite, as digits (every language writes them so).
ARTICLES = {
    "travel-document": ("9", "28"),
    "non-refoulement": ("33",),
    "citizenship-refusal-complaint": ("49", "477-IV"),
    "administrative-complaint": ("91", "92"),
    "court-claim": ("136",),
    "refugee-certificate-extension": ("183",),
}
#: The birth date of the fictional subject, as each language writes it.
BORN = {"ru": "14 марта 1986", "kk": "1986 жылғы 14 наурыз", "en": "14 March 1986"}
SHIPPED_KINDS = {
    "travel-document", "refugee-certificate-extension", "asylum-seeker-certificate-extension",
    "citizenship-application", "citizenship-refusal-complaint", "non-refoulement", "marriage-registration",
    "iin-issue", "administrative-complaint", "court-claim", "resettlement-support", "case-summary",
}  # fmt: skip


def test_every_kind_the_issue_asks_for_ships_in_russian_kazakh_and_english() -> None:
    languages = {info.code: set(info.languages) for info in SHIPPED.kinds()}
    missing = {kind: {"ru", "kk", "en"} - languages.get(kind, set()) for kind in SHIPPED_KINDS}
    assert {kind: left for kind, left in missing.items() if left} == {}


def _printed(kind: str, language: str) -> bytes:
    template = SHIPPED.template(kind, language)
    context = case_context(case_file(), language, today=TODAY, annexes=["Паспорт / passport scan"])
    fields = {spec.name: f"поле {spec.name}" for spec in template.fields}
    return render_pdf(SHIPPED.fill(template, context, fields))


@needs("pdftotext")
@pytest.mark.parametrize(("kind", "language"), PAIRS)
def test_the_pdf_reads_back_with_names_dates_and_articles(kind: str, language: str) -> None:
    text = pdf_text(_printed(kind, language), layout=True)
    flat = " ".join(text.split())
    name = normal(name_in_language(language))
    assert name in flat or name.replace(" ", "") in flat.replace(" ", "")
    if kind == "case-summary":
        for spelling in NAMES.values():
            assert normal(spelling) in flat, spelling
    for article in ARTICLES.get(kind, ()):
        assert article in flat, article
    assert "None" not in flat.split()
    assert normal(TODAY.strftime("%Y")) in flat


@needs("pdffonts")
@needs("qpdf")
@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_fonts_are_embedded_and_qpdf_finds_no_error(language: str, tmp_path: Path) -> None:
    pdf = _printed("case-summary", language)
    fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts
    path = tmp_path / "summary.pdf"  # qpdf cannot read standard input; fictional data, test-only folder
    path.write_bytes(pdf)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


@needs("pdftotext")
@pytest.mark.parametrize("kind", ["case-summary", "travel-document"])
def test_hostile_text_in_the_case_prints_as_plain_text(kind: str) -> None:
    """Security row T28: markup and an RLO in a name reach the PDF as the characters typed."""
    hostile = '<img src="file:///etc/passwd"> <b>Айгүл</b> &amp; \u202eлуғйа'
    case = case_file()
    names = tuple(dataclasses.replace(name, text=hostile) for name in case.subject.names)
    case = dataclasses.replace(case, subject=dataclasses.replace(case.subject, names=names))
    template = SHIPPED.template(kind, "en")
    context = case_context(case, "en", today=TODAY)
    text = pdf_text(render_pdf(SHIPPED.fill(template, context, {})))
    assert '<img src="file:///etc/passwd">' in text and "<b>Айгүл</b> &amp;" in text
    assert "луғйа" in text  # the override is dropped: the letters keep their order
