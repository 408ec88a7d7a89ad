"""Every template in resources/petitions/ parses and fills in its language, for a full and an empty case."""

from __future__ import annotations

import dataclasses
import re
import tomllib

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind, RequestKind
from app.paths import resources_dir
from app.petitions.catalogue import TemplateSet, shipped_dir
from app.petitions.context import case_context
from app.petitions.document import BlockKind
from tests.unit.petitions.fictional_case import (
    CASE,
    TODAY,
    asylum_seeker,
    case_file,
    filled,
    name_in_language,
    request,
    seeker_certificate,
    text_of,
)

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


def kind_language(file: str) -> tuple[str, str]:
    kind, language, _ = file.split(".")
    return kind, language


def test_there_are_templates() -> None:
    assert {"travel-document.ru.txt", "case-summary.kk.txt"} <= set(FILES)


def test_every_kind_is_in_every_language(templates: TemplateSet) -> None:
    for kind in templates.kinds():
        assert set(kind.languages) >= set(LANGUAGES), kind.code
        assert kind.summary.isascii() and kind.summary.strip(), kind.code
        summaries = dict(kind.summaries)  # each template says what it is in its own language
        assert not summaries["ru"].isascii() and not summaries["kk"].isascii(), kind.code
        assert summaries["ru"] != summaries["kk"] and summaries["en"] == kind.summary, kind.code


@pytest.mark.parametrize("file", FILES)
def test_fills_for_the_fictional_case(templates: TemplateSet, file: str) -> None:
    kind, language = kind_language(file)
    template = templates.template(kind, language)
    context = case_context(case_file(), language, today=TODAY, annexes=["annex"])
    fields = templates.default_fields(template, context)
    text = text_of(templates.fill(template, context, fields))
    assert name_in_language(language) in text
    for article in ARTICLES.get(kind, {}).get(language, ()):
        assert article in text, article
    assert not re.search(r"\{\{|\{%|\bNone\b|Undefined|\[\]", text)
    every = {name: value or "x" for name, value in fields.items()}
    strict = templates.fill(template, context, every, strict=True)
    assert "____" not in text_of(strict).replace(name_in_language(language), "")


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


def _coarse(record: object, precision: str) -> object:
    """``record`` with every date known only to the month ("month") or the year ("year")."""
    changed = {}
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if isinstance(value, PartialDate) and value.year is not None and value.end is None:
            changed[field.name] = PartialDate(
                value.year, (value.month or 9) if precision == "month" else None
            )
    return dataclasses.replace(record, **changed)  # type: ignore[type-var]


def _coarse_case(precision: str) -> r.CaseFile:
    full = case_file()
    subject = dataclasses.replace(
        full.subject, documents=tuple(_coarse(d, precision) for d in full.subject.documents)
    )
    lists = ("legal_events", "requests", "detentions", "pressure_reports")
    return dataclasses.replace(
        full,
        subject=subject,
        **{name: tuple(_coarse(x, precision) for x in getattr(full, name)) for name in lists},
    )


RU_MONTHS_ALONE = "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: A date the sentence does not agree with: "от сентябрь 2019", "до 2025" (not "до 2025 года"),
#: "подана сентябрь 2019", "признан беженцем в Республике Казахстан декабрь 2019", "март 1986 года
#: рождения", "filed on September 2019", "on 2019".
UNGRAMMATICAL = {
    "ru": re.compile(
        rf"\b(от|до|с|подана|получено|сообщено|присвоен|мне|выдано|ответ|Казахстан) "
        rf"((({RU_MONTHS_ALONE}) \d{{4}})|\d{{4}}(?! год))|\b({RU_MONTHS_ALONE}) \d{{4}} года рождения"
    ),
    "en": re.compile(rf"\bon (({EN_MONTHS}) \d{{4}}|\d{{4}}|about|between|early|mid|late)\b"),
}


@pytest.mark.parametrize("precision", ["month", "year"])
@pytest.mark.parametrize("file", [f for f in FILES if kind_language(f)[1] in UNGRAMMATICAL])
def test_dates_known_to_the_month_or_year_agree_with_their_sentence(
    templates: TemplateSet, file: str, precision: str
) -> None:
    """A decision of "September 2019" prints "Решением от сентября 2019", "подана в сентябре 2019",
    "filed in September 2019": never a date in the form that stands alone after a preposition."""
    kind, language = kind_language(file)
    text = text_of(filled(templates, kind, language, _coarse_case(precision)))
    assert not UNGRAMMATICAL[language].search(text), UNGRAMMATICAL[language].search(text)


