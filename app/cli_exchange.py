# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana export``, ``pana import`` and ``pana conflicts``: exchange files between partner offices.

An export is always readable by this office too; ``--to`` names the partner offices (``pana
office list``), ``--cases`` limits it to some cases, ``--since-last`` to what changed since the
last bundle to them; ``--profile lawyer`` makes a lawyer packet of the ``--cases`` (the fields
that endanger people withheld, resources/exchange/profiles.toml).  An import is checked whole
before anything is written: ``--dry-run`` shows what it would do and stops there.  ``pana
conflicts`` lists the merge conflicts waiting for an answer, and ``--resolve ID --keep N`` or
``--value TEXT`` answers one; ``--imports`` lists the reports of past imports.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli_progress import terminal_progress
from app.domain.errors import UsageError, ValidationError
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
    sub.add_argument(
        "--profile",
        default="full",
        type=types["text"],
        help="full (office sync, the default) or lawyer (a lawyer packet of --cases, redacted)",
    )
    sub.add_argument("--out", type=types["path"], required=True, help="the exchange file (never overwritten)")

    def import_(args: argparse.Namespace) -> None:
        run_import(args, open_vault)

    imp = command("import", import_, "merge an exchange file from a partner office (checked whole first)")
    imp.add_argument("file", metavar="FILE", type=types["path"])
    imp.add_argument("--dry-run", action="store_true", help="say what the import would do, change nothing")

    def conflicts(args: argparse.Namespace) -> None:
        run_conflicts(args, open_vault)

    review = command(
        "conflicts",
        conflicts,
        "open merge conflicts, one per line, id first: case, record, field, every side (who, when)",
    )
    review.add_argument("--resolve", metavar="CONFLICT_ID", type=types["value"], help="answer this conflict")
    review.add_argument("--keep", metavar="N", type=_side_number, help="with --resolve: keep side N (1, 2…)")
    review.add_argument(
        "--value", metavar="TEXT", type=types["value"], help="with --resolve: this text instead"
    )
    review.add_argument("--imports", action="store_true", help="list past imports and what each did")


def run_export(args: argparse.Namespace, open_vault: OpenVault) -> None:
    from app.services.exchange import ExchangeService

    vault = open_vault(args)
    try:
        with terminal_progress(sys.stderr) as progress:
            written = ExchangeService(vault).export(
                args.out,
                to=args.to,
                cases=args.cases,
                since_last=args.since_last,
                attachments=not args.no_attachments,
                profile=args.profile,
                progress=progress,
            )
    finally:
        vault.lock()
    redacted = "" if args.profile == "full" else f"\tprofile {args.profile}"
    print(
        f"{written.path}\tbundle {written.bundle_id}\t{written.revisions} revisions\t"
        f"{written.attachments} files\tto {','.join(written.recipients)}{redacted}"
    )
    if written.not_received:
        print(
            f"pana: {written.not_received} files of these records were left out: this office has not "
            "received them yet (they came without files); they go with the first export with files to "
            "these offices after they come",
            file=sys.stderr,
        )


