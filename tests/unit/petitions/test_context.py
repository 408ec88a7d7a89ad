"""The fill context: a fictional case in Russian, Kazakh and English; dates in words; the vocabulary file."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import LegalEventKind, LinkKind, NameKind, Sex, SourceConnection, SourceKind
from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from app.petitions.date_text import date_text, until_text, waiting_text
from app.petitions.link_text import name_in
from app.petitions.words import citizenship, ethnicity, ethnicity_code, label, labels
from tests.unit.petitions.fictional_case import CASE, NAME, NAMES, TODAY, case_file

ROOT = Path(__file__).resolve().parents[3]


def _load_vocab_script() -> ModuleType:
    path = ROOT / "packaging" / "scripts" / "petition_vocab.py"
    spec = importlib.util.spec_from_file_location("petition_vocab", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_vocab_file_is_fresh() -> None:
    script = _load_vocab_script()
    committed = (ROOT / "resources" / "petitions" / "vocab.toml").read_text(encoding="utf-8")
    assert committed == script.render(), "run packaging/scripts/petition_vocab.py and commit vocab.toml"


def test_vocabulary_labels_per_language() -> None:
    assert label("legal_event_kind", "border-crossing", "en") == "Border crossing"
    assert label("legal_event_kind", "border-crossing", "ru") == "Пересечение границы"
    assert label("legal_event_kind", "border-crossing", "kk") == "Шекарадан өту"
    assert label("legal_event_kind", "border-crossing", "zh") == "Border crossing"  # English otherwise
    assert label("legal_event_kind", "from-a-newer-version", "ru") == "from-a-newer-version"
    assert labels("kk").page_of == "{pages} беттің {page}-беті"
    assert labels("zh").annexes == "Annexes"


D = PartialDate


@pytest.mark.parametrize(
    ("date", "ru", "kk", "en"),
    [
        (D(2018, 5, 12), "12 мая 2018", "2018 жылғы 12 мамыр", "12 May 2018"),
        (D(2018, 5), "май 2018", "2018 жылғы мамыр", "May 2018"),
        (D(2018), "2018", "2018 жыл", "2018"),
        (D(2017, approximate=True), "около 2017", "шамамен 2017 жыл", "about 2017"),
        (D(2018, 5, approximate=True), "около мая 2018", "шамамен 2018 жылғы мамыр", "about May 2018"),
        (
            D(2018, 5, 12, approximate=True),
            "около 12 мая 2018",
            "шамамен 2018 жылғы 12 мамыр",
            "about 12 May 2018",
        ),
        (D(2017, end_year=2019), "между 2017 и 2019", "2017–2019 жылдар аралығында", "between 2017 and 2019"),
        (
            D(2017, 5, end_year=2019, end_month=6),
            "между маем 2017 и июнем 2019",
            "2017 жылғы мамыр – 2019 жылғы маусым аралығында",
            "between May 2017 and June 2019",
        ),
        (
            D(2019, 12, 21, end_year=2019, end_month=12, end_day=31),
            "между 21 декабря 2019 и 31 декабря 2019",
            "2019 жылғы 21 желтоқсан – 2019 жылғы 31 желтоқсан аралығында",
            "between 21 December 2019 and 31 December 2019",
        ),
        (
            D.parse("2019-12-early"),
            "начало декабря 2019",
            "2019 жылғы желтоқсанның басы",
            "early December 2019",
        ),
        (D.parse("2017-mid"), "середина 2017", "2017 жылдың ортасы", "mid 2017"),
        (D.parse("2017-late"), "конец 2017", "2017 жылдың аяғы", "late 2017"),
        (D(), "", "", ""),
    ],
)
def test_dates_in_words(date: PartialDate, ru: str, kk: str, en: str) -> None:
    assert (date_text(date, "ru"), date_text(date, "kk"), date_text(date, "en")) == (ru, kk, en)


@pytest.mark.parametrize(
    ("date", "ru_of", "ru_when", "ru_full", "en_when"),
    [
        (D(2018, 5, 12), "12 мая 2018 года", "12 мая 2018 года", "12 мая 2018 года", "on 12 May 2018"),
        (D(2019, 9), "сентября 2019 года", "в сентябре 2019 года", "сентябрь 2019 года", "in September 2019"),
        (D(2019), "2019 года", "в 2019 году", "2019 год", "in 2019"),
        (
            D.parse("2018-05-late"),
            "конца мая 2018 года",
            "в конце мая 2018 года",
            "конец мая 2018 года",
            "in late May 2018",
        ),
        (
            D.parse("2017-early"),
            "начала 2017 года",
            "в начале 2017 года",
            "начало 2017 года",
            "in early 2017",
        ),
        (
            D.parse("2017-mid"),
            "середины 2017 года",
            "в середине 2017 года",
            "середина 2017 года",
            "in mid 2017",
        ),
        (
            D(2018, 5, approximate=True),
            "мая 2018 года (приблизительно)",
            "около мая 2018 года",
            "около мая 2018 года",
            "about May 2018",
        ),
        (
            D(2017, approximate=True),
            "2017 года (приблизительно)",
            "около 2017 года",
            "около 2017 года",
            "about 2017",
        ),
        (
            D(2017, end_year=2019),
            "2017–2019 годов (точная дата неизвестна)",
            "между 2017 и 2019 годами",
            "между 2017 и 2019 годами",
            "between 2017 and 2019",
        ),
        (
            D(2017, 5, end_year=2019, end_month=6),
            "мая 2017 года – июня 2019 года (точная дата неизвестна)",
            "между маем 2017 года и июнем 2019 года",
            "между маем 2017 года и июнем 2019 года",
            "between May 2017 and June 2019",
        ),
        (
            D(2017, 5, end_year=2019),
            "мая 2017 года – 2019 года (точная дата неизвестна)",
            "между маем 2017 года и 2019 годом",
            "между маем 2017 года и 2019 годом",
            "between May 2017 and 2019",
        ),
        (
            D(2019, 12, 21, end_year=2019, end_month=12, end_day=31),
            "21 декабря 2019 года – 31 декабря 2019 года (точная дата неизвестна)",
            "между 21 декабря 2019 года и 31 декабря 2019 года",
            "между 21 декабря 2019 года и 31 декабря 2019 года",
            "between 21 December 2019 and 31 December 2019",
        ),
        (D(), "", "", "", ""),
    ],
)
def test_a_date_after_a_preposition_and_saying_when(
    date: PartialDate, ru_of: str, ru_when: str, ru_full: str, en_when: str
) -> None:
    """ "Решением от сентября 2019 года", "подана в сентябре 2019 года", "(сентябрь 2019 года, ДМС)",
    "filed in September 2019": a Russian date in a sentence says "года", as legal documents do, while
    the date alone (a list, a label) does not; Kazakh templates write a date after a label, so its
    forms are the date itself."""
    ru, en, kk = date_text(date, "ru"), date_text(date, "en"), date_text(date, "kk")
    assert (ru.of, ru.when, ru.full, en.when) == (ru_of, ru_when, ru_full, en_when)
    assert "год" not in ru
    assert en.of == (f"an unknown date {en}" if date.end is not None else en)
    assert en.full == en and kk.of == kk and kk.full == kk


@pytest.mark.parametrize(
    ("filed", "ru", "kk", "en"),
    [
        (D(2026, 12, 5), "ожидает ответа 1 день", "жауап 1 күн күтілуде", "waiting 1 day"),
        (D(2026, 11, 14), "ожидает ответа 22 дня", "жауап 22 күн күтілуде", "waiting 22 days"),
        (
            D(2026, 11, 1),
            "ожидает ответа 35 дней (около 1 месяца)",
            "жауап 35 күн күтілуде (шамамен 1 ай)",
            None,
        ),
        (
            D(2025, 10, 1),
            "ожидает ответа 431 день (около 14 месяцев)",
            "жауап 431 күн күтілуде (шамамен 14 ай)",
            None,
        ),
        (  # filed in October 2025: at least since the 31st, never more than the case shows
            D(2025, 10),
            "ожидает ответа не менее 401 дня (около 13 месяцев)",
            "жауап кемінде 401 күн күтілуде (шамамен 13 ай)",
            "waiting at least 401 days (about 13 months)",
        ),
    ],
)
def test_waiting_in_words(filed: PartialDate, ru: str, kk: str, en: str | None) -> None:
    request = r.Request(CASE, filed_on=filed)
    assert waiting_text(request, TODAY, "ru") == ru
    assert waiting_text(request, TODAY, "kk") == kk
    if en is not None:
        assert waiting_text(request, TODAY, "en") == en


def test_subject_with_every_spelling() -> None:
    subject = case_context(case_file(), "ru", today=TODAY)["subject"]
    assert isinstance(subject, dict)
    assert subject["name"] == NAME
    assert [(n["text"], n["script"]) for n in subject["names"]] == [
        (text, code) for code, text in NAMES.items()
    ]
    assert [n["script_name"] for n in subject["names"]] == ["Кириллица", "Латиница", "Арабица", "Китайский"]
    assert subject["birth_date"] == "14 марта 1986"
    assert (subject["sex"], subject["sex_code"]) == ("Женский", "female")
    assert subject["address"] == "Алматы, ул. Абая 1, кв. 2, Казахстан"
    assert subject["lacks"] == ["Нет ИИН"]
    assert subject["citizenship"] == "КНР"
    assert [d["kind_code"] for d in subject["documents"]] == ["prc-passport", "refugee-certificate"]
    assert subject["documents"][1]["valid_until"] == "19 июня 2027"


@pytest.mark.parametrize(
    ("typed", "en", "ru", "kk"),
    [
        ("PRC", "PRC", "КНР", "ҚХР"),  # what the form once suggested, in every vault made before
        ("КНР", "PRC", "КНР", "ҚХР"),
        (" china ", "PRC", "КНР", "ҚХР"),
        ("Қазақстан", "Kazakhstan", "Казахстан", "Қазақстан"),
        ("stateless", "Stateless", "Лицо без гражданства", "Азаматтығы жоқ адам"),
        ("Лицо без гражданства", "Stateless", "Лицо без гражданства", "Азаматтығы жоқ адам"),
        ("Uzbekistan (dual)", "Uzbekistan (dual)", "Uzbekistan (dual)", "Uzbekistan (dual)"),  # as typed
        ("", "", "", ""),
    ],
)
def test_a_usual_citizenship_prints_in_the_petitions_language(typed: str, en: str, ru: str, kk: str) -> None:
    """A worker types in the interface's language; "гражданство: stateless" must not reach a court."""
    file = case_file()
    file = dataclasses.replace(
        file,
        subject=dataclasses.replace(
            file.subject, person=dataclasses.replace(file.subject.person, citizenship=typed)
        ),
    )
    printed = [
        case_context(file, language, today=TODAY)["subject"]["citizenship"] for language in ("en", "ru", "kk")
    ]
    assert printed == [en, ru, kk]


