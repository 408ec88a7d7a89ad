# SPDX-License-Identifier: GPL-3.0-or-later
"""A demo case's legal timeline: events, requests and their answers, sources, and the links between them.

Deterministic for a given random generator: the same seed gives the same cases.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.db import models as m
from app.domain.dates import PartialDate
from app.domain.vocab import AnswerOutcome, LegalEventKind, LinkKind, RequestKind, RequestStatus, SourceKind
from app.services.demo_people import CROSSINGS

if TYPE_CHECKING:
    from app.services.demo import CaseBuilder

MIGRATION_LAW = "Law on Migration No. 477-IV of 22 July 2011, Art. 49"


def timeline(b: CaseBuilder, case_id: str, crossed: dt.date, today: dt.date) -> tuple[str | None, str]:
    """The legal timeline and the requests; returns the id of a public testimony (or None) and
    the day the last certificate runs to."""
    rng, add = b.rng, b.w.add
    crossing, court = rng.choice(CROSSINGS)
    event = {"case_id": case_id}
    add(
        m.LegalEvent,
        **event,
        kind=LegalEventKind.BORDER_CROSSING.value,
        # Dates as people remember them, without drawing more random numbers (same people
        # for the same seed): "about October 2017" for a third of the crossings.
        date=PartialDate(crossed.year, crossed.month, approximate=crossed.day % 3 == 0),
        place=crossing,
    )
    add(
        m.LegalEvent,
        **event,
        kind=LegalEventKind.ARREST.value,
        date=PartialDate.of(crossed + dt.timedelta(days=2)),
    )
    trial = crossed + dt.timedelta(days=rng.randint(60, 200))
    trial_id = add(
        m.LegalEvent,
        **event,
        kind=LegalEventKind.TRIAL.value,
        date=PartialDate.of(trial),
        authority=court,
        reference_number=f"2-{rng.randint(100, 9999)}/{trial.year % 100}",
    )
    sentence_id = add(
        m.LegalEvent,
        **event,
        kind=LegalEventKind.SENTENCE.value,
        date=PartialDate.of(trial),
        authority=court,
        term_months=rng.choice([6, 12, 18]),
        suspended=rng.random() < 0.6,
        detention_credit_days=rng.randint(30, 180),
        outcome="deportation not ordered",
        sort_order=1,  # same day as the trial: the verdict comes after it
    )
    b.link(LinkKind.FOLLOWS, case_id, ("legal_events", sentence_id), ("legal_events", trial_id))
    if rng.random() < 0.2:
        sources(b, case_id, sentence_id, trial)
    applied = trial + dt.timedelta(days=30)
    issued = trial + dt.timedelta(days=rng.randint(90, 200))
    asylum_id = add(
        m.Request,
        **event,
        kind=RequestKind.REFUGEE_STATUS.value,
        authority="Migration service, Almaty",
        filed_on=PartialDate.of(applied),
        asked="refugee status",
        status=RequestStatus.ANSWERED.value,
        answered_on=PartialDate.of(issued),
        outcome=AnswerOutcome.GRANTED.value,
    )
    certificate_id = add(
        m.LegalEvent,
        **event,
        kind=LegalEventKind.CERTIFICATE_ISSUED.value,
        date=PartialDate.of(issued),
        valid_until=PartialDate.of(issued + dt.timedelta(days=365)),
    )
    b.link(LinkKind.ANSWERS, case_id, ("legal_events", certificate_id), ("requests", asylum_id))
    valid = issued + dt.timedelta(days=365)
    first_extension = True
    while valid + dt.timedelta(days=300) < today:
        extension_id = add(
            m.LegalEvent,
            **event,
            kind=LegalEventKind.CERTIFICATE_EXTENDED.value,
            date=PartialDate.of(valid),
            valid_until=PartialDate.of(valid + dt.timedelta(days=365)),
        )
        if first_extension:  # one link shows the kind; a link for every year would slow big demos down
            b.link(
                LinkKind.EXTENDS, case_id, ("legal_events", extension_id), ("legal_events", certificate_id)
            )
            first_extension = False
        valid += dt.timedelta(days=365)
    if rng.random() < 0.5:
        # Filed "around March" of the next year, refused under Art. 49 a few months later.
        citizenship_id = add(
            m.Request,
            **event,
            kind=RequestKind.CITIZENSHIP.value,
            authority="Ministry of Internal Affairs",
            filed_on=PartialDate(issued.year + 1, 3, approximate=True),
            status=RequestStatus.ANSWERED.value,
            answered_on=PartialDate(issued.year + 1, 7),
            outcome=AnswerOutcome.REFUSED.value,
            answer_basis=MIGRATION_LAW,
            answer_reference=f"МВД-{issued.year + 1}/{issued.toordinal() % 997}",
        )
        b.link(LinkKind.DECISION_MAKER, case_id, ("parties", b.minister_id), ("requests", citizenship_id))
    if rng.random() < 0.4:  # still waiting for an answer
        add(
            m.Request,
            **event,
            kind=RequestKind.TRAVEL_DOCUMENT.value,
            authority="Migration service, Almaty",
            filed_on=PartialDate(issued.year + 1, issued.month),
            asked="a refugee travel document",
            notes="Law on Refugees, Art. 9",
        )
    testimony = None
    if rng.random() < 0.3:
        testimony = add(
            m.LegalEvent,
            **event,
            kind=LegalEventKind.PUBLIC_TESTIMONY.value,
            date=PartialDate.between(PartialDate(issued.year), PartialDate(issued.year + 1)),
            place="Almaty, press conference",
        )
    return testimony, valid.isoformat()


def sources(b: CaseBuilder, case_id: str, sentence_id: str, trial: dt.date) -> None:
    """Two articles that disagree about the sentence; the office believes the first."""
    for title, says, preferred in (
        ("Court hands suspended term to border crosser", "6 months, suspended", True),
        ("Chinese citizen jailed for crossing", "a jail term", False),
    ):
        source_id = b.w.add(
            m.Source,
            case_id=case_id,
            kind=SourceKind.ARTICLE.value,
            title=f"{title} (fictional)",
            publisher="Fictional Daily",
            published_on=PartialDate(trial.year, trial.month),
            language="ru",
            reliability="B" if preferred else "D",
        )
        b.link(
            LinkKind.SOURCE_OF,
            case_id,
            ("sources", source_id),
            ("legal_events", sentence_id),
            note=says,
            preferred=preferred,
        )
