# SPDX-License-Identifier: GPL-3.0-or-later
"""A generated set of fictional cases for the analysts' export tests: names in four scripts, document
and reference numbers, townships and villages, and every kind of partial date.

``Secrets`` lists what an anonymised export must never contain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import (
    Channel,
    DocumentKind,
    LegalEventKind,
    PressureActor,
    PressureKind,
    Relationship,
    RelativeStatus,
    Reliability,
    RequestKind,
)
from app.services.bundle import Services
from app.services.case_edit import CaseEdit

#: Spellings of fictional people, one list per script (a case takes its names by index).
CYRILLIC = ("Нұрлан Сынақұлы", "Айгүл Тестқызы", "Ержан Үлгіұлы")
LATIN = ("Aibek Synaqov", "Gulnar Testova", "Marat Ulgiev")
ARABIC = ("نۇرلان سىناق", "ايگۇل تەست", "ەرجان ۇلگى")
CHINESE = ("努尔兰·希纳克", "阿依古丽·泰斯特", "叶尔江·吾力吉")

COUNTIES = ("Tekes County", "Nilka County", "Текес ауданы", "تېكەس ناھىيىسى", "特克斯县")
DATES = (
    PartialDate(2019, 3, 14),
    PartialDate(2019, 3),
    PartialDate(2019, approximate=True),
    PartialDate(2019, 12, part="early"),
    PartialDate.parse("[2017..2019]"),
    PartialDate.parse("[2019-12-21..2020-01-05]"),
    PartialDate(2020, 10, 2, approximate=True),
    PartialDate(),
)


@dataclass
class Secrets:
    names: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    free_text: list[str] = field(default_factory=list)

    def all(self) -> list[str]:
        return [*self.names, *self.numbers, *self.places, *self.free_text]


def _names(person_id: str, i: int) -> tuple[r.PersonName, ...]:
    k = i % 3
    spellings = (f"{CYRILLIC[k]} {i}", f"{LATIN[k]} {i}", f"{ARABIC[k]} {i}", f"{CHINESE[k]}{i}")
    return tuple(
        r.PersonName(person_id, text, is_primary=n == 0, id=r.new_id()) for n, text in enumerate(spellings)
    )


def report_cases(services: Services, count: int = 12) -> Secrets:
    """``count`` cases, each with three relatives, events of every type and two pressure reports."""
    secrets = Secrets()
    office = services.vault.actor.office_id
    for i in range(count):
        subject = r.Person(birth_date=PartialDate(1980 + i % 20, 1 + i % 12, 1 + i % 28), id=r.new_id())
        names = _names(subject.id, i)
        passport = f"PASSNO{i:05d}"
        document = r.IdentityDocument(subject.id, DocumentKind.PRC_PASSPORT, passport, id=r.new_id())
        reference = f"CASEREF{i:04d}"
        case = r.Case(
            subject.id,
            office,
            reference=reference,
            opened_on=DATES[i % len(DATES)],
            summary=f"Summary naming {names[1].text}",
            id=r.new_id(),
        )
        relatives, people = [], []
        kin = (Relationship.FATHER, Relationship.SISTER, Relationship.TOWNSPERSON)
        for n, relationship in enumerate(kin):
            person = r.Person(birth_date=PartialDate(1950 + n, 5, 5), id=r.new_id())
            relative_names = _names(person.id, 100 * i + n + 1000)
            people.append(r.PersonFile(person, relative_names))
            township, village = f"Township{i}x{n}", f"Village{i}x{n}"
            relatives.append(
                r.Relative(
                    case.id,
                    person.id,
                    relationship,
                    country="China",
                    prefecture="Ili",
                    county=COUNTIES[(i + n) % len(COUNTIES)],
                    township=township,
                    village=village,
                    description=f"described as {relative_names[0].text}",
                    notes=f"note about {relative_names[2].text}",
                    id=r.new_id(),
                )
            )
            secrets.names += [x.text for x in relative_names]
            secrets.places += [township, village]
        statuses = tuple(
            r.RelativeStatusEntry(case.id, relatives[0].id, status, date, id=r.new_id())
            for status, date in (
                (RelativeStatus.IN_CAMP, PartialDate(2018)),
                (RelativeStatus.RELEASED, PartialDate(2019, 6)),
            )
        )
        event_number, request_number, answer_number = f"EVNO{i:05d}", f"REQNO{i:05d}", f"ANSNO{i:05d}"
        official, interviewer, facility = f"Judge Fictitious{i}", f"Interviewer Fictitious{i}", f"Camp{i}x"
        events = (
            r.LegalEvent(
                case.id,
                LegalEventKind.ARREST,
                DATES[(i + 1) % len(DATES)],
                place=f"Checkpoint{i}x",
                authority=official,
                reference_number=event_number,
                notes=f"notes naming {names[0].text}",
                id=r.new_id(),
            ),
        )
        requests = (
            r.Request(
                case.id,
                RequestKind.CITIZENSHIP,
                "Ministry",
                DATES[(i + 2) % len(DATES)],
                reference_number=request_number,
                answer_reference=answer_number,
                asked=f"asked for {names[2].text}",
                id=r.new_id(),
            ),
        )
        detentions = (
            r.Detention(
                case.id,
                relatives[0].id,
                facility=facility,
                place=f"Village{i}x0",
                started_on=DATES[(i + 3) % len(DATES)],
                stated_reason=f"reason naming {names[3].text}",
                id=r.new_id(),
            ),
        )
        interviews = (
            r.Interview(
                case.id,
                DATES[(i + 4) % len(DATES)],
                place=f"Township{i}x1",
                interviewer=interviewer,
                language="kk",
                consent_given=True,
                consent_scope="legal-action,advocacy-anonymised",
                consent_recording="written",
                id=r.new_id(),
            ),
        )
        reports = tuple(
            r.PressureReport(
                case.id,
                (PressureKind.VISIT_BY_POLICE.value, PressureKind.THREAT.value)[: 1 + n],
                tuple(x.id for x in relatives[: 1 + n]),
                occurred_on=DATES[(i + 5 + n) % len(DATES)],
                reported_on=PartialDate(2021, 2, 3),
                relayed_by_id=relatives[2].person_id,
                actor=PressureActor.COUNTY_POLICE.value,
                channel=Channel.PHONE_CALL.value,
                reliability=Reliability.USUALLY_RELIABLE,
                place=f"Village{i}x1",
                description=f"they asked about {names[1].text}",
                words=f"tell {names[0].text} to come home",
                id=r.new_id(),
            )
            for n in range(2)
        )
        case_file = r.CaseFile(
            case,
            r.PersonFile(subject, names, (document,)),
            relatives=tuple(relatives),
            relative_people=tuple(people),
            legal_events=events,
            requests=requests,
            detentions=detentions,
            interviews=interviews,
            pressure_reports=reports,
            relative_statuses=statuses,
        )
        services.case_edits.save(CaseEdit(case_file))
        secrets.names += [x.text for x in names] + [official, interviewer]
        secrets.numbers += [passport, reference, event_number, request_number, answer_number]
        secrets.places += [facility, f"Checkpoint{i}x"]
    return secrets
