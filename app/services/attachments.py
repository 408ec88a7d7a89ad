# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments kept inside the vault in ~1 MiB chunks, checked against their SHA-256 when read."""

from __future__ import annotations

import hashlib
import unicodedata

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from app.db import audit, revisions
from app.db import models as m
from app.db.mapping import record_from_values, table_of
from app.domain import records as r
from app.domain.errors import (
    AttachmentDamagedError,
    AttachmentNotReceivedError,
    NotFoundError,
    ValidationError,
)
from app.domain.hlc import HybridClock
from app.domain.vocab import AttachmentKind, AuditAction
from app.services.listing_rows import touch_listing
from app.services.session import UnlockedVault

CHUNK_SIZE = 1 << 20
MAX_ATTACHMENT = 512 << 20
_CHUNKS = table_of(m.AttachmentChunk)
_FORBIDDEN_IN_NAMES = '<>:"/\\|?*'
_RESERVED_WINDOWS = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def safe_display_name(name: str) -> str:
    """A file name that is only ever a label: no directories, controls, reserved names; ≤ 120 chars."""
    text = unicodedata.normalize("NFKC", name)
    text = text.replace("\\", "/").split("/")[-1]
    text = "".join(
        "_" if (ch in _FORBIDDEN_IN_NAMES or unicodedata.category(ch)[0] == "C") else ch for ch in text
    )
    text = text.strip(" .") or "attachment"
    _, dot, suffix = text.rpartition(".")
    # Windows reserves a device name before the FIRST dot, trailing spaces ignored: "con.tar.gz", "AUX .txt"
    if text.split(".")[0].rstrip(" ").upper() in _RESERVED_WINDOWS:
        text = "_" + text
    if len(text) > 120:
        keep = suffix[:16] if dot else ""
        text = text[: 120 - len(keep) - 1].rstrip(" .") + ("." + keep if keep else "")
    return text


def kind_for(media_type: str) -> AttachmentKind:
    major = media_type.split("/", 1)[0]
    return {"image": AttachmentKind.PHOTO, "audio": AttachmentKind.AUDIO}.get(major, AttachmentKind.DOCUMENT)


def check_attachment_size(size: int) -> None:
    """ValidationError unless a file of ``size`` bytes may be attached: an empty one is a failed scan
    or download, never evidence; one over ``MAX_ATTACHMENT`` is refused (a file is held in memory
    whole when it is added, shown, saved out or exchanged)."""
    if size == 0:
        raise ValidationError("attachment", "the file is empty (0 bytes)", "empty-file")
    if size > MAX_ATTACHMENT:
        raise ValidationError("attachment", f"larger than {MAX_ATTACHMENT >> 20} MiB", "file-too-large")


def attachment_record(
    case_id: str, display_name: str, data: bytes, media_type: str, note: str = "", *, attachment_id: str = ""
) -> r.Attachment:
    """The record describing ``data`` (a safe label, kind, size, SHA-256); ValidationError when it is
    empty or too large (``check_attachment_size``).

    ``attachment_id`` may be given beforehand, so that a retried save stores the file once.
    """
    check_attachment_size(len(data))
    return r.Attachment(
        case_id=case_id,
        display_name=safe_display_name(display_name),
        media_type=media_type or "application/octet-stream",
        kind=kind_for(media_type),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        note=note,
        id=attachment_id,
    )


def write_chunks(session: Session, attachment_id: str, data: bytes, table: Table = _CHUNKS) -> None:
    """The bytes of an attachment in ~1 MiB rows of ``table`` (``attachment_chunks``, or
    ``waiting_file_chunks``), replacing any it had there (the caller's transaction)."""
    connection = session.connection()
    connection.execute(delete(table).where(table.c.attachment_id == attachment_id))
    chunks = [
        {"attachment_id": attachment_id, "seq": seq, "data": data[offset : offset + CHUNK_SIZE]}
        for seq, offset in enumerate(range(0, len(data), CHUNK_SIZE))
    ]
    if chunks:
        connection.execute(insert(table), chunks)


def store_attachment(
    session: Session, record: r.Attachment, data: bytes, actor: r.Actor, clock: HybridClock
) -> tuple[r.Attachment, bool]:
    """Row, revision and bytes of an attachment (from ``attachment_record``) in the caller's transaction.

    An attachment already stored under the record's id keeps its bytes unless their SHA-256 differs.
    Returns the record as stored, and whether anything was written.
    """
    written = revisions.save(session, m.Attachment, record, actor, clock)
    if written.previous is None or "sha256" in written.changed:
        write_chunks(session, written.id, data)
    return record_from_values({**written.values, "id": written.id}, r.Attachment), bool(written.changed)


def read_chunks(session: Session, attachment_id: str, table: Table = _CHUNKS) -> list[bytes]:
    """The ~1 MiB rows of an attachment's bytes in ``table``, in order (none: it has none there)."""
    query = select(table.c.data).where(table.c.attachment_id == attachment_id).order_by(table.c.seq)
    return list(session.connection().execute(query).scalars())


def read_attachment(session: Session, attachment_id: str) -> bytes:
    """An attachment's bytes, read in the caller's transaction; NotFoundError, AttachmentNotReceivedError
    if its record came from another office without them, or AttachmentDamagedError if they no longer
    match the stored SHA-256."""
    row = session.get(m.Attachment, attachment_id)
    if row is None:
        raise NotFoundError()
    chunks = read_chunks(session, attachment_id)
    data = b"".join(chunks)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise AttachmentDamagedError() if chunks else AttachmentNotReceivedError()
    return data


class AttachmentService:
    """Add, read and describe attachments of a case."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def add(
        self, case_id: str, display_name: str, data: bytes, media_type: str, note: str = ""
    ) -> r.Attachment:
        """Store ``data`` (in memory, never a temp file) with its SHA-256, in one transaction."""
        record = attachment_record(case_id, display_name, data, media_type, note)
        vault = self._vault
        with vault.db.transaction() as session:
            if session.scalar(select(m.Case.id).where(m.Case.id == case_id)) is None:
                raise NotFoundError()
            stored, _ = store_attachment(session, record, data, vault.actor, vault.db.clock)
            touch_listing(session, [case_id])
            return stored

    def read(self, attachment_id: str) -> bytes:
        """The attachment's bytes; AttachmentNotReceivedError if another office has not sent them yet,
        AttachmentDamagedError if they no longer match the stored SHA-256."""
        with self._vault.db.transaction(readonly=True) as session:
            return read_attachment(session, attachment_id)

    def record_saved_out(self, attachment_id: str) -> None:
        """Audit that a copy left the vault (the UI warns before writing it where the user chose)."""
        actor = self._vault.actor
        with self._vault.db.transaction() as session:
            audit.append(
                session, AuditAction.ATTACHMENT_SAVED_OUT, actor.user_id, actor.device_id, id=attachment_id
            )
