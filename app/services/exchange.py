# SPDX-License-Identifier: GPL-3.0-or-later
"""Exchange files between offices: write one for partner offices, and read one that arrived.

Writing: the revisions in scope (``exchange_scope``) as JSON lines and, if asked, the bytes of
the scope's attachments that this office has (``exchange_attachments``) go into a signed
container (``app.exchange.container``), encrypted with age to every recipient office and always
to this office too.  The file is written under a temporary name beside the target and renamed
only when complete; the ledger and the audit log record it.

Importing merges the revisions by ancestry (``merge_apply``) and stores the files (a file whose
record waits for its case is kept until the case comes) in one transaction, after the whole
bundle was checked; a dry run does the same and rolls back.

Reading is hostile-input work, in memory only: the size is bounded before reading, the age
header before decrypting (``app.exchange.age_file``), the container before parsing; the manifest
must be signed by this office or a partner that is not revoked, name this office among its
signed recipients, and come from a data model this Pana knows.  Every refusal is an
``ExchangeFileError`` with its reason, and nothing has been written by then.

Threading: any thread (a worker); each call is one or two transactions.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import audit, migrate
from app.db import models as m
from app.db.revisions import require_history
from app.domain.canonical import canonical_json
from app.domain.errors import (
    Cancelled,
    ExchangeFileError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from app.domain.errors import ExchangeRefusal as R
from app.domain.progress import Progress
from app.domain.records import PersonFile
from app.domain.vocab import AuditAction
from app.exchange import age_file, redaction
from app.exchange.container import Entry, pack, unpack
from app.exchange.manifest import EXCHANGED_MODEL, REVISION_COLUMNS, IncomingBundle, incoming
from app.exchange.office_card import verify
from app.files import removed_on_failure, write_whole
from app.services import office_keys
from app.services.exchange_attachments import files_in_scope, files_owed, settle_owed, store_files
from app.services.exchange_scope import (
    PERSON_FIELDS,
    Scope,
    attachments_stored_after,
    records_in_scope,
    revision_mark,
    revisions_in_scope,
)
from app.services.exchange_suggestions import SamePersonHint, arriving_persons, same_person_hints
from app.services.merge_apply import MergeReport, apply_revisions
from app.services.offices import OfficeService
from app.services.purge_apply import apply_tombstones, compact, stored_tombstones
from app.services.session import UnlockedVault


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    bundle_id: str
    recipients: tuple[str, ...]
    revisions: int
    attachments: int
    size: int
    #: Files in scope left out because their bytes never reached this office (a bundle without files).
    not_received: int = 0


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
    #: A dry run's "may be the same person" suggestions for the persons new here (never merged), and
    #: how many new persons were too many to compare.
    suggestions: tuple[SamePersonHint, ...] = ()
    not_compared: int = 0
    #: Records this import purged because another office had purged them (or what goes with them).
    purged: int = 0

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
            "withheld": self.withheld,
            "purged": self.purged,
            "waiting": merge.waiting,
        }

    @property
    def withheld(self) -> int:
        """How many fields arrived withheld (a redacted packet, e.g. a lawyer's): the rows keep theirs."""
        return redaction.withheld_fields(self.bundle.revisions)


class _DryRun(Exception):
    def __init__(self, report: ImportReport, arriving: tuple[list[PersonFile], int]) -> None:
        super().__init__("dry run")
        self.report = report
        self.arriving = arriving


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
        profile: str = redaction.FULL,
        progress: Progress | None = None,
    ) -> Written:
        """Write a bundle for the partner offices ``to`` (and this office) to ``out``: every case, or
        ``cases``; with ``since_last`` only what this vault stored after its last bundle to them.
        ``profile`` (``app.exchange.redaction``): "full", or "lawyer" for a lawyer packet of
        ``cases`` with their whole redacted history, which leaves "since the last bundle" as it was."""
        tell = progress or (lambda done, total, message: None)
        chosen = redaction.profile(profile)
        chosen.check_scope(whole_vault=cases is None, since_last=since_last)
        if out.exists():
            raise ValidationError(str(out), "exists already; choose another file name", "exists")
        partners = {p.office_id: p for p in self._offices.partners()}
        for office_id in to:
            if office_id not in partners:
                raise NotFoundError(f"No partner office {office_id}.")
            if partners[office_id].revoked:
                raise ValidationError(office_id, "this partner office was revoked", "revoked")
        own = self._vault.actor.office_id
        partners_to = sorted(set(to) - {own})
        recipients = [own, *partners_to]
        #: Only a file of the whole vault, unredacted, moves "since the last file": one of some cases
        #: (or a lawyer packet) leaves the others' changes still to send.
        whole = cases is None and not chosen.redacts
        tell(0, 3, "collect")
        with self._vault.db.transaction(readonly=True) as session:
            connection = session.connection()
            if cases is not None:
                # a deleted case still has its history, and a file of it carries the deletion
                require_history(connection, "cases", cases, "No case {} in this vault.")
            mark = revision_mark(connection)
            sent = session.scalars(select(m.ExchangeBundle).where(m.ExchangeBundle.direction == "sent")).all()
            after = _last_mark(sent, to, lambda b: b.revision_mark) if since_last and to else 0
            unfollowed = frozenset(f for f in PERSON_FIELDS if chosen.withholds(*f))
            scope = Scope(None if cases is None else frozenset(cases), after, unfollowed)
            records = None if cases is None else records_in_scope(connection, cases, unfollowed)
            revisions = redaction.redact(
                (_plain(row) for row in revisions_in_scope(connection, scope, records)), chosen
            )
            ids = {str(r["record_id"]) for r in revisions if r["record_table"] == "attachments"}
            if attachments:  # and the files of the scope earlier bundles to these offices left out
                left_out = files_owed(session, partners_to)
                if after:
                    files_end = _last_mark(sent, to, lambda b: b.files_mark)
                    left_out |= attachments_stored_after(connection, files_end)
                ids |= left_out if records is None else left_out & records["attachments"]
            files = files_in_scope(session, ids if attachments else ())
            tombstones = stored_tombstones(session)
            sequences = _next_sequences(sent, recipients)
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
            "schema": EXCHANGED_MODEL,
            "created": created.isoformat() + "Z",
            "scope": {
                "cases": sorted(cases) if cases is not None else None,
                "since_last": bool(after),
                "files": attachments,
            },
            "profile": chosen.name,
        }
        lines = b"".join(canonical_json(revision) + b"\n" for revision in revisions)
        entries = [Entry("revisions", "revisions", lines)]
        if tombstones:  # every one, in any scope: they are tiny, and a purge must reach everywhere
            wire = b"".join(canonical_json(t.wire()) + b"\n" for t in tombstones)
            entries.append(Entry("tombstones", "tombstones", wire))
        entries += [
            Entry("attachment", attachment_id, data) for attachment_id, data in sorted(files.data.items())
        ]
        keys = [self._offices.own_recipient(), *(partners[o].recipient for o in recipients if o != own)]
        encrypted = age_file.encrypt(pack(manifest, entries, signer.sign), keys)
        tell(2, 3, "write")
        write_whole(out, encrypted)
        # Unrecorded, its running numbers would be given again to the next file.
        with (
            removed_on_failure(out, recorded=lambda: self._sent(bundle_id)),
            self._vault.db.transaction() as session,
        ):
            session.add(
                m.ExchangeBundle(
                    id=bundle_id,
                    direction="sent",
                    sender_office_id=own,
                    recipients=recipients,
                    sequences=sequences,
                    created_at=created,
                    revision_mark=mark if whole else 0,
                    files_mark=mark if whole and attachments else 0,
                    revisions=len(revisions),
                )
            )
            if attachments:
                settle_owed(session, partners_to, files)
            actor = self._vault.actor
            audit.append(
                session,
                AuditAction.EXPORT,
                actor.user_id,
                actor.device_id,
                bundle=bundle_id,
                to=recipients,
                profile=chosen.name,
                revisions=len(revisions),
                attachments=len(files.data),
                not_received=len(files.left_out),
            )
        with contextlib.suppress(Cancelled):  # the file is complete: too late to cancel
            tell(3, 3, "done")
        return Written(
            out,
            bundle_id,
            tuple(recipients),
            len(revisions),
            len(files.data),
            len(encrypted),
            len(files.left_out),
        )

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
    def import_bundle(
        self, data: bytes, *, dry_run: bool = False, progress: Progress | None = None
    ) -> ImportReport:
        """Check the bundle whole, then merge it in ONE transaction (a dry run rolls it back and keeps
        only the report, with "may be the same person" suggestions for the persons new here).  A bundle
        imported before changes nothing; a file that does not match its record refuses the whole bundle.
        ``progress`` ("read", then "merge" by revisions) may raise Cancelled until the transaction
        commits: the import is then undone whole."""
        tell = progress or (lambda done, total, message: None)
        tell(0, 1, "read")
        bundle = self.read(data)
        vault = self._vault
        try:
            with vault.db.transaction() as session:
                report = self._import(session, bundle, dry_run, tell)
                if dry_run:
                    raise _DryRun(report, arriving_persons(session, report.merge))
        except _DryRun as done:  # rolled back: compared with the persons here before the import
            persons, not_compared = done.arriving
            hints = same_person_hints(vault, persons)
            return dataclasses.replace(done.report, suggestions=hints, not_compared=not_compared)
        if report.purged:
            # What the import purged leaves no freed page behind.  On a full disk the import has
            # still happened (secure_delete zeroed the freed pages): say so, not that it failed.
            with contextlib.suppress(StorageError):
                compact(vault)
        return report

    def _import(
        self, session: Session, bundle: IncomingBundle, dry_run: bool, tell: Progress
    ) -> ImportReport:
        actor = self._vault.actor
        received = session.scalars(
            select(m.ExchangeBundle).where(
                m.ExchangeBundle.direction == "received",
                m.ExchangeBundle.sender_office_id == bundle.sender_office_id,
            )
        ).all()
        seen = {b.sequences.get(actor.office_id, 0) for b in received}
        # A whole-vault bundle carried all that the ones before it did, arrived or lost.
        covered = max(
            [b.sequences.get(actor.office_id, 0) for b in received if b.covers_earlier]
            + [bundle.sequence if bundle.whole else 0]
        )
        # Every earlier bundle not arrived yet, before this one or before a later one already here:
        # importing 1 after 3 still says that 2 is missing.
        newest = max(seen | {bundle.sequence})
        missing = tuple(n for n in range(covered + 1, newest) if n not in seen and n != bundle.sequence)
        earlier = session.get(m.ExchangeBundle, bundle.bundle_id)
        if earlier is not None and earlier.sender_office_id != bundle.sender_office_id:
            raise ExchangeFileError(R.BUNDLE_ID_REUSED)
        if earlier is not None:
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
        purged = apply_tombstones(session, bundle.tombstones, actor, self._vault.db.clock)
        merged = apply_revisions(session, bundle.revisions, self._vault.db.clock, actor, progress=tell)
        stored = store_files(session, bundle.attachments)
        report = ImportReport(
            bundle, merged, stored, missing, already_imported=False, dry_run=dry_run, purged=purged
        )
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
                covers_earlier=bundle.whole,
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

    # -- bookkeeping ----------------------------------------------------------------------------------
    def _sent(self, bundle_id: str) -> bool:
        """Whether this vault recorded the bundle as written."""
        with self._vault.db.transaction(readonly=True) as session:
            return session.get(m.ExchangeBundle, bundle_id) is not None

    def _own_signing_keys(self) -> set[str]:
        with self._vault.db.transaction(readonly=True) as session:
            return {key.public for key in office_keys.keys(session, office_keys.SIGN)}


def _last_mark(
    sent: Sequence[m.ExchangeBundle], to: Sequence[str], end: Callable[[m.ExchangeBundle], int]
) -> int:
    """Where the last bundle sent to every one of ``to`` ended (0: none yet, send everything), by
    ``end``: its revisions, or its files."""
    marks = [max((end(b) for b in sent if office in b.recipients), default=0) for office in to]
    return min(marks, default=0)


def _next_sequences(sent: Sequence[m.ExchangeBundle], recipients: Sequence[str]) -> dict[str, int]:
    """Each recipient's running number for the next bundle sent to it."""
    return {o: 1 + max((b.sequences.get(o, 0) for b in sent), default=0) for o in recipients}


def _plain(row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in REVISION_COLUMNS}
