# SPDX-License-Identifier: GPL-3.0-or-later
"""The case summary's timeline page: only templates that ask for it, in the petition's language, kept
with the document for reprints, and readable back from the PDF (lane names and item labels)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pypdfium2 as pdfium
import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.timeline_layout import Unit, tick_unit
from app.domain.vocab import PetitionStatus, Relationship, RelativeStatus, Sex
from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from app.petitions.document import from_json, to_json
from app.petitions.errors import TemplateError
from app.petitions.pdf import render_pdf
from app.petitions.templates import parse_template
from app.petitions.timeline_page import TICK_ZOOM, timeline_chart
from app.petitions.words import label

from .fictional_case import CASE, TODAY, case_file, name_in_language
from .readback import normal
from .test_annulment import REFUSAL, _asylum_seeker

SHIPPED = TemplateSet()


def _pages_text(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [normal(page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()


def _summary(language: str, file: r.CaseFile | None = None) -> bytes:
    file = file or case_file()
    template = SHIPPED.template("case-summary", language)
    context = case_context(file, language, today=TODAY, annexes=[])
    document = SHIPPED.fill(template, context, {spec.name: "А. Б." for spec in template.fields})
    return render_pdf(dataclasses.replace(document, timeline=timeline_chart(file, language, TODAY)))


def test_only_the_case_summary_asks_for_a_timeline_page() -> None:
    asking = {info.code for info in SHIPPED.kinds() if SHIPPED.template(info.code, "en").timeline}
    assert asking == {"case-summary"}
    with pytest.raises(TemplateError, match="true or false"):
        parse_template("x.en.txt", '+++\ntitle = "X"\ntimeline = "yes"\n+++\nbody\n')


@pytest.mark.parametrize(
    ("language", "heading", "relation"),
    [("en", "Timeline of the case", "(older brother)"), ("kk", "Іс хронологиясы", "(аға)")],
)
def test_the_timeline_page_names_lanes_and_items(language: str, heading: str, relation: str) -> None:
    chart = timeline_chart(case_file(), language, TODAY)
    name = name_in_language(language)  # the English timeline names her as the English letter does
    assert chart.lane_names[0] == name and relation in chart.lane_names[1]
    pages = _pages_text(_summary(language))
    timeline = next(text for text in pages if heading in text)
    assert normal(name)[:12] in timeline
    assert normal(chart.lane_names[1])[:8] in timeline
    detention = next(i for i in chart.timeline.items if i.table == "detentions")
    assert normal(detention.label)[:10] in timeline


def test_russian_agrees_a_relatives_status_and_relationship_with_her_sex() -> None:
    file = case_file()
    wife = r.PersonFile(r.Person(id="person-wife", sex=Sex.FEMALE))
    file = dataclasses.replace(
        file,
        relative_people=(*file.relative_people, wife),
        relatives=(
            *file.relatives,
            r.Relative(file.case.id, wife.person.id, Relationship.SPOUSE, id="rel-wife"),
        ),
        relative_statuses=(
            *file.relative_statuses,
            r.RelativeStatusEntry(file.case.id, "rel-wife", RelativeStatus.RELEASED, PartialDate(2021, 3)),
        ),
    )
    chart = timeline_chart(file, "ru", TODAY)
    assert chart.lane_names[-1] == "Супруга"
    released = next(i for i in chart.timeline.items if i.code == RelativeStatus.RELEASED)
    assert released.label == "Освобождена"
    unknown_sex = next(i for i in chart.timeline.items if i.code == RelativeStatus.UNDER_SURVEILLANCE)
    assert unknown_sex.label == label("relative_status", RelativeStatus.UNDER_SURVEILLANCE, "ru")


def test_the_chart_is_kept_with_the_document_and_prints_again() -> None:
    template = SHIPPED.template("case-summary", "en")
    context = case_context(case_file(), "en", today=TODAY, annexes=[])
    document = SHIPPED.fill(template, context, {"prepared_by": "A.", "place": "Almaty"})
    document = dataclasses.replace(document, timeline=timeline_chart(case_file(), "en", TODAY))
    again = from_json(to_json(document))
    assert again.timeline == document.timeline
    plain = from_json(to_json(dataclasses.replace(document, timeline=None)))
    assert plain.timeline is None


def test_hundreds_of_items_flow_over_several_pages_with_the_axis_on_each() -> None:
    file = case_file()
    reports = tuple(
        r.PressureReport(
            file.case.id,
            ("threat",),
            (file.relatives[0].id,),
            occurred_on=PartialDate.of(dt.date(2018, 1, 1) + dt.timedelta(days=9 * n)),
            place=f"place {n}",
            id=f"pr-{n}",
        )
        for n in range(300)
    )
    pages = _pages_text(_summary("en", dataclasses.replace(file, pressure_reports=reports)))
    with_axis = [text for text in pages if "place 1" in text or "place 299" in text]
    assert len(with_axis) >= 2
    assert all("2019" in text for text in with_axis)


def test_the_axis_runs_over_the_years_of_the_story_and_no_further() -> None:
    """The room kept at the right for labels was ruled and labelled too: 2028 to 2031 on a case whose
    last date is in 2027 read as years of the story."""
    chart = timeline_chart(case_file(), "ru", TODAY)
    span = chart.timeline.span()
    assert span is not None
    first, last = dt.date.fromordinal(span[0]).year, dt.date.fromordinal(span[1] - 1).year
    timeline = next(text for text in _pages_text(_summary("ru")) if "Хронология дела" in text)
    axis = timeline.replace(normal(chart.notes[-1]), "")  # the labels hold no year; "today" does
    years = sorted({int(year) for year in re.findall(r"\b(20\d\d)\b", axis)})
    assert years == list(range(first, last + 1))


def test_labels_made_of_several_words_read_as_running_text() -> None:
    chart = timeline_chart(case_file(), "ru", TODAY)
    labels = {i.label for i in chart.timeline.items}
    assert "Ответ: отказано" in labels  # was "Ответ: Отказано"
    assert "Требование вернуться, угроза" in labels  # was "…, Угроза"


def test_a_case_of_about_ten_years_is_read_by_the_year_on_paper() -> None:
    """2017 to 2026 across the plot left about 21 pt a year: the axis showed only 2020 and 2030."""
    assert tick_unit(20.5 / 365.25, TICK_ZOOM) is Unit.YEAR


def test_only_filed_petitions_are_on_the_printed_timeline_by_their_titles() -> None:
    """Every draft printed today showed as "Заявление" on today's date, like a filing."""
    file = case_file()
    case_id = file.case.id
    printed = dt.datetime(2026, 12, 5, 10, 0)
    petitions = (
        r.Petition(case_id, "travel-document", "ru", "Заявление о выдаче проездного документа",
                   status=PetitionStatus.PRINTED, printed_at=printed, id="pt-draft"),
        r.Petition(case_id, "iin-issue", "ru", "Заявление о присвоении ИИН", status=PetitionStatus.FILED,
                   printed_at=printed, filed_on=PartialDate(2026, 11, 2), id="pt-filed"),
    )  # fmt: skip
    chart = timeline_chart(dataclasses.replace(file, petitions=petitions), "ru", TODAY)
    shown = [(i.record_id, i.label) for i in chart.timeline.items if i.table == "petitions"]
    assert shown == [("pt-filed", "Заявление о присвоении ИИН")]


