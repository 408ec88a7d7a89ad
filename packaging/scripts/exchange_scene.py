# SPDX-License-Identifier: GPL-3.0-or-later
"""A partner office for the exchange screenshots: it received some demo cases, changed them (one as
the demo office did too: a conflict), and entered a person the demo office already has under
another spelling; its bundle back to the demo office is what the import dialog shows."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.domain import records as r
from app.domain.vocab import CaseStatus
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.listing import ListingService
from app.services.offices import OfficeService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

SHARED_CASES = 6
PARTNER = "Partner office Taraz"


def partner_scene(demo: UnlockedVault, work: Path, kdf: KdfParams) -> Path:
    """A partner office made in ``work`` (each office adds the other's card) and its file for ``demo``."""
    partner = (
        VaultService(work / "partner-taraz", kdf=kdf)
        .create(
            office_name=PARTNER,
            username="dana",
            passphrase="partner passphrase 2024",  # noqa: S106 (throw-away)
        )
        .vault
    )
    try:
        for one, other in ((demo, partner), (partner, demo)):
            offices = OfficeService(one)
            offices.add_partner(offices.read_card(OfficeService(other).own_card()))
        return partner_bundle(demo, partner, work)
    finally:
        partner.lock()


def partner_bundle(demo: UnlockedVault, partner: UnlockedVault, work: Path) -> Path:
    """The file ``partner`` sends ``demo`` (both unlocked, each the other's partner already)."""
    demo_id, partner_id = demo.actor.office_id, partner.actor.office_id
    shared = [row.id for row in ListingService(demo).page(r.CaseFilter(), limit=SHARED_CASES).rows]
    first = work / "to-partner.age"
    ExchangeService(demo).export(first, to=[partner_id], cases=shared, attachments=False)
    ExchangeService(partner).import_bundle(first.read_bytes())
    theirs, ours = CaseService(partner), CaseService(demo)
    for number, case_id in enumerate(shared[:3]):
        case = theirs.get_case(case_id).case
        theirs.save(dataclasses.replace(case, status=CaseStatus.OPEN, reference=f"SH-{number + 1}"))
    case = ours.get_case(shared[2]).case
    ours.save(dataclasses.replace(case, reference="ALM-2024-17"))  # the same field, another value
    # Someone the demo office has (not among the shared cases), entered there under a Latin spelling
    # with the same birth date.
    known = ours.get_case(ListingService(demo).page(r.CaseFilter(), at=SHARED_CASES, limit=1).rows[0].id)
    latin = next((n.text for n in known.subject.names if n.script == "Latn"), known.subject.names[-1].text)
    theirs.open_case(
        r.Person(birth_date=known.subject.person.birth_date),
        [r.PersonName("", latin, is_primary=True)],
        r.Case("", "", reference="SH-4", summary="Came to the Taraz office in spring."),
    )
    back = work / "from-partner.age"
    ExchangeService(partner).export(back, to=[demo_id], attachments=False)
    return back
