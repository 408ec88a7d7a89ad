# SPDX-License-Identifier: GPL-3.0-or-later
"""Headless commands (``pana COMMAND``): the same services the GUI uses, for scripts and servers.

Passphrases come from a prompt, or with ``--passphrase-stdin`` one per line of
standard input; never from the command line.  Expected failures print one line
on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, paths
from app.cli_exchange import add_exchange_commands
from app.cli_office import add_office_command
from app.cli_petitions import add_petition_command
from app.cli_purge import add_purge_command
from app.cli_reports import add_report_command
from app.domain.errors import PanaError, ValidationError, VaultNotFoundError
from app.domain.records import CaseFilter, DeadlineFilter
from app.domain.vocab import CaseStatus
from app.services.admin import AdminService
from app.services.case_export import CaseExportService, case_json_text
from app.services.case_search import CaseSearchService
from app.services.case_text import case_text
from app.services.copies import CopyService, VaultCopy
from app.services.deadlines import DeadlineService
from app.services.demo import populate
from app.services.listing import ListingService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

EXIT_FAILED = 1


class Prompter:
    """Reads passphrases: from the terminal, or one line each from standard input."""

    def __init__(self, from_stdin: bool) -> None:
        self._from_stdin = from_stdin

    def passphrase(self, prompt: str, *, confirm: bool = False) -> str:
        if self._from_stdin:
            line = sys.stdin.buffer.readline()
            if not line:
                raise ValidationError("passphrase", "standard input ended before a passphrase was read")
            try:
                return line.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                raise ValidationError("passphrase", "standard input is not valid UTF-8", "not-text") from None
        first = getpass.getpass(prompt + ": ")
        if confirm and getpass.getpass("Repeat " + prompt.lower() + ": ") != first:
            raise ValidationError("passphrase", "the two entries differ")
        return first


def _open(args: argparse.Namespace) -> UnlockedVault:
    service = VaultService(args.vault, kdf=args.kdf)
    if not service.exists():
        raise VaultNotFoundError()
    return service.open(args.prompter.passphrase("Passphrase"), args.user)


def cmd_init(args: argparse.Namespace) -> None:
    service = VaultService(args.vault, kdf=args.kdf)
    passphrase = args.prompter.passphrase("New passphrase", confirm=True)
    created = service.create(office_name=args.office, username=args.user or "admin", passphrase=passphrase)
    created.vault.lock()
    print(f"Vault created in {args.vault}")
    print("Recovery key (write it down now; it is shown only once):")
    print(f"  {created.recovery_key}")


def cmd_demo(args: argparse.Namespace) -> None:
    vault = _open(args)
    try:
        added = populate(vault, args.cases, seed=args.seed)
    finally:
        vault.lock()
    print(f"Added {added} fictional cases.")


def cmd_cases(args: argparse.Namespace) -> None:
    if args.limit < 0:
        raise ValidationError("--limit", "must be 0 (every case) or more")
    vault = _open(args)
    try:
        listing = ListingService(vault)
        if args.search:
            found = CaseSearchService(vault).search(args.search)
            total, rows = len(found), found[: args.limit or None]
        else:
            status = CaseStatus(args.status) if args.status else None
            if args.due_within is not None:
                wanted = CaseFilter(status, deadline=DeadlineFilter.DUE_WITHIN, deadline_days=args.due_within)
            else:
                wanted = CaseFilter(status, deadline=DeadlineFilter(args.deadline) if args.deadline else None)
            limit = args.limit or listing.page(wanted, limit=0).total
            page = listing.page(wanted, limit=limit)
            total, rows = page.total, list(page.rows)
    finally:
        vault.lock()
    for row in rows:
        deadline = row.next_deadline.isoformat() if row.next_deadline else "-"
        print(f"{row.id}\t{row.reference}\t{row.subject_name}\t{row.status.value}\t{deadline}")
    if len(rows) < total:  # standard output stays one case per line
        print(f"{len(rows)} of {total} cases shown; --limit N shows more, --limit 0 all.", file=sys.stderr)


def cmd_show(args: argparse.Namespace) -> None:
    vault = _open(args)
    try:
        exported = CaseExportService(vault).read(args.case_id, "json" if args.json else "text")
    finally:
        vault.lock()
    sys.stdout.write(case_json_text(exported) + "\n" if args.json else case_text(exported))


def cmd_deadlines(args: argparse.Namespace) -> None:
    today = dt.date.today()
    vault = _open(args)
    try:
        found = DeadlineService(vault).upcoming(days=args.days, today=today)
    finally:
        vault.lock()
    if found.book.problem:
        print(f"Warning: {found.book.problem}; the shipped rules count meanwhile.", file=sys.stderr)
    for d in found.deadlines:
        state = "overdue" if d.overdue(today) else "due"
        source = ", ".join(part for part in (d.rule.source, d.rule.article) if part)
        print(
            f"{d.due.isoformat()}\t{state}\t{d.case_id}\t{d.reference}\t{d.subject_name}\t{d.rule.title}\t{source}"
        )


def cmd_check(args: argparse.Namespace) -> None:
    vault = _open(args)
    try:
        report = AdminService(vault).check()
    finally:
        vault.lock()
    for warning in report.warnings:
        print(f"Warning: {warning}")
    if not report.ok:
        for problem in report.problems:
            print(problem)
        raise PanaError(f"The vault check found {len(report.problems)} problem(s).")
    print("Vault OK: pages, encryption, foreign keys, history and audit chain intact.")


def cmd_passwd(args: argparse.Namespace) -> None:
    vault = _open(args)
    try:
        username = args.user or _only_user(vault)
        old = args.prompter.passphrase(f"Current passphrase of {username}")
        new = args.prompter.passphrase("New passphrase", confirm=True)
        changed = AdminService(vault, kdf=args.kdf).change_passphrase(username, old, new)
    finally:
        vault.lock()
    print("Passphrase changed.")
    _name_older_copies(changed.older_copies)


def _name_older_copies(copies: Sequence[VaultCopy]) -> None:
    if copies:
        print(
            "These older copies still open with the old passphrase: "
            + ", ".join(c.id for c in copies)
            + "; delete each with: pana copies --delete ID"
        )


def cmd_reset_passphrase(args: argparse.Namespace) -> None:
    service = VaultService(args.vault, kdf=args.kdf)
    vault = service.open_with_recovery(args.prompter.passphrase("Recovery key"))
    try:
        new = args.prompter.passphrase(f"New passphrase for {args.username}", confirm=True)
        changed = AdminService(vault, kdf=args.kdf).reset_passphrase(args.username, new)
    finally:
        vault.lock()
    print(f"Passphrase of {args.username} reset with the recovery key.")
    _name_older_copies(changed.older_copies)


def _only_user(vault: UnlockedVault) -> str:
    users = AdminService(vault).users()
    return next((u.username for u in users if u.id == vault.actor.user_id), users[0].username)


def cmd_add_user(args: argparse.Namespace) -> None:
    vault = _open(args)
    try:
        passphrase = args.prompter.passphrase(f"Passphrase for {args.username}", confirm=True)
        AdminService(vault, kdf=args.kdf).add_user(args.username, passphrase, role=args.role)
    finally:
        vault.lock()
    print(f"User {args.username} added.")


def cmd_remove_user(args: argparse.Namespace) -> None:
    vault = _open(args)
    try:
        AdminService(vault).remove_user(args.username)
    finally:
        vault.lock()
    print(f"User {args.username} can no longer unlock this vault.")


def cmd_recovery_key(args: argparse.Namespace) -> None:
    vault = _open(args)
    try:
        recovery = AdminService(vault, kdf=args.kdf).regenerate_recovery_key()
    finally:
        vault.lock()
    print("New recovery key (the old one no longer works; shown only once):")
    print(f"  {recovery}")


def cmd_rotate_key(args: argparse.Namespace) -> None:
    vault = _open(args)
    try:
        username = args.user or _only_user(vault)
        passphrase = args.prompter.passphrase(f"Passphrase of {username} (kept for the new key)")
        result = AdminService(vault, kdf=args.kdf).rotate_master_key(username, passphrase)
    finally:
        vault.lock()
    print("Master key replaced; every page of the vault is re-encrypted.")
    print("New recovery key (the old one no longer works; shown only once):")
    print(f"  {result.recovery_key}")
    if result.dropped_users:
        print("These users must be added again with add-user: " + ", ".join(result.dropped_users))


def cmd_backup(args: argparse.Namespace) -> None:
    vault = _open(args)
    try:
        size = AdminService(vault).backup(args.file)
    finally:
        vault.lock()
    print(f"Encrypted backup written to {args.file} ({size:,} bytes).")


def cmd_restore(args: argparse.Namespace) -> None:
    service = VaultService(args.vault, kdf=args.kdf)
    kept = service.restore(args.file, args.prompter.passphrase("Passphrase of the backup"), args.user)
    print(f"Vault restored from {args.file} and verified.")
    if kept:
        print(f"The vault it replaced is kept in {kept}")


def cmd_copies(args: argparse.Namespace) -> None:
    service = CopyService(args.vault)
    if args.delete:
        service.delete(args.delete)
        print(f"Copy {args.delete} erased: its keys are destroyed, then its files.")
        return
    for copy in service.copies():
        made = copy.made.astimezone().isoformat(timespec="seconds")
        print(f"{copy.id}\t{copy.kind.value}\t{made}\t{copy.size}\t{copy.path}")


def cmd_erase(args: argparse.Namespace) -> None:
    if not args.yes:
        raise ValidationError("--yes", "erasing destroys the vault for good; repeat with --yes")
    VaultService(args.vault).erase()
    print("Vault erased: its keys are destroyed and the data can no longer be decrypted.")


def utf8_text(name: str) -> Callable[[str], str]:
    """An argparse ``type`` refusing text the command line could not decode (bytes that are not UTF-8).

    Python hands such bytes over as lone surrogates, which no file, database or
    terminal can take; ``ValidationError`` names the argument instead.
    """

    def checked(value: str) -> str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError(name, "is not valid UTF-8 text", "not-text") from None
        return value

    return checked


def utf8_path(name: str) -> Callable[[str], Path]:
    """As ``utf8_text``, for a path: Pana prints the paths it is given, so they must be text too."""
    check = utf8_text(name)
    return lambda value: Path(check(value))


def uuid_text(name: str, what: str) -> Callable[[str], str]:
    """An argparse ``type`` for a record id: a UUID, else a usage error naming ``what`` it must be."""

    def checked(value: str) -> str:
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise ValidationError(name, f"is not {what}") from None

    return checked


case_id = uuid_text("CASE_ID", "a case id (a UUID, as 'pana cases' prints it)")
record_id = uuid_text("ID", "a record id (a UUID, as 'pana cases' and 'pana show' print it)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pana", description="Pana: encrypted intake and case files.")
    parser.add_argument("--version", action="version", version=f"pana {__version__}")
    parser.add_argument(
        "--vault",
        type=utf8_path("--vault"),
        default=None,
        help="vault folder (default: $PANA_VAULT or app data)",
    )
    parser.add_argument(
        "--user",
        type=utf8_text("--user"),
        default=None,
        help="user name (default: try every user's key slot)",
    )
    parser.add_argument(
        "--passphrase-stdin", action="store_true", help="read passphrases from stdin, one per line"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, handler: Callable[[argparse.Namespace], None], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub

    init = command("init", cmd_init, "create a new vault with its first user and a recovery key")
    init.add_argument("--office", type=utf8_text("--office"), default="Office", help="office name")
    demo = command("demo", cmd_demo, "add fictional demo cases")
    demo.add_argument("--cases", type=int, default=50)
    demo.add_argument("--seed", type=int, default=2024)
    cases = command("cases", cmd_cases, "list cases, one per line, id first")
    cases.add_argument("--status", choices=[s.value for s in CaseStatus])
    cases.add_argument(
        "--search",
        type=utf8_text("--search"),
        help="find by any spelling in any script, a case reference or a document number",
    )
    cases.add_argument("--limit", type=int, default=1000, help="at most this many (default 1000; 0: all)")
    deadline = cases.add_mutually_exclusive_group()
    deadline.add_argument(
        "--deadline",
        choices=[DeadlineFilter.OVERDUE.value, DeadlineFilter.NONE.value],
        help="only cases whose next deadline has passed, or which have none (closed ones need --status)",
    )
    deadline.add_argument(
        "--due-within", type=int, metavar="DAYS", help="only cases with a deadline from today to DAYS ahead"
    )
    show = command(
        "show", cmd_show, "print a whole case: every record and spelling (recorded in the audit log)"
    )
    show.add_argument("case_id", metavar="CASE_ID", type=case_id)
    show.add_argument("--json", action="store_true", help="one JSON object, keys sorted (see the README)")
    deadlines = command(
        "deadlines",
        cmd_deadlines,
        "what is overdue or falls due soon, with its rule (a lawyer's aid, not advice)",
    )
    deadlines.add_argument("--days", type=int, default=30, help="how far ahead (default 30 days)")
    add_petition_command(
        command, _open, {"case_id": case_id, "path": utf8_path("path"), "text": utf8_text("--field")}
    )
    add_office_command(command, _open, {"path": utf8_path("path"), "text": utf8_text("OFFICE_ID")})
    add_exchange_commands(
        command,
        _open,
        {
            "case_id": case_id,
            "path": utf8_path("--out"),
            "text": utf8_text("OFFICE_ID"),
            "value": utf8_text("--value"),
        },
    )
    add_purge_command(command, _open, {"case_id": case_id, "record_id": record_id})
    add_report_command(command, _open, {"path": utf8_path("--out")})
    command("check", cmd_check, "check pages, encryption, foreign keys, history and the audit chain")
    command("passwd", cmd_passwd, "change a user's passphrase")
    add_user = command("add-user", cmd_add_user, "add a user with their own passphrase")
    add_user.add_argument("username", type=utf8_text("username"))
    add_user.add_argument("--role", type=utf8_text("--role"), default="field-worker")
    remove_user = command("remove-user", cmd_remove_user, "remove a user's key slot")
    remove_user.add_argument("username", type=utf8_text("username"))
    reset = command(
        "reset-passphrase",
        cmd_reset_passphrase,
        "set a forgotten passphrase, using the recovery key",
    )
    reset.add_argument("username", type=utf8_text("username"))
    command("recovery-key", cmd_recovery_key, "make a new recovery key (the old one stops working)")
    command("rotate-key", cmd_rotate_key, "replace the vault master key (re-encrypts; other users re-added)")
    backup = command("backup", cmd_backup, "write an encrypted backup file")
    backup.add_argument("file", type=utf8_path("file"))
    restore = command("restore", cmd_restore, "replace the vault with a verified backup")
    restore.add_argument("file", type=utf8_path("file"))
    copies = command(
        "copies",
        cmd_copies,
        "list the copies Pana kept of this vault (before a restore or an upgrade), one per line, id first",
    )
    copies.add_argument("--delete", metavar="ID", help="crypto-erase the copy with this id")
    erase = command("erase", cmd_erase, "crypto-erase the vault and every copy Pana kept of it")
    erase.add_argument("--yes", action="store_true", help="confirm")
    return parser


def run(argv: Sequence[str], *, kdf: KdfParams | None = None) -> int:
    """Run one command; returns the exit code.

    ``kdf`` sets the key-derivation cost of new key slots; ``None`` (what ``pana``
    passes) calibrates to this machine.  Only tests and benchmarks pass lower
    parameters: no environment variable or option can.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except ValidationError as exc:
        print(f"pana: {exc}", file=sys.stderr)
        return 2
    if args.command is None:
        parser.print_help()
        return 2
    args.vault = args.vault or paths.default_vault_dir()
    args.prompter = Prompter(args.passphrase_stdin)
    args.kdf = kdf
    try:
        args.handler(args)
    except PanaError as exc:
        print(f"pana: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("pana: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (head, grep -m) stopped early: not an error, and nothing more to say.
        sys.stdout = None
        return 0
    return 0
