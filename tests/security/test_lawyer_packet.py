# SPDX-License-Identifier: GPL-3.0-or-later
"""T39: a lawyer packet carries none of the withheld values (canaries planted in every withheld field,
in old revisions too, grepped for in the decrypted file), never blanks a value at an office that
has it, and a second packet continues the first at the lawyer's office; T40 still holds."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.domain.vocab import DocumentKind, LegalEventKind, LinkKind, PartyKind, Relationship, SourceKind
from app.exchange import age_file
from app.exchange.container import unpack
from app.exchange.redaction import profile
from app.services.bundle import Services
from app.services.case_edit import CaseEdit
from app.services.case_export import CaseExportService
from app.services.case_text import case_text
from app.services.cases import CaseService
from app.services.conflicts import ConflictService
from app.services.exchange import ExchangeService
from app.services.offices import OfficeService
from app.services.session import UnlockedVault
from tests.unit.services.exchange_kit import partnered
from tests.unit.services.v2_kit import v2_case

COUNTY = "Toqquztara (fictional)"
KEPT = ("LP-1", COUNTY, "Серік Жақыпұлы", "Talgar (fictional)", "Fictional Deputy Minister")
#: A person linked only to another case (T40).
ELSEWHERE = "CANARY-other-case-person"


def canary(table: str, field: str) -> str:
    return f"CANARY-{table}-{field}"


def _acquaintance(services: Services, case_id: str, name: str) -> str:
    """A person the case lists among its relatives (how an informant is recorded); their person id."""
    relative = r.Relative(
        case_id, "", Relationship.ACQUAINTANCE, description="an acquaintance on a 14-day visit"
    )
    return services.cases.add_relative(relative, r.Person(), [r.PersonName("", name)]).person_id


def _replace(items: tuple[Any, ...], item_id: str, **changes: Any) -> tuple[Any, ...]:
    return tuple(dataclasses.replace(x, **changes) if x.id == item_id else x for x in items)


def _person_file(items: tuple[r.PersonFile, ...], person_id: str, **changes: Any) -> tuple[r.PersonFile, ...]:
    return tuple(dataclasses.replace(p, **changes) if p.person.id == person_id else p for p in items)


def lawyer_case(services: Services) -> tuple[r.CaseFile, set[str]]:
    """A v2 case with a canary in every field the lawyer profile withholds, in an older revision too,
    and in the names of the visitor who relayed a report and of the informant (the subject's own
    document and residence keep theirs); returns the case as stored and the canaries."""
    case_id = v2_case(services, "LP-1").case.id
    visitor = _acquaintance(services, case_id, canary("pressure_reports", "relayed_by_id"))
    informant = _acquaintance(services, case_id, canary("sources", "person_id"))
    stored = services.cases.get_case(case_id)
    subject = stored.subject
    father = next(x for x in stored.relatives if x.relationship == Relationship.FATHER)
    f = father.person_id
    party = services.parties.save(
        r.Party("Fictional Deputy Minister", PartyKind.OFFICIAL, notes=canary("parties", "notes"))
    )
    report = dataclasses.replace(
        stored.pressure_reports[0], relayed_by_id=visitor, place=canary("pressure_reports", "place")
    )
    father_person = next(p.person for p in stored.relative_people if p.person.id == f)
    edit = dataclasses.replace(
        stored,
        subject=dataclasses.replace(
            subject,
            person=dataclasses.replace(subject.person, notes=canary("persons", "notes")),
            documents=(
                dataclasses.replace(subject.documents[0], notes=canary("identity_documents", "notes")),
            ),
            residences=(
                r.Residence(
                    subject.person.id,
                    "Talgar (fictional)",
                    notes=canary("residences", "notes"),
                    id=r.new_id(),
                ),
            ),
        ),
        relatives=_replace(
            stored.relatives,
            father.id,
            county=COUNTY,
            township=canary("relatives", "township"),
            village="CANARY-old-village",  # an older revision's value: replaced below
            notes=canary("relatives", "notes"),
        ),
        relative_people=_person_file(
            stored.relative_people,
            f,
            person=dataclasses.replace(father_person, birth_place=canary("persons", "birth_place")),
            documents=(
                r.IdentityDocument(
                    f,
                    DocumentKind.PRC_RESIDENT_ID,
                    canary("identity_documents", "number"),
                    canary("identity_documents", "issuer"),
                    id=r.new_id(),
                ),
            ),
            residences=(
                r.Residence(f, canary("residences", "place"), canary("residences", "region"), id=r.new_id()),
            ),
        ),
        relative_statuses=_replace(
            stored.relative_statuses,
            stored.relative_statuses[0].id,
            notes=canary("relative_statuses", "notes"),
        ),
        pressure_reports=(report,),
        sources=_replace(
            stored.sources,
            stored.sources[0].id,
            kind=SourceKind.PERSON,
            person_id=informant,
            notes=canary("sources", "notes"),
        ),
        interviews=(
            r.Interview(
                case_id, language="kk", interpreter=canary("interviews", "interpreter"), id=r.new_id()
            ),
        ),
        links=(
            r.Link(
                LinkKind.PERPETRATOR,
                case_id,
                "parties",
                party.id,
                "pressure_reports",
                report.id,
                id=r.new_id(),
            ),
        ),
        parties=(party,),
    )
    saved = services.case_edits.save(CaseEdit(edit, stored)).case
    father = next(x for x in saved.relatives if x.id == father.id)
    services.cases.save(dataclasses.replace(father, village=canary("relatives", "village")))
    other = services.cases.open_case(r.Person(), [r.PersonName("", "Ерлан Сейітұлы (fictional)")])
    services.cases.add_relative(r.Relative(other, ""), r.Person(), [r.PersonName("", ELSEWHERE)])
    lawyer = profile("lawyer")
    planted = {
        canary(table, name)
        for fields in (lawyer.withhold, lawyer.withhold_from_others)
        for table, names in fields.items()
        for name in names
    }
    return services.cases.get_case(saved.case.id), planted | {"CANARY-old-village", ELSEWHERE}


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[UnlockedVault, UnlockedVault, UnlockedVault]]:
    """The office A, the lawyer L, and a partner office B that gets A's full syncs."""
    with partnered(tmp_path, "ALB") as offices:
        yield offices


