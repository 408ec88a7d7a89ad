# SPDX-License-Identifier: GPL-3.0-or-later
"""Office identity and partner offices: this office's card and keys, the offices it trusts.

Each method is one transaction on the open vault.  Cards are parsed and verified by
``app.exchange.office_card``; a card is hostile input until its fingerprint was
confirmed by the user (``read_card`` shows it, ``add_partner`` stores it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.base import utcnow
from app.db.models import Office, PartnerOffice
from app.domain.errors import OfficeCardError, PartnerNotFoundError, ValidationError
from app.domain.vocab import AuditAction
from app.exchange.office_card import OfficeCard, fingerprint, make_card, parse_card, sign
from app.services import case_refs, office_keys
from app.services.office_keys import RECEIVE, SIGN
from app.services.session import UnlockedVault


@dataclass(frozen=True, slots=True)
class PartnerKey:
    """Keys a partner used before a rotation (``revoked``: it was revoked while they were current)."""

    recipient: str
    signing_key: str
    retired_at: dt.datetime
    revoked: bool


@dataclass(frozen=True, slots=True)
class Partner:
    office_id: str
    name: str
    recipient: str
    signing_key: str
    fingerprint: str
    card_valid_from: dt.datetime
    added_at: dt.datetime
    added_by: str
    updated_at: dt.datetime
    revoked_at: dt.datetime | None
    previous_keys: tuple[PartnerKey, ...]

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def status(self) -> str:
        """A code: "active" or "revoked" (the CLI prints it, the GUI translates it)."""
        return "revoked" if self.revoked else "active"


@dataclass(frozen=True, slots=True)
class OfficeSigner:
    """This office's current signing key: ``public_key`` (base64, as on the card) and ``sign``."""

    public_key: str
    _private: str = field(repr=False)

    def sign(self, data: bytes) -> bytes:
        return sign(self._private, data)