@pytest.mark.parametrize(
    ("typed", "sex", "en", "ru", "kk"),
    [
        ("қазақ", Sex.FEMALE, "Kazakh", "казашка", "қазақ"),  # a Kazakh interface, a Russian petition
        ("Kazakh", Sex.MALE, "Kazakh", "казах", "қазақ"),
        ("казах", Sex.FEMALE, "Kazakh", "казашка", "қазақ"),  # the record's sex decides
        ("казашка", Sex.UNKNOWN, "Kazakh", "казашка", "қазақ"),  # no sex recorded: the word typed says it
        (" Uighur ", Sex.FEMALE, "Uyghur", "уйгурка", "ұйғыр"),
        ("Dungan", Sex.MALE, "Hui", "хуэй", "дүңген"),
        ("Tatar", Sex.MALE, "Tatar", "Tatar", "Tatar"),  # not a usual one: as typed
    ],
)
def test_a_usual_ethnicity_prints_in_the_petitions_language_for_the_persons_sex(
    typed: str, sex: Sex, en: str, ru: str, kk: str
) -> None:
    file = case_file()
    person = dataclasses.replace(file.subject.person, ethnicity=typed, sex=sex)
    file = dataclasses.replace(file, subject=dataclasses.replace(file.subject, person=person))
    printed = [
        case_context(file, language, today=TODAY)["subject"]["ethnicity"] for language in ("en", "ru", "kk")
    ]
    assert printed == [en, ru, kk]


