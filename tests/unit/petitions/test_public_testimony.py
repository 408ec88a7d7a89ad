# SPDX-License-Identifier: GPL-3.0-or-later
"""The applicant's public testimony argues the risk: the resettlement letter and the objection to
removal list it, and a pressure report linked to it (``may-answer``) says it came after it."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate as D
from app.domain.vocab import LegalEventKind, LinkKind
from app.petitions.catalogue import TemplateSet
from app.petitions.context import case_context
from tests.unit.petitions.fictional_case import CASE, TODAY, case_file, printed


def _testified() -> r.CaseFile:
    """The fictional case (a woman) with a press conference in Almaty on 12 April 2023, which the
    pressure on her mother in May 2023 (pr-1) may answer."""
    file = case_file()
    testimony = r.LegalEvent(
        CASE,
        LegalEventKind.PUBLIC_TESTIMONY,
        D(2023, 4, 12),
        place="Алматы, пресс-конференция",
        id="ev-press",
    )
    link = r.Link(
        LinkKind.MAY_ANSWER, CASE, "pressure_reports", "pr-1", "legal_events", "ev-press", CASE, id="ln-m"
    )
    return dataclasses.replace(file, legal_events=(*file.legal_events, testimony), links=(*file.links, link))


#: (the testimony listed, the pressure line's ending), by kind and language.
SAID = {
    ("resettlement-support", "ru"): (
        "публично свидетельствовала о преследованиях в стране происхождения: "
        "12 апреля 2023, Алматы, пресс-конференция",
        "после публичного выступления заявителя (12 апреля 2023)",
    ),
    ("resettlement-support", "en"): (
        "has testified in public about persecution in the country of origin: "
        "12 April 2023, Алматы, пресс-конференция",
        "after the applicant's public testimony (12 April 2023)",
    ),
    ("resettlement-support", "kk"): (
        "шыққан елдегі қудалау туралы жария айғақ берді: 2023 жылғы 12 сәуір, Алматы, пресс-конференция",
        "өтініш берушінің жария сөйлеген сөзінен (2023 жылғы 12 сәуір) кейін",
    ),
    ("non-refoulement", "ru"): (
        "Я публично свидетельствовала о преследованиях в стране происхождения, что повышает угрозу для меня "
        "в случае возвращения: 12 апреля 2023, Алматы, пресс-конференция",
        "после моего публичного выступления (12 апреля 2023)",
    ),
    ("non-refoulement", "en"): (
        "I have testified in public about persecution in the country of origin, which increases the danger "
        "to me if I am returned: 12 April 2023, Алматы, пресс-конференция",
        "after my public testimony (12 April 2023)",
    ),
    ("non-refoulement", "kk"): (
        "Мен шыққан елдегі қудалау туралы жария айғақ бердім, бұл қайтарылған жағдайда маған төнетін қатерді "
        "арттырады: 2023 жылғы 12 сәуір, Алматы, пресс-конференция",
        "менің жария сөйлеген сөзімнен (2023 жылғы 12 сәуір) кейін",
    ),
}


@pytest.mark.parametrize(("kind", "language"), SAID.keys(), ids=[f"{k}-{lang}" for k, lang in SAID])
def test_the_public_testimony_and_the_pressure_after_it_are_said(
    templates: TemplateSet, kind: str, language: str
) -> None:
    listed, after = SAID[kind, language]
    text = printed(templates, kind, language, _testified())
    assert listed in text and after in text
    plain = printed(templates, kind, language, case_file())
    assert listed not in plain and after not in plain


@pytest.mark.parametrize("kind", ["resettlement-support", "non-refoulement"])
def test_the_testimony_comes_before_the_pressure_said_to_follow_it(templates: TemplateSet, kind: str) -> None:
    listed, after = SAID[kind, "ru"]
    text = printed(templates, kind, "ru", _testified())
    assert text.index(listed) < text.index(after)


def test_a_quoted_threat_keeps_no_full_stop_inside_the_sentence(templates: TemplateSet) -> None:
    text = printed(templates, "non-refoulement", "ru", _testified())
    assert "сказано: «Пусть дочь вернётся домой»;" in text


def test_a_record_told_apart_by_its_date_is_named_with_a_comma() -> None:
    context = case_context(_testified(), "ru", today=TODAY)
    press = next(e for e in context["legal_events"] if e["kind_code"] == "public-testimony")  # type: ignore[attr-defined]
    assert any(link.endswith("сообщение о давлении, начало мая 2023") for link in press["links"]), press[
        "links"
    ]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "ru",
            "Мои родственники в стране происхождения находятся под контролем властей: Старший брат "
            "(Ерлан Серікұлы): запрет на выезд Мать (анасы, шамамен 70 жаста): под наблюдением",
        ),
        ("kk", "Шыққан елдегі туыстарым билік бақылауында: Аға (Ерлан Серікұлы): шығуға тыйым салынған"),
        ("en", "My relatives in the country of origin are under the authorities' control: Older brother"),
    ],
)
def test_the_objection_to_removal_says_which_relatives_are_watched_or_kept_from_leaving(
    templates: TemplateSet, language: str, said: str
) -> None:
    """A brother forbidden to leave and a mother under surveillance are held without a detention on
    record: the objection printed neither."""
    assert said in printed(templates, "non-refoulement", language, case_file())
