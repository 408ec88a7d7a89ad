# SPDX-License-Identifier: GPL-3.0-or-later
"""Demo vaults full of fictional, realistic cases (names in four scripts, partial dates, timelines)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from app.db import models as m
from app.db.base import utcnow
from app.db.bulk import BulkWriter
from app.domain.dates import DatePart, PartialDate
from app.domain.prc_id import check_digit
from app.domain.vocab import (
    CaseStatus,
    Channel,
    DocumentKind,
    LegalEventKind,
    PressureActor,
    PressureKind,
    Relationship,
    RelativeStatus,
)
from app.names import keys
from app.names.collation import sort_key
from app.services.demo_people import COUNTIES, CROSSINGS, FATHERS, FEMALE, KZ_PLACES, MALE, VILLAGES, NamePart
from app.services.session import UnlockedVault

Progress = Callable[[int, int, str], None]
BATCH = 500
#: A relative living in a Xinjiang county: statuses that fit someone still there.
_STATUSES_IN_XINJIANG = (
    RelativeStatus.AT_HOME,
    RelativeStatus.UNDER_SURVEILLANCE,
    RelativeStatus.DETAINED,
    RelativeStatus.IN_CAMP,
    RelativeStatus.IMPRISONED,
    RelativeStatus.RELEASED,
    RelativeStatus.FORBIDDEN_TO_LEAVE,
)
MIGRATION_LAW = "Law on Migration No. 477-IV of 22 July 2011, Art. 49"


class _CaseBuilder:
    """Writes one fictional case through a BulkWriter."""

    def __init__(self, writer: BulkWriter, rng: random.Random, office_id: str) -> None:
        self.w = writer
        self.rng = rng
        self.office_id = office_id

    def person(
        self, given: NamePart, father: NamePart, female: bool, born: PartialDate, place: str
    ) -> tuple[str, str]:
        """Returns the person's id and primary (Cyrillic) name."""
        person_id = self.w.add(
            m.Person,
            birth_date=born,
            birth_place=place,
            sex="female" if female else "male",
            ethnicity="Kazakh",
            citizenship="PRC" if self.rng.random() < 0.8 else "stateless",
        )
        suffix_cyr, suffix_lat = ("қызы", "qyzy") if female else ("ұлы", "ūly")
        spellings = [
            (f"{given.cyrillic} {father.cyrillic}{suffix_cyr}", "Cyrl", "kk-cyrl", True),
            (f"{given.latin} {father.latin}{suffix_lat}", "Latn", "kk-latn-2021", False),
            (f"{given.arabic} {father.arabic}", "Arab", "kk-arab", False),
            (f"{given.chinese}·{father.chinese}", "Hani", "zh-transcription", False),
        ]
        for text, script, scheme, primary in spellings:
            name_id = self.w.add(
                m.PersonName, person_id=person_id, text=text, script=script, scheme=scheme, is_primary=primary
            )
            for key in keys(text):
                self.w.add_plain(m.NameKey, key=key, name_id=name_id, person_id=person_id, text=text)
        return person_id, spellings[0][0]

    def case(self, number: int, today: dt.date) -> None:
        rng = self.rng
        female = rng.random() < 0.45
        given, father = rng.choice(FEMALE if female else MALE), rng.choice(FATHERS)
        county, prefecture, region = rng.choice(COUNTIES)
        birth = dt.date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))
        precision = rng.random()
        born = PartialDate(birth.year) if precision < 0.2 else PartialDate.of(birth)
        person_id, name = self.person(given, father, female, born, f"{county}, {prefecture}")
        sequence = rng.randrange(0, 999, 2) + (0 if female else 1)
        first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
        self.w.add(
            m.IdentityDocument,
            person_id=person_id,
            kind=DocumentKind.PRC_RESIDENT_ID.value,
            number=first17 + check_digit(first17),
            issuer=f"{county} county public security bureau",
        )
        crossed = dt.date(rng.randint(2016, 2021), rng.randint(1, 12), rng.randint(1, 28))
        status = rng.choice(
            [CaseStatus.INTAKE, CaseStatus.OPEN, CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.CLOSED]
        )
        case_id = self.w.add(
            m.Case,
            reference=f"D-{number:06d}",
            subject_id=person_id,
            office_id=self.office_id,
            status=status.value,
            opened_on=PartialDate.of(crossed + dt.timedelta(days=40)),
        )
        self.w.add(
            m.Interview,
            case_id=case_id,
            held_on=PartialDate.of(crossed + dt.timedelta(days=40)),
            place=rng.choice(KZ_PLACES),
            interviewer="demo",
            language="kk",
            consent_given=True,
            consent_scope="documentation-only,legal-action",
            consent_recording="written",
            sections=[["flight", "Crossed the border at night on foot (fictional demo text)."]],
            narrative="Fictional demo account: feared internment, crossed the border, was arrested.",
        )
        self.timeline(case_id, crossed, today)
        self.relatives(case_id, father, county, prefecture)
        self.w.add_plain(
            m.CaseListing,
            case_id=case_id,
            subject_name=name,
            sort_name=sort_key(name),
            next_deadline=self._deadline,
            updated_at=utcnow(),
        )

    def timeline(self, case_id: str, crossed: dt.date, today: dt.date) -> None:
        rng, add = self.rng, self.w.add
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
        add(
            m.LegalEvent,
            **event,
            kind=LegalEventKind.TRIAL.value,
            date=PartialDate.of(trial),
            authority=court,
            reference_number=f"2-{rng.randint(100, 9999)}/{trial.year % 100}",
        )
        add(
            m.LegalEvent,
            **event,
            kind=LegalEventKind.SENTENCE.value,
            date=PartialDate.of(trial),
            authority=court,
            term_months=rng.choice([6, 12, 18]),
            suspended=rng.random() < 0.6,
            detention_credit_days=rng.randint(30, 180),
            outcome="deportation not ordered",
        )
        add(
            m.LegalEvent,
            **event,
            kind=LegalEventKind.ASYLUM_APPLICATION.value,
            date=PartialDate.of(trial + dt.timedelta(days=30)),
            authority="Migration service, Almaty",
        )
        issued = trial + dt.timedelta(days=rng.randint(90, 200))
        add(
            m.LegalEvent,
            **event,
            kind=LegalEventKind.CERTIFICATE_ISSUED.value,
            date=PartialDate.of(issued),
            valid_until=PartialDate.of(issued + dt.timedelta(days=365)),
        )
        valid = issued + dt.timedelta(days=365)
        while valid + dt.timedelta(days=300) < today:
            add(
                m.LegalEvent,
                **event,
                kind=LegalEventKind.CERTIFICATE_EXTENDED.value,
                date=PartialDate.of(valid),
                valid_until=PartialDate.of(valid + dt.timedelta(days=365)),
            )
            valid += dt.timedelta(days=365)
        self._deadline = valid.isoformat()
        if rng.random() < 0.5:
            add(
                m.LegalEvent,
                **event,
                kind=LegalEventKind.CITIZENSHIP_REFUSED.value,
                date=PartialDate(issued.year + 1),
                authority="Ministry of Internal Affairs",
                legal_basis=MIGRATION_LAW,
            )
        if rng.random() < 0.4:
            add(
                m.LegalEvent,
                **event,
                kind=LegalEventKind.TRAVEL_DOCUMENT_REQUESTED.value,
                date=PartialDate(issued.year + 1, rng.randint(1, 12)),
                legal_basis="Law on Refugees, Art. 9",
            )

    def relatives(self, case_id: str, father: NamePart, county: str, prefecture: str) -> None:
        rng, add = self.rng, self.w.add
        grandfather = rng.choice(FATHERS)
        parent_id, _ = self.person(
            father, grandfather, False, PartialDate(rng.randint(1930, 1960), approximate=True), county
        )
        relative_id = add(
            m.Relative,
            case_id=case_id,
            person_id=parent_id,
            relationship=Relationship.FATHER.value,
            country="PRC",
            prefecture=prefecture,
            county=county,
            township=f"{county} township",
            village=rng.choice(VILLAGES),
            status=rng.choice(_STATUSES_IN_XINJIANG).value,
            last_contact=PartialDate(rng.randint(2018, 2023)),
        )
        if rng.random() < 0.5:
            month = rng.randint(1, 12)
            # "between 2017 and March 2018", "May 2018"; "late 2020" or "2020".
            start = PartialDate(2018, month)
            add(
                m.Detention,
                case_id=case_id,
                relative_id=relative_id,
                facility='"vocational training centre"',
                place=county,
                started_on=PartialDate.between(PartialDate(2017), start) if month <= 3 else start,
                ended_on=PartialDate(2020, part=DatePart.LATE) if month % 2 else PartialDate(2020),
                stated_reason="son fled abroad",
                treatment="political indoctrination; health damaged",
            )
        add(
            m.PressureReport,
            case_id=case_id,
            relative_id=relative_id,
            occurred_on=_remembered(rng.randint(2018, 2023), rng.randint(1, 12)),
            kind=rng.choice(
                [PressureKind.DEMAND_TO_RETURN, PressureKind.THREAT, PressureKind.PROPERTY_HELD]
            ).value,
            actor=PressureActor.COUNTY_POLICE.value,
            channel=rng.choice(list(Channel)).value,
            reliability="medium",
            source_connection="family-member",
            place=county,
            description="Police told the father his son must return by the end of the year (fictional).",
        )


def _remembered(year: int, month: int) -> PartialDate:
    """A month, or its early / mid / late part for every third month (no random number drawn)."""
    if month % 3:
        return PartialDate(year, month)
    return PartialDate(year, month, part=list(DatePart)[year % 3])


def populate(
    vault: UnlockedVault,
    cases: int,
    *,
    seed: int = 2024,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> int:
    """Add ``cases`` fictional cases in batches of one transaction each; returns how many were added.

    ``progress`` may raise ``Cancelled``: batches already written stay, the current one rolls back.
    """
    rng = random.Random(seed)
    today = today or dt.date.today()
    done = 0
    while done < cases:
        size = min(BATCH, cases - done)
        with vault.db.transaction() as session:
            writer = BulkWriter(session, vault.actor, vault.db.clock)
            builder = _CaseBuilder(writer, rng, vault.actor.office_id)
            for number in range(done, done + size):
                builder.case(number + 1, today)
            writer.flush()
        done += size
        if progress:
            progress(done, cases, "demo")
    return done
