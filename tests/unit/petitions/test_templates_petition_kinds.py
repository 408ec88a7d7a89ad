"""The ten petition kinds of issue #9 cite their laws and articles in every language, filled for a case."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate as D
from app.domain.running_text import lower_first
from app.domain.vocab import (
    AnswerOutcome,
    DocumentKind,
    LegalEventKind,
    Relationship,
    RelativeStatus,
    RequestKind,
    RequestStatus,
    Sex,
)
from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from app.petitions.link_text import word
from tests.unit.petitions.fictional_case import (
    CASE,
    TODAY,
    asylum_seeker,
    case_file,
    filled,
    printed,
    text_of,
)

#: What each kind must cite, per language, when filled for the fictional case.
CITES: dict[str, dict[str, tuple[str, ...]]] = {
    "refugee-certificate-extension": {
        "ru": (
            "от 4 декабря 2009 года № 216-IV «О беженцах»",
            "постановлением Правительства Республики Казахстан от 9 марта 2010 года № 183",
        ),
        "kk": ("2009 жылғы 4 желтоқсандағы № 216-IV Заңын", "2010 жылғы 9 наурыздағы № 183 қаулысымен"),
        "en": (
            'No. 216-IV of 4 December 2009 "On Refugees"',
            "Resolution of the Government of the Republic of Kazakhstan No. 183",
        ),
    },
    "asylum-seeker-certificate-extension": {
        "ru": ("№ 216-IV «О беженцах»", "на три месяца"),
        "kk": ("№ 216-IV Заңына", "үш ай"),
        "en": ('No. 216-IV of 4 December 2009 "On Refugees"', "three months"),
    },
    "citizenship-application": {
        "ru": ("№ 1017-XII «О гражданстве Республики Казахстан»", "(кандасов)"),
        "kk": ("№ 1017-XII Заңын", "(қандастар)"),
        "en": ('No. 1017-XII of 20 December 1991 "On Citizenship of the Republic of Kazakhstan"', "(qandas)"),
    },
    "citizenship-refusal-complaint": {
        "ru": (
            "статья 49 Закона Республики Казахстан от 22 июля 2011 года № 477-IV",
            "статьёй 91",
            "статьёй 92",
        ),
        "kk": ("№ 477-IV Заңының 49-бабы", "91-бабында", "92-бабында"),
        "en": (
            "Article 49 of the Law of the Republic of Kazakhstan No. 477-IV of 22 July 2011",
            "Article 91",
            "Article 92",
        ),
    },
    "non-refoulement": {
        "ru": (
            "пункту 1 статьи 33 Конвенции о статусе беженцев 1951 года",
            "пункту 1 статьи 3 Конвенции против пыток",
        ),
        "kk": (
            "1951 жылғы Конвенцияның 33-бабының 1-тармағына",
            "1984 жылғы Конвенцияның 3-бабының 1-тармағына",
        ),
        "en": ("Article 33(1) of the 1951 Convention", "Article 3(1) of the 1984 Convention against Torture"),
    },
    "marriage-registration": {
        "ru": ("от 26 декабря 2011 года «О браке (супружестве) и семье»", "№ 216-IV «О беженцах»"),
        "kk": ("«Неке (ерлі-зайыптылық) және отбасы туралы»", "№ 216-IV Заңын"),
        "en": ('26 December 2011 "On Marriage (Matrimony) and Family"', '"On Refugees"'),
    },
    "iin-issue": {
        "ru": ("№ 223-III «О национальных реестрах идентификационных номеров»",),
        "kk": ("№ 223-III Заңына",),
        "en": ('No. 223-III of 12 January 2007 "On National Registers of Identification Numbers"',),
    },
    "administrative-complaint": {
        "ru": (
            "статьёй 92 Административного процедурно-процессуального кодекса",
            "статьёй 91 Кодекса",
            "статьёй 99 Кодекса",
        ),
        "kk": ("(бұдан әрі – Кодекс) 92-бабында", "Кодекстің 91-бабында", "Кодекстің 99-бабында"),
        "en": (
            "Article 92 of the Administrative Procedure and Process Code",
            "Article 91 of the Code",
            "Article 99 of the Code",
        ),
    },
    "court-claim": {
        "ru": ("статьёй 136 Административного процедурно-процессуального кодекса",),
        "kk": ("процестік кодексінің 136-бабында",),
        "en": ("Article 136 of the Administrative Procedure and Process Code",),
    },
    "resettlement-support": {
        "ru": ("Швеция",),
        "kk": ("Швеция",),
        "en": ("Швеция",),
    },
}


@pytest.mark.parametrize("kind", sorted(CITES))
@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_cites_its_law_and_reads_without_doubled_marks(
    templates: TemplateSet, kind: str, language: str
) -> None:
    text = text_of(filled(templates, kind, language, case_file()))
    for cited in CITES[kind][language]:
        assert cited in text, cited
    for doubled in ("№ №", "No. No.", "..", " ,", "()", "((", "г.."):
        assert doubled not in text, doubled


@pytest.mark.parametrize("kind", ["non-refoulement", "refugee-certificate-extension", "resettlement-support"])
@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_a_report_of_no_pressure_is_not_cited_as_a_risk(
    templates: TemplateSet, kind: str, language: str
) -> None:
    report = r.PressureReport(CASE, kinds=("no-pressure-reported",), occurred_on=D(2024, 1, 5), id="pr-none")
    quiet = dataclasses.replace(case_file(), pressure_reports=(report,), detentions=())
    text = text_of(filled(templates, kind, language, quiet))
    assert word("pressure_kind", "no-pressure-reported", language) not in text


@pytest.mark.parametrize(
    ("typed", "ru", "kk"),
    [
        ("қазақ", "к этническим казахам. Прошу", "этникалық қазақпын. Қазақ"),  # not "(казашка)" after it
        (
            "Kazakh, Naiman",
            "к этническим казахам (Kazakh, Naiman). Прошу",
            "қазақпын (Kazakh, Naiman). Қазақ",
        ),
        ("уйгурка", "Национальность: уйгурка.", "Ұлтым: ұйғыр."),
    ],
)
def test_a_citizenship_application_states_the_ethnicity_once_in_its_language(
    templates: TemplateSet, typed: str, ru: str, kk: str
) -> None:
    file = case_file()
    person = dataclasses.replace(file.subject.person, ethnicity=typed)
    file = dataclasses.replace(file, subject=dataclasses.replace(file.subject, person=person))
    for language, expected in (("ru", ru), ("kk", kk)):
        assert expected in text_of(filled(templates, "citizenship-application", language, file))


def test_a_value_ending_in_a_full_stop_ends_its_sentence_once(templates: TemplateSet) -> None:
    """A refusal's basis typed as a lawyer writes it, "… от 22 июля 2011 г.", before the template's
    own full stop; an ellipsis typed in a value stays."""
    file = case_file()
    basis = "ст. 49 Закона РК «О миграции населения» № 477-IV от 22 июля 2011 г."
    refusal = dataclasses.replace(file.requests[0], answer_basis=basis, asked="приём в гражданство…")
    file = dataclasses.replace(file, requests=(refusal, *file.requests[1:]))
    text = text_of(filled(templates, "citizenship-refusal-complaint", "ru", file))
    assert "2011 г.." not in text and "2011 г." in text


def test_russian_document_lines_agree_with_any_document_kind(templates: TemplateSet) -> None:
    """ "Удостоверение беженца выдан… действителен…" read wrong: the lines name the issuer and the
    validity without a participle that must agree with the document's gender."""
    for kind in ("case-summary", "citizenship-application", "iin-issue", "marriage-registration"):
        text = text_of(filled(templates, kind, "ru", case_file()))
        assert "выдан:" not in text and "действителен до" not in text, kind


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_non_refoulement_cites_only_detentions_in_the_country_of_origin(
    templates: TemplateSet, language: str
) -> None:
    """The applicant held in Kazakhstan after crossing (for the crossing itself) is no evidence of
    risk in China; the applicant held before fleeing, and relatives left there, are."""
    file = case_file()
    here = r.Detention(CASE, None, "ИВС Жаркент", "Жаркент", D(2020, 5, 27), D(2020, 9, 12), id="det-kz")
    there = r.Detention(CASE, None, "лагерь Тоғызтарау", "Тоғызтарау", D(2017, 4), D(2018, 1), id="det-cn")
    file = dataclasses.replace(file, detentions=(*file.detentions, here, there))
    text = text_of(filled(templates, "non-refoulement", language, file))
    assert "лагерь Тоғызтарау" in text and "лагерь «профобучения»" in text
    assert "ИВС Жаркент" not in text


