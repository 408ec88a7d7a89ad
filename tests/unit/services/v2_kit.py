# SPDX-License-Identifier: GPL-3.0-or-later
"""A fictional case holding a record of every v2 kind, saved as one editor Save, for the v2 tests."""

from __future__ import annotations

import dataclasses
from typing import Any

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import (
    AnswerOutcome,
    DocumentKind,
    LegalEventKind,
    PartyKind,
    PressureKind,
    Relationship,
    RelativeStatus,
    RequestKind,
    RequestStatus,
    SourceKind,
)
from app.services.bundle import Services
from app.services.case_edit import CASE_RECORD_LISTS, CaseEdit

MOTHER = "her mother, about 70"


def v2_case(services: Services, reference: str = "V2-1") -> r.CaseFile:
    """Subject with a document; a named father and an unnamed mother with status histories; legal
    events, requests, a detention, a pressure report aimed at both, a source.  Returns it as stored."""
    subject = r.Person(birth_date=PartialDate(1984, 6), id=r.new_id())
    names = (r.PersonName(subject.id, "Нұрлан Серікұлы", is_primary=True, id=r.new_id()),)
    document = r.IdentityDocument(subject.id, DocumentKind.PRC_PASSPORT, "E00000002", id=r.new_id())
    case = r.Case(subject.id, services.vault.actor.office_id, reference=reference, id=r.new_id())
    c = case.id
    father_person = r.Person(id=r.new_id())
    father = r.Relative(c, father_person.id, Relationship.FATHER, id=r.new_id())
    mother_person = r.Person(age=70, age_on=PartialDate(2019, approximate=True), id=r.new_id())
    mother = r.Relative(c, mother_person.id, Relationship.MOTHER, description=MOTHER, id=r.new_id())

    def event(kind: LegalEventKind, date: PartialDate) -> r.LegalEvent:
        return r.LegalEvent(c, kind, date, id=r.new_id())

    events = (
        event(LegalEventKind.TRIAL, PartialDate(2018, 12, 3)),
        event(LegalEventKind.SENTENCE, PartialDate(2018, 12, 3)),
        event(LegalEventKind.CERTIFICATE_ISSUED, PartialDate(2019, 6, 3)),
        event(LegalEventKind.CERTIFICATE_EXTENDED, PartialDate(2020, 6, 2)),
        event(LegalEventKind.PUBLIC_TESTIMONY, PartialDate(2020, 9)),
        event(LegalEventKind.CITIZENSHIP_REFUSED, PartialDate(2021, 5, 3)),
    )
    application = r.Request(
        c,
        RequestKind.CITIZENSHIP,
        "Ministry of Internal Affairs",
        PartialDate(2021, 4, 12),
        status=RequestStatus.ANSWERED,
        answered_on=PartialDate(2021, 5, 3),
        outcome=AnswerOutcome.REFUSED,
        answer_basis="Law on Migration, Art. 49",
        id=r.new_id(),
    )
    complaint = r.Request(c, RequestKind.COMPLAINT, filed_on=PartialDate(2021, 6), id=r.new_id())
    detention = r.Detention(
        c, father.id, facility="camp (fictional)", started_on=PartialDate(2018), id=r.new_id()
    )
    report = r.PressureReport(
        c,
        (PressureKind.THREAT.value,),
        (father.id, mother.id),
        occurred_on=PartialDate(2020, 10),
        id=r.new_id(),
    )
    statuses = tuple(
        r.RelativeStatusEntry(c, who.id, status, PartialDate(2018), id=r.new_id())
        for who, status in (
            (father, RelativeStatus.IN_CAMP),
            (mother, RelativeStatus.UNDER_SURVEILLANCE),
            (mother, RelativeStatus.FORBIDDEN_TO_LEAVE),
        )
    )
    source = r.Source(c, SourceKind.ARTICLE, title="Fictional Daily", id=r.new_id())
    case_file = r.CaseFile(
        case,
        r.PersonFile(subject, names, (document,)),
        relatives=(father, mother),
        relative_people=(
            r.PersonFile(father_person, (r.PersonName(father_person.id, "Серік Жақыпұлы", id=r.new_id()),)),
            r.PersonFile(mother_person),
        ),
        legal_events=events,
        requests=(application, complaint),
        detentions=(detention,),
        pressure_reports=(report,),
        relative_statuses=statuses,
        sources=(source,),
    )
    return services.case_edits.save(CaseEdit(case_file)).case


def minister(services: Services) -> r.Party:
    return services.parties.save(r.Party("Fictional Deputy Minister", PartyKind.OFFICIAL, "deputy minister"))


def event_of(case_file: r.CaseFile, kind: LegalEventKind) -> r.LegalEvent:
    return next(e for e in case_file.legal_events if e.kind == kind)


def request_of(case_file: r.CaseFile, kind: RequestKind) -> r.Request:
    return next(x for x in case_file.requests if x.kind == kind)


def without(case_file: r.CaseFile, record_id: str) -> r.CaseFile:
    """The case file with the record ``record_id`` removed from whichever list holds it."""
    changes: dict[str, Any] = {}
    for name in CASE_RECORD_LISTS:
        kept = tuple(x for x in getattr(case_file, name) if x.id != record_id)
        if len(kept) != len(getattr(case_file, name)):
            changes[name] = kept
    if any(x.id == record_id for x in case_file.relatives):
        changes["relative_people"] = tuple(
            p
            for x, p in zip(case_file.relatives, case_file.relative_people, strict=True)
            if x.id != record_id
        )
    assert changes, record_id
    return dataclasses.replace(case_file, **changes)
