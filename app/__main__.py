# SPDX-License-Identifier: GPL-3.0-or-later
"""Composition root: ``pana COMMAND`` runs the CLI, plain ``pana`` starts the desktop app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import COMMANDS, run

    args = sys.argv[1:] if argv is None else argv
    if COMMANDS & set(args) or {"-h", "--help", "--version"} & set(args):
        return run(args)
    from app.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