def test_a_description_ending_in_a_full_stop_is_not_followed_by_a_semicolon(templates: TemplateSet) -> None:
    file = case_file()
    report = dataclasses.replace(
        file.pressure_reports[0],
        description="Спрашивали, где живёт сестра.",
        words="",
        place="ст. Шаты, 2011 г.",
    )
    file = dataclasses.replace(file, pressure_reports=(report,))
    text = text_of(filled(templates, "case-summary", "ru", file))
    assert "сестра.;" not in text and "сестра" in text


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_a_marriage_registration_names_the_partner_the_case_records(
    templates: TemplateSet, language: str
) -> None:
    file = case_file()
    template = templates.template("marriage-registration", language)
    unpartnered = case_context(file, language, today=TODAY)
    assert templates.default_fields(template, unpartnered)["spouse_name"] == ""
    partner = dataclasses.replace(file.relatives[0], relationship=Relationship.PARTNER)
    file = dataclasses.replace(file, relatives=(partner, *file.relatives[1:]))
    context = case_context(file, language, today=TODAY)
    assert templates.default_fields(template, context)["spouse_name"] == file.relative_people[0].display_name


@pytest.mark.parametrize(
    ("language", "details", "signs"),
    [
        (
            "ru",
            "Ерлан Серікұлы, дата рождения: 2 мая 1975, гражданство: ",
            "Подпись будущего супруга:",
        ),
        ("kk", "Ерлан Серікұлы, туған күні: 1975 жылғы 2 мамыр, азаматтығы: ", "Болашақ жұбайының қолы:"),
        ("en", "Erlan Serikuly, date of birth: 2 May 1975, citizenship: ", "Signature of the future spouse:"),
    ],
)
def test_a_marriage_registration_is_the_couples_joint_application(
    templates: TemplateSet, language: str, details: str, signs: str
) -> None:
    """The registry wants both: the partner's birth date and citizenship, and the partner's signature."""
    file = case_file()
    partner = dataclasses.replace(file.relatives[0], relationship=Relationship.PARTNER)
    person = file.relative_people[0]
    born = dataclasses.replace(person.person, birth_date=D(1975, 5, 2), citizenship="KZ")
    names = (*person.names, r.PersonName(person.person.id, "Erlan Serikuly", "Latn", "passport"))
    file = dataclasses.replace(
        file,
        relatives=(partner, *file.relatives[1:]),
        relative_people=(dataclasses.replace(person, person=born, names=names), *file.relative_people[1:]),
    )
    text = printed(templates, "marriage-registration", language, file)
    assert details in text and signs in text


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_resettlement_lists_family_only_and_a_travel_document_asked_for_once(
    templates: TemplateSet, language: str
) -> None:
    """An acquaintance who relayed news is no family; a travel document asked for as a request and
    recorded as an event too is one attempt, not two."""
    file = case_file()
    family = text_of(filled(templates, "resettlement-support", language, file))
    named = file.relative_people[0].display_name
    assert f"{word('relationship', file.relatives[0].relationship, language)}: {named}" in family
    friend = dataclasses.replace(file.relatives[0], relationship=Relationship.ACQUAINTANCE)
    asked = r.LegalEvent(CASE, LegalEventKind.TRAVEL_DOCUMENT_REQUESTED, D(2025, 10, 1), id="ev-td")
    file = dataclasses.replace(
        file, relatives=(friend, *file.relatives[1:]), legal_events=(*file.legal_events, asked)
    )
    text = text_of(filled(templates, "resettlement-support", language, file))
    assert f"{word('relationship', 'acquaintance', language)}: {named}" not in text  # not under Family
    assert word("legal_event_kind", "travel-document-requested", language) not in text


