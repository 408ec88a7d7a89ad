# SPDX-License-Identifier: GPL-3.0-or-later
"""Exchange files between offices: write one for partner offices, and read one that arrived.

Writing: the revisions in scope (``exchange_scope``) as JSON lines and, if asked, the bytes of
the scope's attachments go into a signed container (``app.exchange.container``), encrypted with
age to every recipient office and always to this office too.  The file is written under a
temporary name beside the target and renamed only when complete; the ledger and the audit log
record it.

Importing merges the revisions by ancestry (``merge_apply``) and stores the files in one
transaction, after the whole bundle was checked; a dry run does the same and rolls back.

Reading is hostile-input work, in memory only: the size is bounded before reading, the age
header before decrypting (``app.exchange.age_file``), the container before parsing; the manifest
must be signed by this office or a partner that is not revoked, name this office among its
signed recipients, and come from a data model this Pana knows.  Every refusal is an
``ExchangeFileError`` with its reason, and nothing has been written by then.

Threading: any thread (a worker); each call is one or two transactions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import audit, migrate
from app.db import models as m
from app.domain.canonical import canonical_json
from app.domain.errors import ExchangeFileError, NotFoundError, ValidationError
from app.domain.errors import ExchangeRefusal as R
from app.domain.vocab import AuditAction
from app.exchange import age_file
from app.exchange.container import Entry, pack, unpack
from app.exchange.manifest import REVISION_COLUMNS, IncomingBundle, incoming
from app.exchange.office_card import verify
from app.services import office_keys
from app.services.attachments import read_attachment, write_chunks
from app.services.exchange_scope import Scope, revision_mark, revisions_in_scope
from app.services.merge_apply import MergeReport, apply_revisions
from app.services.offices import OfficeService
from app.services.session import UnlockedVault

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    bundle_id: str
    recipients: tuple[str, ...]
    revisions: int
    attachments: int
    size: int


@dataclass(frozen=True, slots=True)
class OpenConflict:
    """A field two offices changed differently (or a deletion against an edit), still unanswered."""

    record_table: str
    record_id: str
    field: str
    provisional: object  # what the vault shows meanwhile
    values: tuple[str, ...]  # every side's value, oldest clock first
    found_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What importing a bundle did (or, as a dry run, would do)."""

    bundle: IncomingBundle
    merge: MergeReport | None  # None: imported before, nothing to do
    files: int  # attachment files stored
    #: Running numbers of earlier bundles from this sender that never arrived here.
    missing: tuple[int, ...]
    already_imported: bool
    dry_run: bool

    def counts(self) -> dict[str, int]:
        """The report in numbers (what the ledger and the audit log keep: never content)."""
        merge = self.merge or MergeReport()
        return {
            "revisions": merge.added,
            "new": len(merge.new),
            "updated": len(merge.fast_forwards),
            "merged": len(merge.merges),
            "conflicts": len(merge.conflicts),
            "deleted": len(merge.deletions),
            "unchanged": merge.unchanged,
            "skipped": len(merge.skipped),
            "future_clock": len(merge.future_clock),
            "files": self.files,
        }