def test_timeline_in_order_with_links_read_from_each_end() -> None:
    context = case_context(case_file(), "en", today=TODAY)
    events = context["legal_events"]
    assert isinstance(events, list)
    assert [(e["date"], e["kind_code"]) for e in events] == [
        ("about 2019", "border-crossing"),
        ("3 May 2019", "asylum-application"),
        ("between 2020 and 2021", "refugee-status-refused"),
        ("12 June 2022", "refugee-status-granted"),
        ("late 2024", "status-granted-abroad"),
        ("1 March 2025", "citizenship-refused"),
    ]
    assert events[-1]["links"] == ["answers: request “Admission to citizenship”, 2 September 2024"]
    requests = context["requests"]
    assert isinstance(requests, list)
    assert requests[0]["links"] == ["answered by: legal event “Citizenship refused”, 1 March 2025"]
    assert (requests[0]["outcome"], requests[0]["waiting"]) == ("Refused", "")
    assert requests[1]["waiting"] == "waiting 431 days (about 14 months)"
    assert requests[1]["status"] == "Pending"


def test_kazakh_links_read_the_right_way_from_each_end() -> None:
    """The refusal "answers" the request and the request is "answered by" the refusal: Kazakh had the
    two the wrong way round (the refusal read «жауабы: өтініш», "its answer: the request")."""
    context = case_context(case_file(), "kk", today=TODAY)
    refusal = context["legal_events"][-1]  # type: ignore[index]
    request = context["requests"][0]  # type: ignore[index]
    assert refusal["links"][0].startswith("жауап береді: өтініш «")
    assert request["links"][0].startswith("жауабы: ")


