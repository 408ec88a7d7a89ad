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
from vault_kit import ALICE, ALICE_ID, KdfSpy, Vault, edit_doc, read_doc, slot_of, write_doc

import app.vault.kdf as kdf_module
from app.domain.errors import (
    KeyFileDamagedError,
    KeyFileTooCostlyError,
    VaultTooNewError,
    WrongPassphraseError,
)
from app.vault import KeyRing, keyfile
from app.vault.kdf import (
    ATTEMPT_WORK_CAP,
    CALIBRATION_MEMORY_MAX_KIB,
    ITERATIONS_CAP,
    MEMORY_CAP_KIB,
    SLOT_WORK_CAP,
    KdfParams,
    derive_key,
    new_salt,
)
from app.vault.keyfile import MAX_SLOTS, unlock_work
from app.vault.storage import read

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
    "memory 1 GiB (over what calibration makes)": _alice_kdf(memory_kib=GIB_IN_KIB),
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
    edit_doc(vault.key_file, lambda d: d.update(version=keyfile.VERSION + 1))
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


# -- total work of one unlock attempt (T14, the worst case inside the caps) ------------------------------


def _set_users(doc: dict[str, Any], count: int, memory_kib: int, iterations: int) -> None:
    """``count`` passphrase slots in all (Alice's copied for the extra ones), each with these costs."""
    template = slot_of(doc, ALICE_ID)
    while sum(slot["kind"] == "passphrase" for slot in doc["slots"]) < count:
        extra = copy.deepcopy(template)
        extra.update(id=str(uuid.uuid4()), user_id=str(uuid.uuid4()), user_tag=uuid.uuid4().hex)
        doc["slots"].append(extra)
    for slot in doc["slots"]:
        if slot["kind"] == "passphrase":
            slot["kdf"].update(memory_kib=memory_kib, iterations=iterations)


