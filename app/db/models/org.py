# SPDX-License-Identifier: GPL-3.0-or-later
"""Offices, users and devices: who records what, where; this office's keys and its partner offices."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow
from app.db.models.synced import SyncedRecord


class Office(SyncedRecord):
    __tablename__ = "offices"

    name: Mapped[str] = mapped_column(String(200))


class User(SyncedRecord):
    __tablename__ = "users"

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(40), default="field-worker")


class Device(Base):
    """A laptop that has held this vault; authors of revisions name one."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class OfficeKey(Base):
    """One of this office's key pairs: X25519 to receive bundles, Ed25519 to sign them.

    The secret never leaves the encrypted database.  A rotation retires the current key
    of a kind (``retired_at``) and adds a new one; retired X25519 keys still decrypt.
    """

    __tablename__ = "office_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    secret: Mapped[str] = mapped_column(Text)
    public: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class PartnerOffice(Base):
    """An office this one exchanges bundles with, as its card (checked by fingerprint) described it.

    ``previous_keys`` lists the keys it used before, each ``{"recipient", "signing_key",
    "retired_at", "revoked"}``: bundles it signed then can still be recognised.
    """

    __tablename__ = "partner_offices"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str] = mapped_column(Text)
    signing_key: Mapped[str] = mapped_column(String(64), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    card_valid_from: Mapped[dt.datetime] = mapped_column(DateTime)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(36), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    previous_keys: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