def test_relatives_detentions_pressure() -> None:
    context = case_context(case_file(), "ru", today=TODAY, annexes=["Копия"])
    brother, mother = context["relatives"]  # type: ignore[misc]
    assert brother["name"] == "Ерлан Серікұлы"
    assert brother["relationship"] == "Старший брат"
    assert brother["place"] == "Қарабұлақ, Шәуешек, Тарбағатай, Китай"  # country in its language
    assert brother["status"] == "В заключении, запрет на выезд"  # the ended camp status is history
    assert [s["status"] for s in brother["statuses"]] == ["В лагере", "В заключении", "Запрет на выезд"]
    assert brother["last_contact"] == "начало мая 2023"
    assert (mother["name"], mother["description"]) == ("", "анасы, шамамен 70 жаста")
    (detention,) = context["detentions"]  # type: ignore[misc]
    assert detention["who"] == "Ерлан Серікұлы (старший брат)"
    assert (detention["started_on"], detention["ended_on"]) == ("апрель 2018", "ноябрь 2019")
    (pressure,) = context["pressure_reports"]  # type: ignore[misc]
    assert pressure["kinds"] == "Требование вернуться, угроза"
    assert pressure["targets"] == "анасы, шамамен 70 жаста (мать)"
    assert (pressure["actor"], pressure["frequency"]) == ("Уездная полиция", "Неоднократно")
    assert context["annexes"] == ["Копия"]
    assert context["today"] == "6 декабря 2026"


def test_lookups_and_nothing() -> None:
    context = case_context(case_file(), "kk", today=TODAY)
    last_event, last_request, document = (context[k] for k in ("last_event", "last_request", "document"))
    assert callable(last_event) and callable(last_request) and callable(document)
    assert last_event("refugee-status-granted", "asylum-application")["kind_code"] == "refugee-status-granted"
    assert last_event("status-granted-abroad")["destination_country"] == "Швеция"
    assert last_request("travel-document")["filed_on"] == "2025 жылғы 1 қазан"
    assert document("refugee-certificate")["number"] == "RC-0042"
    nothing = last_event("deportation-ordered")
    assert not nothing
    assert str(nothing) == "" and str(nothing.date) == "" and str(nothing.date.more) == ""


