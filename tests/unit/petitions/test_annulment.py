# SPDX-License-Identifier: GPL-3.0-or-later
"""A refusal a court or a complaint annulled is said to be annulled: the decision found through the
``contests`` links (directly, or through a refused complaint contested in turn), and the petitions
that argue from the refusal (certificate extension, objection to removal, resettlement letter, case
summary) name the annulment instead of a refusal still standing."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain import records as r
from app.domain.complaints import Complaints
from app.domain.dates import PartialDate as D
from app.domain.vocab import AnswerOutcome, LegalEventKind, LinkKind, RequestKind, RequestStatus
from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from tests.unit.petitions.fictional_case import (
    CASE,
    TODAY,
    asylum_seeker,
    case_file,
    contests,
    printed,
    request,
)

REFUSAL = "ev-3"  # the refugee status refusal of the fictional case


GRANTED = {"status": RequestStatus.ANSWERED, "outcome": AnswerOutcome.GRANTED}
REFUSED = {"status": RequestStatus.ANSWERED, "outcome": AnswerOutcome.REFUSED}


def _with(file: r.CaseFile, requests: tuple[r.Request, ...], links: tuple[r.Link, ...]) -> r.CaseFile:
    return dataclasses.replace(file, requests=(*file.requests, *requests), links=(*file.links, *links))


def _asylum_seeker() -> r.CaseFile:
    """The fictional case before refugee status: refused (ev-3), a seeker's certificate since 2021,
    and a complaint to the ministry refused, then a court claim against that answer granted."""
    file = asylum_seeker(
        r.LegalEvent(
            CASE,
            LegalEventKind.ASYLUM_SEEKER_STATUS,
            D(2021, 2, 1),
            valid_until=D(2027, 3, 1),
            id="ev-seeker",
        )
    )
    events = tuple(
        dataclasses.replace(e, date=D(2020, 11, 20), reference_number="12-05/1487") if e.id == REFUSAL else e
        for e in file.legal_events
    )
    complaint = request(
        "rq-complaint", RequestKind.COMPLAINT, D(2021, 3, 1), "Министерство внутренних дел",
        answered_on=D(2021, 4, 1), **REFUSED,
    )  # fmt: skip
    claim = request(
        "rq-claim", RequestKind.COURT_CLAIM, D(2021, 5, 3), answered_on=D(2021, 9, 14),
        answer_reference="7594-21-00-4а/512", **GRANTED,
    )  # fmt: skip
    return _with(
        dataclasses.replace(file, legal_events=events),
        (complaint, claim),
        (
            contests("ln-complaint", "rq-complaint", "legal_events", REFUSAL),
            contests("ln-claim", "rq-claim", "requests", "rq-complaint"),
        ),
    )


def test_a_granted_complaint_annuls_what_it_contests() -> None:
    granted = request("rq-g", RequestKind.COMPLAINT, D(2021, 3, 1), answered_on=D(2021, 4, 1), **GRANTED)
    file = _with(case_file(), (granted,), (contests("ln-g", "rq-g", "legal_events", REFUSAL),))
    complaints = Complaints.of(file)
    assert complaints.annulled_by(REFUSAL) == granted
    assert complaints.annulled_by("ev-6") is None  # another refusal, contested by nobody


def test_a_court_that_overturns_the_complaints_answer_annuls_the_refusal_too() -> None:
    complaints = Complaints.of(_asylum_seeker())
    annulled_by = complaints.annulled_by(REFUSAL)
    assert annulled_by is not None and annulled_by.id == "rq-claim"
    assert complaints.latest_against(REFUSAL) is not None
    assert complaints.latest_against(REFUSAL).id == "rq-complaint"  # type: ignore[union-attr]


def test_a_claim_against_the_letter_that_answered_the_complaint_reaches_the_refusal() -> None:
    file = _asylum_seeker()
    letter = r.LegalEvent(CASE, LegalEventKind.OTHER, D(2021, 4, 1), id="ev-letter")
    answers = r.Link(
        LinkKind.ANSWERS, CASE, "legal_events", "ev-letter", "requests", "rq-complaint", CASE, id="ln-a"
    )
    links = tuple(link for link in file.links if link.id != "ln-claim")
    file = dataclasses.replace(
        file,
        legal_events=(*file.legal_events, letter),
        links=(*links, answers, contests("ln-claim", "rq-claim", "legal_events", "ev-letter")),
    )
    assert Complaints.of(file).annulled_by(REFUSAL).id == "rq-claim"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "answer",
    [
        {"status": RequestStatus.PENDING},
        {"status": RequestStatus.NO_ANSWER},
        {"status": RequestStatus.WITHDRAWN},
        {"status": RequestStatus.ANSWERED, "outcome": AnswerOutcome.PARTLY},
        REFUSED,
    ],
    ids=["pending", "silence", "withdrawn", "partly", "refused"],
)
def test_only_a_granted_answer_annuls(answer: dict) -> None:
    complaint = request("rq-x", RequestKind.COMPLAINT, D(2021, 3, 1), **answer)
    file = _with(case_file(), (complaint,), (contests("ln-x", "rq-x", "legal_events", REFUSAL),))
    assert Complaints.of(file).annulled_by(REFUSAL) is None


def test_a_silence_complaint_then_a_granted_claim_does_not_annul_the_refusal() -> None:
    """A court that orders a complaint to be decided has not decided the refusal."""
    file = _asylum_seeker()
    silent = dataclasses.replace(
        file.requests[-2], status=RequestStatus.NO_ANSWER, outcome=AnswerOutcome.NONE
    )
    file = dataclasses.replace(file, requests=(*file.requests[:-2], silent, file.requests[-1]))
    assert Complaints.of(file).annulled_by(REFUSAL) is None


def test_links_that_go_round_in_a_circle_end() -> None:
    file = _asylum_seeker()
    circle = contests("ln-circle", "rq-complaint", "requests", "rq-claim")
    refused_claim = dataclasses.replace(file.requests[-1], outcome=AnswerOutcome.REFUSED)
    file = dataclasses.replace(
        file, requests=(*file.requests[:-1], refused_claim), links=(*file.links, circle)
    )
    assert Complaints.of(file).annulled_by(REFUSAL) is None


#: What each petition says of the annulled refusal, by kind and language.
SAID = {
    ("asylum-seeker-certificate-extension", "ru"): (
        "Решение об отказе в присвоении мне статуса беженца (20 ноября 2020 года, № 12-05/1487) "
        "отменено судом (14 сентября 2021 года, "
        "Специализированный межрайонный административный суд г. Алматы, № 7594-21-00-4а/512); "
        "моё ходатайство подлежит новому рассмотрению; окончательное решение по нему не принято."
    ),
    ("asylum-seeker-certificate-extension", "en"): (
        "The refusal of refugee status (20 November 2020, No. 12-05/1487) was annulled by the court "
        "(14 September 2021, Специализированный "
        "межрайонный административный суд г. Алматы, No. 7594-21-00-4а/512); my application is to be "
        "examined anew, and no final decision has been taken on it."
    ),
    ("asylum-seeker-certificate-extension", "kk"): (
        "Сот шешімімен босқын мәртебесін беруден бас тарту туралы шешімнің (2020 жылғы 20 қараша; "
        "№ 12-05/1487) күші жойылды (2021 жылғы "
        "14 қыркүйек; Специализированный межрайонный административный суд г. Алматы; "
        "№ 7594-21-00-4а/512); өтінішхатым қайта қаралуға тиіс, ол бойынша түпкілікті шешім қабылданған жоқ."
    ),
    ("non-refoulement", "ru"): "отменено судом (14 сентября 2021 года,",
    ("non-refoulement", "en"): "was annulled by the court (14 September 2021,",
    ("non-refoulement", "kk"): "№ 12-05/1487) күші жойылды (2021 жылғы 14 қыркүйек;",
    ("resettlement-support", "ru"): "; отменено судом (14 сентября 2021)",
    ("resettlement-support", "en"): "; annulled by the court (14 September 2021)",
    ("resettlement-support", "kk"): "; сот шешімімен күші жойылды (2021 жылғы 14 қыркүйек)",
    ("case-summary", "ru"): "; отменено судом (14 сентября 2021)",
    ("case-summary", "en"): "; annulled by the court (14 September 2021)",
    ("case-summary", "kk"): "; сот шешімімен күші жойылды (2021 жылғы 14 қыркүйек)",
}
#: What the certificate extension said before: a refusal appealed, still standing.
STILL_APPEALED = {"ru": "мною обжаловано", "en": "I have appealed", "kk": "шағым бердім"}


@pytest.mark.parametrize(("kind", "language"), SAID.keys(), ids=[f"{k}-{lang}" for k, lang in SAID])
def test_petitions_say_the_refusal_was_annulled(templates: TemplateSet, kind: str, language: str) -> None:
    annulled = printed(templates, kind, language, _asylum_seeker())
    assert SAID[kind, language] in annulled
    standing = _asylum_seeker()
    standing = dataclasses.replace(standing, requests=standing.requests[:-1])  # no court claim
    assert SAID[kind, language] not in printed(templates, kind, language, standing)


@pytest.mark.parametrize("language", ["ru", "en", "kk"])
def test_a_certificate_extension_does_not_call_an_annulled_refusal_appealed(
    templates: TemplateSet, language: str
) -> None:
    file = _asylum_seeker()
    appealed = r.LegalEvent(CASE, LegalEventKind.REFUGEE_STATUS_APPEALED, D(2021, 3, 1), id="ev-appeal")
    file = dataclasses.replace(file, legal_events=(*file.legal_events, appealed))
    text = printed(templates, "asylum-seeker-certificate-extension", language, file)
    assert SAID["asylum-seeker-certificate-extension", language] in text
    assert STILL_APPEALED[language] not in text


def test_a_court_claim_is_not_about_an_act_already_annulled(templates: TemplateSet) -> None:
    """The refugee status refusal was complained of and annulled: the claim's act is the citizenship
    refusal of 2025, not it."""
    file = _asylum_seeker()
    template = templates.template("court-claim", "ru")
    context = case_context(file, "ru", today=TODAY)
    act = templates.default_fields(template, context)["act"]
    assert act.startswith("отказ в приёме в гражданство") and "беженца" not in act
    standing = dataclasses.replace(file, requests=file.requests[:-1])  # no court claim: still standing
    context = case_context(standing, "ru", today=TODAY)
    assert templates.default_fields(template, context)["act"].startswith("отказ в присвоении статуса беженца")


def test_a_complaint_is_not_drafted_against_an_act_already_annulled(templates: TemplateSet) -> None:
    """The administrative complaint's act defaults to the latest refusal still standing: the
    citizenship refusal of 2025, not the refugee status refusal the court annulled in 2021."""
    file = _asylum_seeker()
    citizenship = next(e for e in file.legal_events if e.kind == LegalEventKind.CITIZENSHIP_REFUSED)
    late = dataclasses.replace(citizenship, date=D(2020, 12, 1))
    file = dataclasses.replace(
        file, legal_events=tuple(late if e.id == citizenship.id else e for e in file.legal_events)
    )
    file = dataclasses.replace(  # the annulled refusal is now the latest refusal of all
        file,
        legal_events=tuple(
            dataclasses.replace(e, date=D(2021, 1, 5)) if e.id == REFUSAL else e for e in file.legal_events
        ),
    )
    template = templates.template("administrative-complaint", "ru")
    fields = templates.default_fields(template, case_context(file, "ru", today=TODAY))
    assert fields["act_date"] == "1 декабря 2020 года", fields


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ru", "отменено судом (14 сентября 2021); новое решение по ходатайству не принято"),
        (
            "en",
            "annulled by the court (14 September 2021); no new decision on the application has been taken",
        ),
        (
            "kk",
            "сот шешімімен күші жойылды (2021 жылғы 14 қыркүйек); "
            "өтінішхат бойынша жаңа шешім қабылданған жоқ",
        ),
    ],
)
def test_the_resettlement_letter_says_the_annulled_refusal_left_the_application_undecided(
    templates: TemplateSet, language: str, said: str
) -> None:
    """Years without a new decision after the court's are the limbo the letter is about; the IIN
    refusals are among what kept the person from settling."""
    file = _asylum_seeker()
    iin = r.LegalEvent(
        CASE, LegalEventKind.IIN_REGISTRATION_REFUSED, D(2024, 3, 1), authority="ЦОН", id="ev-iin"
    )
    file = dataclasses.replace(file, legal_events=(*file.legal_events, iin))
    text = printed(templates, "resettlement-support", language, file)
    assert said in text
    assert {"ru": "Отказ в присвоении ИИН", "en": "IIN", "kk": "ЖСН"}[language] in text


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ru", "Заключение № 6 (XXVIII) 1977 года), принцип невысылки соблюдается независимо от того"),
        ("en", "(Conclusion No. 6 (XXVIII), 1977), non-refoulement applies irrespective of whether"),
        ("kk", "(1977 жылғы № 6 (XXVIII) қорытынды), кері қайтармау қағидаты"),
    ],
)
def test_the_objection_to_removal_names_unhcr_doctrine_as_such(
    templates: TemplateSet, language: str, said: str
) -> None:
    """That asylum seekers are protected too is UNHCR's Executive Committee's reading, not Article 33's
    words: the objection had put it inside the Convention's paraphrase."""
    assert said in printed(templates, "non-refoulement", language, _asylum_seeker())


