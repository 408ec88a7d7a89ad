# SPDX-License-Identifier: GPL-3.0-or-later
"""Model v2 records around a case: requests and answers, relatives' status history, sources,
parties (officials, organisations) and the typed links between any two records."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import PartialDateType
from app.db.models.cases import sort_order_column
from app.db.models.synced import SyncedRecord
from app.domain.dates import PartialDate


class Request(SyncedRecord):
    __tablename__ = "requests"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40), default="other")
    authority: Mapped[str] = mapped_column(String(300), default="")
    filed_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    reference_number: Mapped[str] = mapped_column(String(100), default="")
    asked: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    answered_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    outcome: Mapped[str] = mapped_column(String(16), default="none")
    answer_basis: Mapped[str] = mapped_column(String(300), default="")
    answer_reference: Mapped[str] = mapped_column(String(100), default="")
    #: The answer's scan; no foreign key, so a file added in the same Save can be named.
    answer_attachment_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = sort_order_column()


class RelativeStatusEntry(SyncedRecord):
    __tablename__ = "relative_statuses"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    relative_id: Mapped[str] = mapped_column(ForeignKey("relatives.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(30), default="unknown")
    started_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    ended_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = sort_order_column()


class Source(SyncedRecord):
    __tablename__ = "sources"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="person")
    person_id: Mapped[str | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), nullable=True, index=True
    )
    title: Mapped[str] = mapped_column(String(500), default="")
    publisher: Mapped[str] = mapped_column(String(300), default="")
    published_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    information_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    language: Mapped[str] = mapped_column(String(40), default="")
    connection: Mapped[str] = mapped_column(String(30), default="unknown")
    reliability: Mapped[str] = mapped_column(String(16), default="F")
    notes: Mapped[str] = mapped_column(Text, default="")


class Party(SyncedRecord):
    """An official or organisation, office-wide (not per case)."""

    __tablename__ = "parties"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30), default="other")
    position: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Link(SyncedRecord):
    """A typed link between two records of any tables: no foreign keys on its ends, the
    case-edit service checks them and removes the links of a record it deletes."""

    __tablename__ = "links"

    kind: Mapped[str] = mapped_column(String(30))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    source_table: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[str] = mapped_column(String(36), index=True)
    target_table: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    target_case_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    preferred: Mapped[bool] = mapped_column(Boolean, default=False)