def test_a_label_inside_a_sentence_starts_in_lower_case_unless_it_is_an_acronym() -> None:
    assert lower_first("Отказ в присвоении ИИН") == "отказ в присвоении ИИН"
    assert lower_first("ИИН не присвоен") == "ИИН не присвоен"
    assert lower_first("") == "" and lower_first("A") == "A"
    # a grade and a name keep their capital
    assert lower_first("F: оценить нельзя") == "F: оценить нельзя"
    assert lower_first("Казахстан: КНБ") == "Казахстан: КНБ"
    assert lower_first("Қазақстан ішіндегі қудалау") == "Қазақстан ішіндегі қудалау"
    # a name in another case too ("жағдайы: қазақстанда" read as a common noun), not an adjective
    for name in ("Қазақстанда", "Қазақстаннан", "Казахстане", "Қытайда"):
        assert lower_first(name) == name
    for made in (
        "Казахстанский паспорт",
        "Китайская сторона",
        "Қытайша",
        "Қазақстандық азамат",
        "Казахстанец",
    ):
        assert lower_first(made) == made[0].lower() + made[1:], made


@pytest.mark.parametrize(
    ("language", "period", "still_held"),
    [
        ("ru", "период: апрель 2018 — ноябрь 2019", "начало: 2020; сведений об освобождении нет"),
        (
            "kk",
            "кезеңі: 2018 жылғы сәуір – 2019 жылғы қараша",
            "басталуы: 2020 жыл; босатылғаны туралы мәлімет жоқ",
        ),
        ("en", "period: April 2018 to November 2019", "began: 2020; no news of release"),
    ],
)
@pytest.mark.parametrize("kind", ["non-refoulement", "refugee-certificate-extension", "resettlement-support"])
def test_a_relatives_detention_without_an_end_is_not_printed_as_over(
    templates: TemplateSet, kind: str, language: str, period: str, still_held: str
) -> None:
    """A relative held since 2020 with no release recorded is, as far as the case knows, still held:
    the petition must not print a bare date that reads as a finished period."""
    file = case_file()
    held = r.Detention(CASE, "rel-mother", place="Шәуешек", started_on=D(2020), id="det-2")
    file = dataclasses.replace(file, detentions=(*file.detentions, held))
    text = printed(templates, kind, language, file)
    assert period in text and still_held in text
    # Released since (a status says so): no "no news of release", though the detention has no end.
    freed = r.RelativeStatusEntry(CASE, "rel-mother", RelativeStatus.RELEASED, D(2022), id="st-freed")
    file = dataclasses.replace(file, relative_statuses=(*file.relative_statuses, freed))
    text = printed(templates, kind, language, file)
    assert still_held.split("; ")[0] in text and still_held not in text


