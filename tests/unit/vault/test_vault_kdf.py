# SPDX-License-Identifier: GPL-3.0-or-later
"""KDF parameter bounds and calibration on this machine."""

from __future__ import annotations

import time

import pytest

import app.vault.kdf as kdf_module
from app.vault import KdfParams
from app.vault.kdf import derive_key, new_salt

MIB = 1024


def test_minimum_is_the_floor() -> None:
    assert KdfParams.minimum() == KdfParams(memory_kib=64 * MIB, iterations=1, lanes=4)


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (64 * MIB - 1, 1, 4),
        (256 * MIB + 1, 1, 4),
        (1024 * MIB, 1, 4),
        (64 * MIB, 0, 4),
        (64 * MIB, 65, 4),
        (64 * MIB, 1, 0),
        (64 * MIB, 1, 17),
        (True, 1, 4),
        (64 * MIB, 1.0, 4),
    ],
)
def test_out_of_bounds_parameters_cannot_exist(memory_kib: object, iterations: object, lanes: object) -> None:
    with pytest.raises(ValueError):
        KdfParams(memory_kib, iterations, lanes)  # type: ignore[arg-type]


def test_caps_are_accepted() -> None:
    KdfParams(memory_kib=256 * MIB, iterations=64, lanes=16)


def _machine(monkeypatch: pytest.MonkeyPatch, seconds_per_mib_pass: float | None) -> None:
    """Calibrate on a simulated machine: a derivation costs memory × passes × this (None: no memory)."""

    def seconds(params: KdfParams) -> float:
        if seconds_per_mib_pass is None:
            raise MemoryError
        return params.work / MIB * seconds_per_mib_pass

    monkeypatch.setattr(kdf_module, "_seconds", seconds)


def test_the_slot_cap_is_what_calibration_makes_on_the_fastest_machine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _machine(monkeypatch, 1e-9)
    fastest = KdfParams.calibrate()
    assert (fastest.memory_kib, fastest.iterations) == (kdf_module.MEMORY_CAP_KIB, kdf_module.ITERATIONS_CAP)
    assert fastest.work == kdf_module.SLOT_WORK_CAP == kdf_module.CALIBRATION_MEMORY_MAX_KIB * 64


@pytest.mark.parametrize("seconds_per_mib_pass", [1.0, 0.05, 0.01, 0.003, None])
def test_calibration_never_makes_test_strength_slots(
    monkeypatch: pytest.MonkeyPatch, seconds_per_mib_pass: float | None
) -> None:
    """However slow the machine (or short of memory), Pana's own slots cost at least 64 MiB × 3 passes."""
    _machine(monkeypatch, seconds_per_mib_pass)
    params = KdfParams.calibrate()
    assert not params.test_strength
    assert params.work >= kdf_module.SHIPPED_WORK_FLOOR == 64 * MIB * 3
    assert params.work <= kdf_module.SLOT_WORK_CAP


def test_only_below_the_shipped_floor_is_test_strength() -> None:
    assert KdfParams.minimum().test_strength
    assert KdfParams(128 * MIB, 1, 4).test_strength
    assert not KdfParams(64 * MIB, 3, 4).test_strength
    assert not KdfParams(256 * MIB, 1, 4).test_strength


@pytest.mark.slow
def test_calibration_hits_the_target_band() -> None:
    params = KdfParams.calibrate(target_seconds=0.75)
    assert params.lanes == 4
    assert 64 * MIB <= params.memory_kib <= 256 * MIB
    assert 1 <= params.iterations <= 64
    timings = []
    for _ in range(2):
        start = time.perf_counter()
        derive_key(bytearray(b"passphrase"), new_salt(), params)
        timings.append(time.perf_counter() - start)
    # Best of two: a parallel test run can only make a derivation slower, never faster.
    assert 0.3 <= min(timings) <= 1.6, (params, timings)
