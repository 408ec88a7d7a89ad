# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments stored in chunks in the vault, the petitions registry, office templates, editor drafts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, PartialDateType, utcnow
from app.db.models.synced import SyncedRecord
from app.domain.dates import PartialDate


class Attachment(SyncedRecord):
    __tablename__ = "attachments"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    kind: Mapped[str] = mapped_column(String(16), default="other")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AttachmentChunk(Base):
    """About 1 MiB of an attachment's bytes; content is addressed by the attachment's SHA-256."""

    __tablename__ = "attachment_chunks"

    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class WaitingFileChunk(Base):
    """About 1 MiB of the bytes of a file whose record waits for a row (``WaitingRow``), checked
    against the SHA-256 a revision of the record carries; moved to ``AttachmentChunk`` when the
    record's row is written (no foreign key: that row is not there yet)."""

    __tablename__ = "waiting_file_chunks"

    attachment_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class FileOwed(Base):
    """A file a bundle to a partner office left out because its bytes had not reached this office
    (its record came from a third office without them): the first bundle with files to that office
    after they arrive carries it.  Gone with the file's row."""

    __tablename__ = "files_owed"

    #: The file first in the key: deleting its row finds what it owes by the key.
    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class Petition(SyncedRecord):
    __tablename__ = "petitions"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    template_sha256: Mapped[str] = mapped_column(String(64), default="")
    fields: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    content: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[str] = mapped_column(Text, default="")
    annex_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    filed_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    authority: Mapped[str] = mapped_column(String(300), default="")
    reference_number: Mapped[str] = mapped_column(String(100), default="")
    answered_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    outcome: Mapped[str] = mapped_column(String(16), default="none")
    #: The reply's scan; no foreign key, like a request's answer.
    reply_attachment_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    contested_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    request_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)


class PetitionTemplate(Base):
    """A template the office added or overrides a shipped one with (``KIND.LANG``), kept in the vault."""

    __tablename__ = "petition_templates"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Draft(Base):
    """Unsaved editor state, kept encrypted in the vault so a crash loses seconds, not an interview."""

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    user_id: Mapped[str] = mapped_column(String(36), default="")
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