def test_unknown_values_are_empty() -> None:
    file = r.CaseFile(r.Case("p", "o", id="c"), r.PersonFile(r.Person(id="p")))
    context = case_context(file, "ru", today=TODAY)
    subject = context["subject"]
    assert isinstance(subject, dict)
    assert (subject["name"], subject["sex"], subject["civil_status"], subject["birth_date"]) == (
        "",
        "",
        "",
        "",
    )
    assert context["legal_events"] == [] and context["case"] == {
        "reference": "",
        "summary": "",
        "opened_on": "",
    }


def test_a_country_stored_as_its_code_is_written_in_the_petitions_language() -> None:
    """#12 item 5: a new relative's country is the code "CN", which a petition must not print."""
    file = case_file()
    moved = dataclasses.replace(file.relatives[0], country="CN")
    file = dataclasses.replace(file, relatives=(moved, *file.relatives[1:]))
    places = {
        lang: case_context(file, lang, today=TODAY)["relatives"][0]["place"] for lang in ("ru", "kk", "en")
    }
    assert (
        places["ru"].endswith(", Китай")
        and places["kk"].endswith(", Қытай")
        and places["en"].endswith(", China")
    )


@pytest.mark.parametrize(
    "hostile",
    ["КНР\u202e<img src=file:///etc/passwd>", "казах\x00", "\ud800", "Kazakh " * 20_000 + "x", "   "],
)
def test_hostile_citizenship_and_ethnicity_text_is_never_taken_for_a_usual_value(hostile: str) -> None:
    """From a bundle or a paste: a value that only contains a usual word is not that word; what is
    typed is printed as typed (escaping and bidi isolation are the PDF's)."""
    for language in ("en", "ru", "kk"):
        assert citizenship(hostile, language) == hostile
        assert ethnicity(hostile, "female", language) == hostile
    assert ethnicity_code(hostile) == ""


@pytest.mark.parametrize(
    ("language", "term"),
    [
        ("ru", "1 год 6 месяцев, условно; зачтено 108 дней под стражей"),
        ("kk", "1 жыл 6 ай, шартты түрде; қамауда болған 108 күн есепке алынды"),
        ("en", "1 year 6 months, suspended; 108 days in custody credited"),
    ],
)
def test_a_sentence_prints_its_term_and_a_report_who_relayed_it(language: str, term: str) -> None:
    """The term of a sentence and the person who passed news of pressure on were kept in the case
    but reached no petition."""
    file = case_file()
    sentence = r.LegalEvent(
        CASE, LegalEventKind.SENTENCE, PartialDate(2019, 9, 12), term_months=18, suspended=True,
        detention_credit_days=108, id="ev-sentence",
    )  # fmt: skip
    relayed = dataclasses.replace(
        file.pressure_reports[0],
        relayed_by_id=file.relatives[1].person_id,
        source_connection=SourceConnection.HEARSAY,
    )
    file = dataclasses.replace(file, legal_events=(*file.legal_events, sentence), pressure_reports=(relayed,))
    context = case_context(file, language, today=TODAY)
    assert context["last_event"]("sentence")["term"] == term
    report = context["pressure_reports"][0]
    assert report["relayed_by"].startswith(file.relative_people[1].display_name)
    assert report["source_connection"]
    summary = TemplateSet().template("case-summary", language)
    text = "\n".join(b.text for b in TemplateSet().fill(summary, context, {}).blocks)
    assert term in text and file.relative_people[1].display_name in text


