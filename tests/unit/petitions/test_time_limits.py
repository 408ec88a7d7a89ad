# SPDX-License-Identifier: GPL-3.0-or-later
"""A petition never says it is filed in time when the case shows its time limit has passed: the
complaints and the court claim then name the last day and ask for the term to be restored; the court
claim is about the act its complaint contests, not the latest refusal of any kind; a certificate
extension does not call the status application undecided once refugee status was granted."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app import paths
from app.domain import records as r
from app.domain.dates import PartialDate as D
from app.domain.deadlines import DeadlineRule, load_rules
from app.domain.running_text import lower_first
from app.domain.vocab import AnswerOutcome, CaseStatus, LegalEventKind, RequestKind, RequestStatus
from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from app.petitions.document import BlockKind, PetitionDocument
from app.petitions.link_text import word
from tests.unit.petitions.fictional_case import (
    CASE,
    TODAY,
    asylum_seeker,
    case_file,
    contests,
    filled,
    printed,
    request,
    seeker_certificate,
    text_of,
)

#: What each complaint says when in time, and when its limit (from the refusal of 1 March 2025) passed.
COMPLAINT_WORDS = {
    "ru": (
        "и в срок, установленный статьёй 92 Кодекса",
        "истёк 2 июня 2025 года;",
        "восстановить срок подачи жалобы",
    ),
    "en": (
        "and within the time limit set by Article 92",
        "ran out on 2 June 2025;",
        "that the time limit for this",
    ),
    "kk": (
        "92-бабында белгіленген мерзімде беріліп",
        "соңғы күні — 2025 жылғы 2 маусым.",
        "шағым беру мерзімі өткізіп",
    ),
}


#: What a limit that may still be running says: it may have run out, on a day not known yet.
MAY_STILL_RUN = {
    "ru": "мог истечь в период с 2 июня 2025 года по 30 июня 2025 года (точная дата неизвестна);",
    "en": "may have run out on a day between 2 June 2025 and 30 June 2025 (the exact date is not known);",
    "kk": "өтіп кеткен болуы мүмкін: оның соңғы күні — 2025 жылғы 2 маусым – 2025 жылғы 30 маусым",
}


@pytest.fixture(scope="module")
def rules() -> dict[str, DeadlineRule]:
    return {rule.id: rule for rule in load_rules(paths.resources_dir() / "deadlines" / "rules.toml")}


@pytest.mark.parametrize("language", ["ru", "en", "kk"])
def test_a_complaint_after_its_time_limit_asks_for_it_to_be_restored(
    templates: TemplateSet, rules: dict, language: str
) -> None:
    in_time_words, ran_out, restore = COMPLAINT_WORDS[language]
    kind = "citizenship-refusal-complaint"
    early = printed(templates, kind, language, case_file(), today=dt.date(2025, 4, 1), rules=rules)
    assert in_time_words in early and ran_out not in early and restore not in early
    late = printed(templates, kind, language, case_file(), rules=rules)
    assert in_time_words not in late and ran_out in late and restore in late


def _contested_elsewhere() -> r.CaseFile:
    """The citizenship refusal (1 March 2025) contested by a complaint refused on 2 May 2025; a later
    IIN refusal (1 September 2025) that nobody contested yet."""
    file = case_file()
    iin = r.LegalEvent(
        CASE, LegalEventKind.IIN_REGISTRATION_REFUSED, D(2025, 9, 1), authority="ЦОН Алматы", id="ev-iin"
    )
    complaint = request(
        "rq-complaint", RequestKind.COMPLAINT, D(2025, 4, 1), "Министерство внутренних дел",
        status=RequestStatus.ANSWERED, answered_on=D(2025, 5, 2), outcome=AnswerOutcome.REFUSED,
    )  # fmt: skip
    return dataclasses.replace(
        file,
        legal_events=(*file.legal_events, iin),
        requests=(*file.requests, complaint),
        links=(*file.links, contests("ln-c", "rq-complaint", "legal_events", "ev-6")),
    )


def test_a_court_claim_is_about_the_act_its_complaint_contests_and_says_when_it_fell_due(
    templates: TemplateSet, rules: dict
) -> None:
    file = _contested_elsewhere()
    template = templates.template("court-claim", "ru")
    context = case_context(file, "ru", today=TODAY, rules=rules)
    fields = templates.default_fields(template, context)
    assert fields["act"].startswith("отказ в приёме в гражданство, решение от") and "ЦОН" not in fields["act"]
    assert "Министерство внутренних дел" in fields["complaint"] and "ЦОН" not in fields["defendant"]
    text = text_of(templates.fill(template, context, fields))
    assert "истёк 2 июня 2025 года. В случае" in text and "\nвосстановить срок на предъявление иска" in text
    assert "Иск предъявляется в пределах срока" not in text

    in_time = printed(templates, "court-claim", "ru", file, today=dt.date(2025, 5, 20), rules=rules)
    assert "Иск предъявляется в пределах срока" in in_time and "восстановить срок" not in in_time


#: The act a silence complaint contests, in each language's field (a request never answered).
INACTION = {
    "ru": "бездействие: не рассмотрено моё обращение «Проездной документ» от 12 апреля 2021 года (Минист",
    "en": 'failure to act: my request "Travel document" of 12 April 2021 was never decided (Министерство',
    "kk": "әрекетсіздік: «Жол жүру құжаты» өтінішім қаралмады (берілген күні: 2021 жылғы 12 сәуір;",
}


@pytest.mark.parametrize("language", ["ru", "en", "kk"])
def test_a_court_claim_is_about_the_latest_complaint_even_one_about_a_silence(
    templates: TemplateSet, rules: dict, language: str
) -> None:
    """An old refusal (complained of in 2025, long out of time) and a travel document asked for in 2021
    and never answered, whose complaint was refused on 20 November 2026: the claim is about the
    silence and in time (to 20 December), not about the old refusal with a request to restore."""
    file = _contested_elsewhere()
    ministry = "Министерство внутренних дел"
    travel = request("rq-travel", RequestKind.TRAVEL_DOCUMENT, D(2021, 4, 12), ministry)
    silence = request(
        "rq-silence", RequestKind.COMPLAINT, D(2026, 9, 15), ministry,
        status=RequestStatus.ANSWERED, answered_on=D(2026, 11, 20), outcome=AnswerOutcome.REFUSED,
    )  # fmt: skip
    link = contests("ln-s", "rq-silence", "requests", "rq-travel")
    file = dataclasses.replace(file, requests=(*file.requests, travel, silence), links=(*file.links, link))
    template = templates.template("court-claim", language)
    context = case_context(file, language, today=TODAY, rules=rules)
    fields = templates.default_fields(template, context)
    assert fields["act"].startswith(INACTION[language]), fields["act"]
    assert ("2026" in fields["complaint"]) and "2025" not in fields["complaint"]
    text = " ".join(text_of(templates.fill(template, context, fields)).split())
    in_time = {"ru": "Иск предъявляется в пределах срока", "en": "within the time limit", "kk": "мерзімде"}
    assert in_time[language] in text
    assert "2 июня 2025" not in text and "2 June 2025" not in text and "2025 жылғы 2 маусым" not in text


def test_with_no_complaint_filed_the_court_claim_names_none(templates: TemplateSet, rules: dict) -> None:
    """The case's only complaint contests nothing: it is not put under the latest refusal."""
    file = _contested_elsewhere()
    file = dataclasses.replace(file, links=file.links[:1])
    template = templates.template("court-claim", "en")
    context = case_context(file, "en", today=TODAY, rules=rules)
    assert templates.default_fields(template, context)["complaint"] == ""
    # With no complaint on record, whether the claim is in time is not known: the law is stated, no more.
    text = printed(templates, "court-claim", "ru", file, rules=rules)
    assert "Срок на предъявление иска установлен статьёй 136" in text
    assert "Иск предъявляется в пределах срока" not in text and "истёк" not in text