def test_the_complaint_filed_last_is_a_dated_one_over_one_of_unknown_date() -> None:
    """``sort_key`` puts unknown dates last, so a complaint of unknown filing date had counted as the
    latest of all; the petitions' own order counts it as the earliest."""
    undated = request("rq-undated", RequestKind.COMPLAINT, D(), **REFUSED)
    dated = request("rq-dated", RequestKind.COMPLAINT, D(2021, 3, 1), **REFUSED)
    links = (
        contests("ln-u", "rq-undated", "legal_events", REFUSAL),
        contests("ln-d", "rq-dated", "legal_events", REFUSAL),
    )
    latest = Complaints.of(_with(case_file(), (undated, dated), links)).latest_against(REFUSAL)
    assert latest is not None and latest.id == "rq-dated"


def _annulled_by_complaint() -> r.CaseFile:
    """The fictional asylum seeker whose complaint to the ministry was granted (no court claim)."""
    file = _asylum_seeker()
    requests = tuple(
        dataclasses.replace(q, outcome=AnswerOutcome.GRANTED) if q.id == "rq-complaint" else q
        for q in file.requests
        if q.id != "rq-claim"
    )
    return dataclasses.replace(file, requests=requests, links=file.links[:-1])


@pytest.mark.parametrize(
    ("language", "sentence", "beside"),
    [
        (
            "ru",
            "Решение об отказе в присвоении мне статуса беженца (20 ноября 2020 года, № 12-05/1487) отменено "
            "по моей жалобе (1 апреля 2021 года, Министерство внутренних дел); моё ходатайство подлежит "
            "новому рассмотрению",
            "отменено по жалобе (1 апреля 2021)",
        ),
        (
            "kk",
            "Шағымым қанағаттандырылып, босқын мәртебесін беруден бас тарту туралы шешімнің (2020 жылғы "
            "20 қараша; № 12-05/1487) күші жойылды (2021 жылғы 1 сәуір; Министерство внутренних дел); "
            "өтінішхатым қайта қаралуға тиіс",
            "шағым бойынша күші жойылды (2021 жылғы 1 сәуір)",
        ),
        (
            "en",
            "The refusal of refugee status (20 November 2020, No. 12-05/1487) was annulled on my complaint "
            "(1 April 2021, Министерство внутренних дел); my application is to be examined anew",
            "annulled on complaint (1 April 2021)",
        ),
    ],
)
def test_a_refusal_annulled_on_complaint_is_said_once_per_language(
    language: str, sentence: str, beside: str
) -> None:
    context = case_context(_annulled_by_complaint(), language, today=TODAY)
    assert context["status_refusal_annulled"] == sentence
    refusal = next(e for e in context["legal_events"] if e["annulled_by"])  # type: ignore[attr-defined]
    assert refusal["annulment"] == beside
    standing = next(e for e in context["legal_events"] if not e["annulled_by"])  # type: ignore[attr-defined]
    assert standing["annulment"] == ""


def test_the_refused_application_is_the_refusal_when_no_decision_is_on_record() -> None:
    """With no refusal event, the refusal annulled is the answer to the asylum application."""
    file = _annulled_by_complaint()
    asylum = request(
        "rq-asylum", RequestKind.ASYLUM, D(2019, 5, 3), "ДМС г. Алматы", status=RequestStatus.ANSWERED,
        answered_on=D(2020, 11), outcome=AnswerOutcome.REFUSED, answer_reference="А-7",
    )  # fmt: skip
    file = dataclasses.replace(
        file,
        legal_events=tuple(e for e in file.legal_events if e.kind != LegalEventKind.REFUGEE_STATUS_REFUSED),
        requests=(asylum, *file.requests),
        links=(*file.links[1:], contests("ln-asylum", "rq-complaint", "requests", "rq-asylum")),
    )
    sentence = case_context(file, "ru", today=TODAY)["status_refusal_annulled"]
    assert sentence.startswith(  # type: ignore[union-attr]
        "Решение об отказе в присвоении мне статуса беженца (ноябрь 2020 года, № А-7) отменено по моей жалобе"
    )
    assert case_context(case_file(), "ru", today=TODAY)["status_refusal_annulled"] == ""
