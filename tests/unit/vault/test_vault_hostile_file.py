# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile key files are refused before any KDF work, in bounded time and memory (T14)."""

from __future__ import annotations

import copy
import os
import sys
import time
import tracemalloc
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from vault_kit import ALICE_ID, KdfSpy, Vault, edit_doc, read_doc, slot_of, write_doc

from app.domain.errors import KeyFileDamagedError, VaultTooNewError
from app.vault import KeyRing

GIB_IN_KIB = 1024 * 1024


def _alice_kdf(**values: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        slot_of(doc, ALICE_ID)["kdf"].update(values)

    return change


def _alice(**values: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        slot_of(doc, ALICE_ID).update(values)

    return change


def _many_slots(doc: dict[str, Any]) -> None:
    template = slot_of(doc, ALICE_ID)
    for _ in range(64):
        extra = copy.deepcopy(template)
        extra["id"] = str(uuid.uuid4())
        extra["user_id"] = str(uuid.uuid4())
        extra["user_tag"] = uuid.uuid4().hex
        doc["slots"].append(extra)


HOSTILE: dict[str, Callable[[dict[str, Any]], None]] = {
    "memory 4 GiB": _alice_kdf(memory_kib=4 * GIB_IN_KIB),
    "iterations 10^6": _alice_kdf(iterations=10**6),
    "lanes 1000": _alice_kdf(lanes=1000),
    "all three": _alice_kdf(memory_kib=4 * GIB_IN_KIB, iterations=10**6, lanes=1000),
    "memory as string": _alice_kdf(memory_kib="65536"),
    "memory as bool": _alice_kdf(lanes=True),
    "negative memory": _alice_kdf(memory_kib=-1),
    "huge integer": _alice_kdf(iterations=10**300),
    "other algorithm": _alice_kdf(alg="argon2i"),
    "unknown kdf field": _alice_kdf(secret="x"),
    "salt not base64": _alice_kdf(salt="!!!!!!!!!!!!!!!!!!!!!!=="),
    "salt 15 bytes": _alice_kdf(salt="AAAAAAAAAAAAAAAAAAAA"),
    "salt 1 MB": _alice_kdf(salt="A" * 100_000),
    "nonce 16 bytes": _alice(nonce="AAAAAAAAAAAAAAAAAAAAAA=="),
    "ciphertext short": _alice(ciphertext="AAAA"),
    "ciphertext a list": _alice(ciphertext=["AAAA"]),
    "unknown slot field": _alice(comment="hi"),
    "missing slot field": lambda d: slot_of(d, ALICE_ID).pop("nonce"),
    "unknown kind": _alice(kind="fingerprint"),
    "user_id not a uuid": _alice(user_id="alice"),
    "user_tag uppercase": _alice(user_tag="AB" * 16),
    "generation 0": _alice(generation=0),
    "third generation": lambda d: d["slots"].append({**copy.deepcopy(d["slots"][0]), "generation": 9}),
    "two recovery slots": lambda d: d["slots"].append(
        {**copy.deepcopy(slot_of(d, None)), "id": str(uuid.uuid4())}
    ),
    "duplicate slot id": lambda d: d["slots"].append(copy.deepcopy(d["slots"][0])),
    "65+ slots": _many_slots,
    "no slots": lambda d: d.update(slots=[]),
    "slots an object": lambda d: d.update(slots={}),
    "unknown top field": lambda d: d.update(extra=1),
    "vault_id not a uuid": lambda d: d.update(vault_id="x"),
    "mac missing generation": lambda d: d.update(mac={}),
    "mac not hex": lambda d: d.update(mac={"1": "zz" * 32}),
    "older version": lambda d: d.update(version=0),
    "deep nesting in a field": lambda d: d.update(mac=[[[[[[[[[[[[[[[[[[[[{}]]]]]]]]]]]]]]]]]]]]),
}


@pytest.mark.parametrize("change", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_structure_rejected_before_kdf(
    vault: Vault, no_kdf: KdfSpy, change: Callable[..., None]
) -> None:
    edit_doc(vault.key_file, change)  # checksum recomputed: the structure checks must catch it
    start = time.perf_counter()
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.dir)
    assert time.perf_counter() - start < 0.5
    assert no_kdf.calls == []


RAW_FILES: dict[str, bytes] = {
    "empty": b"",
    "truncated": b'{"checksum":"',
    "not json": b"\x00\x01\x02 garbage",
    "invalid utf-8": b'{"format":"pana-keyring\xff"}',
    "a list": b"[]",
    "NaN": b'{"format":"pana-keyring","version":NaN}',
    "Infinity": b'{"format":"pana-keyring","version":Infinity}',
    "1e400": b'{"format":"pana-keyring","version":1e400}',
    "float": b'{"format":"pana-keyring","version":1.0}',
    "duplicate keys": b'{"format":"pana-keyring","format":"pana-keyring"}',
    "deep arrays": b"[" * (256 * 1024),
    "deep objects": b'{"a":' * 40_000,
    "deep inside a valid prefix": b'{"format":"pana-keyring","slots":' + b"[" * 100_000,
    "long number": b'{"format":"pana-keyring","version":' + b"9" * 100_000 + b"}",
}


@pytest.mark.parametrize("raw", RAW_FILES.values(), ids=RAW_FILES.keys())
def test_malformed_json_rejected_fast(vault: Vault, no_kdf: KdfSpy, raw: bytes) -> None:
    vault.key_file.write_bytes(raw)
    start = time.perf_counter()
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.dir)
    assert time.perf_counter() - start < 0.5


def test_deep_nesting_is_measured_before_parsing(vault: Vault, no_kdf: KdfSpy) -> None:
    """Refused by the depth limit, not by the interpreter's recursion guard (which a raised limit removes)."""
    vault.key_file.write_bytes(b'{"format":"pana-keyring","slots":' + b"[" * 100_000)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # a parser recursing per bracket would fail differently
    try:
        with pytest.raises(KeyFileDamagedError, match=r"not valid JSON: nesting deeper than 8"):
            KeyRing.load(vault.dir)
    finally:
        sys.setrecursionlimit(limit)


def test_ten_megabyte_file_rejected_in_bounded_memory(vault: Vault, no_kdf: KdfSpy) -> None:
    vault.key_file.write_bytes(b" " * (10 * 1024 * 1024))
    tracemalloc.start()
    try:
        start = time.perf_counter()
        with pytest.raises(KeyFileDamagedError):
            KeyRing.load(vault.dir)
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 0.5
    assert peak < 1024 * 1024  # never read the whole file


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_key_file_that_is_a_fifo_does_not_hang(vault: Vault) -> None:
    vault.key_file.unlink()
    os.mkfifo(vault.key_file)
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.dir)


def test_newer_format_version_is_reported_as_such(vault: Vault) -> None:
    edit_doc(vault.key_file, lambda d: d.update(version=2))
    with pytest.raises(VaultTooNewError):
        KeyRing.load(vault.dir)


def test_pretty_printed_file_is_not_canonical(vault: Vault) -> None:
    doc = read_doc(vault.key_file)
    write_doc(vault.key_file, doc)
    KeyRing.load(vault.dir)
    vault.key_file.write_bytes(vault.key_file.read_bytes().replace(b",", b", ", 1))
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.dir)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_leftover_tmp_that_is_a_fifo_does_not_hang(vault: Vault) -> None:
    os.mkfifo(vault.dir / "pana.keys.tmp")
    start = time.perf_counter()
    assert KeyRing.load(vault.dir).vault_id == vault.ring.vault_id
    assert time.perf_counter() - start < 0.5
    assert not (vault.dir / "pana.keys.tmp").exists()