@pytest.mark.parametrize(
    ("language", "undecided"),
    [
        ("ru", "не принято"),
        ("en", "No final decision"),
        ("kk", "түпкілікті шешім қабылданған жоқ"),
    ],
)
def test_a_certificate_extension_does_not_call_a_granted_status_undecided(
    templates: TemplateSet, rules: dict, language: str, undecided: str
) -> None:
    granted = printed(templates, "asylum-seeker-certificate-extension", language, case_file(), rules=rules)
    assert undecided not in granted
    waiting = asylum_seeker()
    assert undecided in printed(
        templates, "asylum-seeker-certificate-extension", language, waiting, rules=rules
    )


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", "истёк в период с 2 июня 2025 года по 30 июня 2025 года (точная дата неизвестна);"),
        ("en", "ran out on a day between 2 June 2025 and 30 June 2025 (the exact date is not known);"),
        ("kk", "соңғы күні — 2025 жылғы 2 маусым – 2025 жылғы 30 маусым аралығындағы бір күн (нақты"),
    ],
)
def test_a_limit_from_an_act_known_only_to_the_month_names_the_days_it_may_be(
    templates: TemplateSet, rules: dict, language: str, words: str
) -> None:
    """The refusal is recorded as "March 2025": its limit ran out on some day from 2 June to 30 June;
    the petition must not admit to the earliest as the fact."""
    file = case_file()
    events = tuple(
        dataclasses.replace(e, date=D(2025, 3)) if e.id == "ev-6" else e for e in file.legal_events
    )
    known_to_the_month = dataclasses.replace(file, legal_events=events)
    text = printed(templates, "citizenship-refusal-complaint", language, known_to_the_month, rules=rules)
    assert words in text
    # On 10 June 2025 the limit may still be running; the petition says so.
    running = printed(
        templates, "citizenship-refusal-complaint", language, known_to_the_month,
        today=dt.date(2025, 6, 10), rules=rules,
    )  # fmt: skip
    assert MAY_STILL_RUN[language] in running


