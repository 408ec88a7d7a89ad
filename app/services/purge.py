# SPDX-License-Identifier: GPL-3.0-or-later
"""Purge for a witness at risk: a person or a whole case removed for good, here and at every office
its tombstones reach, with nothing left to bring it back.

A purge is re-authenticated (the acting user types their passphrase again, checked against
their key slot) and irreversible.  In one transaction it removes the rows, every revision, the
attachment bytes, the name-search keys, the case list row, open merge conflicts, "not the same
person" notes and editor drafts of what ``app.services.purge_scope`` finds, and keeps one
**tombstone** per record: table, id, when, which office and user; no content, no name.  Then
the database is compacted (``VACUUM``, the write-ahead log checkpointed and truncated): with
``secure_delete`` the freed pages are zeroed, and the rebuild also drops copies an index keeps in
its inner pages.  Copies Pana kept of the vault (``CopyService``) still hold the record; the
result names them.  Backups written elsewhere are the user's own and are not touched.

Exchange: a bundle carries every tombstone (they are tiny).  Importing one purges the record
and what goes with it there as well, and a revision of a purged record, or of a record that only
exists with one (a spelling of a purged person), is dropped and tombstoned too, from any bundle
however old (security rows T22, T36): ``app.services.purge_apply``.

Threading: any thread (a worker); each public method is one transaction (a purge: one, then
the compaction).
"""

from __future__ import annotations

import contextlib
import hmac
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import audit
from app.db import models as m
from app.db.revisions import require_history
from app.domain.errors import Cancelled, NotFoundError, ValidationError, WrongPassphraseError
from app.domain.progress import Progress
from app.domain.vocab import AuditAction
from app.exchange.manifest import Tombstone
from app.services.copies import CopyService, VaultCopy
from app.services.purge_apply import compact, purge_found, stored_tombstones
from app.services.purge_scope import Found, case_scope, person_scope, subject_of
from app.services.session import UnlockedVault
from app.vault import wipe


@dataclass(frozen=True, slots=True)
class PurgePlan:
    """What purging a person or a case would remove (counts only), shown before the passphrase."""

    table: str  # "persons" or "cases"
    record_id: str
    records: int
    people: int
    cases: int
    files: int
    #: For a person: the cases whose subject they are (purge those cases instead); then empty.
    subject_of: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PurgeTarget:
    """A person of a case who can be purged on their own (never the case's subject)."""

    person_id: str
    name: str  # the primary spelling, or how the case describes a relative whose name is not known
    role: str  # "relative", "source" or "relayer"


@dataclass(frozen=True, slots=True)
class Purged:
    """What a purge removed; ``older_copies`` still hold it (erase them in Vault → Older copies)."""

    table: str
    record_id: str
    records: int
    revisions: int
    files: int
    compacted: bool
    older_copies: tuple[VaultCopy, ...]


