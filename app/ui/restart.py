# SPDX-License-Identifier: GPL-3.0-or-later
"""Restart on lock: the locked app replaces itself with a fresh process of the same program.

Locking zeroes the keys, but the names, texts and passphrase a session showed or typed were Python
and Qt strings, which cannot be wiped and may stay in freed memory (README, "What stays in
memory"; security row T51).  With the preference on (``Preferences.restart_on_lock``), the desktop
app ends a lock by ``os.execv`` of itself: the same process id, a new memory image, the unlock
screen again.  What the next unlock should bring back (where the window was, the case open, what
became of long work) goes to the new image in one environment variable: ids, a window geometry
and interface text, never case data.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import MutableMapping
from dataclasses import asdict, dataclass
from typing import NoReturn

RESUME_VARIABLE = "PANA_RESUME"


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
    """The resume ``encoded`` wrote; None for anything else (a hand-set variable is ignored)."""
    try:
        values = json.loads(text)
        geometry = values["geometry"]
        resume = Resume(
            tuple(int(v) for v in geometry) if geometry is not None else None,  # type: ignore[arg-type]
            int(values["window_state"]),
            bool(values["editing"]),
            None if values["case_id"] is None else str(values["case_id"]),
            str(values["outcome"]),
        )
    except (ValueError, TypeError, KeyError):
        return None
    return resume if resume.geometry is None or len(resume.geometry) == 4 else None


def take_resume(environ: MutableMapping[str, str]) -> Resume | None:
    """The resume a restart left in ``environ``, removed from it so no program Pana starts inherits it."""
    text = environ.pop(RESUME_VARIABLE, None)
    return None if text is None else decoded(text)


def restart_process(resume: Resume) -> NoReturn:
    """Replace this process with a fresh run of the same command line (``sys.orig_argv``), handing it
    ``resume``.  Call it only once the vault is locked and the event loop has ended."""
    sys.stdout.flush()
    sys.stderr.flush()
    environment = {**os.environ, RESUME_VARIABLE: encoded(resume)}
    os.execve(sys.executable, sys.orig_argv, environment)  # noqa: S606  # this program, as it was started
