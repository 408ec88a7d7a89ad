# SPDX-License-Identifier: GPL-3.0-or-later
"""Small helpers the benchmarks share: percentiles, timing, progress lines, millisecond text, a child
process's environment and a raw SQLCipher connection."""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import sqlcipher3.dbapi2 as sqlcipher

from app.db.engine import PRAGMAS_AFTER_KEY, PRAGMAS_BEFORE_KEY, database_uri
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from app.vault.keyring import KeyRing

#: The passphrase of every benchmark's throw-away vaults.
PASSPHRASE = "bench passphrase Қазақ 馬"  # fictional


def pct(samples: list[float], p: int) -> float:
    """The p-th percentile (inclusive method) of ``samples``."""
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[p - 1]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Wall-clock seconds of ``fn()`` and its result."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def say(message: str) -> None:
    """A progress line on stderr (stdout holds only the table and the JSON line)."""
    print(f"  .. {message}", file=sys.stderr, flush=True)


def ms(seconds: float) -> str:
    """Seconds as readable text: three decimals below 10 ms, seconds from 10 s."""
    if seconds < 0.01:
        return f"{seconds * 1000:.3f} ms"
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def child_env(home: Path) -> dict[str, str]:
    """The environment of a child ``python`` the benchmarks start: HOME and the XDG folders in
    ``home`` (never the user's own), offscreen Qt, no PANA_VAULT."""
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("PANA_VAULT", None)
    return env


def raw_connect(path: Path, key: bytes, *, create: bool = False) -> Any:
    """A raw SQLCipher connection set up exactly as app.db.engine sets up its own (no SQLAlchemy)."""
    conn = sqlcipher.connect(database_uri(path, create=create), uri=True, check_same_thread=False)
    conn.isolation_level = None
    for pragma in PRAGMAS_BEFORE_KEY:
        conn.execute(pragma)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in PRAGMAS_AFTER_KEY:
        conn.execute(pragma)
    return conn


def make_office(folder: Path, name: str) -> UnlockedVault:
    """A new vault for a fictional office in ``folder / name``, unlocked (test-strength keys)."""
    created = VaultService(folder / name, kdf=KdfParams.minimum()).create(
        office_name=f"Fictional office {name}", username="bench", passphrase=PASSPHRASE
    )
    return created.vault


class TableRows:
    """A benchmark's table being filled: ``row(figure, value, goal, ratio to the raw baseline, ok)``;
    ``rows`` holds them as ``print_table`` takes them."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def __call__(
        self, name: str, value: str, goal: str = "", ratio: float | None = None, ok: bool | None = None
    ) -> None:
        verdict = "" if ok is None else "PASS" if ok else "FAIL"
        self.rows.append((name, value, goal, "" if ratio is None else f"{ratio:.2f}x", verdict))


@contextlib.contextmanager
def kdf_stopwatch() -> Iterator[list[float]]:
    """Times every ``KeyRing.candidates`` call (Argon2id + slot unwrap + key-file MAC) inside open()."""
    spent: list[float] = []
    original = KeyRing.candidates

    def candidates(self: KeyRing, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)

    with mock.patch.object(KeyRing, "candidates", candidates):
        yield spent


def print_table(rows: list[tuple[str, str, str, str, str]]) -> None:
    """Figure, value, goal, ratio and verdict columns, aligned."""
    head = ("figure", "value", "goal", "vs raw", "result")
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(5)]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for cells in rows:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            )
        )


def print_verdict(fig: dict[str, Any], rows: list[tuple[str, str, str, str, str]]) -> None:
    """The last line of every benchmark: one JSON object with every figure, and ``all_pass``, whether
    every row that has a goal met it."""
    fig["all_pass"] = all(cells[4] != "FAIL" for cells in rows)
    print(json.dumps(fig, ensure_ascii=False, sort_keys=True))


def print_report(fig: dict[str, Any], rows: list[tuple[str, str, str, str, str]]) -> None:
    """The table between blank lines, then ``print_verdict``."""
    print()
    print_table(rows)
    print()
    print_verdict(fig, rows)
