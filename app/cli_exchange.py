# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana export``, ``pana import`` and ``pana conflicts``: exchange files between partner offices.

An export is always readable by this office too; ``--to`` names the partner offices (``pana
office list``), ``--cases`` limits it to some cases, ``--since-last`` to what changed since the
last bundle to them.  An import is checked whole before anything is written: ``--dry-run``
shows what it would do and stops there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.errors import ValidationError
from app.services.case_text_kit import safe
from app.services.session import UnlockedVault

# The exchange services (age, the merge engine) load only for these commands, not at every CLI start.
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

    def import_(args: argparse.Namespace) -> None:
        run_import(args, open_vault)

    imp = command("import", import_, "merge an exchange file from a partner office (checked whole first)")
    imp.add_argument("file", metavar="FILE", type=types["path"])
    imp.add_argument("--dry-run", action="store_true", help="say what the import would do, change nothing")

    def conflicts(args: argparse.Namespace) -> None:
        run_conflicts(args, open_vault)

    command("conflicts", conflicts, "open merge conflicts, one per line: table, record id, field, values")


def run_export(args: argparse.Namespace, open_vault: OpenVault) -> None:
    from app.services.exchange import ExchangeService

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


def run_import(args: argparse.Namespace, open_vault: OpenVault) -> None:
    from app.services.exchange import ExchangeService

    data = _read_bundle(args.file)
    vault = open_vault(args)
    try:
        report = ExchangeService(vault).import_bundle(data, dry_run=args.dry_run)
    finally:
        vault.lock()
    bundle = report.bundle
    what = "would import" if report.dry_run else "imported"
    print(f"bundle {bundle.bundle_id} from {bundle.sender_office_id}, number {bundle.sequence}")
    if report.already_imported:
        print("already imported: nothing to do")
    else:
        counts = report.counts()
        print(f"{what}: " + ", ".join(f"{name} {number}" for name, number in counts.items()))
    if report.missing:
        numbers = ", ".join(str(n) for n in report.missing)
        print(f"pana: bundles {numbers} from this office have not been imported here yet", file=sys.stderr)
    if report.merge is not None and report.merge.future_clock:
        print(
            f"pana: {len(report.merge.future_clock)} revisions carry a clock more than a day ahead of "
            "this laptop's: a device clock may be set wrong (the merge does not depend on it)",
            file=sys.stderr,
        )
    if report.merge is not None:
        for conflict in report.merge.conflicts:
            print(f"conflict\t{conflict.table}\t{conflict.record_id}\t{conflict.field}")
        for skipped in report.merge.skipped:
            print(f"skipped\t{skipped.table}\t{skipped.record_id}\t{skipped.reason}")


def run_conflicts(args: argparse.Namespace, open_vault: OpenVault) -> None:
    from app.services.exchange import ExchangeService

    vault = open_vault(args)
    try:
        found = ExchangeService(vault).open_conflicts()
    finally:
        vault.lock()
    for c in found:
        values = " | ".join(safe(v)[:80] for v in c.values)
        print(f"{c.record_table}\t{c.record_id}\t{c.field}\t{values}")


def _read_bundle(path: Path) -> bytes:
    """The file's bytes, its size checked before it is read (a hostile file must not fill memory)."""
    from app.exchange.age_file import check_size

    try:
        size = path.stat().st_size
        check_size(size)
        if not path.is_file():
            raise ValidationError(str(path), "is not a file")
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(str(path), f"cannot be read ({exc.strerror or exc})") from None