def run_import(args: argparse.Namespace, open_vault: OpenVault) -> None:
    from app.services.exchange import ExchangeService
    from app.services.exchange_suggestions import not_all_listed

    data = _read_bundle(args.file)
    vault = open_vault(args)
    try:
        with terminal_progress(sys.stderr) as progress:
            report = ExchangeService(vault).import_bundle(data, dry_run=args.dry_run, progress=progress)
    finally:
        vault.lock()
    bundle = report.bundle
    what = "would import" if report.dry_run else "imported"
    print(f"bundle {bundle.bundle_id} from {bundle.sender_office_id}, number {bundle.sequence}")
    if bundle.profile != "full":
        print(f"a redacted packet (profile {safe(bundle.profile)}): withheld fields keep this vault's values")
    if report.already_imported:
        print("already imported: nothing to do")
    else:
        counts = report.counts()
        print(f"{what}: " + ", ".join(f"{name} {number}" for name, number in counts.items()))
    if report.missing:
        numbers = ", ".join(str(n) for n in report.missing)
        print(
            f"pana: bundles {numbers} from this office have not been imported here yet; if one is lost, "
            "ask that office for a file of all its cases (export without --since-last)",
            file=sys.stderr,
        )
    if report.merge is not None and report.merge.future_clock:
        print(
            f"pana: {len(report.merge.future_clock)} revisions carry a clock more than a day ahead of "
            "this laptop's: a device clock may be set wrong (the merge does not depend on it)",
            file=sys.stderr,
        )
    if report.merge is not None and report.merge.waiting:
        print(
            f"pana: {report.merge.waiting} records wait for the records they belong to, which another "
            "office has not sent yet; they are written when those arrive",
            file=sys.stderr,
        )
    if report.merge is not None:
        for conflict in report.merge.conflicts:
            print(f"conflict\t{conflict.table}\t{conflict.record_id}\t{conflict.field}")
        for skipped in report.merge.skipped:
            print(f"skipped\t{skipped.table}\t{skipped.record_id}\t{skipped.reason}")
    if report.not_compared:
        print(
            f"pana: {report.not_compared} new persons were not compared by name (too many)", file=sys.stderr
        )
    for hint in report.suggestions:
        cases = ",".join(safe(case.reference) or case.case_id for case in hint.cases)
        print(
            f"may be the same person\t{safe(hint.incoming_name)}\t{hint.incoming_person_id}\t"
            f"{safe(hint.local_name)}\t{hint.local_person_id}\t{cases}"
        )
    for person_id, (found, listed) in not_all_listed(report.suggestions).items():
        print(
            f"pana: {person_id}: {found} persons here have a name alike; only the {listed} most likely "
            "are listed",
            file=sys.stderr,
        )


def run_conflicts(args: argparse.Namespace, open_vault: OpenVault) -> None:
    from app.services.conflicts import ConflictService

    answer = args.keep is not None or args.value is not None
    if args.resolve is None and answer:
        raise UsageError("--resolve", "name the conflict to answer (its id, first on each line)")
    if args.resolve is not None and (args.keep is None) == (args.value is None):
        raise UsageError("--resolve", "give either --keep N or --value TEXT")
    vault = open_vault(args)
    try:
        service = ConflictService(vault)
        if args.resolve is not None:
            done = (
                service.keep(args.resolve, args.keep - 1)
                if args.keep is not None
                else service.resolve(args.resolve, args.value)
            )
            outcome = "deleted" if done.deleted else "kept, a new revision written"
            print(
                f"resolved {done.conflict_id}: {done.record_table} {done.record_id} {outcome}; "
                f"{done.closed} conflict(s) of this record closed"
            )
        elif args.imports:
            for past in service.imports():
                counts = ", ".join(f"{name} {number}" for name, number in past.counts.items())
                print(
                    f"{past.imported_at:%Y-%m-%d %H:%M}\t{safe(past.sender_name) or past.sender_office_id}"
                    f"\t{past.bundle_id}\t{counts}"
                )
        else:
            for c in service.open_conflicts():
                sides = " | ".join(
                    f"{side.index + 1}: {_side_text(c.is_deletion, side.deleted, side.value)} "
                    f"({safe(side.user_name or side.office_name)}, {side.at:%Y-%m-%d %H:%M} UTC)"
                    for side in c.sides
                )
                case = safe(c.case_reference or c.case_subject)
                print(f"{c.id}\t{case}\t{c.record_table}\t{c.record_id}\t{c.field}\t{sides}")
    finally:
        vault.lock()


def _side_number(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise UsageError("--keep", "is the number of a side: 1, 2…")
    return int(value)


def _side_text(deletion: bool, deleted: bool, value: object) -> str:
    if deleted:
        return "(deleted)"
    if deletion:
        return "(edited)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return safe(text)[:80]


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
