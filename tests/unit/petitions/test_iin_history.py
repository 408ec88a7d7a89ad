# SPDX-License-Identifier: GPL-3.0-or-later
"""The IIN request cites every earlier application and every refusal, not only the latest: a
person refused three times over four years shows a practice, not one mistake."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate as D
from app.domain.vocab import AnswerOutcome, LegalEventKind, RequestKind, RequestStatus
from app.petitions.catalogue import TemplateSet
from tests.unit.petitions.fictional_case import (
    CASE,
    asylum_seeker,
    case_file,
    printed,
    request,
    seeker_certificate,
)


def _applied(request_id: str, filed: D, authority: str, **answer: object) -> r.Request:
    return request(request_id, RequestKind.IIN_REGISTRATION, filed, authority, **answer)


def _refused(event_id: str, day: D, basis: str) -> r.LegalEvent:
    return r.LegalEvent(
        CASE,
        LegalEventKind.IIN_REGISTRATION_REFUSED,
        day,
        authority="ЦОН Алматы",
        legal_basis=basis,
        id=event_id,
    )


def _refused_twice() -> r.CaseFile:
    file = case_file()
    requests = (
        _applied("rq-iin-1", D(2021, 3, 2), "ЦОН Медеуского района", status=RequestStatus.ANSWERED,
                 answered_on=D(2021, 4, 1), outcome=AnswerOutcome.REFUSED),
        _applied("rq-iin-2", D(2024, 6, 12), "ЦОН Алматы", status=RequestStatus.PENDING),
    )  # fmt: skip
    events = (
        _refused("ev-iin-1", D(2021, 4, 1), "нет вида на жительство"),
        _refused("ev-iin-2", D(2023, 2, 7), "нет паспорта"),
    )
    return dataclasses.replace(
        file, requests=(*file.requests, *requests), legal_events=(*file.legal_events, *events)
    )


#: The lines each language prints for the case refused twice.
SAID = {
    "ru": (
        "Ранее мною уже подавались обращения о присвоении ИИН: 2 марта 2021, ЦОН Медеуского района "
        "12 июня 2024, ЦОН Алматы: обращение ожидает ответа",
        "В присвоении ИИН мне было отказано неоднократно: 1 апреля 2021, ЦОН Алматы; основание: нет вида на "
        "жительство 7 февраля 2023, ЦОН Алматы; основание: нет паспорта",
    ),
    "en": (
        "I have applied for an IIN before, more than once: 2 March 2021, ЦОН Медеуского района 12 June 2024, "
        "ЦОН Алматы: the application is",
        "I have been refused an IIN more than once: 1 April 2021, ЦОН Алматы; grounds given: нет вида на "
        "жительство 7 February 2023, ЦОН Алматы; grounds given: нет паспорта",
    ),
    "kk": (
        "Бұған дейін ЖСН беру туралы бірнеше рет өтініш бергенмін: 2021 жылғы 2 наурыз; "
        "ЦОН Медеуского района",
        "Маған ЖСН беруден бірнеше рет бас тартылған: 2021 жылғы 1 сәуір; ЦОН Алматы; бас тарту негізі: нет "
        "вида на жительство 2023 жылғы 7 ақпан; ЦОН Алматы; бас тарту негізі: нет паспорта",
    ),
}


@pytest.mark.parametrize("language", SAID)
def test_every_application_and_refusal_is_cited(templates: TemplateSet, language: str) -> None:
    applied, refused = SAID[language]
    text = printed(templates, "iin-issue", language, _refused_twice())
    assert applied in text and refused in text


@pytest.mark.parametrize("language", SAID)
def test_one_application_and_one_refusal_read_as_one_sentence_each(
    templates: TemplateSet, language: str
) -> None:
    file = _refused_twice()
    file = dataclasses.replace(file, requests=file.requests[:-1], legal_events=file.legal_events[:-1])
    text = printed(templates, "iin-issue", language, file)
    applied, refused = SAID[language]
    assert applied.split(":")[0] not in text and refused.split(":")[0] not in text
    assert "ЦОН Медеуского района" in text and "нет вида на жительство" in text


@pytest.mark.parametrize(
    ("language", "refugee", "seeker", "none_held"),
    [
        (
            "ru",
            "на основании удостоверения беженца № RC-0042;",
            "на основании свидетельства лица, ищущего убежище, № AS-0191;",
            "на основании имеющегося у меня документа, удостоверяющего личность;",
        ),
        (
            "kk",
            "маған № RC-0042 босқын куәлігі негізінде",
            "маған № AS-0191 пана іздеген адамның куәлігі негізінде",
            "маған өзімдегі жеке басымды куәландыратын құжат негізінде",
        ),
        (
            "en",
            "on the basis of my refugee certificate No. RC-0042;",
            "on the basis of my asylum-seeker certificate No. AS-0191;",
            "on the basis of the identity document I hold;",
        ),
    ],
)
def test_the_iin_request_names_the_certificate_it_asks_on(
    templates: TemplateSet, language: str, refugee: str, seeker: str, none_held: str
) -> None:
    """It asked for an IIN "on the identity document I hold" while the only valid one was the
    certificate an office may refuse to accept: the lawyer names it, and the office must answer on it."""
    file = case_file()
    assert refugee in printed(templates, "iin-issue", language, file)
    with_seeker = asylum_seeker(certificate=seeker_certificate(issued_on=D(2023, 1, 5)))
    assert seeker in printed(templates, "iin-issue", language, with_seeker)
    expired = seeker_certificate(issued_on=D(2023, 1, 5), valid_until=D(2024, 1, 5))
    assert none_held in printed(templates, "iin-issue", language, asylum_seeker(certificate=expired))
