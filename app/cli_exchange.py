# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana export`` and ``pana import``: exchange files between partner offices.

An export is always readable by this office too; ``--to`` names the partner offices (``pana
office list``), ``--cases`` limits it to some cases, ``--since-last`` to what changed since the
last bundle to them.  An import is checked whole before anything is written: ``--dry-run``
shows what it would do and stops there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from app.services.exchange import ExchangeService
from app.services.session import UnlockedVault

OpenVault = Callable[[argparse.Namespace], UnlockedVault]


def add_exchange_commands(
    command: Callable[..., argparse.ArgumentParser],
    open_vault: OpenVault,
    types: dict[str, Callable[[str], Any]],
) -> None:
    """Register ``export`` with the CLI's ``command`` factory (``types``: ``case_id``, ``path``, ``text``)."""

    def export(args: argparse.Namespace) -> None:
        run_export(args, open_vault)

    sub = command("export", export, "write an encrypted exchange file for partner offices (and this office)")
    sub.add_argument("--to", action="append", default=[], type=types["text"], metavar="OFFICE_ID")
    sub.add_argument("--cases", nargs="+", default=None, type=types["case_id"], metavar="CASE_ID")
    sub.add_argument(
        "--since-last", action="store_true", help="only what changed since the last bundle to them"
    )
    sub.add_argument("--no-attachments", action="store_true", help="leave the files of the cases out")
    sub.add_argument("--out", type=types["path"], required=True, help="the exchange file (never overwritten)")


def run_export(args: argparse.Namespace, open_vault: OpenVault) -> None:
    vault = open_vault(args)
    try:
        written = ExchangeService(vault).export(
            args.out,
            to=args.to,
            cases=args.cases,
            since_last=args.since_last,
            attachments=not args.no_attachments,
            progress=lambda done, total, message: print(f"[{done}/{total}] {message}", file=sys.stderr),
        )
    finally:
        vault.lock()
    print(
        f"{written.path}\tbundle {written.bundle_id}\t{written.revisions} revisions\t"
        f"{written.attachments} files\tto {','.join(written.recipients)}"
    )