class _DryRun(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


class ExchangeService:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._offices = OfficeService(vault)

    # -- writing --------------------------------------------------------------------------------------
    def export(
        self,
        out: Path,
        *,
        to: Sequence[str] = (),
        cases: Sequence[str] | None = None,
        since_last: bool = False,
        attachments: bool = True,
        progress: Progress | None = None,
    ) -> Written:
        """Write a bundle for the partner offices ``to`` (and this office) to ``out``: every case, or
        ``cases``; with ``since_last`` only what this vault stored after its last bundle to them."""
        tell = progress or (lambda done, total, message: None)
        if out.exists():
            raise ValidationError(str(out), "exists already; choose another file name", "exists")
        partners = {p.office_id: p for p in self._offices.partners()}
        for office_id in to:
            if office_id not in partners:
                raise NotFoundError(f"No partner office {office_id}.")
            if partners[office_id].revoked:
                raise ValidationError(office_id, "this partner office was revoked", "revoked")
        own = self._vault.actor.office_id
        recipients = [own, *sorted(set(to) - {own})]
        tell(0, 3, "collect")
        with self._vault.db.transaction(readonly=True) as session:
            connection = session.connection()
            mark = revision_mark(connection)
            after = self._last_mark(session, to) if since_last and to else 0
            scope = Scope(None if cases is None else frozenset(cases), after)
            revisions = [_plain(row) for row in revisions_in_scope(connection, scope)]
            files = self._files(session, revisions) if attachments else {}
            sequences = self._next_sequences(session, recipients)
        tell(1, 3, "encrypt")
        bundle_id = str(uuid.uuid4())
        created = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        signer = self._offices.signing_key()
        manifest = {
            "bundle": bundle_id,
            "sender": own,
            "sender_key": signer.public_key,
            "recipients": recipients,
            "sequences": sequences,
            "schema": self._schema(),
            "created": created.isoformat() + "Z",
            "scope": {"cases": sorted(cases) if cases is not None else None, "since_last": bool(after)},
        }
        lines = b"".join(canonical_json(revision) + b"\n" for revision in revisions)
        entries = [Entry("revisions", "revisions", lines)]
        entries += [Entry("attachment", attachment_id, data) for attachment_id, data in sorted(files.items())]
        keys = [self._offices.own_recipient(), *(partners[o].recipient for o in recipients if o != own)]
        encrypted = age_file.encrypt(pack(manifest, entries, signer.sign), keys)
        tell(2, 3, "write")
        _write_new(out, encrypted)
        with self._vault.db.transaction() as session:
            session.add(
                m.ExchangeBundle(
                    id=bundle_id,
                    direction="sent",
                    sender_office_id=own,
                    recipients=recipients,
                    sequences=sequences,
                    created_at=created,
                    revision_mark=mark,
                    revisions=len(revisions),
                )
            )
            actor = self._vault.actor
            audit.append(
                session,
                AuditAction.EXPORT,
                actor.user_id,
                actor.device_id,
                bundle=bundle_id,
                to=recipients,
                revisions=len(revisions),
                attachments=len(files),
            )
        tell(3, 3, "done")
        return Written(out, bundle_id, tuple(recipients), len(revisions), len(files), len(encrypted))

    # -- reading --------------------------------------------------------------------------------------
    def read(self, data: bytes) -> IncomingBundle:
        """Decrypt and verify a bundle in memory; ExchangeFileError naming the reason otherwise."""
        age_file.check_size(len(data))
        plain = age_file.decrypt(data, self._offices.own_identities())
        container = unpack(plain, self._verify)
        return incoming(container, self._vault.actor.office_id, migrate.known_revisions())

    def _verify(self, manifest: Mapping[str, Any], signed: bytes, signature: bytes) -> None:
        sender, key = manifest.get("sender"), manifest.get("sender_key")
        if not isinstance(sender, str) or not isinstance(key, str):
            raise ExchangeFileError(R.MALFORMED_BUNDLE, "no sender")
        if sender == self._vault.actor.office_id:
            if key not in self._own_signing_keys():
                raise ExchangeFileError(R.UNVERIFIED_SENDER, "not signed by this office's keys")
        else:
            partner = self._offices.partner_by_signing_key(key)
            if partner is None or partner.office_id != sender:
                raise ExchangeFileError(R.UNKNOWN_SENDER)
            retired = next((k for k in partner.previous_keys if k.signing_key == key), None)
            if partner.revoked or (retired is not None and retired.revoked):
                raise ExchangeFileError(R.REVOKED_SENDER)
        if not verify(key, signature, signed):
            raise ExchangeFileError(R.UNVERIFIED_SENDER)

    # -- importing ------------------------------------------------------------------------------------
    def import_bundle(self, data: bytes, *, dry_run: bool = False) -> ImportReport:
        """Check the bundle whole, then merge it in ONE transaction (a dry run rolls it back and keeps
        only the report).  A bundle imported before changes nothing; a file that does not match its
        record refuses the whole bundle."""
        bundle = self.read(data)
        vault = self._vault
        try:
            with vault.db.transaction() as session:
                report = self._import(session, bundle, dry_run)
                if dry_run:
                    raise _DryRun(report)
        except _DryRun as done:
            return done.report
        return report

    def _import(self, session: Session, bundle: IncomingBundle, dry_run: bool) -> ImportReport:
        actor = self._vault.actor
        received = session.scalars(
            select(m.ExchangeBundle).where(
                m.ExchangeBundle.direction == "received",
                m.ExchangeBundle.sender_office_id == bundle.sender_office_id,
            )
        ).all()
        seen = {b.sequences.get(actor.office_id, 0) for b in received}
        missing = tuple(n for n in range(1, bundle.sequence) if n not in seen)
        if session.get(m.ExchangeBundle, bundle.bundle_id) is not None:
            if not dry_run:
                audit.append(
                    session,
                    AuditAction.IMPORT,
                    actor.user_id,
                    actor.device_id,
                    bundle=bundle.bundle_id,
                    again=True,
                )
            return ImportReport(bundle, None, 0, missing, already_imported=True, dry_run=dry_run)
        merged = apply_revisions(session, bundle.revisions, self._vault.db.clock, actor)
        stored = _store_files(session, bundle.attachments)
        report = ImportReport(bundle, merged, stored, missing, already_imported=False, dry_run=dry_run)
        session.add(
            m.ExchangeBundle(
                id=bundle.bundle_id,
                direction="received",
                sender_office_id=bundle.sender_office_id,
                recipients=list(bundle.recipients),
                sequences={actor.office_id: bundle.sequence},
                created_at=bundle.created_at,
                revisions=len(bundle.revisions),
                report=canonical_json(report.counts()).decode(),
            )
        )
        audit.append(
            session,
            AuditAction.IMPORT,
            actor.user_id,
            actor.device_id,
            bundle=bundle.bundle_id,
            sender=bundle.sender_office_id,
            counts=report.counts(),
        )
        return report

    def open_conflicts(self) -> tuple[OpenConflict, ...]:
        """Every open conflict of the vault, oldest first (the review queue)."""
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.scalars(
                select(m.MergeConflict).order_by(m.MergeConflict.found_at, m.MergeConflict.record_id)
            ).all()
            return tuple(
                OpenConflict(
                    row.record_table,
                    row.record_id,
                    row.field,
                    row.provisional,
                    tuple(str(c.get("value")) for c in row.candidates if isinstance(c, dict)),
                    row.found_at,
                )
                for row in rows
            )

    # -- bookkeeping ----------------------------------------------------------------------------------
    def _own_signing_keys(self) -> set[str]:
        with self._vault.db.transaction(readonly=True) as session:
            return {key.public for key in office_keys.keys(session, office_keys.SIGN)}

    @staticmethod
    def _last_mark(session: Session, to: Sequence[str]) -> int:
        """Where the last bundle sent to every one of ``to`` ended (0: none yet, send everything)."""
        sent = session.scalars(select(m.ExchangeBundle).where(m.ExchangeBundle.direction == "sent")).all()
        marks = [max((b.revision_mark for b in sent if office in b.recipients), default=0) for office in to]
        return min(marks, default=0)

    @staticmethod
    def _next_sequences(session: Session, recipients: Sequence[str]) -> dict[str, int]:
        sent = session.scalars(select(m.ExchangeBundle).where(m.ExchangeBundle.direction == "sent")).all()
        return {o: 1 + max((b.sequences.get(o, 0) for b in sent), default=0) for o in recipients}

    @staticmethod
    def _files(session: Session, revisions: Sequence[Mapping[str, Any]]) -> dict[str, bytes]:
        """The bytes of every attachment in scope that is still stored."""
        ids = {str(r["record_id"]) for r in revisions if r["record_table"] == "attachments"}
        stored = session.scalars(select(m.Attachment.id).where(m.Attachment.id.in_(sorted(ids)))).all()
        return {attachment_id: read_attachment(session, attachment_id) for attachment_id in stored}

    @staticmethod
    def _schema() -> str:
        return migrate.known_revisions()[-1]


def _store_files(session: Session, files: Mapping[str, bytes]) -> int:
    """Store the bytes of files whose records this vault has and whose bytes it lacks; a file that
    does not match its record's SHA-256 refuses the whole bundle (security row T31)."""
    stored = 0
    for attachment_id, data in sorted(files.items()):
        row = session.get(m.Attachment, attachment_id)
        if row is None:
            continue
        if hashlib.sha256(data).hexdigest() != row.sha256 or len(data) != row.size:
            raise ExchangeFileError(R.TAMPERED, f"attachment {attachment_id} does not match its record")
        has = session.scalar(
            select(func.count())
            .select_from(m.AttachmentChunk)
            .where(m.AttachmentChunk.attachment_id == attachment_id)
        )
        if not has:
            write_chunks(session, attachment_id, data)
            stored += 1
    return stored


def _plain(row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in REVISION_COLUMNS}


def _write_new(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` through a temporary name beside it, renamed only when complete."""
    partial = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with open(partial, "xb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if out.exists():
            raise ValidationError(str(out), "exists already; choose another file name", "exists")
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