@pytest.mark.parametrize(
    ("language", "expired", "valid"),
    [
        ("ru", "(срок действия истёк 19 июня 2027 года)", "(срок действия — до 19 июня 2027 года)"),
        (
            "kk",
            "(жарамдылық мерзімі 2027 жылғы 19 маусымда өтті)",
            "(жарамдылық мерзімі: 2027 жылғы 19 маусым)",
        ),
        ("en", "(expired on 19 June 2027)", "(valid until 19 June 2027)"),
    ],
)
def test_a_certificate_extension_says_when_the_certificate_has_run_out(
    templates: TemplateSet, rules: dict, language: str, expired: str, valid: str
) -> None:
    """Asking to extend a certificate that ran out long ago as if it were current misleads the
    authority; the petition says it ran out."""
    kind = "refugee-certificate-extension"
    later = printed(templates, kind, language, case_file(), today=dt.date(2028, 1, 10), rules=rules)
    now = printed(templates, kind, language, case_file(), rules=rules)
    assert expired in later and valid not in later
    assert valid in now
    # A date the lawyer typed (an extension the case does not show yet) is printed as typed.
    template = templates.template(kind, language)
    context = case_context(case_file(), language, today=dt.date(2028, 1, 10), rules=rules)
    fields = {**templates.default_fields(template, context), "valid_until": "2029-06-19"}
    typed = " ".join(text_of(templates.fill(template, context, fields)).split())
    assert "2029-06-19" in typed and expired not in typed


def test_a_certificate_extension_takes_the_latest_validity_the_case_shows(
    templates: TemplateSet, rules: dict
) -> None:
    """The certificate's record says June 2027; an extension recorded later runs to June 2028: the
    petition's date is the extension's."""
    file = case_file()
    extended = r.LegalEvent(
        CASE, LegalEventKind.CERTIFICATE_EXTENDED, D(2027, 6, 1), valid_until=D(2028, 6, 19), id="ev-ext"
    )
    file = dataclasses.replace(file, legal_events=(*file.legal_events, extended))
    template = templates.template("refugee-certificate-extension", "ru")
    context = case_context(file, "ru", today=TODAY, rules=rules)
    assert templates.default_fields(template, context)["valid_until"] == "19 июня 2028 года"