class OfficeService:
    """This office's identity and its partner offices, on one unlocked vault."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    # -- this office ---------------------------------------------------------------------------------

    def own_card(self) -> bytes:
        """The signed card to give partners (after a rotation, also signed by the retired key)."""
        with self._vault.db.transaction(readonly=True) as session:
            receive = office_keys.current(session, RECEIVE)
            signing = office_keys.keys(session, SIGN)
            return make_card(
                office_id=self._vault.actor.office_id,
                office_name=self._office_name(session),
                recipient=receive.public,
                signing_private=signing[0].secret,
                created=utcnow(),
                valid_from=max(receive.created_at, signing[0].created_at),
                previous_private=signing[1].secret if len(signing) > 1 else "",
            )

    def reference_prefix(self) -> str:
        """What new case references start with (``TLG`` in ``TLG-2026-001``)."""
        with self._vault.db.transaction(readonly=True) as session:
            return case_refs.reference_prefix(session, self._vault.actor.office_id)

    def set_reference_prefix(self, prefix: str) -> str:
        """Set it (letters and digits, at most ten; ValidationError otherwise); cases keep theirs."""
        with self._vault.db.transaction() as session:
            return case_refs.set_reference_prefix(session, prefix)

    def own_fingerprint(self) -> str:
        """What a partner reads out from our card, to compare with ``Partner.fingerprint``."""
        with self._vault.db.transaction(readonly=True) as session:
            return fingerprint(
                self._vault.actor.office_id,
                office_keys.current(session, RECEIVE).public,
                office_keys.current(session, SIGN).public,
            )

    def own_recipient(self) -> str:
        """The current X25519 recipient ("age1…") bundles to this office are encrypted to."""
        with self._vault.db.transaction(readonly=True) as session:
            return office_keys.current(session, RECEIVE).public

    def own_identities(self) -> list[str]:
        """Every X25519 secret ("AGE-SECRET-KEY-1…"), current first: retired ones still decrypt."""
        with self._vault.db.transaction(readonly=True) as session:
            return [key.secret for key in office_keys.keys(session, RECEIVE)]

    def signing_key(self) -> OfficeSigner:
        """The current Ed25519 key, to sign a bundle's manifest."""
        with self._vault.db.transaction(readonly=True) as session:
            key = office_keys.current(session, SIGN)
            return OfficeSigner(key.public, key.secret)

    def rotate_keys(self) -> None:
        """Retire both current keys (kept, to read bundles sent to them) and make new ones.

        Partners need the new card: it is signed by the new key and by the retired one.
        """
        with self._vault.db.transaction() as session:
            office_keys.rotate(session, self._vault.actor)

    # -- partners ------------------------------------------------------------------------------------

    def read_card(self, data: bytes) -> OfficeCard:
        """Parse and verify a partner's card without storing it (OfficeCardError), to show its fingerprint."""
        card = parse_card(data)
        if card.office_id == self._vault.actor.office_id:
            raise OfficeCardError(OfficeCardError.OWN_CARD)
        return card

    def add_partner(self, card: OfficeCard) -> Partner:
        """Add the office of ``card``, or take its new keys and name if it is already a partner.

        Call only after the user confirmed the fingerprint.  A card older than the one on
        record is refused (ValidationError); a revoked office comes back only with new keys.
        """
        if card.office_id == self._vault.actor.office_id:
            raise OfficeCardError(OfficeCardError.OWN_CARD)
        actor = self._vault.actor
        with self._vault.db.transaction() as session:
            row = session.get(PartnerOffice, card.office_id)
            now = utcnow()
            if row is None:
                row = PartnerOffice(office_id=card.office_id, added_at=now, added_by=actor.user_id)
                row.previous_keys = []
                session.add(row)
                action: AuditAction | None = AuditAction.PARTNER_ADDED
            elif (row.recipient, row.signing_key) == (card.recipient, card.signing_key):
                if row.revoked_at is not None:
                    raise OfficeCardError(OfficeCardError.REVOKED)
                action = None
            else:
                action = self._take_new_keys(row, card)
            if action is not None or row.name != card.office_name:
                row.name = card.office_name
                row.recipient, row.signing_key = card.recipient, card.signing_key
                row.fingerprint = card.fingerprint
                row.card_valid_from = card.valid_from
                row.updated_at = now
            if action is not None:
                detail: dict[str, Any] = {"office": card.office_id, "fingerprint": card.fingerprint}
                if action is AuditAction.PARTNER_KEYS_CHANGED:
                    # Announced by the key it replaces, or only confirmed by the user's fingerprint check.
                    detail["endorsed"] = card.previous_signing_key == _last_signing_key(row)
                audit.append(session, action, actor.user_id, actor.device_id, **detail)
            session.flush()
            return _partner(row)

    def partners(self) -> tuple[Partner, ...]:
        """Every partner office, revoked ones too, by name."""
        with self._vault.db.transaction(readonly=True) as session:
            rows = session.scalars(
                select(PartnerOffice).order_by(PartnerOffice.name, PartnerOffice.office_id)
            )
            return tuple(_partner(row) for row in rows)

    def revoke(self, office_id: str) -> Partner:
        """Stop trusting a partner (PartnerNotFoundError): imports refuse what its keys signed."""
        actor = self._vault.actor
        with self._vault.db.transaction() as session:
            row = session.get(PartnerOffice, office_id)
            if row is None:
                raise PartnerNotFoundError()
            if row.revoked_at is None:
                row.revoked_at = utcnow()
                audit.append(
                    session, AuditAction.PARTNER_REVOKED, actor.user_id, actor.device_id, office=office_id
                )
            session.flush()
            return _partner(row)

    def partner_by_signing_key(self, public_key: str) -> Partner | None:
        """The partner whose current or earlier signing key this is (check ``revoked`` and
        ``previous_keys`` before trusting what it signed)."""
        with self._vault.db.transaction(readonly=True) as session:
            row = session.scalar(select(PartnerOffice).where(PartnerOffice.signing_key == public_key))
            if row is None:
                row = next(
                    (
                        other
                        for other in session.scalars(select(PartnerOffice))
                        if any(key["signing_key"] == public_key for key in other.previous_keys)
                    ),
                    None,
                )
            return None if row is None else _partner(row)

    # -- internals -----------------------------------------------------------------------------------

    @staticmethod
    def _take_new_keys(row: PartnerOffice, card: OfficeCard) -> AuditAction:
        """Keep the partner's current keys as previous ones before ``card``'s replace them."""
        retired_keys = {key["signing_key"] for key in row.previous_keys}
        if card.valid_from < row.card_valid_from or card.signing_key in retired_keys:
            raise ValidationError(
                "card", "is older than the card already added for this office", "stale-card"
            )
        revoked = row.revoked_at is not None
        if revoked and (
            card.signing_key == row.signing_key
            or any(key["signing_key"] == card.signing_key and key["revoked"] for key in row.previous_keys)
        ):
            raise OfficeCardError(OfficeCardError.REVOKED)
        retired = {
            "recipient": row.recipient,
            "signing_key": row.signing_key,
            "retired_at": utcnow().isoformat(),
            "revoked": revoked,
        }
        row.previous_keys = [*row.previous_keys, retired]
        row.revoked_at = None
        return AuditAction.PARTNER_ADDED if revoked else AuditAction.PARTNER_KEYS_CHANGED

    def _office_name(self, session: Session) -> str:
        return session.scalar(select(Office.name).where(Office.id == self._vault.actor.office_id)) or ""


def _last_signing_key(row: PartnerOffice) -> str:
    return str(row.previous_keys[-1]["signing_key"])


def _partner(row: PartnerOffice) -> Partner:
    return Partner(
        office_id=row.office_id,
        name=row.name,
        recipient=row.recipient,
        signing_key=row.signing_key,
        fingerprint=row.fingerprint,
        card_valid_from=row.card_valid_from,
        added_at=row.added_at,
        added_by=row.added_by,
        updated_at=row.updated_at,
        revoked_at=row.revoked_at,
        previous_keys=tuple(
            PartnerKey(
                str(key["recipient"]),
                str(key["signing_key"]),
                dt.datetime.fromisoformat(str(key["retired_at"])),
                bool(key["revoked"]),
            )
            for key in row.previous_keys
        ),
    )