def test_a_minor_relative_is_called_so_in_her_own_gender(templates: TemplateSet) -> None:
    file = case_file()
    mother = file.relative_people[1]
    daughter = dataclasses.replace(mother, person=dataclasses.replace(mother.person, sex=Sex.FEMALE))
    file = dataclasses.replace(
        file,
        relatives=(
            file.relatives[0],
            dataclasses.replace(file.relatives[1], relationship="daughter", minor=True),
        ),
        relative_people=(file.relative_people[0], daughter),
    )
    text = text_of(filled(templates, "case-summary", "ru", file))
    assert "несовершеннолетняя)" in text and "(-яя)" not in text


def test_an_iin_petition_names_the_status_the_case_shows(templates: TemplateSet) -> None:
    """A refugee known only by the certificate's issue and extensions is a refugee; an asylum seeker
    is not called a refugee, nor the other way round."""
    file = case_file()
    kept = [e for e in file.legal_events if e.kind not in {LegalEventKind.REFUGEE_STATUS_GRANTED}]
    extended = r.LegalEvent(
        CASE, LegalEventKind.CERTIFICATE_EXTENDED, D(2026, 6, 1), valid_until=D(2027, 6, 1)
    )
    refugee = dataclasses.replace(file, legal_events=(*kept, extended))
    text = printed(templates, "iin-issue", "ru", refugee)
    assert (
        "Я являюсь беженкой в Республике Казахстан (удостоверение беженца действительно до 1 июня 2027 года)."
        in text
    )
    assert "Мои права как беженца гарантированы" in text
    seeker_events = [e for e in kept if "refugee" not in e.kind and "certificate" not in e.kind]
    seeker = r.LegalEvent(CASE, LegalEventKind.ASYLUM_SEEKER_STATUS, D(2026, 6, 1))
    # "Certificate issued" names no kind of certificate: an asylum seeker's is not a refugee's
    issued = r.LegalEvent(CASE, LegalEventKind.CERTIFICATE_ISSUED, D(2026, 6, 2), valid_until=D(2027, 1, 1))
    asking = dataclasses.replace(file, legal_events=(*seeker_events, seeker, issued))
    text = printed(templates, "iin-issue", "ru", asking)
    assert "Мои права как лица, ищущего убежище, гарантированы" in text
    assert "Мои права как беженца" not in text and "являюсь беженкой" not in text