def test_t39_a_lawyer_packet_holds_no_withheld_value_and_never_blanks_one(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, lawyer, b = offices
    case, canaries = lawyer_case(Services.for_vault(a))
    case_id = case.case.id
    ExchangeService(a).export(tmp_path / "sync.pana", to=[b.actor.office_id])
    ExchangeService(b).import_bundle((tmp_path / "sync.pana").read_bytes())

    out = tmp_path / "packet.pana"
    to = [lawyer.actor.office_id, b.actor.office_id]
    ExchangeService(a).export(out, to=to, cases=[case_id], profile="lawyer")
    data = out.read_bytes()
    for reader in (lawyer, a):
        plain = age_file.decrypt(data, OfficeService(reader).own_identities())
        found = [c for c in sorted(canaries) if c.encode() in plain]
        assert found == [], found
        assert all(kept.encode() in plain for kept in KEPT)
    container = unpack(plain, lambda manifest, signed, signature: None)
    assert container.manifest["profile"] == "lawyer"

    before = CaseService(a).get_case(case_id)
    assert before == CaseService(b).get_case(case_id)
    assert ExchangeService(a).import_bundle(data).already_imported  # the sender's own file
    report = ExchangeService(b).import_bundle(data)  # an office that has the real values
    assert report.bundle.profile == "lawyer" and report.withheld > 0
    assert report.merge is not None and report.merge.conflicts == () and report.merge.merges
    assert CaseService(b).get_case(case_id) == before  # nothing blanked
    assert ConflictService(b).count() == 0

    received = ExchangeService(lawyer).import_bundle(data)
    assert received.merge is not None and received.merge.conflicts == () and received.withheld > 0
    at_lawyer = CaseService(lawyer).get_case(case_id)
    father = next(x for x in at_lawyer.relatives if x.relationship == Relationship.FATHER)
    assert (father.county, father.township, father.village) == (COUNTY, "", "")
    assert at_lawyer.pressure_reports[0].relayed_by_id is None and at_lawyer.sources[0].person_id is None
    assert at_lawyer.subject.residences[0].place == "Talgar (fictional)"
    assert at_lawyer.subject.documents[0].number == case.subject.documents[0].number
    father_file = at_lawyer.person(father.person_id)
    assert father_file is not None and father_file.documents[0].number == ""
    assert father_file.display_name == "Серік Жақыпұлы"
    assert len(at_lawyer.relatives) == len(case.relatives)  # the informants too, unnamed
    assert sum(1 for p in at_lawyer.relative_people if not p.names) == 3  # the mother and the two
    assert "CANARY" not in repr(at_lawyer)
    shown = case_text(CaseExportService(lawyer).read(case_id, "text"))
    assert "\nWithheld by the sending office (" in shown
    assert "relative Серік Жақыпұлы (father): notes, township, village\n" in shown
    assert "Withheld" not in case_text(CaseExportService(a).read(case_id, "text"))


def test_t39_a_second_packet_fast_forwards_and_the_office_sync_mark_stays(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, lawyer, b = offices
    services = Services.for_vault(a)
    case, canaries = lawyer_case(services)
    case_id = case.case.id
    exchange = ExchangeService(a)
    exchange.export(tmp_path / "sync.pana", to=[b.actor.office_id])
    first = tmp_path / "packet-1.pana"
    exchange.export(first, to=[lawyer.actor.office_id], cases=[case_id], profile="lawyer")
    ExchangeService(lawyer).import_bundle(first.read_bytes())

    father = next(x for x in case.relatives if x.relationship == Relationship.FATHER)
    services.cases.save(dataclasses.replace(father, village="CANARY-new-village", county="Gongliu"))
    refusal = r.LegalEvent(case_id, LegalEventKind.TRAVEL_DOCUMENT_REFUSED, id=r.new_id())
    services.cases.save(refusal)
    second = tmp_path / "packet-2.pana"
    exchange.export(second, to=[lawyer.actor.office_id, b.actor.office_id], cases=[case_id], profile="lawyer")
    plain = age_file.decrypt(second.read_bytes(), OfficeService(lawyer).own_identities())
    assert b"CANARY-new-village" not in plain and not [c for c in canaries if c.encode() in plain]

    report = ExchangeService(lawyer).import_bundle(second.read_bytes())
    merge = report.merge
    assert merge is not None and merge.conflicts == () and merge.merges == () and merge.conflicted == ()
    assert ("relatives", father.id) in merge.fast_forwards
    assert ("legal_events", refusal.id) in merge.new
    at_lawyer = CaseService(lawyer).get_case(case_id)
    assert next(x for x in at_lawyer.relatives if x.id == father.id).county == "Gongliu"
    assert refusal.id in {e.id for e in at_lawyer.legal_events}

    # The packets went to B too, but B's "since the last bundle" is still the last full sync.
    since = tmp_path / "since.pana"
    assert exchange.export(since, to=[b.actor.office_id], since_last=True).revisions >= 2
    assert b"CANARY-new-village" in age_file.decrypt(since.read_bytes(), OfficeService(b).own_identities())


def test_a_lawyer_packet_of_the_whole_vault_or_of_recent_changes_is_refused(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, lawyer, _ = offices
    case_id = lawyer_case(Services.for_vault(a))[0].case.id
    to = [lawyer.actor.office_id]
    for kwargs, kind in (
        ({}, "profile-needs-cases"),
        ({"cases": [case_id], "since_last": True}, "profile-whole-history"),
        ({"cases": [case_id], "profile": "press"}, "unknown-profile"),
    ):
        with pytest.raises(ValidationError) as refused:
            ExchangeService(a).export(tmp_path / "x.pana", to=to, **{"profile": "lawyer", **kwargs})
        assert refused.value.kind == kind
    assert not (tmp_path / "x.pana").exists()


def test_the_lawyers_edits_keep_withheld_fields_withheld_and_blank_nothing_back_at_the_office(
    offices: tuple[UnlockedVault, UnlockedVault, UnlockedVault], tmp_path: Path
) -> None:
    a, lawyer, _ = offices
    case, _ = lawyer_case(Services.for_vault(a))
    case_id = case.case.id
    packet = tmp_path / "packet.pana"
    ExchangeService(a).export(packet, to=[lawyer.actor.office_id], cases=[case_id], profile="lawyer")
    ExchangeService(lawyer).import_bundle(packet.read_bytes())
    at_lawyer = CaseService(lawyer).get_case(case_id)
    father = next(x for x in at_lawyer.relatives if x.relationship == Relationship.FATHER)
    CaseService(lawyer).save(dataclasses.replace(father, last_contact=PartialDate(2024, 3)))

    back = tmp_path / "back.pana"
    ExchangeService(lawyer).export(back, to=[a.actor.office_id], cases=[case_id])
    plain = age_file.decrypt(back.read_bytes(), OfficeService(a).own_identities())
    assert b'"village":""' not in plain and b'"township":""' not in plain  # never sent as empty
    report = ExchangeService(a).import_bundle(back.read_bytes())
    assert report.merge is not None and {c.field for c in report.merge.conflicts} <= {"last_contact"}
    at_office = next(x for x in CaseService(a).get_case(case_id).relatives if x.id == father.id)
    assert at_office.village == canary("relatives", "village")
    assert (at_office.township, at_office.notes) == (
        canary("relatives", "township"),
        canary("relatives", "notes"),
    )
    assert at_office.last_contact == PartialDate(2024, 3)
