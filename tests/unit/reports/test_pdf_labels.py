# SPDX-License-Identifier: GPL-3.0-or-later
"""The analysts' PDF names every bar in words of the report's language, never by its stored code."""

from __future__ import annotations

import pypdfium2

from app.domain.patterns import PERSON, UNKNOWN, Bar, Breakdown, PatternFilter, Patterns
from app.domain.vocab import PressureKind, Relationship
from app.petitions.layout import CREATOR
from app.petitions.words import label
from app.reports.pdf_report import ReportLabels, render_report, value_labels


def _kinds() -> Breakdown:
    bars = (Bar(PressureKind.VISIT_BY_POLICE, PressureKind.VISIT_BY_POLICE, 12), Bar(UNKNOWN, UNKNOWN, 3))
    return Breakdown("pressure", "kind", bars, 15)


def test_codes_are_named_from_the_vocabulary_in_the_reports_language() -> None:
    for language in ("en", "ru", "kk"):
        names = value_labels(_kinds(), ReportLabels(language=language, unknown="?"))
        assert names[PressureKind.VISIT_BY_POLICE] == label(
            "pressure_kind", PressureKind.VISIT_BY_POLICE, language
        )
        assert (
            names[PressureKind.VISIT_BY_POLICE] != PressureKind.VISIT_BY_POLICE.value
            and names[UNKNOWN] == "?"
        )
    relations = Breakdown(
        "detention", "relationship", (Bar(Relationship.FATHER, "", 6), Bar(PERSON, "", 5)), 11
    )
    names = value_labels(relations, ReportLabels(person="The person"))
    assert names[PERSON] == "The person" and names[Relationship.FATHER] == label(
        "relationship", "father", "en"
    )


def test_the_pdf_prints_the_words_not_the_codes() -> None:
    patterns = Patterns(PatternFilter(), 15, 0, 9, (_kinds(),))
    data = render_report(patterns, "", anonymised=False)
    pdf = pypdfium2.PdfDocument(data)
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert label("pressure_kind", PressureKind.VISIT_BY_POLICE, "en") in text
    assert PressureKind.VISIT_BY_POLICE.value not in text


def test_the_command_lines_pdf_titles_each_chart_in_words() -> None:
    data = render_report(Patterns(PatternFilter(), 15, 0, 9, (_kinds(),)), "", anonymised=False)
    pdf = pypdfium2.PdfDocument(data)
    text = pdf[0].get_textpage().get_text_range()
    assert "Pressure reports by kind" in text and "pressure/kind" not in text


def test_the_report_says_its_title_and_language_and_nothing_of_who_made_it() -> None:
    """Made like a petition (``app.petitions.layout.a4_document``): the same scrubbed metadata."""
    labels = ReportLabels(language="ru", title="Отчёт")
    data = render_report(
        Patterns(PatternFilter(), 15, 0, 9, (_kinds(),)), "", anonymised=False, labels=labels
    )
    pdf = pypdfium2.PdfDocument(data)
    meta = pdf.get_metadata_dict()
    assert meta["Title"] == "Отчёт" and meta["Creator"] == CREATOR
    assert meta["Author"] == meta["Subject"] == meta["Keywords"] == ""
    assert b"/Lang (ru)" in data
