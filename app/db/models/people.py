# SPDX-License-Identifier: GPL-3.0-or-later
"""Persons (case subjects and relatives), their spellings and identity documents."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import PartialDateType
from app.db.models.synced import SyncedRecord
from app.domain.dates import PartialDate


class Person(SyncedRecord):
    __tablename__ = "persons"

    birth_date: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    birth_place: Mapped[str] = mapped_column(String(300), default="")
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    ethnicity: Mapped[str] = mapped_column(String(100), default="")
    citizenship: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    civil_status: Mapped[str] = mapped_column(String(30), default="unknown")
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    lacks: Mapped[list[str]] = mapped_column(JSON, default=list)
    blocked: Mapped[list[str]] = mapped_column(JSON, default=list)


class PersonName(SyncedRecord):
    __tablename__ = "person_names"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    script: Mapped[str] = mapped_column(String(8), default="")
    scheme: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(16), default="full")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class IdentityDocument(SyncedRecord):
    __tablename__ = "identity_documents"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(100), default="")
    issuer: Mapped[str] = mapped_column(String(300), default="")
    issued_on: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    valid_until: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    notes: Mapped[str] = mapped_column(Text, default="")


class Residence(SyncedRecord):
    __tablename__ = "residences"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    since: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    until: Mapped[PartialDate] = mapped_column(PartialDateType, default=PartialDate)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