@pytest.fixture
def fake_kdf(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Argon2id replaced by a recorder that derives nothing (every slot then stays shut)."""
    calls: list[dict[str, Any]] = []

    class Recorder:
        def __init__(self, **params: Any) -> None:
            calls.append(params)

        def derive_into(self, secret: bytearray, out: bytearray) -> None:
            pass

    monkeypatch.setattr(kdf_module, "Argon2id", Recorder)
    return calls


def _work(calls: list[dict[str, Any]]) -> int:
    return sum(call["memory_cost"] * call["iterations"] for call in calls)


WORST_SLOTS = ATTEMPT_WORK_CAP // SLOT_WORK_CAP  # slots at the single-slot cap that fill the attempt cap


def test_worst_key_file_inside_the_caps_costs_at_most_four_calibrated_maxima(
    vault: Vault, fake_kdf: list[dict[str, Any]]
) -> None:
    """The costliest file the caps allow: what an attempt runs is what is counted, and it is bounded."""
    edit_doc(vault.key_file, lambda d: _set_users(d, WORST_SLOTS, MEMORY_CAP_KIB, ITERATIONS_CAP))
    ring = KeyRing.load(vault.dir)  # structurally valid: inside every cap
    doc = read(vault.key_file)
    calibrated_max = CALIBRATION_MEMORY_MAX_KIB * ITERATIONS_CAP  # the most calibrate() can ever choose
    assert unlock_work(doc, named=False) == ATTEMPT_WORK_CAP <= 4 * calibrated_max
    # Keyed user tags are checked after a slot opens: naming the user narrows nothing.
    assert unlock_work(doc, named=True) == ATTEMPT_WORK_CAP

    with pytest.raises(WrongPassphraseError):
        ring.unlock("a guess")
    assert len(fake_kdf) == WORST_SLOTS
    assert _work(fake_kdf) == ATTEMPT_WORK_CAP  # what ran is what was counted
    fake_kdf.clear()
    with pytest.raises(WrongPassphraseError):
        ring.unlock("a guess", ALICE)
    assert _work(fake_kdf) == ATTEMPT_WORK_CAP


def test_one_pass_beyond_the_attempt_cap_is_refused_before_any_kdf(
    vault: Vault, fake_kdf: list[dict[str, Any]]
) -> None:
    def over(doc: dict[str, Any]) -> None:
        _set_users(doc, WORST_SLOTS, MEMORY_CAP_KIB, ITERATIONS_CAP)
        doc["slots"].append({**copy.deepcopy(slot_of(doc, ALICE_ID)), "id": str(uuid.uuid4())})
        doc["slots"][-1].update(user_id=str(uuid.uuid4()), user_tag=uuid.uuid4().hex)
        doc["slots"][-1]["kdf"].update(iterations=1)

    edit_doc(vault.key_file, over)
    ring = KeyRing.load(vault.dir)  # every slot is within the single-slot cap
    start = time.perf_counter()
    with pytest.raises(KeyFileTooCostlyError) as refused:
        ring.unlock("a guess")
    assert time.perf_counter() - start < 0.5
    assert fake_kdf == []
    assert isinstance(refused.value, KeyFileDamagedError)
    assert "too long" in str(refused.value)
    with pytest.raises(KeyFileTooCostlyError):  # a user name narrows nothing with keyed tags
        ring.unlock("a guess", ALICE)
    assert fake_kdf == []


def test_the_old_worst_case_is_refused_before_any_kdf(vault: Vault, no_kdf: KdfSpy) -> None:
    """1 GiB × 64 passes × 63 slots (about 74 minutes per attempt before) cannot even be loaded."""
    edit_doc(vault.key_file, lambda d: _set_users(d, 63, GIB_IN_KIB, ITERATIONS_CAP))
    with pytest.raises(KeyFileDamagedError):
        KeyRing.load(vault.dir)
    edit_doc(vault.key_file, lambda d: _set_users(d, 63, MEMORY_CAP_KIB, ITERATIONS_CAP))
    with pytest.raises(KeyFileTooCostlyError):
        KeyRing.load(vault.dir).unlock("a guess")
    assert no_kdf.calls == []


def _cpu_seconds(params: KdfParams) -> float:
    # CPU time, not wall time: other processes on a shared machine must not move the bound.
    start = time.process_time()
    derive_key(bytearray(b"probe"), new_salt(), params)
    return time.process_time() - start


def test_worst_case_inside_the_caps_takes_about_a_minute_not_hours(vault: Vault) -> None:
    """The worst attempt is too slow to run in a test, so it is bounded from measured parts.

    Argon2id costs about memory × (passes + c): an allocation, then each pass.  Under
    ``ATTEMPT_WORK_CAP`` the slowest file has as many slots as allowed, each at the
    memory cap (the most allocations), sharing the cap's passes.  Both costs are
    measured here (about 0.15 s and 0.23 s of CPU, so a bound near 70 s); a real
    attempt at 1/64 of the cap checks that an attempt costs what its derivations
    cost.  The old caps allowed about 74 minutes.
    """
    one_pass = _cpu_seconds(KdfParams(MEMORY_CAP_KIB, 1, 4))
    per_pass = max((_cpu_seconds(KdfParams(MEMORY_CAP_KIB, 5, 4)) - one_pass) / 4, 0.0)
    allocation = max(one_pass - per_pass, 0.0)
    passes = ATTEMPT_WORK_CAP // MEMORY_CAP_KIB
    bound = (MAX_SLOTS - 1) * allocation + passes * per_pass
    assert bound < 4 * 60, f"the worst attempt inside the caps could take {bound:.0f} s of CPU"

    edit_doc(vault.key_file, lambda d: _set_users(d, WORST_SLOTS, MEMORY_CAP_KIB, 1))
    assert ATTEMPT_WORK_CAP // unlock_work(read(vault.key_file), named=False) == ITERATIONS_CAP
    ring = KeyRing.load(vault.dir)
    start = time.process_time()
    with pytest.raises(WrongPassphraseError):
        ring.unlock("a guess")
    assert time.process_time() - start < 2 * WORST_SLOTS * one_pass + 0.5
