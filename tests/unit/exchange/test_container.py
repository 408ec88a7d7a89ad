# SPDX-License-Identifier: GPL-3.0-or-later
"""The exchange container: a signed manifest and its entries round-trip; hostile containers
(T27 bombs, truncation, flipped bytes, versions, duplicates) are refused with their reason,
before any entry is handed out."""

from __future__ import annotations

import struct
import time
import tracemalloc
from collections.abc import Mapping
from typing import Any

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.canonical import canonical_json
from app.domain.errors import ExchangeFileError
from app.exchange.container import MAGIC, Entry, pack, unpack

KEY = Ed25519PrivateKey.generate()
MANIFEST = {"bundle": "b-1", "sender": "office-a", "recipients": ["office-a", "office-b"], "schema": "0003"}
ENTRIES = [
    Entry("revisions", "revisions", b'{"id":"r1"}\n{"id":"r2"}\n'),
    Entry("attachment", "att-1", b"\x89PNG"),
]


class Untrusted(Exception):
    pass


def verify(manifest: Mapping[str, Any], signed: bytes, signature: bytes) -> None:
    try:
        KEY.public_key().verify(signature, signed)
    except InvalidSignature:
        raise Untrusted() from None


def good() -> bytes:
    return pack(MANIFEST, ENTRIES, KEY.sign)


def reason(data: bytes) -> str:
    with pytest.raises(ExchangeFileError) as refused:
        unpack(data, verify)
    return refused.value.reason


def _forged(manifest: dict[str, Any], tail: bytes = b"", *, major: int = 1, minor: int = 0) -> bytes:
    """A container with any manifest at all, correctly signed (what a hostile sender can make)."""
    body = canonical_json(manifest)
    head = MAGIC + bytes([major, minor]) + struct.pack(">I", len(body)) + body
    return head + struct.pack(">H", 64) + KEY.sign(head) + tail


def test_round_trip_keeps_the_manifest_and_every_entry() -> None:
    container = unpack(good(), verify)
    assert container.manifest["sender"] == "office-a" and container.manifest["format"] == "pana-bundle"
    assert container.entries == tuple(ENTRIES)
    assert container.entry("attachment", "att-1") == ENTRIES[1]


def test_a_signature_from_another_key_is_the_caller_s_refusal() -> None:
    other = pack(MANIFEST, ENTRIES, Ed25519PrivateKey.generate().sign)
    with pytest.raises(Untrusted):
        unpack(other, verify)


def test_a_changed_manifest_fails_the_signature() -> None:
    data = bytearray(good())
    at = data.index(b"office-b")
    data[at + 7] ^= 0x01
    with pytest.raises(Untrusted):
        unpack(bytes(data), verify)


def test_a_flipped_byte_in_an_entry_is_tampering() -> None:
    data = bytearray(good())
    data[-1] ^= 0xFF
    assert reason(bytes(data)) == "tampered"


@pytest.mark.parametrize("cut", [0, 5, 9, 13, 40, -70, -66, -30, -1])
def test_truncation_anywhere_is_refused(cut: int) -> None:
    data = good()
    assert reason(data[:cut]) in {"truncated", "not-a-bundle"}


def test_not_a_bundle_and_versions() -> None:
    assert reason(b"age-encryption.org/v1\n" + bytes(40)) == "not-a-bundle"
    for major in (0, 2):
        assert reason(_forged({"format": "pana-bundle", "entries": []}, major=major)) == "unsupported-bundle"


def test_container_bombs_are_refused_with_bounded_work() -> None:
    """T27: a small declared entry that is larger, 10^7 entries, deep nesting, 2^64 lengths, duplicates,
    millions of empty objects or strings; each refused within a second and 64 MB of Python memory."""
    entry = {"kind": "revisions", "name": "revisions", "length": 3, "sha256": "0" * 64}
    deep: Any = {"format": "pana-bundle", "entries": []}
    deep["x"] = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]
    big = {**entry, "length": 2**64}
    bombs = [
        (_forged({"format": "pana-bundle", "entries": [entry]}, b"abcdef"), "truncated"),
        (_forged({"format": "pana-bundle", "entries": [entry] * 200_001}), "too-large"),
        (_forged(deep), "malformed-bundle"),
        (_forged({"format": "pana-bundle", "entries": [big]}), "malformed-bundle"),
        (_forged({"format": "pana-bundle", "entries": [entry, entry]}, b"abcabc"), "duplicate-entry"),
        (MAGIC + bytes([1, 0]) + struct.pack(">I", 2**31) + b"{}", "too-large"),
        # Within the size limit, but millions of objects, or of values, to build before the signature.
        (_forged({"format": "pana-bundle", "entries": [], "x": [{}] * 5_000_000}), "too-large"),
        (_forged({"format": "pana-bundle", "entries": [], "x": [""] * 5_000_000}), "too-large"),
    ]
    for data, expected in bombs:
        tracemalloc.start()
        start = time.perf_counter()
        try:
            assert reason(data) == expected
            elapsed, (_, peak) = time.perf_counter() - start, tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert elapsed < 1.0 and peak < 64 * 2**20, (expected, elapsed, peak)


def test_names_carry_no_paths() -> None:
    with pytest.raises(ExchangeFileError) as refused:
        pack(MANIFEST, [Entry("attachment", "../../.bashrc", b"x")], KEY.sign)
    assert refused.value.reason == "malformed-bundle"
    for name in ("C:\\x", "/etc/passwd", "a/b", "", "x" * 101, "CON\x00"):
        entry = {"kind": "attachment", "name": name, "length": 1, "sha256": "0" * 64}
        assert reason(_forged({"format": "pana-bundle", "entries": [entry]}, b"x")) == "malformed-bundle"