def test_russian_words_agree_with_the_relative_they_describe() -> None:
    """ "Освобождён(а)" for a father, "Знакомый" for a woman: the form for the person's recorded sex."""
    file = case_file()
    brother, mother = file.relative_people
    statuses = (
        r.RelativeStatusEntry(CASE, file.relatives[0].id, "released", PartialDate(2023), id="s-b"),
        r.RelativeStatusEntry(CASE, file.relatives[1].id, "released", PartialDate(2023), id="s-m"),
    )
    friend = dataclasses.replace(file.relatives[1], relationship="acquaintance")
    file = dataclasses.replace(
        file,
        relatives=(file.relatives[0], friend),
        relative_statuses=statuses,
        relative_people=(
            dataclasses.replace(brother, person=dataclasses.replace(brother.person, sex=Sex.MALE)),
            dataclasses.replace(mother, person=dataclasses.replace(mother.person, sex=Sex.FEMALE)),
        ),
    )
    relatives = case_context(file, "ru", today=TODAY)["relatives"]
    assert [(x["relationship"], x["status"]) for x in relatives] == [
        ("Старший брат", "Освобождён"),
        ("Знакомая", "Освобождена"),
    ]
    unknown = dataclasses.replace(file, relative_people=case_file().relative_people)
    assert case_context(unknown, "ru", today=TODAY)["relatives"][0]["status"] == "Освобождён(а)"


@pytest.mark.parametrize(
    ("speaker", "relationship", "sex", "language", "printed"),
    [
        (Sex.FEMALE, "younger-sister", Sex.FEMALE, "kk", "Сіңлі"),
        (Sex.MALE, "younger-sister", Sex.FEMALE, "kk", "Қарындас"),
        (Sex.UNKNOWN, "younger-sister", Sex.FEMALE, "kk", "Қарындас / сіңлі"),
        (Sex.MALE, "sister", Sex.FEMALE, "kk", "Әпке / қарындас"),
        (Sex.FEMALE, "grandparent", Sex.FEMALE, "kk", "Әже"),
        (Sex.FEMALE, "grandparent", Sex.MALE, "kk", "Ата"),
        (Sex.FEMALE, "uncle-aunt", Sex.FEMALE, "en", "Aunt"),
        (Sex.FEMALE, "uncle-aunt", Sex.UNKNOWN, "en", "Uncle / aunt"),
    ],
)
def test_a_relationship_prints_as_the_applicant_would_say_it(
    speaker: Sex, relationship: str, sex: Sex, language: str, printed: str
) -> None:
    """Kazakh names a younger sister by who speaks: "сіңлі" to a woman, "қарындас" to a man; a known
    grandmother or aunt is not "Ата / әже" or "Uncle / aunt"."""
    file = case_file()
    subject = dataclasses.replace(file.subject, person=dataclasses.replace(file.subject.person, sex=speaker))
    mother = file.relative_people[1]
    file = dataclasses.replace(
        file,
        subject=subject,
        relatives=(file.relatives[0], dataclasses.replace(file.relatives[1], relationship=relationship)),
        relative_people=(
            file.relative_people[0],
            dataclasses.replace(mother, person=dataclasses.replace(mother.person, sex=sex)),
        ),
    )
    assert case_context(file, language, today=TODAY)["relatives"][1]["relationship"] == printed


def test_a_name_prints_in_the_petitions_script_when_one_is_recorded() -> None:
    """An English letter to UNHCR names the applicant as her passport spells her, not in Cyrillic; a
    Russian one in Cyrillic although the primary spelling is in Arabic script."""
    person = r.Person(id="p")
    names = (
        r.PersonName("p", "نۇرلان سەرىك", "Arab", is_primary=True),
        r.PersonName("p", "Nurlan Serik", "Latn", "kk-latn-2021"),
        r.PersonName("p", "NURLAN SERIK", "Latn", "passport", NameKind.DOCUMENT),
        r.PersonName("p", "Нұрлан Серік", "Cyrl"),
        r.PersonName("p", "Nurik", "Latn", kind=NameKind.ALIAS),
    )
    file = r.PersonFile(person, names)
    assert (name_in(file, "en"), name_in(file, "ru"), name_in(file, "kk")) == (
        "NURLAN SERIK",
        "Нұрлан Серік",
        "Нұрлан Серік",
    )
    assert name_in(r.PersonFile(person, names[:1]), "en") == "نۇرلان سەرىك"  # none in its script
    assert name_in(r.PersonFile(person, names[3:4]), "en") == "Нұрлан Серік"


