# SPDX-License-Identifier: GPL-3.0-or-later
"""The files (attachment bytes) that travel in bundles: what an export takes, what an import keeps.

An export takes the bytes of every file in its scope that this office has.  A file whose record
came without them (a bundle written without files) is left out and counted, and owed to the offices
the bundle was for (``files_owed``): their next bundle with files carries it once its bytes are here.
One whose bytes are damaged stops the export (AttachmentDamagedError), since its receiver would
refuse the bundle.

An import stores the bytes of a file whose row is here and lacks them.  A file whose record waits
for the row it belongs to (``waiting_rows``: bundles delivered out of order) has no row to hold its
bytes: they are kept in ``waiting_file_chunks``, inside the encrypted vault like everything else,
and ``place_waiting_files`` moves them into place once the row is written, so every delivery order
ends with the same bytes (security row T23).  Bytes that match neither the row's SHA-256 and size
nor those of a revision of the waiting record refuse the whole bundle (T31); bytes of a file that
is neither here nor waiting (deleted, or purged) are not kept.

Threading: inside the caller's transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.mapping import table_of
from app.domain.errors import AttachmentNotReceivedError, ExchangeFileError
from app.domain.errors import ExchangeRefusal as R
from app.services.attachments import read_attachment, read_chunks, write_chunks

_CHUNKS = table_of(m.AttachmentChunk)
_WAITING = table_of(m.WaitingFileChunk)
_OWED = table_of(m.FileOwed)


@dataclass(frozen=True, slots=True)
class FilesInScope:
    """The bytes an export carries, by attachment id, and the files it leaves out because this
    office has not received their bytes."""

    data: dict[str, bytes]
    left_out: frozenset[str]


def files_in_scope(session: Session, attachment_ids: Iterable[str]) -> FilesInScope:
    """The bytes of these attachments that are stored here (a deleted one has none to send)."""
    ids = sorted(set(attachment_ids))
    stored = session.scalars(select(m.Attachment.id).where(m.Attachment.id.in_(ids))).all()
    data: dict[str, bytes] = {}
    for attachment_id in stored:
        try:
            data[attachment_id] = read_attachment(session, attachment_id)
        except AttachmentNotReceivedError:
            continue
    return FilesInScope(data, frozenset(stored) - data.keys())


def files_owed(session: Session, offices: Collection[str]) -> set[str]:
    """The files a bundle left out for any of these offices, their bytes not here then."""
    query = select(_OWED.c.attachment_id).where(_OWED.c.office_id.in_(sorted(offices)))
    return set(session.connection().execute(query).scalars())


def settle_owed(session: Session, offices: Collection[str], files: FilesInScope) -> None:
    """After a bundle with files to these offices: what it carried is owed to them no more, what it
    left out is owed to each of them.  In the bundle's write transaction: what is owed is read again
    there, not taken from the read that chose the files."""
    connection = session.connection()
    carried = sorted(files_owed(session, offices) & files.data.keys())
    if carried:
        to_them = _OWED.c.office_id.in_(sorted(offices)) & _OWED.c.attachment_id.in_(carried)
        connection.execute(delete(_OWED).where(to_them))
    owed = [{"attachment_id": a, "office_id": o} for o in sorted(offices) for a in sorted(files.left_out)]
    if owed:
        connection.execute(insert(_OWED).prefix_with("OR IGNORE"), owed)


def store_files(session: Session, files: Mapping[str, bytes]) -> int:
    """Store the bytes of files whose row lacks them, and keep those of files whose record waits
    for its row (after the bundle's revisions were merged); returns how many were stored or kept."""
    stored = 0
    for attachment_id, data in sorted(files.items()):
        row = _row(session, attachment_id)
        if row is not None:
            _check(attachment_id, data, {row})
            if not _has_bytes(session, attachment_id, _CHUNKS):
                write_chunks(session, attachment_id, data)
                stored += 1
        elif _waits(session, attachment_id):
            _check(attachment_id, data, _recorded(session, attachment_id))
            stored += not _has_bytes(session, attachment_id, _WAITING)
            write_chunks(session, attachment_id, data, _WAITING)
    return stored


def place_waiting_files(session: Session) -> None:
    """Move the kept bytes of files whose row has been written into place (when they are the bytes
    the row names), and drop those of files that no longer wait (deleted, or purged, meanwhile)."""
    kept = session.connection().execute(select(_WAITING.c.attachment_id).distinct()).scalars().all()
    for attachment_id in kept:
        row = _row(session, attachment_id)
        if row is None and _waits(session, attachment_id):
            continue
        if row is not None and not _has_bytes(session, attachment_id, _CHUNKS):
            data = b"".join(read_chunks(session, attachment_id, _WAITING))
            if _fingerprint(data) == row:
                write_chunks(session, attachment_id, data)
        session.connection().execute(delete(_WAITING).where(_WAITING.c.attachment_id == attachment_id))


def _row(session: Session, attachment_id: str) -> tuple[str, int] | None:
    """(SHA-256, size) of the file's row, read from the database (the import wrote rows through
    the connection, past the session's identity map); None when it has no row."""
    query = select(m.Attachment.sha256, m.Attachment.size).where(m.Attachment.id == attachment_id)
    found = session.connection().execute(query).first()
    return None if found is None else (str(found[0]), int(found[1]))


def _has_bytes(session: Session, attachment_id: str, table: Table) -> bool:
    query = select(table.c.seq).where(table.c.attachment_id == attachment_id).limit(1)
    return session.connection().execute(query).first() is not None


def _waits(session: Session, attachment_id: str) -> bool:
    """Whether the file's record waits for the row it belongs to (``waiting_rows``)."""
    waiting = table_of(m.WaitingRow)
    query = select(waiting.c.record_id).where(
        waiting.c.record_table == "attachments", waiting.c.record_id == attachment_id
    )
    return session.connection().execute(query).first() is not None


def _recorded(session: Session, attachment_id: str) -> set[tuple[str, object]]:
    """(SHA-256, size) of every revision of the file here: the bytes any of them names may be kept."""
    query = select(m.Revision.values).where(
        m.Revision.record_table == "attachments", m.Revision.record_id == attachment_id
    )
    found = session.connection().execute(query).scalars()
    return {(str(v.get("sha256")), v.get("size")) for v in found if isinstance(v, dict)}


def _fingerprint(data: bytes) -> tuple[str, int]:
    return hashlib.sha256(data).hexdigest(), len(data)


def _check(attachment_id: str, data: bytes, expected: Collection[tuple[str, object]]) -> None:
    if _fingerprint(data) not in expected:
        raise ExchangeFileError(R.TAMPERED, f"attachment {attachment_id} does not match its record")
