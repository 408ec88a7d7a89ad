# SPDX-License-Identifier: GPL-3.0-or-later
"""Slot cryptography: Argon2id + AES-256-GCM wrapping of the VMK, user tags, the file MAC.

A user tag finds a username's slot.  It is an HMAC under a subkey of the VMK, so the key
file alone cannot confirm a guessed username; the price is that an unlock tries every
passphrase slot of the file (one Argon2id derivation each) and checks the tag after.
"""

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
_LEGACY_TAG_DOMAIN = b"pana-user-tag\0"
_TAG_INFO = b"pana-user-tag-key\0"
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


def _username_bytes(username: str) -> bytes:
    if not isinstance(username, str):
        raise ValidationError("username", "must be text")
    name = unicodedata.normalize("NFC", unicodedata.normalize("NFC", username).casefold()).strip()
    if not name:
        raise ValidationError("username", "must not be empty")
    try:
        return name.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("username", "contains invalid characters") from None


def user_tag(master_key: bytearray | bytes, vault_id: str, username: str) -> str:
    """The slot lookup tag for ``username``: useless to anyone without the VMK of the slot's generation.

    Raises ``ValidationError`` (field ``username``) for an empty or invalid name.
    """
    name = _username_bytes(username)
    tag_key = bytearray(32)
    HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_TAG_INFO + vault_id.encode("ascii")
    ).derive_into(master_key, tag_key)
    try:
        return hmac.new(tag_key, name, hashlib.sha256).digest()[:16].hex()
    finally:
        wipe(tag_key)


def legacy_user_tag(vault_id: str, username: str) -> str:
    """Format 1's unkeyed tag, still bound into the associated data of slots not yet re-wrapped."""
    name = _username_bytes(username)
    return hashlib.sha256(_LEGACY_TAG_DOMAIN + vault_id.encode("ascii") + b"\0" + name).digest()[:16].hex()


def tag_matches(vault_id: str, slot: Slot, username: str, master_key: bytearray) -> bool:
    """True when ``slot`` belongs to ``username`` (``master_key`` is the VMK of the slot's generation)."""
    if slot.legacy_tag is not None:
        return hmac.compare_digest(slot.legacy_tag, legacy_user_tag(vault_id, username))
    return hmac.compare_digest(slot.user_tag or "", user_tag(master_key, vault_id, username))


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

    ``user`` is ``(user_id, username)`` for a passphrase slot, ``None`` for the recovery slot.
    """
    draft = Slot(
        id=slot_id or str(uuid.uuid4()),
        kind=KIND_PASSPHRASE if user else KIND_RECOVERY,
        generation=generation,
        user_id=user[0] if user else None,
        user_tag=user_tag(master_key, vault_id, user[1]) if user else None,
        legacy_tag=None,
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
    doc: Document,
    master_key: bytearray,
    slot: Slot,
    secret: bytearray,
    kdf: KdfParams,
    username: str | None = None,
) -> Document:
    """``doc`` with ``slot`` wrapped anew under ``secret`` (same id, user, generation), re-sealed.

    A passphrase slot needs its ``username`` (checked by the caller) for the keyed tag.
    """
    user = None
    if slot.user_id is not None:
        if username is None:
            raise ValueError("a passphrase slot is re-wrapped with its username")
        user = (slot.user_id, username)
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


def user_slot(doc: Document, user_id: str) -> Slot:
    """The user's newest slot; ``NotFoundError`` if none."""
    slot = next((s for s in newest_first(doc.slots) if s.user_id == user_id), None)
    if slot is None:
        raise NotFoundError()
    return slot


def check_username(doc: Document, slot: Slot, username: str, master_key: bytearray) -> None:
    """``ValidationError`` unless ``slot`` is ``username``'s (``master_key``: the slot's generation)."""
    if not tag_matches(doc.vault_id, slot, username, master_key):
        raise ValidationError("username", "does not belong to this user")


def open_passphrase_slots(
    doc: Document, secret: bytearray, username: str | None, *, first_only: bool
) -> list[Unlocked]:
    """Try the passphrase slots (only ``username``'s when given), newest generation first.

    Returns one ``Unlocked`` per generation opened (just the first with
    ``first_only``).  A keyed tag can only be checked once its slot has opened,
    so every slot is tried except format 1 slots whose unkeyed tag names
    another user; when none is left, one dummy derivation keeps the timing of
    an existing user.  Raises ``WrongPassphraseError`` when nothing opens,
    ``KeyFileDamagedError`` when a slot opens but the file MAC fails.
    """
    slots = newest_first(s for s in doc.slots if s.kind == KIND_PASSPHRASE)
    if username is not None:
        legacy = legacy_user_tag(doc.vault_id, username)
        wanted = [s for s in slots if s.legacy_tag is None or hmac.compare_digest(s.legacy_tag, legacy)]
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
            if username is not None and not tag_matches(doc.vault_id, slot, username, master_key):
                wipe(found.pop().master_key)  # this passphrase is another user's too
                continue
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
