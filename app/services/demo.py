# SPDX-License-Identifier: GPL-3.0-or-later
"""Demo vaults full of fictional, realistic cases (names in four scripts, partial dates, timelines).

The cases use the whole v2 model: date ranges and approximate dates, unnamed relatives
("her mother, about 70"), status histories with two statuses at once, requests waiting for
an answer and answered ones, linked pressure reports, sources that disagree, and an
office-wide party (a deputy minister) linked as the decision-maker of refusals.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from app.db import models as m
from app.db.base import utcnow
from app.db.bulk import BulkWriter, bulk_cache
from app.domain.dates import DatePart, PartialDate
from app.domain.prc_id import check_digit
from app.domain.progress import Progress
from app.domain.vocab import (
    Blocked,
    CaseStatus,
    Channel,
    CivilStatus,
    DocumentKind,
    Frequency,
    Lack,
    LinkKind,
    PartyKind,
    PressureActor,
    PressureKind,
    Relationship,
    RelativeStatus,
)
from app.names import keys
from app.names.collation import sort_key
from app.services.demo_people import (
    COUNTIES,
    FATHERS,
    FEMALE,
    KZ_PLACES,
    MALE,
    OCCUPATIONS,
    VILLAGES,
    NamePart,
)
from app.services.demo_timeline import timeline
from app.services.listing_rows import order_keys
from app.services.session import UnlockedVault

#: Cases built in memory and then written with one INSERT per table.
BATCH = 500
#: Cases per transaction.  Every index a demo build writes is keyed by ids made in time order, or (name
#: keys) written in key order, so a commit's pages are mostly new ones and the cost per case stays
#: flat as the vault grows (bench/populate.py: 2.8 ms of CPU per case from 10,000 to 100,000 cases).
#: Larger, a cancel would lose more work and the transaction would outgrow ``bulk_cache``.
TRANSACTION = 5000
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


class CaseBuilder:
    """Writes one fictional case through a BulkWriter."""

    def __init__(self, writer: BulkWriter, rng: random.Random, office_id: str, minister_id: str) -> None:
        self.w = writer
        self.rng = rng
        self.office_id = office_id
        self.minister_id = minister_id  # the office-wide party who signs citizenship refusals

    def link(
        self, kind: LinkKind, case_id: str, source: tuple[str, str], target: tuple[str, str], **extra: Any
    ) -> None:
        """A link (source table, id) → (target table, id) kept with ``case_id``."""
        self.w.add(
            m.Link,
            kind=kind.value,
            case_id=case_id,
            source_table=source[0],
            source_id=source[1],
            target_table=target[0],
            target_id=target[1],
            **extra,
        )

    def person(
        self, given: NamePart, father: NamePart, female: bool, born: PartialDate, place: str, **extra: Any
    ) -> tuple[str, str]:
        """Returns the person's id and primary (Cyrillic) name."""
        person_id = self.w.add(
            m.Person,
            birth_date=born,
            birth_place=place,
            sex="female" if female else "male",
            ethnicity="Kazakh",
            citizenship="PRC" if self.rng.random() < 0.8 else "stateless",
            **extra,
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
        stateless = rng.random() < 0.3
        person_id, name = self.person(
            given,
            father,
            female,
            born,
            f"{county}, {prefecture}",
            occupation=rng.choice(OCCUPATIONS),
            civil_status=rng.choice(list(CivilStatus)).value,
            lacks=[Lack.NO_IIN.value] if stateless else [],
            blocked=[Blocked.BANK_ACCOUNT.value, Blocked.MARRIAGE_REGISTRATION.value] if stateless else [],
        )
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
        self.w.add(
            m.Residence,
            person_id=person_id,
            place=rng.choice(KZ_PLACES),
            country="KZ",
            since=PartialDate(crossed.year + 1, approximate=True),
        )
        status = rng.choice(
            [CaseStatus.INTAKE, CaseStatus.OPEN, CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.CLOSED]
        )
        opened_on = PartialDate.of(crossed + dt.timedelta(days=40))
        case_id = self.w.add(
            m.Case,
            reference=f"D-{number:06d}",
            subject_id=person_id,
            office_id=self.office_id,
            status=status.value,
            opened_on=opened_on,
        )
        self.w.add(
            m.Interview,
            case_id=case_id,
            held_on=opened_on,
            place=rng.choice(KZ_PLACES),
            interviewer="demo",
            language="kk",
            consent_given=True,
            consent_scope="legal-action,share-partners",
            consent_recording="written",
            sections=[["flight", "Crossed the border at night on foot (fictional demo text)."]],
            narrative="Fictional demo account: feared internment, crossed the border, was arrested.",
        )
        testimony, self._deadline = timeline(self, case_id, crossed, today)
        self.relatives(case_id, father, county, prefecture, testimony)
        self.w.add_plain(
            m.CaseListing,
            case_id=case_id,
            subject_name=name,
            sort_name=sort_key(name),
            next_deadline=self._deadline,
            **order_keys(opened_on.isoformat(), self._deadline),
            updated_at=utcnow(),
        )

    def relatives(
        self, case_id: str, father: NamePart, county: str, prefecture: str, testimony: str | None
    ) -> None:
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
            country="CN",
            prefecture=prefecture,
            county=county,
            township=f"{county} township",
            village=rng.choice(VILLAGES),
            last_contact=PartialDate(rng.randint(2018, 2023)),
        )
        since = rng.randint(2017, 2020)
        status = rng.choice(_STATUSES_IN_XINJIANG)
        add(
            m.RelativeStatusEntry,
            case_id=case_id,
            relative_id=relative_id,
            status=status.value,
            started_on=PartialDate(since, approximate=True),
        )
        if status is RelativeStatus.UNDER_SURVEILLANCE:  # two statuses at once
            add(
                m.RelativeStatusEntry,
                case_id=case_id,
                relative_id=relative_id,
                status=RelativeStatus.FORBIDDEN_TO_LEAVE.value,
                started_on=PartialDate(since + 1),
                sort_order=1,
            )
        targets = [relative_id]
        if rng.random() < 0.5:  # the mother, whose name the subject did not give
            mother_person = add(m.Person, sex="female", age=70, age_on=PartialDate(2019, approximate=True))
            mother_id = add(
                m.Relative,
                case_id=case_id,
                person_id=mother_person,
                relationship=Relationship.MOTHER.value,
                country="CN",
                county=county,
                description="her mother, about 70",
            )
            add(
                m.RelativeStatusEntry,
                case_id=case_id,
                relative_id=mother_id,
                status=RelativeStatus.AT_HOME.value,
            )
            targets.append(mother_id)
        detention_id = None
        if rng.random() < 0.5:
            month = rng.randint(1, 12)
            # "between 2017 and March 2018", "May 2018"; "late 2020" or "2020".
            start = PartialDate(2018, month)
            detention_id = add(
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
        occurred = _remembered(rng.randint(2018, 2023), rng.randint(1, 12))
        kind = rng.choice([PressureKind.DEMAND_TO_RETURN, PressureKind.THREAT, PressureKind.PROPERTY_HELD])
        report_id = add(
            m.PressureReport,
            case_id=case_id,
            kinds=[kind.value, PressureKind.VISIT_BY_POLICE.value],
            target_ids=targets,
            frequency=rng.choice(list(Frequency)).value,
            occurred_on=occurred,
            reported_on=PartialDate(occurred.year + 1) if occurred.year else occurred,
            actor=PressureActor.COUNTY_POLICE.value,
            channel=rng.choice(list(Channel)).value,
            reliability="C",
            source_connection="family-member",
            place=county,
            description="Police told the father his son must return by the end of the year (fictional).",
            words="Tell him to come back, or you will answer for it.",
        )
        if detention_id:
            self.link(
                LinkKind.CONCERNS, case_id, ("pressure_reports", report_id), ("detentions", detention_id)
            )
        if testimony:
            self.link(
                LinkKind.MAY_ANSWER, case_id, ("pressure_reports", report_id), ("legal_events", testimony)
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
    """Add ``cases`` fictional cases, ``TRANSACTION`` per transaction; returns how many were added.

    ``progress`` (called every ``BATCH`` cases) may raise ``Cancelled``: transactions already
    committed stay, the current one rolls back, cases reported in it included.
    """
    rng = random.Random(seed)
    today = today or dt.date.today()
    done = 0
    minister_id = ""
    while done < cases:
        with vault.db.transaction() as session, bulk_cache(session.connection()):
            writer = BulkWriter(session, vault.actor, vault.db.clock)
            if not minister_id:
                minister_id = writer.add(
                    m.Party,
                    name="Fictional Deputy Minister of Internal Affairs",
                    kind=PartyKind.OFFICIAL.value,
                    position="deputy minister",
                    organisation="Ministry of Internal Affairs",
                    country="KZ",
                )
            builder = CaseBuilder(writer, rng, vault.actor.office_id, minister_id)
            end = min(done + TRANSACTION, cases)
            while done < end:
                size = min(BATCH, end - done)
                for number in range(done, done + size):
                    builder.case(number + 1, today)
                writer.flush()
                done += size
                if progress:
                    progress(done, cases, "demo")
    return done
