# SPDX-License-Identifier: GPL-3.0-or-later
"""Slot cryptography: Argon2id + AES-256-GCM wrapping of the VMK, user tags, the file MAC."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import secrets
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.errors import (
    KeyFileDamagedError,
    KeyRotationPendingError,
    NotFoundError,
    ValidationError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from app.vault.kdf import KdfParams, derive_key, new_salt
from app.vault.keyfile import (
    KIND_PASSPHRASE,
    KIND_RECOVERY,
    NONCE_BYTES,
    WRAPPED_BYTES,
    Document,
    Slot,
    check_invariants,
    is_uuid,
)
from app.vault.memory import wipe

MASTER_KEY_BYTES = 32
MAX_PASSPHRASE_CHARS = 1024
_TAG_DOMAIN = b"pana-user-tag\0"
_MAC_INFO = b"pana-keyring-mac\0"


@dataclass(frozen=True, eq=False)
class Unlocked:
    """A VMK that a slot released; ``user_id`` is ``None`` when the recovery key opened it.

    The caller owns ``master_key`` and should ``wipe`` it when done.
    """

    master_key: bytearray = field(repr=False)
    user_id: str | None
    generation: int


def passphrase_bytes(passphrase: str) -> bytearray:
    """NFC-normalised UTF-8 bytes; ``ValidationError`` (field ``passphrase``) if empty or invalid."""
    if not isinstance(passphrase, str) or not passphrase:
        raise ValidationError("passphrase", "must not be empty")
    normalized = unicodedata.normalize("NFC", passphrase)
    if len(normalized) > MAX_PASSPHRASE_CHARS:
        raise ValidationError("passphrase", f"must be at most {MAX_PASSPHRASE_CHARS} characters")
    try:
        return bytearray(normalized, "utf-8")
    except UnicodeEncodeError:
        raise ValidationError("passphrase", "contains invalid characters") from None


def user_tag(vault_id: str, username: str) -> str:
    """The slot lookup tag for ``username`` in this vault (the name itself is never stored).

    Raises ``ValidationError`` (field ``username``) for an empty or invalid name.
    """
    if not isinstance(username, str):
        raise ValidationError("username", "must be text")
    name = unicodedata.normalize("NFC", unicodedata.normalize("NFC", username).casefold()).strip()
    if not name:
        raise ValidationError("username", "must not be empty")
    try:
        encoded = name.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("username", "contains invalid characters") from None
    digest = hashlib.sha256(_TAG_DOMAIN + vault_id.encode("ascii") + b"\0" + encoded).digest()
    return digest[:16].hex()


def check_user_id(user_id: str) -> None:
    """``ValidationError`` (``user_id``) unless ``user_id`` is a canonical UUID string."""
    if not is_uuid(user_id):
        raise ValidationError("user_id", "must be a lowercase UUID")


def new_master_key() -> bytearray:
    """A fresh random 256-bit VMK."""
    key = bytearray(MASTER_KEY_BYTES)
    key[:] = secrets.token_bytes(MASTER_KEY_BYTES)
    return key


def file_mac(master_key: bytearray | bytes, vault_id: str, body: bytes) -> bytes:
    """HMAC-SHA256 of ``body`` under an HKDF subkey of the VMK (never the VMK itself)."""
    mac_key = bytearray(32)
    HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO + vault_id.encode("ascii")
    ).derive_into(master_key, mac_key)
    try:
        return hmac.new(mac_key, body, hashlib.sha256).digest()
    finally:
        wipe(mac_key)


def seal(vault_id: str, slots: Iterable[Slot], keys: dict[int, bytearray]) -> Document:
    """A document whose every generation's MAC is computed with that generation's VMK."""
    draft = Document(vault_id=vault_id, slots=tuple(slots), macs={})
    check_invariants(draft.slots)
    body = draft.body()
    return Document(
        vault_id, draft.slots, {gen: file_mac(keys[gen], vault_id, body) for gen in draft.generations()}
    )


def make_slot(
    vault_id: str,
    master_key: bytearray,
    secret: bytearray,
    kdf: KdfParams,
    generation: int,
    user: tuple[str, str] | None = None,
    slot_id: str | None = None,
) -> Slot:
    """Wrap ``master_key`` under a key derived from ``secret``, with fresh salt and nonce.

    ``user`` is ``(user_id, user_tag)`` for a passphrase slot, ``None`` for the recovery slot.
    """
    draft = Slot(
        id=slot_id or str(uuid.uuid4()),
        kind=KIND_PASSPHRASE if user else KIND_RECOVERY,
        generation=generation,
        user_id=user[0] if user else None,
        user_tag=user[1] if user else None,
        kdf=kdf,
        salt=new_salt(),
        nonce=secrets.token_bytes(NONCE_BYTES),
        ciphertext=b"",
    )
    wrapped = bytearray(WRAPPED_BYTES)
    kek = derive_key(secret, draft.salt, kdf)
    try:
        AESGCM(kek).encrypt_into(draft.nonce, master_key, draft.associated_data(vault_id), wrapped)
    finally:
        wipe(kek)
    return dataclasses.replace(draft, ciphertext=bytes(wrapped))


def rewrapped(
    doc: Document, master_key: bytearray, slot: Slot, secret: bytearray, kdf: KdfParams
) -> Document:
    """``doc`` with ``slot`` wrapped anew under ``secret`` (same id, user, generation), re-sealed."""
    user = (slot.user_id, slot.user_tag) if slot.user_id and slot.user_tag else None
    fresh = make_slot(doc.vault_id, master_key, secret, kdf, slot.generation, user, slot_id=slot.id)
    slots = [fresh if s.id == slot.id else s for s in doc.slots]
    return seal(doc.vault_id, slots, {slot.generation: master_key})


def unwrap(vault_id: str, slot: Slot, secret: bytearray) -> bytearray | None:
    """The VMK in ``slot`` if ``secret`` opens it, else ``None``; always runs the KDF once."""
    kek = derive_key(secret, slot.salt, slot.kdf)
    master_key = bytearray(MASTER_KEY_BYTES)
    try:
        AESGCM(kek).decrypt_into(slot.nonce, slot.ciphertext, slot.associated_data(vault_id), master_key)
    except InvalidTag:
        return None
    finally:
        wipe(kek)
    return master_key


def verify_key(doc: Document, master_key: bytearray) -> int:
    """The generation whose MAC ``master_key`` reproduces: proof the caller holds that VMK."""
    body = doc.body()
    for generation, expected in doc.macs.items():
        if hmac.compare_digest(file_mac(master_key, doc.vault_id, body), expected):
            return generation
    raise KeyFileDamagedError("The master key does not match the vault key file.")


def check_mac(doc: Document, master_key: bytearray, generation: int) -> None:
    """``KeyFileDamagedError`` unless the file MAC of ``generation`` verifies under ``master_key``."""
    if not hmac.compare_digest(file_mac(master_key, doc.vault_id, doc.body()), doc.macs[generation]):
        raise KeyFileDamagedError()


def newest_first(slots: Iterable[Slot]) -> list[Slot]:
    """Slots sorted by generation, newest first (file order kept within a generation)."""
    return sorted(slots, key=lambda s: -s.generation)


def refuse_pending(doc: Document) -> None:
    """``KeyRotationPendingError`` while two generations coexist."""
    if len(doc.generations()) > 1:
        raise KeyRotationPendingError()


def user_slot(doc: Document, user_id: str, username: str) -> Slot:
    """The user's newest slot; ``NotFoundError`` if none, ``ValidationError`` if not ``username``'s."""
    slot = next((s for s in newest_first(doc.slots) if s.user_id == user_id), None)
    if slot is None:
        raise NotFoundError()
    if not hmac.compare_digest(slot.user_tag or "", user_tag(doc.vault_id, username)):
        raise ValidationError("username", "does not belong to this user")
    return slot


def open_passphrase_slots(
    doc: Document, secret: bytearray, username: str | None, *, first_only: bool
) -> list[Unlocked]:
    """Try the passphrase slots (only ``username``'s when given), newest generation first.

    Returns one ``Unlocked`` per generation opened (just the first with
    ``first_only``).  When ``username`` matches no slot, one dummy derivation
    with the file's parameters keeps the timing of an existing user.  Raises
    ``WrongPassphraseError`` when nothing opens, ``KeyFileDamagedError`` when a
    slot opens but the file MAC fails.
    """
    slots = newest_first(s for s in doc.slots if s.kind == KIND_PASSPHRASE)
    if username is not None:
        tag = user_tag(doc.vault_id, username)
        wanted = [s for s in slots if hmac.compare_digest(s.user_tag or "", tag)]
        if not wanted:
            wipe(derive_key(secret, new_salt(), slots[0].kdf))
        slots = wanted
    found: list[Unlocked] = []
    try:
        for slot in slots:
            if any(u.generation == slot.generation for u in found):
                continue
            master_key = unwrap(doc.vault_id, slot, secret)
            if master_key is None:
                continue
            found.append(Unlocked(master_key, slot.user_id, slot.generation))
            check_mac(doc, master_key, slot.generation)
            if first_only:
                break
    except BaseException:
        for unlocked in found:
            wipe(unlocked.master_key)
        raise
    if not found:
        raise WrongPassphraseError()
    return found


def open_recovery_slot(doc: Document, secret: bytearray) -> Unlocked:
    """Try the recovery slots, newest first; ``WrongRecoveryKeyError`` or ``KeyFileDamagedError``."""
    for slot in newest_first(s for s in doc.slots if s.kind == KIND_RECOVERY):
        master_key = unwrap(doc.vault_id, slot, secret)
        if master_key is not None:
            try:
                check_mac(doc, master_key, slot.generation)
            except KeyFileDamagedError:
                wipe(master_key)
                raise
            return Unlocked(master_key, None, slot.generation)
    raise WrongRecoveryKeyError()