def test_labels_inside_a_sentence_start_in_lower_case(templates: TemplateSet) -> None:
    """«(Старший брат)», «кто: Уездная полиция», «Требование вернуться, Угроза» read as typos."""
    text = printed(templates, "case-summary", "ru", case_file())
    for words in (
        "Ерлан Серікұлы (старший брат); место:",
        "положение: в заключении, запрет на выезд;",
        "Требование вернуться, угроза; в отношении: анасы, шамамен 70 жаста (мать); кто: уездная полиция;",
    ):
        assert words in text, words


INTERNAL = "Internal note: the source is an unnamed official"


def _with_notes(value: Any) -> Any:
    """``value`` with every record's ``notes`` set to ``INTERNAL``."""
    if isinstance(value, tuple):
        return tuple(_with_notes(item) for item in value)
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changed = {f.name: _with_notes(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
    if "notes" in changed:
        changed["notes"] = INTERNAL
    return dataclasses.replace(value, **changed)


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_a_filed_petition_never_prints_the_records_notes(templates: TemplateSet, language: str) -> None:
    """Notes are the office's own (who told us, what to check); only the lawyer's case summary shows
    them.  The objection to deportation printed the return request's notes, naming a source."""
    file = case_file()
    wanted = r.LegalEvent(CASE, LegalEventKind.RETURN_REQUESTED_BY_CHINA, D(2020), id="le-wanted")
    noted = _with_notes(dataclasses.replace(file, legal_events=(*file.legal_events, wanted)))
    assert noted.legal_events[-1].notes == INTERNAL
    for info in templates.kinds():
        text = text_of(filled(templates, info.code, language, noted))
        assert (INTERNAL in text) == (info.code == "case-summary"), info.code


@pytest.mark.parametrize(
    ("language", "issued", "extended"),
    [
        ("ru", "20 декабря 2021: выдано удостоверение", "16 декабря 2022: продлено"),
        ("en", "20 December 2021: certificate issued", "16 December 2022: extended"),
        ("kk", "2021 жылғы 20 желтоқсан: куәлік берілді", "2022 жылғы 16 желтоқсан: ұзартылды"),
    ],
)
def test_a_certificate_issued_anew_after_a_lapse_is_listed_with_the_extensions(
    templates: TemplateSet, language: str, issued: str, extended: str
) -> None:
    """The new certificate of December 2021 (the old one had lapsed in June) was left out: the list
    went from June 2021 to December 2022, which read as eighteen months without status."""
    file = case_file()
    anew = r.LegalEvent(
        CASE, LegalEventKind.CERTIFICATE_ISSUED, D(2021, 12, 20), valid_until=D(2022, 12, 19), id="le-anew"
    )
    renewed = r.LegalEvent(
        CASE, LegalEventKind.CERTIFICATE_EXTENDED, D(2022, 12, 16), valid_until=D(2023, 12, 19), id="le-ext"
    )
    file = dataclasses.replace(file, legal_events=(*file.legal_events, anew, renewed))
    text = text_of(filled(templates, "refugee-certificate-extension", language, file))
    assert issued in text and extended in text
    assert text.index(issued) < text.index(extended)


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_an_objection_to_a_warned_deportation_is_addressed_to_who_warned(
    templates: TemplateSet, language: str
) -> None:
    """With a warning and no order yet, the addressee was left blank though the warning names its
    authority; its country stayed "КНР" in English and Kazakh."""
    warning = r.LegalEvent(
        CASE, LegalEventKind.DEPORTATION_WARNING, D(2026, 11, 5), authority="Fictional Migration Police",
        destination_country="КНР", id="le-warn",
    )  # fmt: skip
    file = dataclasses.replace(case_file(), legal_events=(*case_file().legal_events, warning))
    template = templates.template("non-refoulement", language)
    fields = templates.default_fields(template, case_context(file, language, today=TODAY))
    # The country as typed ("КНР") reads in the petition's language, as a citizenship does.
    country = {"ru": "Китай", "kk": "Қытай", "en": "China"}[language]
    assert (fields["authority"], fields["country"]) == ("Fictional Migration Police", country)


SUMMARY_FACTS = {
    "ru": (
        "Беседы",
        "10 февраля 2025; место: Алматы; провёл(а): Fictional Lawyer; язык: казахский; согласие: дано "
        "(юридические действия (суд, заявления), передача партнёрским офисам); как оформлено: письменно",
        "дата рождения: 1981",
        "примечание: visits every 14 days",
        "(апрель 2018 — ноябрь 2019; released ill)",
        "примечание: passport kept by the police",
    ),
    "en": (
        "Interviews",
        "10 February 2025; place: Алматы; by: Fictional Lawyer; language: Kazakh; consent: given",
        "born: 1981",
        "notes: visits every 14 days",
        "(April 2018 — November 2019; released ill)",
        "notes: passport kept by the police",
    ),
    "kk": (
        "Сұхбаттар",
        "2025 жылғы 10 ақпан; орны: Алматы; жүргізген: Fictional Lawyer",
        "туған күні: 1981 жыл",
        "ескертпе: visits every 14 days",
        "(2018 жылғы сәуір — 2019 жылғы қараша; released ill)",
        "ескертпе: passport kept by the police",
    ),
}


@pytest.mark.parametrize("language", ["ru", "en", "kk"])
def test_the_case_summary_shows_the_facts_a_lawyer_entered(templates: TemplateSet, language: str) -> None:
    """A relative's birth and notes, a status's note, a document's note and the interviews (who, when,
    what was consented to) were recorded but printed nowhere."""
    file = case_file()
    interview = r.Interview(
        CASE, D(2025, 2, 10), "Алматы", "Fictional Lawyer", "kk", consent_given=True,
        consent_scope="legal-action,share-partners", consent_recording="written", id="iv-1",
    )  # fmt: skip
    brother, brother_person = file.relatives[0], file.relative_people[0]
    camp = next(s for s in file.relative_statuses if s.relative_id == brother.id)
    document = file.subject.documents[0]
    file = dataclasses.replace(
        file,
        interviews=(interview,),
        relatives=(dataclasses.replace(brother, notes="visits every 14 days"), *file.relatives[1:]),
        relative_people=(
            dataclasses.replace(
                brother_person, person=dataclasses.replace(brother_person.person, birth_date=D(1981))
            ),
            *file.relative_people[1:],
        ),
        relative_statuses=tuple(
            dataclasses.replace(s, notes="released ill") if s is camp else s for s in file.relative_statuses
        ),
        subject=dataclasses.replace(
            file.subject,
            documents=(
                dataclasses.replace(document, notes="passport kept by the police"),
                *file.subject.documents[1:],
            ),
        ),
    )
    template = templates.template("case-summary", language)
    context = case_context(file, language, today=TODAY)
    text = " ".join(text_of(templates.fill(template, context, {})).split())
    for fact in SUMMARY_FACTS[language]:
        assert fact in text, fact


@pytest.mark.parametrize(
    ("kind", "language", "since"),
    [
        ("resettlement-support", "ru", "лицо, ищущее убежище (с 14 июня 2019 года)"),
        ("resettlement-support", "en", "asylum seeker (since 14 June 2019)"),
        ("iin-issue", "ru", "ищущим убежище, в Республике Казахстан с 14 июня 2019 года."),
        ("non-refoulement", "en", "asylum-seeker certificate (14 June 2019)"),
    ],
)
def test_an_asylum_seeker_is_one_since_the_first_certificate_not_the_last_extension(
    templates: TemplateSet, kind: str, language: str, since: str
) -> None:
    """ "лицо, ищущее убежище (с 23 сентября 2026)": the date of the last extension, for a woman in
    the procedure since 2019, contradicting the complaint that said 14 June 2019."""
    first = r.LegalEvent(CASE, LegalEventKind.ASYLUM_SEEKER_STATUS, D(2019, 6, 14), id="le-as")
    extended = r.LegalEvent(
        CASE,
        LegalEventKind.ASYLUM_SEEKER_STATUS_EXTENDED,
        D(2026, 9, 23),
        valid_until=D(2026, 12, 23),
        id="le-ext2",
    )
    text = printed(templates, kind, language, asylum_seeker(first, extended))
    assert since in text, text[:1500]


@pytest.mark.parametrize("kind", ["refugee-certificate-extension", "iin-issue"])
def test_a_refugee_woman_is_a_беженка_and_a_man_a_беженец(templates: TemplateSet, kind: str) -> None:
    file = case_file()  # a refugee known by her certificate's extension (as the IIN request words it)
    extended = r.LegalEvent(
        CASE, LegalEventKind.CERTIFICATE_EXTENDED, D(2026, 6, 1), valid_until=D(2027, 6, 1)
    )
    kept = [e for e in file.legal_events if e.kind != LegalEventKind.REFUGEE_STATUS_GRANTED]
    file = dataclasses.replace(file, legal_events=(*kept, extended))
    man = dataclasses.replace(
        file,
        subject=dataclasses.replace(
            file.subject, person=dataclasses.replace(file.subject.person, sex=Sex.MALE)
        ),
    )
    for case, said in ((file, "являюсь беженкой"), (man, "являюсь беженцем")):
        text = printed(templates, kind, "ru", case)
        assert said in text, (kind, said)


@pytest.mark.parametrize("kind", ["iin-issue", "marriage-registration"])
def test_a_certificate_is_listed_as_valid_as_its_latest_extension_and_an_expired_one_says_so(
    templates: TemplateSet, kind: str
) -> None:
    """The IIN request listed the asylum-seeker certificate "до 13 сентября 2019" (its record, never
    updated) though extended to 23 December 2026, and an expired passport as if valid."""
    file = case_file()
    passport, _ = file.subject.documents
    certificate = r.IdentityDocument(
        file.subject.person.id, DocumentKind.ASYLUM_SEEKER_CERTIFICATE, "0193", "ДМС", D(2019, 6, 14),
        D(2019, 9, 13), id="d-as",
    )  # fmt: skip
    extended = r.LegalEvent(
        CASE,
        LegalEventKind.ASYLUM_SEEKER_STATUS_EXTENDED,
        D(2026, 9, 23),
        valid_until=D(2026, 12, 23),
        id="le-x",
    )
    subject = dataclasses.replace(
        file.subject, documents=(dataclasses.replace(passport, valid_until=D(2026, 5, 9)), certificate)
    )
    file = dataclasses.replace(file, subject=subject, legal_events=(*file.legal_events, extended))
    text = printed(templates, kind, "ru", file)
    assert "№ 0193, орган выдачи: ДМС, 14 июня 2019, срок действия: до 23 декабря 2026" in text
    assert "срок действия: до 9 мая 2026 года (срок действия истёк)" in text


@pytest.mark.parametrize(
    ("language", "in_procedure", "no_procedure"),
    [
        ("ru", "не выдворять меня до окончательного решения", "обеспечить мне доступ к процедуре"),
        ("en", "that I not be removed until my application", "access to the refugee status determination"),
        ("kk", "түпкілікті шешім қабылданғанға дейін елден шығармауды", "айқындау рәсіміне қол жеткізуді"),
    ],
)
def test_an_objection_asks_for_the_procedure_only_for_one_not_in_it(
    templates: TemplateSet, language: str, in_procedure: str, no_procedure: str
) -> None:
    """Someone in the asylum procedure since 2019 was asked to be "given access" to it."""
    waiting = asylum_seeker()
    outside = dataclasses.replace(
        waiting,
        legal_events=tuple(e for e in waiting.legal_events if e.kind != LegalEventKind.ASYLUM_APPLICATION),
        requests=tuple(q for q in waiting.requests if q.kind not in ("asylum", "refugee-status")),
    )
    for case, said, not_said in (
        (waiting, in_procedure, no_procedure),
        (outside, no_procedure, in_procedure),
    ):
        text = printed(templates, "non-refoulement", language, case)
        assert said in text and not_said not in text, (said, text[-900:])


def test_an_iin_request_says_a_refusal_once(templates: TemplateSet) -> None:
    """ "результат: Отказано. В присвоении ИИН мне было отказано (…)": the earlier request's outcome
    and the refusal said the same, the first with a capital inside the sentence."""
    file = case_file()
    asked = r.Request(
        CASE, RequestKind.IIN_REGISTRATION, "ЦОН", D(2026, 10, 1), status=RequestStatus.ANSWERED,
        answered_on=D(2026, 11, 2), outcome=AnswerOutcome.REFUSED, id="rq-iin",
    )  # fmt: skip
    refusal = r.LegalEvent(
        CASE, LegalEventKind.IIN_REGISTRATION_REFUSED, D(2026, 11, 2), authority="ЦОН", id="le-iin"
    )
    file = dataclasses.replace(
        file, requests=(*file.requests, asked), legal_events=(*file.legal_events, refusal)
    )
    text = printed(templates, "iin-issue", "ru", file)
    assert "В присвоении ИИН мне было отказано (2 ноября 2026 года, ЦОН)" in text
    assert "результат:" not in text and "Отказано" not in text


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "ru",
            "Угроза выдворения из Республики Казахстан: предупреждение о выдворении (без решения) — "
            "5 ноября 2026 года, Fictional",
        ),
        ("en", "Threat of removal from the Republic of Kazakhstan:"),
        ("kk", "Қазақстан Республикасынан шығарып жіберу қаупі:"),
    ],
)
def test_a_resettlement_letter_says_removal_threatens(
    templates: TemplateSet, language: str, said: str
) -> None:
    """The letter to UNHCR left out the deportation warning, its most urgent fact."""
    warning = r.LegalEvent(
        CASE, LegalEventKind.DEPORTATION_WARNING, D(2026, 11, 5), authority="Fictional Migration Police",
        destination_country="КНР", id="le-warn",
    )  # fmt: skip
    file = dataclasses.replace(case_file(), legal_events=(*case_file().legal_events, warning))
    text = printed(templates, "resettlement-support", language, file)
    assert said in text, text[:2000]
    country = {
        "ru": "страна высылки: Китай",
        "en": "country of removal: China",
        "kk": "шығарылатын ел: Қытай",
    }
    assert country[language] in text


