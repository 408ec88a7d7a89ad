# SPDX-License-Identifier: GPL-3.0-or-later
"""History and bookkeeping: immutable revisions, the hash-chained audit log, name keys, metadata,
the tombstones of purged records."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class Revision(Base):
    """One immutable state of a record; the id is the SHA-256 of its canonical content.

    Unique by record, then id (migration 0012): every lookup knows the record (a row's head, a
    revision's parents, a merge's revisions of a record), and an index keyed by the content hash
    alone took each new revision to a random page, which a large vault's writes could not keep
    cached.  The hash covers the record id, so the id alone is still unique.
    """

    __tablename__ = "revisions"

    #: The order this vault stored it in, the rowid (migration 0017): what an exchange mark counts
    #: (``Scope.after``).  AUTOINCREMENT: a number is never given again, though a purge deletes the
    #: newest revisions, and a copy of the database (VACUUM, a backup, a rekey) keeps every one.
    stored: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(64))
    record_table: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    parents: Mapped[list[str]] = mapped_column(JSON, default=list)
    values: Mapped[dict[str, object]] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    author_user_id: Mapped[str] = mapped_column(String(36), default="")
    author_device_id: Mapped[str] = mapped_column(String(36), default="")
    author_office_id: Mapped[str] = mapped_column(String(36), default="")
    hlc: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    # hlc alone: the clock resumes from max(hlc) at every unlock.
    __table_args__ = (
        UniqueConstraint("record_id", "id"),
        Index("ix_revisions_hlc", "hlc"),
        #: The deletions, few: which deleted case a person was the subject of (migration 0015).
        Index("ix_revisions_deletions", "record_table", "record_id", sqlite_where=text("deleted = 1")),
        {"sqlite_autoincrement": True},
    )


class AuditEntry(Base):
    """Append-only; each entry's hash covers the previous entry's hash."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[str] = mapped_column(String(36), default="")
    device_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Meta(Base):
    """Small key/value facts about this vault (this device's id, the office it belongs to)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NameKey(Base):
    """Phonetic keys of a spelling (``app.names.keys``): the index behind name search.

    Clustered by key (WITHOUT ROWID) and carrying the spelling and its person, so a query
    reads one contiguous range per key and needs no join.  A spelling's keys go with it
    through the trigger ``person_names_unindex`` (migration 0010), not a foreign key: that
    made SQLite look up the spelling for every key row written and delete them one by one,
    about half of an index rebuild.
    """

    __tablename__ = "name_keys"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    person_id: Mapped[str] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(String(300))

    __table_args__ = ({"sqlite_with_rowid": False},)


class WaitingRow(Base):
    """A record whose revisions are here but whose row is not: a row it refers to had not arrived
    (bundles delivered out of order, or a row another office has not sent). An import that brings
    the row it waits for writes it."""

    __tablename__ = "waiting_rows"

    record_table: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: The row it waits for (the first missing one it refers to); None: kept before migration 0016.
    wait_table: Mapped[str | None] = mapped_column(String(40), nullable=True)
    wait_id: Mapped[str | None] = mapped_column(String(36), nullable=True)

    __table_args__ = (
        Index("ix_waiting_rows_wait", "wait_table", "wait_id"),
        {"sqlite_with_rowid": False},
    )


class NotSamePerson(Base):
    """A pair a worker has said are different people, so the duplicate warning stays quiet."""

    __tablename__ = "not_same_person"

    person_a: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)
    person_b: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)
    decided_by: Mapped[str] = mapped_column(String(36), default="")
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class ExchangeBundle(Base):
    """An exchange file this vault wrote or imported: what makes a re-import a no-op, "changes since
    the last bundle to an office" and the gap warning when a bundle from a sender is missing."""

    __tablename__ = "exchange_bundles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the bundle id from its manifest
    direction: Mapped[str] = mapped_column(String(8))  # "sent" or "received"
    sender_office_id: Mapped[str] = mapped_column(String(36), index=True)
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: The sender's running number towards each recipient office.
    sequences: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: For a sent bundle: where this vault's stored revisions ended when it was made (``Revision.stored``).
    revision_mark: Mapped[int] = mapped_column(Integer, default=0)
    #: For a sent bundle of the whole vault that carried its files: its ``revision_mark``; 0 for one
    #: without files, so that the next bundle since the last one with files carries those it left out.
    files_mark: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    revisions: Mapped[int] = mapped_column(Integer, default=0)
    #: For a received bundle: what the import did (counts and ids, never content), as JSON.
    report: Mapped[str] = mapped_column(Text, default="")
    #: For a received bundle: it carried the sender's whole vault with its files, so every earlier
    #: bundle from that sender is made good even if one never arrives (``IncomingBundle.whole``).
    covers_earlier: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class MergeConflict(Base):
    """An open conflict of a merge (``app.exchange.merge.Conflict``): derived from the revisions,
    rewritten whenever its record's head moves, gone once a person answers it."""

    __tablename__ = "conflicts"

    merge_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_table: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    #: [{revision_id, value, deleted, author: [user, device, office], hlc}, ...] by (hlc, id)
    candidates: Mapped[list[dict[str, object]]] = mapped_column(JSON)
    provisional: Mapped[object] = mapped_column(JSON, nullable=True)
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Tombstone(Base):
    """A record purged for good (``app.services.purge``): which one, when, by which office and user.

    No content, no name: only what it takes to refuse the record should it ever arrive again.
    """

    __tablename__ = "tombstones"

    record_table: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    purged_at: Mapped[dt.datetime] = mapped_column(DateTime)
    office_id: Mapped[str] = mapped_column(String(36), default="")
    user_id: Mapped[str] = mapped_column(String(36), default="")
