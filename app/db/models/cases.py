# SPDX-License-Identifier: GPL-3.0-or-later
"""A case and what hangs off it: interviews, legal timeline, relatives, detentions, pressure reports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, PartialDateType, utcnow
from app.db.models.synced import SyncedRecord
from app.domain.dates import PartialDate


def _case_fk() -> Mapped[str]:
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)


def sort_order_column() -> Mapped[int]:
    """The manual order of items whose dates cannot be told apart."""
    return mapped_column(Integer, default=0)


class Case(SyncedRecord):
    __tablename__ = "cases"
    #: The case list's keyset orders by reference and by status, the case id as tie-break (migration 0009).
    __table_args__ = (
        Index("ix_cases_reference_id", "reference", "id"),
        Index("ix_cases_status_id", "status", "id"),
    )

    reference: Mapped[str] = mapped_column(String(40), default="")
    subject_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="intake")
    confidentiality: Mapped[str] = mapped_column(String(16), default="normal")
    opened_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    closed_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    summary: Mapped[str] = mapped_column(Text, default="")


class Interview(SyncedRecord):
    __tablename__ = "interviews"

    case_id: Mapped[str] = _case_fk()
    held_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    place: Mapped[str] = mapped_column(String(300), default="")
    interviewer: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(40), default="")
    interpreter: Mapped[str] = mapped_column(String(200), default="")
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_scope: Mapped[str] = mapped_column(String(200), default="")
    consent_recording: Mapped[str] = mapped_column(String(40), default="")
    sections: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    narrative: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = sort_order_column()


class LegalEvent(SyncedRecord):
    __tablename__ = "legal_events"

    case_id: Mapped[str] = _case_fk()
    kind: Mapped[str] = mapped_column(String(40))
    date: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    place: Mapped[str] = mapped_column(String(300), default="")
    authority: Mapped[str] = mapped_column(String(300), default="")
    reference_number: Mapped[str] = mapped_column(String(100), default="")
    term_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    detention_credit_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    valid_until: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate, index=True)
    legal_basis: Mapped[str] = mapped_column(String(300), default="")
    outcome: Mapped[str] = mapped_column(String(300), default="")
    destination_country: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = sort_order_column()


class Relative(SyncedRecord):
    __tablename__ = "relatives"

    case_id: Mapped[str] = _case_fk()
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    relationship: Mapped[str] = mapped_column(String(20), default="other")
    country: Mapped[str] = mapped_column(String(100), default="")
    prefecture: Mapped[str] = mapped_column(String(200), default="")
    county: Mapped[str] = mapped_column(String(200), default="")
    township: Mapped[str] = mapped_column(String(200), default="")
    village: Mapped[str] = mapped_column(String(200), default="")
    last_contact: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    notes: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    minor: Mapped[bool] = mapped_column(Boolean, default=False)


class Detention(SyncedRecord):
    __tablename__ = "detentions"

    case_id: Mapped[str] = _case_fk()
    relative_id: Mapped[str | None] = mapped_column(
        ForeignKey("relatives.id", ondelete="CASCADE"), nullable=True, index=True
    )
    facility: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    started_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    ended_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    stated_reason: Mapped[str] = mapped_column(Text, default="")
    treatment: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = sort_order_column()


class PressureReport(SyncedRecord):
    __tablename__ = "pressure_reports"

    case_id: Mapped[str] = _case_fk()
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Ids of the case's relatives it was aimed at (the case-edit service keeps them current).
    target_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    frequency: Mapped[str] = mapped_column(String(16), default="unknown")
    occurred_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    reported_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    relayed_by_id: Mapped[str | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), nullable=True, index=True
    )
    actor: Mapped[str] = mapped_column(String(40), default="unknown")
    channel: Mapped[str] = mapped_column(String(40), default="other")
    reliability: Mapped[str] = mapped_column(String(16), default="F")
    source_connection: Mapped[str] = mapped_column(String(30), default="unknown")
    place: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    words: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = sort_order_column()


class CaseListing(Base):
    """Derived, per-case row kept by the case service so the case list pages fast at 100k cases."""

    __tablename__ = "case_listing"
    #: The case list's keyset orders: a sort value, then the case id so that every row has its own key.
    __table_args__ = (
        Index("ix_case_listing_updated_case", "updated_at", "case_id"),
        Index("ix_case_listing_name_case", "sort_name", "case_id"),
        Index("ix_case_listing_opened_case", "opened_order", "case_id"),
        Index("ix_case_listing_deadline_case", "deadline_order", "case_id"),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    subject_name: Mapped[str] = mapped_column(String(300), default="")
    sort_name: Mapped[str] = mapped_column(String(600), default="")
    next_deadline: Mapped[str] = mapped_column(String(16), default="", index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: ``date_order_text`` of the case's opened date and ``deadline_order_text`` of ``next_deadline``
    #: (``app.db.dates_sql``), stored so that those orders walk an index (migration 0011).  No default:
    #: whatever writes a listing row computes them.
    opened_order: Mapped[str] = mapped_column(String(21))
    deadline_order: Mapped[str] = mapped_column(String(21))
