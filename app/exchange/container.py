# SPDX-License-Identifier: GPL-3.0-or-later
"""The inner layer of an exchange file: a path-free, versioned container with a signed manifest.

Layout (all integers big-endian)::

    b"PANABNDL" | major (1 byte) | minor (1 byte)
    manifest length (4 bytes) | manifest: canonical JSON
    signature length (2 bytes) | Ed25519 signature of everything before it
    entry 1 bytes | entry 2 bytes | …            (lengths and SHA-256 in the manifest)

Entries: ``revisions`` (JSON lines), ``tombstones`` (JSON lines of purged records; since 1.1)
and one ``attachment`` per file.

The manifest says who sent it (office id and signing key), to whom (the signed recipient
list), the schema version, the bundle id and the sender's sequence number towards each
recipient, and every entry's kind, name, length and SHA-256.  Entries hold no paths: an
attachment is named by its record id.

Reading is hostile-input work, bounded before anything is parsed: the file size, the manifest
size and JSON nesting, the entry count, that the declared lengths add up to exactly the bytes
that follow, no entry declared twice, every entry's hash.  The signature is checked by the
caller's ``verify`` (it knows which keys are trusted) before any entry is handed out.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.bounded_json import JsonRefused, loads
from app.domain.canonical import canonical_json
from app.domain.errors import ExchangeFileError, ExchangeRefusal

MAGIC = b"PANABNDL"
MAJOR, MINOR = 1, 1
#: The oldest minor version of this major this code reads.
MIN_MINOR = 0
FORMAT = "pana-bundle"
MAX_MANIFEST = 16 * 1024 * 1024
MAX_ENTRIES = 200_000
MAX_DEPTH = 16
#: A manifest holds its entries (an object of four values each) and a scope of case ids: more objects
#: or values than that many entries need are refused before the manifest is parsed, since parsing
#: comes before its signature is checked (T27: 16 MiB of "{}" had cost 440 MB and 5 s).
MAX_CONTAINERS = MAX_ENTRIES + 64
MAX_VALUES = 8 * MAX_ENTRIES
SIGNATURE_LENGTH = 64
KINDS = ("revisions", "tombstones", "attachment")
_HEAD = struct.Struct(">8sBBI")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


R = ExchangeRefusal


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # "revisions" or "tombstones" (JSON lines), or "attachment" (bytes of one file)
    name: str  # path-free: "revisions", "tombstones", or the attachment's record id
    data: bytes


@dataclass(frozen=True, slots=True)
class Container:
    manifest: Mapping[str, Any]
    entries: tuple[Entry, ...]

    def entry(self, kind: str, name: str) -> Entry | None:
        return next((e for e in self.entries if e.kind == kind and e.name == name), None)


def pack(manifest: Mapping[str, Any], entries: Sequence[Entry], sign: Callable[[bytes], bytes]) -> bytes:
    """The container bytes: ``manifest`` (without ``entries``: they are listed from ``entries``)
    signed by ``sign`` (the sender's Ed25519 key)."""
    listed = [
        {"kind": e.kind, "name": e.name, "length": len(e.data), "sha256": hashlib.sha256(e.data).hexdigest()}
        for e in entries
    ]
    _check_entry_list(listed)
    body = canonical_json({**manifest, "format": FORMAT, "entries": listed})
    if len(body) > MAX_MANIFEST:
        raise ExchangeFileError(R.TOO_LARGE, "the manifest is too large")
    head = _HEAD.pack(MAGIC, MAJOR, MINOR, len(body)) + body
    signature = sign(head)
    if len(signature) != SIGNATURE_LENGTH:
        raise ValueError("an Ed25519 signature is 64 bytes")
    return b"".join([head, struct.pack(">H", len(signature)), signature, *(e.data for e in entries)])


def unpack(data: bytes, verify: Callable[[Mapping[str, Any], bytes, bytes], None]) -> Container:
    """Read a container; ``verify(manifest, signed_bytes, signature)`` raises when the signature or
    the sender is not trusted.  Every entry's length and hash are checked before it is returned."""
    if len(data) < _HEAD.size:
        raise ExchangeFileError(R.TRUNCATED, "the file ends before its header")
    magic, major, minor, manifest_length = _HEAD.unpack_from(data)
    if magic != MAGIC:
        raise ExchangeFileError(R.NOT_A_BUNDLE, "this is not a Pana exchange file")
    if major != MAJOR or minor < MIN_MINOR:
        raise ExchangeFileError(R.UNSUPPORTED_BUNDLE, f"exchange format {major}.{minor} is not supported")
    if manifest_length > MAX_MANIFEST:
        raise ExchangeFileError(R.TOO_LARGE, "the manifest is larger than any Pana writes")
    signed_end = _HEAD.size + manifest_length
    if len(data) < signed_end + 2:
        raise ExchangeFileError(R.TRUNCATED, "the file ends inside its manifest")
    (signature_length,) = struct.unpack_from(">H", data, signed_end)
    if signature_length != SIGNATURE_LENGTH:
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "the signature has the wrong length")
    entries_start = signed_end + 2 + signature_length
    if len(data) < entries_start:
        raise ExchangeFileError(R.TRUNCATED, "the file ends inside its signature")
    manifest = _manifest(data[_HEAD.size : signed_end])
    verify(manifest, data[:signed_end], data[signed_end + 2 : entries_start])
    listed = manifest["entries"]
    if entries_start + sum(e["length"] for e in listed) != len(data):
        raise ExchangeFileError(R.TRUNCATED, "the entries do not add up to the file's length")
    entries, offset = [], entries_start
    for item in listed:
        chunk = data[offset : offset + item["length"]]
        offset += item["length"]
        if hashlib.sha256(chunk).hexdigest() != item["sha256"]:
            raise ExchangeFileError(R.TAMPERED, f"entry {item['name']} does not match its hash")
        entries.append(Entry(item["kind"], item["name"], chunk))
    return Container(manifest, tuple(entries))


