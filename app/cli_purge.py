# SPDX-License-Identifier: GPL-3.0-or-later
"""Taking a case away: ``pana delete CASE_ID`` (each record gets a deletion revision, history stays:
``app.services.case_delete``) and ``pana purge person|case ID`` (removed for good with its history
and files: ``app.services.purge``); either reaches every partner office that imports this office's
next exchange file.

What a purge would remove is printed first (counts, never content) and the passphrase of the user who
unlocked is asked again.  Both must be confirmed: ``--yes``, or the id (or the case reference) typed
again as given (from the terminal, or as the next line of standard input with ``--passphrase-stdin``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from app.domain.errors import ValidationError
from app.services.admin import AdminService
from app.services.session import UnlockedVault

OpenVault = Callable[[argparse.Namespace], UnlockedVault]


def add_purge_command(
    command: Callable[..., argparse.ArgumentParser],
    open_vault: OpenVault,
    types: dict[str, Callable[[str], Any]],
) -> None:
    """Register ``delete`` and ``purge`` with the CLI's ``command`` factory (``types``: ``case_id``,
    ``record_id``)."""

    def delete(args: argparse.Namespace) -> None:
        run_delete(args, open_vault)

    deleting = command(
        "delete",
        delete,
        "delete a case: it leaves the lists here and at partner offices, its history stays",
    )
    deleting.add_argument("record_id", metavar="CASE_ID", type=types["case_id"])
    deleting.add_argument("--yes", action="store_true", help="confirm without typing the id again")

    def purge(args: argparse.Namespace) -> None:
        run_purge(args, open_vault)

    sub = command(
        "purge",
        purge,
        "remove a person or a case for good, with its history and files, here and at partner offices",
    )
    sub.add_argument("what", choices=("person", "case"))
    sub.add_argument("record_id", metavar="ID", type=types["record_id"])
    sub.add_argument("--yes", action="store_true", help="confirm without typing the id again")


def run_delete(args: argparse.Namespace, open_vault: OpenVault) -> None:
    from app.services.cases import CaseService

    vault = open_vault(args)
    try:
        if not args.yes and _confirmation(args, "delete") != _as_typed(args):
            raise ValidationError(
                "CASE_ID", "not confirmed: type it again as given, or add --yes", "not-confirmed"
            )
        deleted = CaseService(vault).delete_case(args.record_id)
    finally:
        vault.lock()
    print(
        f"Deleted case {deleted.reference or deleted.case_id}: {deleted.records} records, each with a "
        "deletion revision; partner offices delete it when they import this office's next exchange file."
    )


def run_purge(args: argparse.Namespace, open_vault: OpenVault) -> None:
    from app.services.purge import PurgeService

    vault = open_vault(args)
    try:
        service = PurgeService(vault)
        if args.what == "person":
            plan = service.plan_person(args.record_id)
            if plan.subject_of:
                raise ValidationError(
                    "person",
                    "is the subject of case " + ", ".join(plan.subject_of) + "; purge the case instead",
                )
        else:
            plan = service.plan_case(args.record_id)
        print(
            f"Purging removes for good: {plan.records} records ({plan.cases} cases, {plan.people} persons, "
            f"{plan.files} files) with all their history; partner offices remove them when they import "
            "this office's next exchange file."
        )
        username = AdminService(vault).username_of(vault.actor.user_id)
        passphrase = args.prompter.passphrase(f"Passphrase of {username} again, to purge")
        if not args.yes and _confirmation(args, "purge") != _as_typed(args):
            raise ValidationError("ID", "not confirmed: type the id again, or add --yes", "not-confirmed")
        purge = service.purge_person if args.what == "person" else service.purge_case
        purged = purge(args.record_id, username, passphrase)
    finally:
        vault.lock()
    print(
        f"Purged {purged.records} records, {purged.revisions} revisions and {purged.files} files; "
        "tombstones keep them out of every later import."
    )
    if purged.older_copies:
        print(
            "These older copies still hold them: "
            + ", ".join(c.id for c in purged.older_copies)
            + "; erase each with: pana copies --delete ID"
        )


def _confirmation(args: argparse.Namespace, verb: str) -> str:
    if args.passphrase_stdin:
        return sys.stdin.buffer.readline().decode("utf-8", "replace").strip()
    return input(f"Type {_as_typed(args)} to {verb} it: ").strip()


def _as_typed(args: argparse.Namespace) -> str:
    """The record as the command line named it: a case's reference stays a reference."""
    return str(args.typed_case_ids.get(args.record_id, args.record_id))
