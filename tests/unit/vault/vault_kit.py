# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for the key ring tests: fast KDF parameters, a two-user vault, file surgery."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.vault import KdfParams, KeyRing

REPO_ROOT = Path(__file__).resolve().parents[3]
FAST = KdfParams.minimum()
ALICE_ID = "3f0c6f4e-8a4e-4a53-9d0a-6a3b1f2f0a01"
BOB_ID = "9b1e2c3d-4f5a-4b6c-8d7e-0f1a2b3c4d5e"
ALICE = "Aigerim"
BOB = "Bolat"
ALICE_PASS = "Көктем келді, 2019!"
BOB_PASS = "tau men dala 7"


@dataclass
class Vault:
    """A freshly created two-user vault and the secrets the test knows."""

    dir: Path
    ring: KeyRing
    master_key: bytearray
    recovery_key: str

    @property
    def key_file(self) -> Path:
        return self.dir / "pana.keys"


def make_vault(directory: Path, kdf: KdfParams = FAST) -> Vault:
    directory.mkdir(parents=True, exist_ok=True)
    ring, master_key, recovery_key = KeyRing.create(
        directory, user_id=ALICE_ID, username=ALICE, passphrase=ALICE_PASS, kdf=kdf
    )
    ring.add_user(master_key, user_id=BOB_ID, username=BOB, passphrase=BOB_PASS, kdf=kdf)
    return Vault(directory, ring, master_key, recovery_key)


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def read_doc(path: Path) -> dict[str, Any]:
    return json.loads(path.read_bytes())


def write_doc(path: Path, doc: dict[str, Any], *, fix_checksum: bool = True) -> None:
    """Write ``doc`` canonically; with ``fix_checksum`` as an attacker would, so the checksum passes."""
    doc = dict(doc)
    if fix_checksum:
        doc.pop("checksum", None)
        doc["checksum"] = hashlib.sha256(canonical(doc)).hexdigest()
    path.write_bytes(canonical(doc) + b"\n")


def edit_doc(path: Path, change: Callable[[dict[str, Any]], None], *, fix_checksum: bool = True) -> None:
    doc = read_doc(path)
    change(doc)
    write_doc(path, doc, fix_checksum=fix_checksum)


def slot_of(doc: dict[str, Any], user_id: str | None) -> dict[str, Any]:
    """The (single) slot of ``user_id``; ``None`` for the recovery slot."""
    (slot,) = [s for s in doc["slots"] if s["user_id"] == user_id]
    return slot


@dataclass
class KdfSpy:
    """Counts Argon2id constructions; with ``forbid`` any use fails the test."""

    calls: list[dict[str, Any]]
    forbid: bool


CHILD = Path(__file__).with_name("vault_child.py")
posix_only = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def start_child(action: str, vault_dir: Path, point: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), str(CHILD.parent)])}
    return subprocess.Popen(
        [sys.executable, str(CHILD), action, str(vault_dir), point],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )


def wait_for(child: subprocess.Popen[str], marker: str) -> list[str]:
    assert child.stdout is not None
    lines = []
    while True:
        line = child.stdout.readline()
        assert line, f"child exited before {marker!r}: {lines}"
        lines.append(line.strip())
        if line.startswith(marker):
            return lines


def kill(child: subprocess.Popen[str]) -> list[str]:
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    return [line.strip() for line in rest.splitlines()]
