# SPDX-License-Identifier: GPL-3.0-or-later
"""The case model v2 facts ``pana show`` is tested with (fictional people only)."""

from __future__ import annotations

import dataclasses

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import (
    AnswerOutcome,
    Blocked,
    CivilStatus,
    Frequency,
    Lack,
    LegalEventKind,
    LinkKind,
    PartyKind,
    PressureKind,
    Relationship,
    RelativeStatus,
    RequestKind,
    RequestStatus,
    SourceKind,
)
from app.services.case_edit import CaseEdit, CaseEditService
from app.services.session import UnlockedVault


def add_v2_facts(vault: UnlockedVault, before: r.CaseFile) -> r.CaseFile:
    """The case model v2 facts, saved as one editor Save: an unnamed mother, a status history,
    requests (one waiting, one answered), a source, a party and links of several kinds."""
    case_id, brother = before.case.id, before.relatives[0]
    subject = dataclasses.replace(
        before.subject.person,
        occupation="seamstress",
        civil_status=CivilStatus.MARRIED_UNREGISTERED,
        lacks=(Lack.NO_IIN.value,),
        blocked=(Blocked.MARRIAGE_REGISTRATION.value, Blocked.BANK_ACCOUNT.value),
    )
    residence = r.Residence(
        subject.id, "Talgar", "Almaty region", "KZ", PartialDate.parse("2019"), id=r.new_id()
    )
    mother_person = r.Person(age=70, age_on=PartialDate.parse("2019~"), id=r.new_id())
    mother = r.Relative(
        case_id, mother_person.id, Relationship.MOTHER, description="her mother, about 70", id=r.new_id()
    )
    statuses = (
        r.RelativeStatusEntry(
            case_id, mother.id, RelativeStatus.UNDER_SURVEILLANCE, PartialDate.parse("2018"), id=r.new_id()
        ),
        r.RelativeStatusEntry(case_id, mother.id, RelativeStatus.FORBIDDEN_TO_LEAVE, id=r.new_id()),
    )
    filed = r.Request(
        case_id,
        RequestKind.CITIZENSHIP,
        "Ministry of Internal Affairs",
        PartialDate.parse("2021-04-12"),
        status=RequestStatus.ANSWERED,
        answered_on=PartialDate.parse("2021-05-03"),
        outcome=AnswerOutcome.REFUSED,
        answer_basis="Law on Migration, Art. 49",
        id=r.new_id(),
    )
    waiting = r.Request(
        case_id, RequestKind.TRAVEL_DOCUMENT, filed_on=PartialDate.parse("2023-02"), id=r.new_id()
    )
    refusal = r.LegalEvent(
        case_id, LegalEventKind.CITIZENSHIP_REFUSED, PartialDate.parse("2021-05-03"), id=r.new_id()
    )
    report = r.PressureReport(
        case_id,
        (PressureKind.VISIT_BY_POLICE.value, PressureKind.THREAT_OF_FORCED_RETURN.value),
        (mother.id, brother.id),
        Frequency.REPEATED,
        PartialDate.parse("2020-03"),
        PartialDate.parse("2020-06-01"),
        relayed_by_id=mother_person.id,
        words="Tell her to come home.",
        id=r.new_id(),
    )
    source = r.Source(case_id, SourceKind.ARTICLE, title="Fictional Daily", id=r.new_id())
    minister = r.Party(
        "Fictional Deputy Minister", PartyKind.OFFICIAL, position="deputy minister", id=r.new_id()
    )
    links = (
        r.Link(LinkKind.ANSWERS, case_id, "legal_events", refusal.id, "requests", filed.id, id=r.new_id()),
        r.Link(
            LinkKind.CONCERNS, case_id, "pressure_reports", report.id, "relatives", mother.id, id=r.new_id()
        ),
        r.Link(
            LinkKind.SOURCE_OF,
            case_id,
            "sources",
            source.id,
            "legal_events",
            refusal.id,
            note="says the refusal cited Art. 49",
            preferred=True,
            id=r.new_id(),
        ),
        r.Link(
            LinkKind.DECISION_MAKER,
            case_id,
            "parties",
            minister.id,
            "legal_events",
            refusal.id,
            id=r.new_id(),
        ),
    )
    after = dataclasses.replace(
        before,
        subject=dataclasses.replace(before.subject, person=subject, residences=(residence,)),
        relatives=(*before.relatives, mother),
        relative_people=(*before.relative_people, r.PersonFile(mother_person)),
        relative_statuses=(*before.relative_statuses, *statuses),
        requests=(filed, waiting),
        legal_events=(*before.legal_events, refusal),
        pressure_reports=(*before.pressure_reports, report),
        sources=(source,),
        parties=(minister,),
        links=links,
    )
    return CaseEditService(vault).save(CaseEdit(after, before)).case