def test_an_undated_item_says_whose_it_is() -> None:
    """ "Без даты • Положение родственников: В Казахстане" did not say which relative."""
    file = case_file()
    mother = file.relatives[1]
    status = r.RelativeStatusEntry(CASE, mother.id, RelativeStatus.IN_KAZAKHSTAN, id="st-undated")
    file = dataclasses.replace(file, relative_statuses=(*file.relative_statuses, status))
    chart = timeline_chart(file, "ru", TODAY)
    assert [i.key for i in chart.timeline.undated] == ["relative_statuses:st-undated"]
    page = next(text for text in _pages_text(_summary("ru", file)) if "Хронология дела" in text)
    assert normal(f"{chart.lane_names[2][:10]}") in page
    assert "— Положение родственников: в Казахстане" in page


@pytest.mark.parametrize(
    ("language", "annulled"), [("en", "Annulled: "), ("ru", "Отменено: "), ("kk", "Күші жойылды: ")]
)
def test_the_timeline_marks_a_decision_a_granted_complaint_annulled(language: str, annulled: str) -> None:
    """The printed timeline drew a refusal a court had annulled as if it stood."""
    chart = timeline_chart(_asylum_seeker(), language, TODAY)
    marked = [i for i in (*chart.timeline.items, *chart.timeline.undated) if i.label.startswith(annulled)]
    # the refusal, and the ministry's answer to the complaint against it, which the court overturned
    assert sorted((i.kind.value, i.record_id) for i in marked) == [
        ("answer", "rq-complaint"),
        ("legal-event", REFUSAL),
    ]
    assert not any(
        i.label.startswith(annulled) for i in timeline_chart(case_file(), language, TODAY).timeline.items
    )
