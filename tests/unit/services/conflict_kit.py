# SPDX-License-Identifier: GPL-3.0-or-later
"""Two fictional offices that edited one field of one case apart and exchanged files both ways:
the same conflict is open at both, with the same provisional value."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

from app.domain import records as r
from app.domain.vocab import Relationship
from app.services.cases import CaseService
from app.services.exchange import ExchangeService
from app.services.session import UnlockedVault

_FILES = itertools.count(1)


def send(source: UnlockedVault, target: UnlockedVault, folder: Path) -> ExchangeService:
    """``source`` writes what changed since its last file to ``target``, which imports it."""
    out = folder / f"bundle-{next(_FILES)}.pana"
    ExchangeService(source).export(out, to=[target.actor.office_id], since_last=True)
    ExchangeService(target).import_bundle(out.read_bytes())
    return ExchangeService(target)


def shared_case(a: UnlockedVault, b: UnlockedVault, folder: Path) -> str:
    """A case made at A, with a relative, that B has too."""
    cases = CaseService(a)
    case_id = cases.open_case(
        r.Person(),
        [r.PersonName("", "Гүлнар Асқарқызы (fictional)", is_primary=True)],
        r.Case("", "", reference="CF-1"),
    )
    cases.add_relative(
        r.Relative(case_id, "", Relationship.BROTHER, village="Шәуешек"),
        r.Person(),
        [r.PersonName("", "Ерлан")],
    )
    send(a, b, folder)
    return case_id


def edit_apart(a: UnlockedVault, b: UnlockedVault, folder: Path, case_id: str) -> None:
    """A and B change the case's summary differently, then exchange both ways."""
    for vault, text in ((a, "Detained in 2018 (A)."), (b, "Sentenced in 2019 (B).")):
        cases = CaseService(vault)
        cases.save(dataclasses.replace(cases.get_case(case_id).case, summary=text))
    send(a, b, folder)
    send(b, a, folder)
