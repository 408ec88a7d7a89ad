# SPDX-License-Identifier: GPL-3.0-or-later
"""Officials and organisations recorded once for the whole office (docs/model-v2.md §7).

A party (a deputy minister, a court, an NGO) is linked to the records it acted on
(``perpetrator``, ``decision-maker``, ``intervening`` links, saved with the case edit).
Parties are office-wide: not part of any one case, never deleted by a case's Save.

Threading: any thread; each call is one transaction.  Errors: ValidationError for a bad
party (nothing written), VaultLockedError after lock, the storage errors of ``app.db.errors``.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from app.db import models as m
from app.db.mapping import record_from_values, table_of
from app.domain import records as r
from app.domain.errors import ValidationError
from app.domain.validation import validate
from app.names.collation import sort_key
from app.services.case_writer import CaseWriter
from app.services.session import UnlockedVault


class PartyService:
    """List and save the office's parties."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def list(self) -> tuple[r.Party, ...]:
        """Every party of the office, in alphabetical order of name (any script), then id."""
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.connection().execute(select(table_of(m.Party))).mappings().all()
        parties = [record_from_values(dict(row), r.Party) for row in rows]
        return tuple(sorted(parties, key=lambda party: (sort_key(party.name), party.name, party.id)))

    def save(self, party: r.Party) -> r.Party:
        """Insert (an empty id is new) or update ``party`` with its revision; returns it as stored."""
        if not party.name.strip():
            raise ValidationError("name", "a party needs a name")
        validate(party)
        if not party.id:
            party = dataclasses.replace(party, id=r.new_id())
        vault = self._vault
        with vault.db.transaction() as session:
            writer = CaseWriter(session, vault.actor, vault.db.clock)
            stored = writer.save(party)
            writer.finish()
            return stored