#: The heading of the case summary's deadlines, by language.
DEADLINES = {"ru": "Сроки", "en": "Deadlines", "kk": "Мерзімдер"}


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "ru",
            (
                "2 июня 2025: подать жалобу (обращение «Приём в гражданство», 2 сентября 2024) — срок прошёл",
                "19 июня 2027: истекает удостоверение (правовое событие «Присвоен статус беженца»",
            ),
        ),
        (
            "en",
            (
                "2 June 2025: complaint to file (request “Admission to citizenship”, 2 September 2024) — "
                "overdue",
                "19 June 2027: certificate expires (legal event “Refugee status granted”",
            ),
        ),
        (
            "kk",
            (
                "2025 жылғы 2 маусым: шағым беру керек (өтініш «Азаматтыққа қабылдау»",
                "2027 жылғы 19 маусым: куәліктің мерзімі бітеді",
            ),
        ),
    ],
)
def test_the_case_summary_lists_the_cases_deadlines_first(
    templates: TemplateSet, rules: dict, language: str, lines: tuple[str, ...]
) -> None:
    """The lawyer's summary had no deadline at all, though the deadlines list had them: they open it,
    before the applicant, the soonest first."""
    heading = DEADLINES[language]
    first, items = _first_section(filled(templates, "case-summary", language, case_file(), rules=rules))
    assert first == heading
    places = [next((at for at, item in enumerate(items) if item.startswith(line)), None) for line in lines]
    assert None not in places and places == sorted(places), (places, items)
    closed = dataclasses.replace(
        case_file(), case=dataclasses.replace(case_file().case, status=CaseStatus.CLOSED)
    )
    document = filled(templates, "case-summary", language, closed, rules=rules)
    assert heading not in [block.text for block in document.blocks if block.kind == BlockKind.HEADING]


def _first_section(document: PetitionDocument) -> tuple[str, list[str]]:
    """The first heading of ``document`` and the text of each block under it, up to the next heading."""
    starts = [at for at, block in enumerate(document.blocks) if block.kind == BlockKind.HEADING]
    start, end = starts[0], starts[1] if len(starts) > 1 else len(document.blocks)
    return document.blocks[start].text, [block.text for block in document.blocks[start + 1 : end]]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ru", "19 марта 2027: истекает свидетельство лица, ищущего убежище (документ"),
        ("en", "19 March 2027: asylum-seeker certificate expires (identity document"),
        ("kk", "2027 жылғы 19 наурыз: пана іздеген адам куәлігінің мерзімі бітеді"),
    ],
)
def test_an_asylum_seekers_certificate_is_not_called_a_refugee_certificate(
    templates: TemplateSet, rules: dict, language: str, line: str
) -> None:
    """The case summary of an asylum seeker said "истекает удостоверение" of her "свидетельство лица,
    ищущего убежище": in Russian the refugee's certificate is another document.  Each language has
    its own words for the refugee's certificate and its expiry; none of them is among her deadlines,
    where the refugee's summary has them."""
    assert line in printed(templates, "case-summary", language, _seeker(), rules=rules)
    refugees = (
        f": {lower_first(word('what_is_due', 'certificate-expires', language))}".casefold(),
        word("document_kind", "refugee-certificate", language).casefold(),
    )

    def deadlines_naming_the_refugees_certificate(file: r.CaseFile) -> list[str]:
        heading, items = _first_section(filled(templates, "case-summary", language, file, rules=rules))
        assert heading == DEADLINES[language]
        return [item for item in items if any(said in item.casefold() for said in refugees)]

    assert deadlines_naming_the_refugees_certificate(_seeker()) == []
    assert deadlines_naming_the_refugees_certificate(case_file()) != []  # the refugee's: seen where said


def _seeker() -> r.CaseFile:
    """The fictional case before refugee status, with an asylum-seeker certificate AS-0191."""
    return asylum_seeker(certificate=seeker_certificate(valid_until=D(2027, 3, 19)))


