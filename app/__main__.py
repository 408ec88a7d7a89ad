# SPDX-License-Identifier: GPL-3.0-or-later
"""Composition root: ``pana COMMAND`` runs the CLI, plain ``pana`` starts the desktop app."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault import KdfParams


def main(argv: list[str] | None = None, *, kdf: KdfParams | None = None) -> int:
    """``kdf=None`` calibrates new key slots to this machine; only ``tests/launch.py`` passes less."""
    from app.cli import COMMANDS, run

    args = sys.argv[1:] if argv is None else argv
    if COMMANDS & set(args) or {"-h", "--help", "--version"} & set(args):
        return run(args, kdf=kdf)
    from app.ui.app import run_gui

    return run_gui(args, kdf=kdf)


if __name__ == "__main__":
    sys.exit(main())
