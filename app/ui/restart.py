# SPDX-License-Identifier: GPL-3.0-or-later
"""Restart on lock: the locked app replaces itself with a fresh process of the same program.

Locking zeroes the keys, but the names, texts and passphrase a session showed or typed were Python
and Qt strings, which cannot be wiped and may stay in freed memory (README, "What stays in
memory"; security row T51).  With the preference on (``Preferences.restart_on_lock``), the desktop
app ends a lock by ``os.execve`` of itself: the same process id, a new memory image, the unlock
screen again.  Only where ``execve`` replaces the process (``SUPPORTED``: not Windows, where it
starts another and splits its arguments at spaces).

What the next unlock should bring back (where the window was, the case open, what became of long
work, whose text may name a file the user chose) goes to the new image through a pipe; the
environment, which stays readable in ``/proc/<pid>/environ`` for the process's life, carries only
the pipe's descriptor number.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import MutableMapping
from dataclasses import asdict, dataclass
from typing import NoReturn

#: The environment variable that names the descriptor of the pipe the resume comes through.
RESUME_VARIABLE = "PANA_RESUME_FD"
SUPPORTED = os.name == "posix"


@dataclass(frozen=True, slots=True)
class Resume:
    """Where the user was when the vault locked, for the next unlock; in memory only (or, across a
    restart, in ``RESUME_VARIABLE``)."""

    #: The main window's geometry (x, y, width, height) and ``Qt.WindowState`` value; None: no window.
    geometry: tuple[int, int, int, int] | None = None
    window_state: int = 0
    #: Whether a case file was open, and which (None: a new case, not saved yet).
    editing: bool = False
    case_id: str | None = None
    #: What became of the long work under way at the lock, said once after the next unlock.
    outcome: str = ""


def encoded(resume: Resume) -> str:
    return json.dumps(asdict(resume), ensure_ascii=True)


def decoded(text: str) -> Resume | None:
    """The resume ``encoded`` wrote; None for anything else."""
    try:
        values = json.loads(text)
        geometry, editing = values["geometry"], values["editing"]
        if not isinstance(editing, bool) or (geometry is not None and len(geometry) != 4):
            return None
        box = None
        if geometry is not None:
            x, y, width, height = (int(v) for v in geometry)
            box = (x, y, width, height)
        return Resume(
            box,
            int(values["window_state"]),
            editing,
            None if values["case_id"] is None else str(values["case_id"]),
            str(values["outcome"]),
        )
    except (ValueError, TypeError, KeyError):
        return None


def take_resume(environ: MutableMapping[str, str]) -> Resume | None:
    """The resume a restart handed over, read from its pipe; the variable is removed, so no program
    Pana starts inherits it.  None when there is none, or it cannot be read."""
    number = environ.pop(RESUME_VARIABLE, None)
    if number is None or not number.isdigit():
        return None
    try:
        with os.fdopen(int(number), "rb") as pipe:
            return decoded(pipe.read(1 << 20).decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def restart_process(resume: Resume) -> NoReturn:
    """Replace this process with a fresh run of the same command line (``sys.orig_argv``), handing it
    ``resume``.  Call it only once the vault is locked and the event loop has ended.  OSError when
    the program cannot be started again (a removed medium): this process goes on then."""
    sys.stdout.flush()
    sys.stderr.flush()
    data = encoded(resume).encode("utf-8")
    reading, writing = os.pipe()
    try:
        os.write(writing, data)  # a few hundred bytes: far below what a pipe holds
    finally:
        os.close(writing)
    os.set_inheritable(reading, True)
    try:
        environment = {**os.environ, RESUME_VARIABLE: str(reading)}
        os.execve(sys.executable, sys.orig_argv, environment)  # noqa: S606  # this program, as it was started
    finally:
        os.close(reading)  # only reached when the program could not be started again
