# SPDX-License-Identifier: GPL-3.0-or-later
"""KDF parameter bounds and calibration on this machine."""

from __future__ import annotations

import time

import pytest

from app.vault import KdfParams
from app.vault.kdf import derive_key, new_salt

MIB = 1024


def test_minimum_is_the_floor() -> None:
    assert KdfParams.minimum() == KdfParams(memory_kib=64 * MIB, iterations=1, lanes=4)


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (64 * MIB - 1, 1, 4),
        (1024 * MIB + 1, 1, 4),
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
    KdfParams(memory_kib=1024 * MIB, iterations=64, lanes=16)


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
