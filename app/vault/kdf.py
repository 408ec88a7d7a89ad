# SPDX-License-Identifier: GPL-3.0-or-later
"""Argon2id parameters, their floor and caps, calibration, and key derivation."""

from __future__ import annotations

import functools
import secrets
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.vault.memory import wipe

KIB_PER_MIB = 1024
MEMORY_FLOOR_KIB = 64 * KIB_PER_MIB
CALIBRATION_MEMORY_MAX_KIB = 256 * KIB_PER_MIB
#: A slot may ask for no more memory than calibration ever chooses.
MEMORY_CAP_KIB = CALIBRATION_MEMORY_MAX_KIB
ITERATIONS_CAP = 64
LANES_CAP = 16
DEFAULT_LANES = 4
SALT_BYTES = 16
KEY_BYTES = 32

# Work is memory (KiB) × passes: Argon2id's cost on one core, whatever the lanes.
#: The most one slot may cost: the most calibration could ever choose (256 MiB, 64 passes).
SLOT_WORK_CAP = CALIBRATION_MEMORY_MAX_KIB * ITERATIONS_CAP
#: The most one unlock attempt may cost, summed over the slots it tries: 4 of the costliest slots.
ATTEMPT_WORK_CAP = 4 * SLOT_WORK_CAP
#: Calibration never makes slots cheaper than RFC 9106's second recommendation (64 MiB, 3 passes);
#: cheaper slots (``KdfParams.minimum``) are made only by tests and benchmarks.
SHIPPED_WORK_FLOOR = MEMORY_FLOOR_KIB * 3

# Acceptable band for one calibrated derivation on this machine.
CALIBRATION_LOW_SECONDS = 0.5
CALIBRATION_HIGH_SECONDS = 1.5


def _is_int(value: object) -> bool:
    # bool is a subclass of int; a JSON ``true`` must never pass as a cost parameter.
    return type(value) is int


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters (memory in KiB, passes, lanes).

    Construction checks the floor (64 MiB) and caps (256 MiB, 64 passes, 16
    lanes) and raises ``ValueError`` outside them, so a ``KdfParams`` that
    exists is always safe to run; the key-file parser turns that
    ``ValueError`` into ``KeyFileDamagedError`` before any KDF work.
    """

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        if not (_is_int(self.memory_kib) and _is_int(self.iterations) and _is_int(self.lanes)):
            raise ValueError("KDF parameters must be integers")
        if not MEMORY_FLOOR_KIB <= self.memory_kib <= MEMORY_CAP_KIB:
            raise ValueError("KDF memory outside the allowed range")
        if not 1 <= self.iterations <= ITERATIONS_CAP:
            raise ValueError("KDF iterations outside the allowed range")
        if not 1 <= self.lanes <= LANES_CAP:
            raise ValueError("KDF lanes outside the allowed range")

    @property
    def work(self) -> int:
        """Memory × passes (KiB): what one derivation costs, comparable across parameters."""
        return self.memory_kib * self.iterations

    @property
    def test_strength(self) -> bool:
        """Cheaper than calibration ever chooses: made by tests or benchmarks, never by Pana itself."""
        return self.work < SHIPPED_WORK_FLOOR

    @classmethod
    def minimum(cls) -> KdfParams:
        """The weakest accepted parameters (64 MiB, 1 pass, 4 lanes): tests and benchmarks only."""
        return cls(memory_kib=MEMORY_FLOOR_KIB, iterations=1, lanes=DEFAULT_LANES)

    @classmethod
    def calibrate(cls, target_seconds: float = 0.75) -> KdfParams:
        """Measure this machine and return parameters costing about ``target_seconds``.

        Uses 4 lanes and the most memory in 64–256 MiB for which one pass fits
        the target, then raises the passes (≤ 64) until one derivation takes
        roughly 0.5–1.5 s.  Never returns less than 64 MiB × 3 passes
        (``SHIPPED_WORK_FLOOR``), even on a machine too slow to reach the
        target.  Takes a few seconds.
        """
        return calibrate(target_seconds)


def derive_key(secret: bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Derive a 32-byte key from ``secret`` with Argon2id; the caller wipes the result."""
    out = bytearray(KEY_BYTES)
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # The stub says bytes; a bytearray is accepted, and only a bytearray can be wiped afterwards.
    kdf.derive_into(secret, out)  # type: ignore[arg-type]
    return out


def new_salt() -> bytes:
    """A fresh random salt for one slot."""
    return secrets.token_bytes(SALT_BYTES)


def _seconds(params: KdfParams) -> float:
    probe = bytearray(b"pana-calibration")
    start = time.perf_counter()
    key = derive_key(probe, new_salt(), params)
    elapsed = time.perf_counter() - start
    wipe(key)
    return elapsed


def calibrate(target_seconds: float = 0.75) -> KdfParams:
    """See ``KdfParams.calibrate``."""
    target = min(max(target_seconds, CALIBRATION_LOW_SECONDS), CALIBRATION_HIGH_SECONDS)
    memory = CALIBRATION_MEMORY_MAX_KIB
    while True:
        try:
            one_pass = _seconds(KdfParams(memory, 1, DEFAULT_LANES))
        except MemoryError:
            one_pass = float("inf")
        if one_pass <= target or memory <= MEMORY_FLOOR_KIB:
            break
        memory = max(MEMORY_FLOOR_KIB, memory // 2)
    if one_pass == float("inf"):
        return KdfParams(MEMORY_FLOOR_KIB, _clamp_iterations(1, MEMORY_FLOOR_KIB), DEFAULT_LANES)
    # Cost grows linearly with passes on top of a fixed allocation cost: fit both from two points.
    two_passes = _seconds(KdfParams(memory, 2, DEFAULT_LANES))
    per_pass = max(two_passes - one_pass, 1e-4)
    fixed = max(one_pass - per_pass, 0.0)
    iterations = _clamp_iterations(round((target - fixed) / per_pass), memory)
    params = KdfParams(memory, iterations, DEFAULT_LANES)
    measured = _seconds(params)
    if not CALIBRATION_LOW_SECONDS <= measured <= CALIBRATION_HIGH_SECONDS:
        iterations = _clamp_iterations(round(iterations * target / measured), memory)
        params = KdfParams(memory, iterations, DEFAULT_LANES)
    return params


def _clamp_iterations(value: int, memory_kib: int) -> int:
    """``value`` passes, at most 64 and at least enough for ``SHIPPED_WORK_FLOOR`` at this memory."""
    return min(max(value, -(-SHIPPED_WORK_FLOOR // memory_kib)), ITERATIONS_CAP)


@functools.lru_cache(maxsize=1)
def default_params() -> KdfParams:
    """Parameters calibrated once per process, used when a caller passes ``kdf=None``."""
    return calibrate()
