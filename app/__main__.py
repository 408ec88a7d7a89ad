# SPDX-License-Identifier: GPL-3.0-or-later
"""Composition root: ``pana COMMAND`` runs the CLI, plain ``pana`` starts the desktop app."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.vault import KdfParams

#: Options followed by a value (Pana's own and Qt's, e.g. ``-platform offscreen``): that value is no command.
VALUED_OPTIONS = frozenset(
    {
        "--vault",
        "--user",
        "-display",
        "-geometry",
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-qwindowgeometry",
        "-qwindowicon",
        "-qwindowtitle",
        "-session",
        "-style",
        "-stylesheet",
        "-title",
    }
)


def wants_cli(args: Sequence[str]) -> bool:
    """A word that is neither an option nor an option's value is a command, known or not (the CLI
    names the one it does not know and lists the others); help and version are the CLI's too."""
    previous = ""
    for arg in args:
        if arg in {"-h", "--help", "--version"}:
            return True
        if not arg.startswith("-") and previous not in VALUED_OPTIONS:
            return True
        previous = arg
    return False


def main(argv: list[str] | None = None, *, kdf: KdfParams | None = None) -> int:
    """``kdf=None`` calibrates new key slots to this machine; only ``tests/launch.py`` passes less."""
    # Every file Pana makes (a petition PDF, a report, a copy of an attachment, a hidden partial file
    # while it is written) is its user's alone, as the vault and backups already are.
    os.umask(0o077)
    args = sys.argv[1:] if argv is None else argv
    if wants_cli(args):
        from app.cli import run

        return run(args, kdf=kdf)
    from app.ui.app import run_gui

    return run_gui(args, kdf=kdf)


if __name__ == "__main__":
    sys.exit(main())