def test_a_relatives_line_in_the_resettlement_letter_labels_what_it_says(templates: TemplateSet) -> None:
    """«Старший брат: Ерлан Серікұлы; В заключении…; …, Қытай» ran a capitalised status and a country in
    another language into the line."""
    text = printed(templates, "resettlement-support", "ru", case_file())
    assert (
        "Старший брат: Ерлан Серікұлы; положение: в заключении, запрет на выезд; место: Қарабұлақ, " in text
    )
    assert "Тарбағатай, Китай" in text


def test_kazakh_letters_keep_a_formal_register(templates: TemplateSet) -> None:
    """«… атты адамды» is spoken Kazakh, and «№ … куәлік берілген (жарамдылық мерзімі: …)» said the
    certificate was issued twice and dropped "inclusive"."""
    letter = printed(templates, "resettlement-support", "kk", case_file())
    assert "Мына адамды үшінші елге қоныстандыру мәселесін қарауыңызды сұраймыз: Жанар" in letter
    assert "атты адам" not in letter
    extension = printed(templates, "asylum-seeker-certificate-extension", "kk", case_file())
    assert "куәліктің жарамдылық мерзімі: " in extension and "(қоса алғанда)." in extension


def test_the_case_summary_lists_what_the_person_lacks_in_running_text(templates: TemplateSet) -> None:
    text = printed(templates, "case-summary", "ru", case_file())
    assert "Документы и регистрация: нет ИИН" in text


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ru", "ответ 1 марта 2025 года: отказано"),
        ("kk", "жауап күні: 2025 жылғы 1 наурыз; нәтижесі: бас тартылды"),
        ("en", "answered on 1 March 2025: refused"),
    ],
)
def test_the_case_summary_says_a_requests_answer_in_running_text(
    templates: TemplateSet, language: str, said: str
) -> None:
    text = printed(templates, "case-summary", language, case_file())
    assert said in text