def _manifest(body: bytes) -> dict[str, Any]:
    if body.count(b"{") + body.count(b"[") > MAX_CONTAINERS or body.count(b",") > MAX_VALUES:
        raise ExchangeFileError(R.TOO_LARGE, "the manifest holds more items than any Pana writes")
    try:
        manifest = loads(body, max_depth=MAX_DEPTH)
    except (JsonRefused, UnicodeDecodeError) as exc:
        raise ExchangeFileError(R.MALFORMED_BUNDLE, f"the manifest is not valid: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "the manifest is not a Pana bundle manifest")
    listed = manifest.get("entries")
    if not isinstance(listed, list):
        raise ExchangeFileError(R.MALFORMED_BUNDLE, "the manifest lists no entries")
    _check_entry_list(listed)
    return manifest


def _check_entry_list(listed: list[Any]) -> None:
    if len(listed) > MAX_ENTRIES:
        raise ExchangeFileError(R.TOO_LARGE, f"more than {MAX_ENTRIES} entries")
    seen = set()
    for item in listed:
        if not isinstance(item, dict) or set(item) != {"kind", "name", "length", "sha256"}:
            raise ExchangeFileError(
                R.MALFORMED_BUNDLE, "an entry is not described as kind, name, length, sha256"
            )
        kind, name, length, digest = item["kind"], item["name"], item["length"], item["sha256"]
        if kind not in KINDS or not isinstance(name, str) or not _NAME.fullmatch(name):
            raise ExchangeFileError(
                R.MALFORMED_BUNDLE, "an entry has an unknown kind or a name that is not plain"
            )
        if not isinstance(length, int) or isinstance(length, bool) or not 0 <= length < 2**40:
            raise ExchangeFileError(R.MALFORMED_BUNDLE, "an entry has an impossible length")
        if not isinstance(digest, str) or not _HEX64.fullmatch(digest):
            raise ExchangeFileError(R.MALFORMED_BUNDLE, "an entry has no SHA-256")
        if (kind, name) in seen:
            raise ExchangeFileError(R.DUPLICATE_ENTRY, f"entry {name} is listed twice")
        seen.add((kind, name))
