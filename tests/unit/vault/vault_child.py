# SPDX-License-Identifier: GPL-3.0-or-later
"""Child process for the crash tests: runs one key ring operation and can stop at a chosen point.

Usage: ``python vault_child.py (change|rotate|lock) <vault_dir> <pause_point>``.  At the pause
point it prints ``PAUSED`` and sleeps until the parent kills it with SIGKILL.  The patches live
only in this process, so production code carries no test hooks.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from vault_kit import ALICE, ALICE_ID, ALICE_PASS, FAST

import app.vault.kdf as kdf_module
from app.vault import InstanceLock, KeyRing

NEW_PASS = "a brand new passphrase"


def say(line: str) -> None:
    print(line, flush=True)


def pause() -> None:
    say("PAUSED")
    time.sleep(600)


def install_pause(point: str) -> None:
    real_write, real_fsync, real_replace = os.write, os.fsync, os.replace
    real_argon = kdf_module.Argon2id
    derivations = 0

    def write(fd: int, data: Any) -> int:
        half = max(1, len(data) // 2)
        real_write(fd, bytes(data[:half]))
        pause()
        return half

    def fsync(fd: int) -> None:
        pause()
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        if point == "replace":
            pause()
        real_replace(src, dst)
        if point == "after-replace":
            pause()

    def argon(**kwargs: Any) -> Any:
        nonlocal derivations
        derivations += 1
        if derivations == 2:  # the old slot has been opened; the new one is being made
            pause()
        return real_argon(**kwargs)

    if point == "write":
        os.write = write
    elif point == "fsync":
        os.fsync = fsync
    elif point in ("replace", "after-replace"):
        os.replace = replace
    elif point == "kdf":
        kdf_module.Argon2id = argon


def main(action: str, vault_dir: str, point: str) -> None:
    if action == "lock":
        with InstanceLock(Path(vault_dir)):
            say("LOCKED")
            time.sleep(600)
        return
    ring = KeyRing.load(Path(vault_dir))
    if action == "change":
        install_pause(point)
        say("START")
        ring.change_passphrase(user_id=ALICE_ID, username=ALICE, old=ALICE_PASS, new=NEW_PASS, kdf=FAST)
    elif action == "rotate":
        old_key = ring.unlock(ALICE_PASS, ALICE).master_key
        say("START")
        new_key, recovery_key = ring.rotation_begin(
            old_key, user_id=ALICE_ID, username=ALICE, passphrase=ALICE_PASS, kdf=FAST
        )
        say(f"NEW {new_key.hex()} {recovery_key}")
        if point == "between":
            pause()
        say("DROPPED " + ",".join(ring.rotation_commit(new_key)))
    say("DONE")


if __name__ == "__main__":
    main(*sys.argv[1:4])
