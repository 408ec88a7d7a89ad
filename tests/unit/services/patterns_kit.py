# SPDX-License-Identifier: GPL-3.0-or-later
"""A generated data set for the pattern tests: random kinds, targets, counties and (partial) dates,
written in bulk, and kept as plain Python so the tests can count it without SQL."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from app.db import models as m
from app.db.bulk import BulkWriter
from app.db.revisions import save
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import PressureActor, PressureKind, Relationship
from app.services.listing_rows import order_keys
from app.services.session import UnlockedVault

COUNTIES = ("Құлжа ауданы", "Ghulja", "伊宁县", "قۇلجا ناھىيىسى", "Tekes", "")
KINDS = tuple(k.value for k in PressureKind)[:8]
ACTORS = tuple(a.value for a in PressureActor)[:5]
RELATIONSHIPS = tuple(x.value for x in Relationship)[:7]


@dataclass(frozen=True)
class GenDate:
    """A stored date text and what the test expects of it, worked out here by hand."""

    text: str
    first: dt.date | None
    last: dt.date | None
    month: str  # "YYYY-MM" or "" (no month)


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def gen_date(rng: random.Random) -> GenDate:
    year, month, day = rng.randint(2016, 2021), rng.randint(1, 12), rng.randint(1, 28)
    ym = f"{year:04d}-{month:02d}"
    start, end = dt.date(year, month, 1), _month_end(year, month)
    form = rng.randrange(9)
    if form == 0:
        return GenDate(f"{ym}-{day:02d}", dt.date(year, month, day), dt.date(year, month, day), ym)
    if form == 1:
        return GenDate(ym, start, end, ym)
    if form == 2:
        return GenDate(f"{ym}~", start, end, ym)
    if form == 3:
        return GenDate(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "")
    if form == 4:
        return GenDate(f"{ym}-mid", dt.date(year, month, 11), dt.date(year, month, 20), ym)
    if form == 5:
        return GenDate(f"{year}-late", dt.date(year, 9, 1), dt.date(year, 12, 31), "")
    if form == 6:
        return GenDate(f"[{ym}-02..{ym}-09]", dt.date(year, month, 2), dt.date(year, month, 9), ym)
    if form == 7 and month < 12:
        nxt = f"{year:04d}-{month + 1:02d}"
        return GenDate(f"[{ym}..{nxt}]", start, _month_end(year, month + 1), "")
    return GenDate("", None, None, "")


@dataclass
class GenRelative:
    id: str
    relationship: str
    county: str


@dataclass
class GenReport:
    id: str
    case_id: str
    kinds: list[str]
    targets: list[str]
    actor: str
    reliability: str
    date: GenDate


@dataclass
class GenDetention:
    id: str
    case_id: str
    relative_id: str | None
    date: GenDate


@dataclass
class DataSet:
    offices: list[str]
    case_office: dict[str, str] = field(default_factory=dict)
    case_reference: dict[str, str] = field(default_factory=dict)
    relatives: dict[str, GenRelative] = field(default_factory=dict)
    reports: list[GenReport] = field(default_factory=list)
    detentions: list[GenDetention] = field(default_factory=list)


def generate(vault: UnlockedVault, cases: int = 60, seed: int = 11) -> DataSet:
    """Write ``cases`` fictional cases in two offices with random pressure reports and detentions."""
    rng = random.Random(seed)
    with vault.db.transaction() as session:
        other = r.new_id()
        save(session, m.Office, r.Office("Second Office Taldykorgan", id=other), vault.actor, vault.db.clock)
    data = DataSet([vault.actor.office_id, other])
    with vault.db.transaction() as session:
        writer = BulkWriter(session, vault.actor, vault.db.clock)
        for number in range(cases):
            _case(writer, rng, data, number)
        writer.flush()
    return data


def _case(writer: BulkWriter, rng: random.Random, data: DataSet, number: int) -> None:
    subject = writer.add(m.Person)
    office = rng.choice(data.offices)
    reference = f"PT-{number:03d}"
    case_id = writer.add(m.Case, reference=reference, subject_id=subject, office_id=office)
    writer.add_plain(
        m.CaseListing, case_id=case_id, subject_name=f"Fictional Person {number}", **order_keys("", "")
    )
    data.case_office[case_id], data.case_reference[case_id] = office, reference
    relatives = []
    for _ in range(rng.randrange(4)):
        person = writer.add(m.Person)
        relative = GenRelative("", rng.choice(RELATIONSHIPS), rng.choice(COUNTIES))
        relative.id = writer.add(
            m.Relative,
            case_id=case_id,
            person_id=person,
            relationship=relative.relationship,
            county=relative.county,
        )
        data.relatives[relative.id] = relative
        relatives.append(relative.id)
    for _ in range(rng.randrange(6)):
        report = GenReport(
            "",
            case_id,
            rng.sample(KINDS, rng.randrange(4)),
            rng.sample(relatives, rng.randint(0, len(relatives))),
            rng.choice(ACTORS),
            rng.choice("ABCDEF"),
            gen_date(rng),
        )
        report.id = writer.add(
            m.PressureReport,
            case_id=case_id,
            kinds=report.kinds,
            target_ids=report.targets,
            actor=report.actor,
            reliability=report.reliability,
            occurred_on=PartialDate.parse(report.date.text),
        )
        data.reports.append(report)
    for _ in range(rng.randrange(3)):
        relative_id = rng.choice([None, *relatives])
        detention = GenDetention("", case_id, relative_id, gen_date(rng))
        detention.id = writer.add(
            m.Detention,
            case_id=case_id,
            relative_id=relative_id,
            started_on=PartialDate.parse(detention.date.text),
        )
        data.detentions.append(detention)