@pytest.mark.parametrize(
    ("date", "when"),
    [
        (D(2026, 6, 19), "2026 жылғы 19 маусымда"),
        (D(2019, 9), "2019 жылғы қыркүйекте"),
        (D(2019), "2019 жылы"),
        (D(2017, approximate=True), "шамамен 2017 жыл"),
    ],
)
def test_a_kazakh_date_saying_when_takes_the_locative(date: PartialDate, when: str) -> None:
    """ "Жарамдылық мерзімі 2026 жылғы 19 маусымда өтті": no label with a colon before a verb."""
    assert date_text(date, "kk").when == when


@pytest.mark.parametrize(
    ("date", "ru_of", "en", "en_when"),
    [
        (D(2027, 6, 19), "19 июня 2027 года", "19 June 2027", "on 19 June 2027"),
        (D(2023, 6), "конца июня 2023 года", "the end of June 2023", "at the end of June 2023"),
        (D(2025), "конца 2025 года", "the end of 2025", "at the end of 2025"),
        (D(2025, approximate=True), "2025 года (приблизительно)", "about 2025", "about 2025"),
    ],
)
def test_a_document_valid_until_a_month_or_a_year_runs_to_its_end(
    date: PartialDate, ru_of: str, en: str, en_when: str
) -> None:
    """ "до июня 2023 года" reads as "before June"; the case counts a month-only validity to its end."""
    ru, english = until_text(date, "ru"), until_text(date, "en")
    assert (ru.of, str(english), english.when) == (ru_of, en, en_when)
    assert until_text(date, "kk") == date_text(date, "kk")


def test_a_source_link_names_its_source_once() -> None:
    """ "источник: источник Показания…": the reverse link's phrase is the record kind's own name."""
    file = case_file()
    source = r.Source(file.case.id, SourceKind.PERSON, title="Показания очевидца", id="src-1")
    event = file.legal_events[-1]
    link = r.Link(LinkKind.SOURCE_OF, file.case.id, "sources", "src-1", "legal_events", event.id, id="ln-src")
    file = dataclasses.replace(file, sources=(*file.sources, source), links=(*file.links, link))
    events = case_context(file, "ru", today=TODAY)["legal_events"]
    assert isinstance(events, list)
    assert "источник: Показания очевидца" in events[-1]["links"], events[-1]["links"]


@pytest.mark.parametrize(
    ("relayed_by", "targets", "mother_sex", "printed"),
    [
        ("person-subject", (), Sex.UNKNOWN, "сама пострадавшая"),  # the applicant is a woman
        (None, (), Sex.UNKNOWN, "сама пострадавшая"),  # aimed at no relative: the applicant's own
        (None, ("rel-mother",), Sex.FEMALE, "сама пострадавшая"),
        ("person-brother", ("rel-brother",), Sex.UNKNOWN, "сам пострадавший"),
        (None, ("rel-brother", "rel-mother"), Sex.FEMALE, "сам пострадавший"),  # the brother's sex unknown
    ],
)
def test_a_victim_who_told_of_the_pressure_agrees_with_the_source(
    relayed_by: str | None, targets: tuple[str, ...], mother_sex: Sex, printed: str
) -> None:
    """The summary of a woman's case said "источник сведений: сам пострадавший" of her own words."""
    file = case_file()
    brother, mother = file.relative_people
    report = dataclasses.replace(
        file.pressure_reports[0],
        relayed_by_id=relayed_by,
        target_ids=targets,
        source_connection=SourceConnection.DIRECT_VICTIM,
    )
    file = dataclasses.replace(
        file,
        pressure_reports=(report,),
        relative_people=(
            dataclasses.replace(brother, person=dataclasses.replace(brother.person, sex=Sex.MALE))
            if relayed_by == "person-brother"
            else brother,
            dataclasses.replace(mother, person=dataclasses.replace(mother.person, sex=mother_sex)),
        ),
    )
    context = case_context(file, "ru", today=TODAY)
    summary = TemplateSet().template("case-summary", "ru")
    text = "\n".join(b.text for b in TemplateSet().fill(summary, context, {}).blocks)
    assert f"источник сведений: {printed}" in text
    for language, neutral in (("kk", "Зардап шегушінің өзі"), ("en", "Victim themself")):
        reports = case_context(file, language, today=TODAY)["pressure_reports"]
        assert reports[0]["source_connection"] == neutral
