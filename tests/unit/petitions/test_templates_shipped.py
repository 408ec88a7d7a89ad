"""Every template in resources/petitions/ parses and fills in its language, for a full and an empty case."""

from __future__ import annotations

import re

import pytest

from app.domain import records as r
from app.petitions.catalogue import TemplateSet, shipped_dir
from app.petitions.context import case_context
from app.petitions.document import PetitionDocument
from tests.unit.petitions.fictional_case import NAME, TODAY, case_file

FILES = sorted(path.name for path in shipped_dir().glob("*.txt"))
LANGUAGES = ("ru", "kk", "en")
#: Articles a kind must cite, per language.
ARTICLES = {
    "travel-document": {
        "ru": (
            "статьёй 9 Закона Республики Казахстан",
            "«О беженцах»",
            "статьёй 28 Конвенции о статусе беженцев",
        ),
        "kk": ("«Босқындар туралы» Заңының 9-бабына", "конвенцияның 28-бабына"),
        "en": (
            "Article 9 of Law of the Republic of Kazakhstan",
            '"On Refugees"',
            "Article 28 of the 1951 Convention",
        ),
    },
}


@pytest.fixture(scope="module")
def templates() -> TemplateSet:
    return TemplateSet()


def text_of(document: PetitionDocument) -> str:
    return "\n".join(
        [
            document.title,
            *document.addressee,
            *document.applicant,
            *(b.text for b in document.blocks),
            document.signatory,
        ]
    )


def kind_language(file: str) -> tuple[str, str]:
    kind, language, _ = file.split(".")
    return kind, language


def test_there_are_templates() -> None:
    assert {"travel-document.ru.txt", "case-summary.kk.txt"} <= set(FILES)


def test_every_kind_is_in_every_language(templates: TemplateSet) -> None:
    for kind in templates.kinds():
        assert set(kind.languages) >= set(LANGUAGES), kind.code
        assert kind.summary.isascii() and kind.summary.strip(), kind.code


@pytest.mark.parametrize("file", FILES)
def test_fills_for_the_fictional_case(templates: TemplateSet, file: str) -> None:
    kind, language = kind_language(file)
    template = templates.template(kind, language)
    context = case_context(case_file(), language, today=TODAY, annexes=["annex"])
    fields = templates.default_fields(template, context)
    text = text_of(templates.fill(template, context, fields))
    assert NAME in text
    for article in ARTICLES.get(kind, {}).get(language, ()):
        assert article in text, article
    assert not re.search(r"\{\{|\{%|\bNone\b|Undefined|\[\]", text)
    every = {name: value or "x" for name, value in fields.items()}
    strict = templates.fill(template, context, every, strict=True)
    assert "____" not in text_of(strict).replace(NAME, "")


@pytest.mark.parametrize("file", FILES)
def test_fills_for_a_case_with_nothing_known(templates: TemplateSet, file: str) -> None:
    kind, language = kind_language(file)
    template = templates.template(kind, language)
    empty = r.CaseFile(r.Case("p", "o", id="c"), r.PersonFile(r.Person(id="p")))
    context = case_context(empty, language, today=TODAY)
    document = templates.fill(template, context, templates.default_fields(template, context))
    assert document.title
    assert not re.search(r"\{\{|\{%|\bNone\b|Undefined", text_of(document))


@pytest.mark.parametrize("file", FILES)
def test_fields_have_labels_in_the_template_language(templates: TemplateSet, file: str) -> None:
    kind, language = kind_language(file)
    for spec in templates.template(kind, language).fields:
        assert spec.label.strip()
        if language in ("ru", "kk"):
            assert re.search("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", spec.label), spec.name
