# SPDX-License-Identifier: GPL-3.0-or-later
"""Offices, users and devices: who records what, where."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, String
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
