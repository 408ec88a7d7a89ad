# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``pana.keys`` file format: strict, bounded parsing and canonical bytes (no I/O here).

Format 2 (written since issue #7) stores each user's lookup tag keyed by the vault master
key, so a username cannot be confirmed from the file.  Format 1 stored an unkeyed tag that
is also part of the slot's AEAD associated data; such a slot keeps it as ``legacy_tag``
until the user's next unlock re-wraps it (a format 1 file is read, and written as format 2).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain import bounded_json
from app.domain.errors import KeyFileDamagedError, KeyFileTooCostlyError, VaultTooNewError
from app.vault.kdf import ATTEMPT_WORK_CAP, SALT_BYTES, KdfParams

FORMAT = "pana-keyring"
VERSION = 2
_READABLE_VERSIONS = (1, 2)
#: The associated data keeps format 1's shape, so format 1 slots still open unchanged.
_AAD_VERSION = 1
MAX_FILE_BYTES = 256 * 1024
MAX_SLOTS = 64
#: The format nests four levels (file, slot list, slot, KDF); anything deeper is not a key file.
MAX_DEPTH = 8
MAX_GENERATION = 2**31 - 1
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16
KIND_PASSPHRASE = "passphrase"  # noqa: S105 (a slot kind, not a secret)
KIND_RECOVERY = "recovery"

_TOP_KEYS = frozenset({"format", "version", "vault_id", "slots", "mac", "checksum"})
_SLOT_KEYS_V1 = frozenset({"id", "kind", "generation", "user_id", "user_tag", "kdf", "nonce", "ciphertext"})
_SLOT_KEYS = _SLOT_KEYS_V1 | {"legacy_tag"}
DATABASE_KEY = "database"  # optional: absent from files written before it existed
_KDF_KEYS = frozenset({"alg", "memory_kib", "iterations", "lanes", "salt"})
_HEX_TAG = re.compile(r"[0-9a-f]{32}")
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
_GENERATION_KEY = re.compile(r"[1-9][0-9]{0,9}")


@dataclass(frozen=True, slots=True)
class Slot:
    """One wrapped copy of a VMK.

    A passphrase slot has a ``user_id`` and exactly one of ``user_tag`` (keyed by the VMK, not
    in the associated data) and ``legacy_tag`` (format 1: unkeyed, bound in the associated
    data).  The recovery slot has none of them.
    """

    id: str
    kind: str
    generation: int
    user_id: str | None
    user_tag: str | None
    legacy_tag: str | None
    kdf: KdfParams
    salt: bytes = field(repr=False)
    nonce: bytes = field(repr=False)
    ciphertext: bytes = field(repr=False)

    def header(self, vault_id: str) -> dict[str, Any]:
        """Everything that identifies the slot and its KDF cost: the AEAD associated data."""
        return {
            "vault_id": vault_id,
            "id": self.id,
            "kind": self.kind,
            "generation": self.generation,
            "user_id": self.user_id,
            "user_tag": self.legacy_tag,
            "kdf": _kdf_json(self.kdf, self.salt),
        }

    def associated_data(self, vault_id: str) -> bytes:
        """Canonical bytes of ``header``: binding them means no parameter can be lowered or moved."""
        return canonical({"format": FORMAT + "-slot", "version": _AAD_VERSION, **self.header(vault_id)})

    def to_json(self, version: int = VERSION) -> dict[str, Any]:
        fields = {
            "id": self.id,
            "kind": self.kind,
            "generation": self.generation,
            "user_id": self.user_id,
            "user_tag": self.user_tag,
            "legacy_tag": self.legacy_tag,
            "kdf": _kdf_json(self.kdf, self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        if version == 1:
            fields["user_tag"] = fields.pop("legacy_tag")
        return fields


@dataclass(frozen=True, slots=True)
class Document:
    """The parsed, validated key file; ``macs`` maps each generation present to its HMAC.

    ``version`` is the format the file was read in; its MACs cover the body in that format.

    ``database`` maps generations to the check value of the database they open
    (``app.vault.binding``).  It is covered by the checksum but not by the MACs:
    it only chooses between two error messages, so a forged value can do no more
    than mislabel a failure that happens anyway.
    """

    vault_id: str
    slots: tuple[Slot, ...]
    macs: dict[int, bytes] = field(repr=False)
    version: int = VERSION
    database: dict[int, bytes] = field(default_factory=dict, repr=False)

    def body(self) -> bytes:
        """The bytes every generation's MAC covers (all fields but ``mac`` and ``checksum``)."""
        return canonical(self._body_json())

    def generations(self) -> list[int]:
        """Generations present, newest first."""
        return sorted({slot.generation for slot in self.slots}, reverse=True)

    def serialize(self) -> bytes:
        """The exact bytes of the file: canonical JSON with checksum, then a newline."""
        doc = self._body_json()
        doc["mac"] = {str(gen): mac.hex() for gen, mac in self.macs.items()}
        if self.database:
            doc[DATABASE_KEY] = {str(gen): check.hex() for gen, check in self.database.items()}
        doc["checksum"] = hashlib.sha256(canonical(doc)).hexdigest()
        return canonical(doc) + b"\n"

    def _body_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "slots": [slot.to_json(self.version) for slot in self.slots],
        }


def canonical(obj: Any) -> bytes:
    """Sorted keys, no whitespace, ASCII only: one byte string per value."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _kdf_json(params: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "alg": "argon2id",
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
        "salt": _b64(salt),
    }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def is_uuid(value: object) -> bool:
    """True for a canonical lowercase hyphenated UUID string."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def damaged(detail: str) -> KeyFileDamagedError:
    return KeyFileDamagedError(f"The vault key file is damaged or has been tampered with ({detail}).")


def _need(condition: bool, detail: str) -> None:
    if not condition:
        raise damaged(detail)


def _exact_keys(obj: object, keys: frozenset[str], what: str) -> dict[str, Any]:
    _need(isinstance(obj, dict) and set(obj) == keys, f"unexpected fields in {what}")
    assert isinstance(obj, dict)
    return obj


def _bytes_field(value: object, length: int, what: str) -> bytes:
    _need(isinstance(value, str) and len(value) <= 4 * length, f"bad {what}")
    assert isinstance(value, str)
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise damaged(f"bad {what}") from None
    _need(len(raw) == length and _b64(raw) == value, f"bad {what}")
    return raw


def _int_field(value: object, what: str) -> int:
    _need(type(value) is int, f"bad {what}")
    assert isinstance(value, int)
    return value


def _generation_hex(obj: object, what: str) -> dict[int, bytes]:
    """A ``{"<generation>": "<64 hex digits>"}`` object as ``{generation: 32 bytes}``."""
    _need(isinstance(obj, dict), f"bad {what}")
    assert isinstance(obj, dict)
    found: dict[int, bytes] = {}
    for key, value in obj.items():
        _need(_GENERATION_KEY.fullmatch(key) is not None, f"bad {what}")
        _need(isinstance(value, str) and _HEX_DIGEST.fullmatch(value) is not None, f"bad {what}")
        found[int(key)] = bytes.fromhex(value)
    return found


def _tag(value: object) -> bool:
    return isinstance(value, str) and _HEX_TAG.fullmatch(value) is not None


def _parse_slot(obj: object, version: int) -> Slot:
    slot = _exact_keys(obj, _SLOT_KEYS if version > 1 else _SLOT_KEYS_V1, "slot")
    if version == 1:
        slot = {**slot, "legacy_tag": slot["user_tag"], "user_tag": None}
    kdf = _exact_keys(slot["kdf"], _KDF_KEYS, "KDF parameters")
    _need(kdf["alg"] == "argon2id", "unknown KDF")
    try:
        params = KdfParams(
            _int_field(kdf["memory_kib"], "memory"),
            _int_field(kdf["iterations"], "iterations"),
            _int_field(kdf["lanes"], "lanes"),
        )
    except ValueError:
        raise damaged("KDF parameters out of bounds") from None
    kind = slot["kind"]
    generation = _int_field(slot["generation"], "generation")
    _need(1 <= generation <= MAX_GENERATION, "bad generation")
    _need(is_uuid(slot["id"]), "bad slot id")
    if kind == KIND_PASSPHRASE:
        _need(is_uuid(slot["user_id"]), "bad user id")
        tags = (slot["user_tag"], slot["legacy_tag"])
        _need(sorted(map(_tag, tags)) == [False, True] and None in tags, "bad user tag")
    else:
        _need(kind == KIND_RECOVERY, "unknown slot kind")
        _need(slot["user_id"] is slot["user_tag"] is slot["legacy_tag"] is None, "recovery slot names a user")
    return Slot(
        id=slot["id"],
        kind=kind,
        generation=generation,
        user_id=slot["user_id"],
        user_tag=slot["user_tag"],
        legacy_tag=slot["legacy_tag"],
        kdf=params,
        salt=_bytes_field(kdf["salt"], SALT_BYTES, "salt"),
        nonce=_bytes_field(slot["nonce"], NONCE_BYTES, "nonce"),
        ciphertext=_bytes_field(slot["ciphertext"], WRAPPED_BYTES, "ciphertext"),
    )


def check_invariants(slots: Iterable[Slot]) -> None:
    """Per generation: ≥ 1 passphrase slot, one recovery slot, unique users and tags; ≤ 2 generations."""
    slots = list(slots)
    _need(1 <= len(slots) <= MAX_SLOTS, "wrong number of slots")
    _need(len({slot.id for slot in slots}) == len(slots), "duplicate slot id")
    generations = {slot.generation for slot in slots}
    _need(len(generations) <= 2, "too many key generations")
    for gen in generations:
        mine = [slot for slot in slots if slot.generation == gen]
        users = [slot for slot in mine if slot.kind == KIND_PASSPHRASE]
        _need(len(mine) - len(users) == 1, "need exactly one recovery slot")
        _need(len(users) >= 1, "no passphrase slot")
        _need(len({slot.user_id for slot in users}) == len(users), "duplicate user")
        tags = [("keyed", s.user_tag) if s.user_tag else ("legacy", s.legacy_tag) for s in users]
        _need(len(set(tags)) == len(tags), "duplicate user tag")


def unlock_work(doc: Document, *, named: bool) -> int:
    """Key-derivation work (KiB × passes) of the costliest passphrase attempt on ``doc``.

    Without a user name an attempt tries every passphrase slot.  With one it still
    tries every slot with a keyed tag (the tag is checked after the slot opens), but
    of the format 1 slots only the one whose unkeyed tag names the user, at most one
    per generation; when no slot is left, one dummy derivation with the first slot's
    parameters.  A recovery attempt tries the one recovery slot of each generation.
    """
    users = [slot for slot in doc.slots if slot.kind == KIND_PASSPHRASE]
    if not named:
        return sum(slot.kdf.work for slot in users)
    keyed = sum(slot.kdf.work for slot in users if slot.legacy_tag is None)
    legacy = [slot for slot in users if slot.legacy_tag is not None]
    generations = {slot.generation for slot in legacy}
    most_legacy = sum(max(s.kdf.work for s in legacy if s.generation == gen) for gen in generations)
    return max(keyed + most_legacy, users[0].kdf.work)


def check_unlock_work(doc: Document, *, named: bool) -> None:
    """``KeyFileTooCostlyError`` when the attempt would cost more than ``ATTEMPT_WORK_CAP``."""
    if unlock_work(doc, named=named) > ATTEMPT_WORK_CAP:
        raise KeyFileTooCostlyError()


def parse(raw: bytes) -> Document:
    """Validate ``raw`` completely, before any KDF work; ``KeyFileDamagedError`` on any flaw.

    Bounded in time and memory: size capped first, JSON nesting measured before
    parsing (``bounded_json``), every count and KDF parameter checked.
    A newer format version raises ``VaultTooNewError``.
    """
    _need(len(raw) <= MAX_FILE_BYTES, "too large")
    try:
        obj = bounded_json.loads(raw, max_depth=MAX_DEPTH)
    except bounded_json.JsonRefused as exc:
        raise damaged(f"not valid JSON: {exc.reason}") from None
    _need(isinstance(obj, dict) and obj.get("format") == FORMAT, "not a Pana key file")
    # The checksum rule is the same in every format version, so damage is reported as damage
    # (a flipped bit in "version" must not read as "made by a newer Pana").
    checksum = obj.get("checksum")
    _need(isinstance(checksum, str) and _HEX_DIGEST.fullmatch(checksum) is not None, "bad checksum")
    unsummed = {key: value for key, value in obj.items() if key != "checksum"}
    _need(hashlib.sha256(canonical(unsummed)).hexdigest() == checksum, "checksum mismatch")
    version = obj.get("version")
    _need(type(version) is int, "bad version")
    if version > VERSION:
        raise VaultTooNewError()
    _need(version in _READABLE_VERSIONS, "bad version")
    top = _exact_keys(obj, _TOP_KEYS | (obj.keys() & {DATABASE_KEY}), "key file")
    _need(is_uuid(top["vault_id"]), "bad vault id")
    _need(isinstance(top["slots"], list) and 1 <= len(top["slots"]) <= MAX_SLOTS, "bad slot list")
    slots = tuple(_parse_slot(slot, version) for slot in top["slots"])
    check_invariants(slots)
    macs = _generation_hex(top["mac"], "MAC")
    _need(set(macs) == {slot.generation for slot in slots}, "MAC does not match the key generations")
    database = _generation_hex(top.get(DATABASE_KEY, {}), "database check")
    _need(set(database) <= set(macs), "database check for a missing key generation")
    document = Document(vault_id=top["vault_id"], slots=slots, macs=macs, version=version, database=database)
    # Byte-exact: a flipped byte that still parses to the same values (say, hex case) is damage too.
    _need(document.serialize() == raw, "not in canonical form")
    return document
