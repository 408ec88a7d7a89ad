# SPDX-License-Identifier: GPL-3.0-or-later
"""A fictional case with a witness at risk (a relative who is also a source), for the purge tests."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.vocab import DocumentKind, LegalEventKind, LinkKind, PressureKind, Relationship, SourceKind
from app.services.cases import CaseService
from app.services.session import UnlockedVault


@dataclass(frozen=True)
class Witness:
    case_id: str
    subject_id: str
    person_id: str
    relative_id: str
    report_id: str
    other_case_id: str


def witness_case(vault: UnlockedVault, secret: str) -> Witness:
    """Case 1: a subject (no secret) and their brother, the witness, whose every record holds
    ``secret``: spellings, a document, a residence, the relative record, a detention, a source that
    is him, a link to him; a pressure report he relayed about himself.  Case 2 links to case 1."""
    cases = CaseService(vault)
    case_id = cases.open_case(
        r.Person(), [r.PersonName("", "Subject Fictional")], r.Case("", "", reference="P-1")
    )
    subject_id = cases.get_case(case_id).subject.person.id
    relative = cases.add_relative(
        r.Relative(case_id, "", Relationship.BROTHER, village=f"village {secret}", notes=f"notes {secret}"),
        r.Person(birth_place=f"born in {secret}", notes=secret),
        [r.PersonName("", f"{secret} Witness"), r.PersonName("", f"Свидетель {secret}")],
    )
    person_id = relative.person_id
    cases.save(r.IdentityDocument(person_id, DocumentKind.PRC_PASSPORT, f"E{secret}", notes=secret))
    cases.save(r.Residence(person_id, place=f"street {secret}", notes=secret))
    cases.save(r.Detention(case_id, relative.id, facility=f"camp {secret}", treatment=secret))
    cases.save(r.Source(case_id, SourceKind.PERSON, person_id, title=f"statement {secret}", notes=secret))
    event = cases.save(r.LegalEvent(case_id, LegalEventKind.OTHER, PartialDate(2019), notes="kept"))
    cases.save(
        r.Link(LinkKind.CONCERNS, case_id, "legal_events", event.id, "relatives", relative.id, note=secret)
    )
    report = cases.save(
        r.PressureReport(
            case_id,
            kinds=(PressureKind.THREAT.value,),
            target_ids=(relative.id,),
            relayed_by_id=person_id,
            description="calls to the family",
        )
    )
    other = cases.open_case(
        r.Person(), [r.PersonName("", "Other Fictional")], r.Case("", "", reference="P-2")
    )
    other_event = cases.save(r.LegalEvent(other, LegalEventKind.OTHER, PartialDate(2020)))
    cases.save(
        r.Link(LinkKind.CONCERNS_CASE, other, "legal_events", other_event.id, "cases", case_id, case_id)
    )
    return Witness(case_id, subject_id, person_id, relative.id, report.id, other)