class PurgeService:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    # -- before: what it would remove -----------------------------------------------------------------
    def plan_person(self, person_id: str) -> PurgePlan:
        """What purging this person removes; NotFoundError when there is no such person."""
        with self._vault.db.transaction(readonly=True) as session:
            require_history(session.connection(), "persons", [person_id])
            subject = tuple(subject_of(session.connection(), person_id))
            found = person_scope(session.connection(), [person_id], subject_cases=False)
            return _plan(session, "persons", person_id, found, subject)

    def plan_case(self, case_id: str) -> PurgePlan:
        """What purging this case removes; NotFoundError when there is no such case."""
        with self._vault.db.transaction(readonly=True) as session:
            require_history(session.connection(), "cases", [case_id])
            return _plan(session, "cases", case_id, case_scope(session.connection(), [case_id]), ())

    def people(self, case_id: str) -> tuple[PurgeTarget, ...]:
        """The people of a case who can be purged on their own: its relatives, sources and relayers."""
        with self._vault.db.transaction(readonly=True) as session:
            case = self._require(session, m.Case, case_id)
            roles: dict[str, str] = {}
            for model, field, role in (
                (m.Relative, m.Relative.person_id, "relative"),
                (m.Source, m.Source.person_id, "source"),
                (m.PressureReport, m.PressureReport.relayed_by_id, "relayer"),
            ):
                for person_id in session.scalars(select(field).where(model.case_id == case_id)):
                    if person_id and person_id != case.subject_id:
                        roles.setdefault(person_id, role)
            described = session.execute(
                select(m.Relative.person_id, m.Relative.description).where(m.Relative.case_id == case_id)
            )
            names = {person_id: text for person_id, text in described if text}  # "her mother, about 70"
            names.update(_primary_names(session, list(roles)))
            return tuple(
                PurgeTarget(person_id, names.get(person_id, ""), role)
                for person_id, role in sorted(
                    roles.items(), key=lambda item: (names.get(item[0], ""), item[0])
                )
            )

    # -- the purge ------------------------------------------------------------------------------------
    def purge_person(
        self, person_id: str, username: str, passphrase: str, progress: Progress | None = None
    ) -> Purged:
        """Purge a person (see ``app.services.purge_scope``) after checking ``passphrase`` is the acting
        user's: WrongPassphraseError, NotFoundError, or ValidationError (kind ``case-subject``) for the
        subject of a case; nothing changes then."""
        return self._purge("persons", person_id, username, passphrase, progress)

    def purge_case(
        self, case_id: str, username: str, passphrase: str, progress: Progress | None = None
    ) -> Purged:
        """Purge a case and what only it owns; errors as for ``purge_person``."""
        return self._purge("cases", case_id, username, passphrase, progress)

    def tombstones(self) -> tuple[Tombstone, ...]:
        """Every record purged in this vault or by an office whose bundle arrived, oldest first."""
        with self._vault.db.transaction(readonly=True) as session:
            return stored_tombstones(session)

    def _purge(
        self, table: str, record_id: str, username: str, passphrase: str, progress: Progress | None
    ) -> Purged:
        tell = progress or (lambda done, total, message: None)
        vault = self._vault
        tell(0, 3, "check")
        self._reauthenticate(username, passphrase)
        tell(1, 3, "purge")
        actor = vault.actor
        with vault.db.transaction() as session:
            connection = session.connection()
            if table == "persons":
                require_history(connection, "persons", [record_id])
                if subject_of(connection, record_id):
                    raise ValidationError(
                        "person", "is the subject of a case; purge the case", "case-subject"
                    )
                found = person_scope(connection, [record_id], subject_cases=False)
            else:
                require_history(connection, "cases", [record_id])
                found = case_scope(connection, [record_id])
            removed = purge_found(session, found, actor, vault.db.clock)
            audit.append(
                session,
                AuditAction.PURGE,
                actor.user_id,
                actor.device_id,
                table=table,
                record=record_id,
                records=removed.records,
                revisions=removed.revisions,
                files=removed.files,
            )
            tell(2, 3, "compact")  # the last moment a cancel still changes nothing
        compacted = compact(vault)
        with contextlib.suppress(Cancelled):
            tell(3, 3, "done")
        copies = CopyService(vault.directory).copies()
        return Purged(table, record_id, removed.records, removed.revisions, removed.files, compacted, copies)

    def _reauthenticate(self, username: str, passphrase: str) -> None:
        """The acting user's passphrase, typed again, must open their slot to this vault's key."""
        vault = self._vault
        with vault.db.transaction(readonly=True) as session:
            user_id = session.scalar(select(m.User.id).where(m.User.username == username))
        if user_id != vault.actor.user_id:
            raise WrongPassphraseError()
        unlocked = vault.ring.unlock(passphrase, username)
        try:
            same = hmac.compare_digest(bytes(unlocked.master_key), bytes(vault.master_key))
        finally:
            wipe(unlocked.master_key)
        if not same or unlocked.user_id != user_id:
            raise WrongPassphraseError()

    @staticmethod
    def _require(session: Session, model: type[m.SyncedRecord], record_id: str) -> Any:
        row = session.get(model, record_id)
        if row is None:
            raise NotFoundError()
        return row


def _plan(session: Session, table: str, record_id: str, found: Found, subject: tuple[str, ...]) -> PurgePlan:
    return PurgePlan(
        table,
        record_id,
        records=sum(len(ids) for ids in found.values()),
        people=len(found.get("persons", ())),
        cases=len(found.get("cases", ())),
        files=len(found.get("attachments", ())),
        subject_of=subject,
    )


def _primary_names(session: Session, person_ids: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    rows = session.execute(
        select(m.PersonName.person_id, m.PersonName.text)
        .where(m.PersonName.person_id.in_(person_ids))
        .order_by(m.PersonName.is_primary.desc(), m.PersonName.text)
    )
    for person_id, text in rows:
        names.setdefault(person_id, text)
    return names