@pytest.mark.parametrize(
    ("language", "origin", "arrival"),
    [
        ("ru", "упрощённый порядок приёма в гражданство", "проживаю с момента прибытия (около 2019 года)"),
        ("kk", "оңайлатылған тәртібін көздейді", "келгеннен бері (шамамен 2019 жыл) осында тұрамын"),
        ("en", "simplified procedure of admission to citizenship", "since I arrived (about 2019)"),
    ],
)
def test_a_citizenship_complaint_argues_the_kazakh_origin_and_the_years_here(
    templates: TemplateSet, language: str, origin: str, arrival: str
) -> None:
    """The refusal of an ethnic Kazakh: the complaint says the qandas procedure was not weighed, and
    since when the applicant lives in Kazakhstan; of anyone else it claims no Kazakh origin."""
    text = text_of(filled(templates, "citizenship-refusal-complaint", language, case_file()))
    assert origin in text and arrival in text.replace("\N{NO-BREAK SPACE}", " ")
    file = case_file()
    uyghur = dataclasses.replace(file.subject.person, ethnicity="ұйғыр")
    file = dataclasses.replace(file, subject=dataclasses.replace(file.subject, person=uyghur))
    text = text_of(filled(templates, "citizenship-refusal-complaint", language, file))
    assert origin not in text and arrival in text.replace("\N{NO-BREAK SPACE}", " ")