def test_an_asylum_seekers_certificate_reads_as_russian_punctuates_it(
    templates: TemplateSet, rules: dict
) -> None:
    """Its name closes a participial phrase («…, ищущего убежище, № AS-0191»), and named as a record it
    is quoted after the kind of record, not run into it («документ, удостоверяющий личность
    Свидетельство…»)."""
    iin = printed(templates, "iin-issue", "ru", _seeker(), rules=rules)
    assert "Свидетельство лица, ищущего убежище, № AS-0191" in iin
    summary = printed(templates, "case-summary", "ru", _seeker(), rules=rules)
    assert "(документ, удостоверяющий личность «Свидетельство лица, ищущего убежище», AS-0191)" in summary


def test_a_silence_day_in_kazakh_takes_its_case_ending(templates: TemplateSet, rules: dict) -> None:
    """«2026 жылғы 13 қазан бастап» lacks the ablative; «… күнінен бастап» carries it whatever the date."""
    file = _contested_elsewhere()
    silent = request(
        "rq-silent", RequestKind.COMPLAINT, D(2026, 8, 3), "Министерство внутренних дел",
        status=RequestStatus.NO_ANSWER,
    )  # fmt: skip
    link = contests("ln-s", "rq-silent", "legal_events", "ev-iin")
    file = dataclasses.replace(file, requests=(*file.requests, silent), links=(*file.links, link))
    text = printed(templates, "case-summary", "kk", file, rules=rules)
    assert "күнінен бастап үнсіздік бас тарту деп саналады" in text
    assert " бастап үнсіздік" not in text.replace("күнінен бастап үнсіздік", "")


def test_a_refusal_whose_day_is_not_known_is_a_refusal_not_inaction(
    templates: TemplateSet, rules: dict
) -> None:
    """Whether the claim is about inaction follows the request's status, not whether its answer is
    dated: a refusal of unknown date read "бездействие: не рассмотрено"."""
    file = case_file()
    refused = request(
        "rq-refused", RequestKind.TRAVEL_DOCUMENT, D(2021, 4, 12), "МВД", status=RequestStatus.ANSWERED,
        outcome=AnswerOutcome.REFUSED,
    )  # fmt: skip
    complaint = request(
        "rq-c", RequestKind.COMPLAINT, D(2026, 9, 15), "МВД", status=RequestStatus.ANSWERED,
        answered_on=D(2026, 11, 20), outcome=AnswerOutcome.REFUSED,
    )  # fmt: skip
    link = contests("ln-r", "rq-c", "requests", "rq-refused")
    file = dataclasses.replace(file, requests=(*file.requests, refused, complaint), links=(*file.links, link))
    template = templates.template("court-claim", "ru")
    fields = templates.default_fields(template, case_context(file, "ru", today=TODAY, rules=rules))
    assert fields["act"] == "отказ по моему обращению «Проездной документ» от 12 апреля 2021 года (МВД)"


def test_the_summary_says_since_when_silence_is_a_refusal_with_the_year_word(
    templates: TemplateSet, rules: dict
) -> None:
    """ "с 13 октября 2026 молчание считается отказом": a date after "с" in a Russian sentence says
    "года"; the deadline's own date, opening the list item, stays as it stands alone."""
    complaint = request("rq-silent", RequestKind.COMPLAINT, D(2026, 9, 15), "МВД")
    file = dataclasses.replace(case_file(), requests=(*case_file().requests, complaint))
    text = text_of(filled(templates, "case-summary", "ru", file, rules=rules))
    assert "\n13 ноября 2026: подать иск в суд" in text
    assert "решение по жалобе не принято: с 13 октября 2026 года молчание считается отказом" in text


def test_the_kazakh_court_claim_names_its_act_as_a_decision(templates: TemplateSet, rules: dict) -> None:
    """«азаматтыққа қабылдаудан бас тартылды, шешім (…)» used a verb form as the act's name."""
    file = _contested_elsewhere()
    template = templates.template("court-claim", "kk")
    fields = templates.default_fields(template, case_context(file, "kk", today=TODAY, rules=rules))
    assert fields["act"].startswith("«") and "» деген шешім (" in fields["act"], fields["act"]
