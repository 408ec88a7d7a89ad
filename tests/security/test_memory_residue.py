# SPDX-License-Identifier: GPL-3.0-or-later
"""T51: after lock, no copy of the vault master key or the database key stays in the process's memory.

A child process unlocks, reads and writes, locks and waits; this process (its parent, allowed to
read ``/proc/<pid>/mem``) scans every readable mapping for the raw master key, the raw SQLCipher
key and its hex form.  Python ``str`` copies of the passphrase cannot be wiped and are not
checked here (see README, "What stays in memory").
"""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

import pytest

from app.db.engine import database_key, key_spec
from app.domain import records as r
from app.services.cases import CaseService
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.security.kit import Child, child_env

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/<pid>/mem")

_MAPPING = re.compile(rb"^([0-9a-f]+)-([0-9a-f]+) r")


def memory_hits(pid: int, needles: dict[str, bytes]) -> dict[str, int]:
    """How often each needle occurs in the readable mappings of process ``pid``."""
    hits = dict.fromkeys(needles, 0)
    maps = Path(f"/proc/{pid}/maps").read_bytes().splitlines()
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            match = _MAPPING.match(line)
            if match is None or line.endswith((b"[vvar]", b"[vsyscall]")):
                continue
            start, end = int(match[1], 16), int(match[2], 16)
            with contextlib.suppress(OSError, ValueError, OverflowError):
                mem.seek(start)
                chunk = mem.read(end - start)
                for name, needle in needles.items():
                    hits[name] += chunk.count(needle)
    return hits


def test_no_key_material_in_memory_after_lock(vault_dir: Path, kdf: KdfParams, tmp_path: Path) -> None:
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    master_key = bytes(opened.master_key)
    opened.lock()
    db_key = bytes(database_key(master_key))
    needles = {
        "master key": master_key,
        "database key": db_key,
        "database key (hex)": db_key.hex().encode("ascii"),
        "database key (key spec)": bytes(key_spec(master_key)),
    }
    child = Child("residue", str(vault_dir), env=child_env(tmp_path), stdin_lines=[PASSPHRASE])
    try:
        child.expect("LOCKED")
        try:
            hits = memory_hits(child.proc.pid, needles)
        except PermissionError:
            pytest.skip("this system does not let a parent read its child's memory (ptrace policy)")
    finally:
        child.kill()
    assert hits == dict.fromkeys(needles, 0)


#: The fictional person the restart test shows, in the scripts that keep distinct bytes.
_RESTART_CANARY = ("Qanarbek Restartuly", "Қанарбек Рестартұлы")


def test_a_restart_on_lock_leaves_nothing_the_session_showed(vault_dir: Path, kdf: KdfParams, tmp_path: Path):
    """The keys are zeroed at any lock, but names shown and the passphrase typed were Python and Qt
    strings: seen in the GUI process's memory while the case is open, gone once the lock restarted it
    (the same process id, a new image)."""
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    case_id = CaseService(opened).open_case(
        r.Person(), [r.PersonName("", spelling) for spelling in _RESTART_CANARY]
    )
    opened.lock()
    needles = {
        f"{text} ({encoding})": text.encode(encoding)
        for text in (*_RESTART_CANARY, PASSPHRASE)
        for encoding in ("utf-8", "utf-16-le")
    }
    env = child_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    lines = [PASSPHRASE, _RESTART_CANARY[0]]  # not in argv: the restart runs the same command line
    child = Child(str(vault_dir), env=env, stdin_lines=lines, module="tests.security.gui_worker")
    try:
        child.expect("SHOWN", timeout=60)
        try:
            shown = memory_hits(child.proc.pid, needles)
        except PermissionError:
            pytest.skip("this system does not let a parent read its child's memory (ptrace policy)")
        child.send("lock")
        child.expect("RESTARTED", timeout=60)
        after = memory_hits(child.proc.pid, needles)
        child.send(PASSPHRASE)  # the new image unlocks, and brings back the case open before
        assert child.expect("REOPENED", timeout=60).split()[1] == case_id
    finally:
        child.kill()
    assert shown[f"{_RESTART_CANARY[0]} (utf-16-le)"] > 0  # the scan sees what the screen holds
    assert after == dict.fromkeys(needles, 0)