def test_kazakh_says_asylum_seeker_one_way(templates: TemplateSet) -> None:
    """A Kazakh petition said «пана іздеген адам» in its sentences and «пана іздеуші» in the labels it
    printed (and «баспана», housing, in one summary): the Law «Босқындар туралы» says «пана іздеген
    адам»; the templates, the vocabulary and the deadline rules say it the same way."""
    texts = {path.name: path.read_text(encoding="utf-8") for path in shipped_dir().glob("*.kk.txt")}
    vocab = tomllib.loads((shipped_dir() / "vocab.toml").read_text(encoding="utf-8"))["kk"]
    texts["vocab.toml [kk]"] = "\n".join(label for table in vocab.values() for label in table.values())
    rules = tomllib.loads((resources_dir() / "deadlines" / "rules.toml").read_text(encoding="utf-8"))
    texts["rules.toml [rule.kk]"] = "\n".join(str(rule.get("kk", "")) for rule in rules["rule"])
    file = case_file()
    seeker = r.LegalEvent(
        file.case.id, LegalEventKind.ASYLUM_SEEKER_STATUS, PartialDate(2019, 6, 3), id="ev-seeker"
    )
    file = dataclasses.replace(file, legal_events=(*file.legal_events, seeker))
    for kind in ("case-summary", "non-refoulement"):
        texts[kind] = text_of(filled(templates, kind, "kk", file))
    assert "Пана іздеген адам мәртебесі" in texts["case-summary"]
    for name, text in texts.items():
        assert not re.search(r"(?i)баспана|пана\s+іздеуші", text), name


def _asylum_seeker_case() -> r.CaseFile:
    """The fictional woman still an asylum seeker, with no status abroad either: her certificate, its
    status, the refusal she appealed, a removal order and China's request for her return."""
    file = asylum_seeker(
        r.LegalEvent(
            CASE,
            LegalEventKind.ASYLUM_SEEKER_STATUS,
            PartialDate(2019, 6),
            valid_until=PartialDate(2019, 9, 3),
        ),
        r.LegalEvent(CASE, LegalEventKind.REFUGEE_STATUS_APPEALED, PartialDate(2021, 3, 2), authority="суд"),
        r.LegalEvent(
            CASE, LegalEventKind.DEPORTATION_ORDERED, PartialDate(2026, 10, 5), reference_number="2-1234/26"
        ),
        r.LegalEvent(CASE, LegalEventKind.RETURN_REQUESTED_BY_CHINA, PartialDate(2024, 3)),
        certificate=seeker_certificate(
            issuer="ДМС г. Алматы", issued_on=PartialDate(2026, 9, 20), valid_until=PartialDate(2026, 12, 19)
        ),
    )
    asylum = request("rq-asylum", RequestKind.ASYLUM, PartialDate(2019, 5, 3), "ДМС г. Алматы")
    return dataclasses.replace(
        file,
        legal_events=tuple(e for e in file.legal_events if e.kind != LegalEventKind.STATUS_GRANTED_ABROAD),
        requests=(*file.requests, asylum),
    )


#: A year in running text and what may follow it: "года", "году", "год", "годом", "годами", or the
#: other end of a range before it ("2017–2019 годов", "между 2017 и 2019 годами").
_YEAR = re.compile(r"(?<![\d/\-])(?:19|20)\d\d(?![\d/\-])")
_YEAR_WORD = re.compile(r"(?:\s*(?:–|и)\s*(?:19|20)\d\d)?\s+год")


@pytest.mark.parametrize("case", ["refugee", "asylum seeker", "month", "year"])
@pytest.mark.parametrize(
    "file", [f for f in FILES if f.endswith(".ru.txt") and not f.startswith("case-summary")]
)
def test_a_russian_date_in_a_sentence_says_year(templates: TemplateSet, file: str, case: str) -> None:
    """Lawyers read "Решением от 1 марта 2025", "(12 июня 2022, ДМС)", "истёк 2 июня 2025": a Russian
    legal document writes "1 марта 2025 года", "в марте 2025 года", "в 2025 году". A date alone — a
    list, a label such as "дата рождения:", the address blocks, the case summary — stays compact."""
    kind, language = kind_language(file)
    cases = {"refugee": case_file, "asylum seeker": _asylum_seeker_case}
    case_file_ = cases[case]() if case in cases else _coarse_case(case)
    for block in filled(templates, kind, language, case_file_).blocks:
        if block.kind != BlockKind.PARAGRAPH:
            continue
        text = re.sub(r"дата рождения: [^,;)]*", "", block.text)
        for year in _YEAR.finditer(text):
            assert _YEAR_WORD.match(text, year.end()), (
                f"{text[max(0, year.start() - 60) : year.end() + 20]!r}"
            )
