# SPDX-License-Identifier: GPL-3.0-or-later
"""Headless commands (``pana COMMAND``): the same services the GUI uses, for scripts and servers.

Passphrases come from a prompt, or with ``--passphrase-stdin`` one per line of
standard input; never from the command line.  Expected failures print one line
on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import signal
import sys
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn

from app import __version__, paths
from app.cli_case_ids import case_id, resolve_references
from app.cli_exchange import add_exchange_commands
from app.cli_office import add_office_command
from app.cli_petitions import add_petition_command
from app.cli_progress import terminal_progress
from app.cli_purge import add_purge_command
from app.cli_reports import add_report_command
from app.cli_vault import add_vault_commands
from app.domain.errors import PanaError, UsageError, ValidationError, VaultNotFoundError
from app.domain.passphrase_strength import require_strong
from app.domain.records import CaseFilter, DeadlineFilter
from app.domain.vocab import CaseStatus
from app.services.case_export import CaseExportService, case_json_text
from app.services.case_search import CaseSearchService
from app.services.case_text import case_text
from app.services.deadlines import DeadlineService
from app.services.demo import populate
from app.services.listing import ListingService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams

EXIT_FAILED = 1
#: Wrong arguments: an unknown option, a value out of range, a missing one.
EXIT_USAGE = 2
#: An error Pana does not expect: a bug (EX_SOFTWARE of sysexits.h).
EXIT_BUG = 70


class Prompter:
    """Reads passphrases: from the terminal, or one line each from standard input."""

    def __init__(self, from_stdin: bool) -> None:
        self._from_stdin = from_stdin

    def passphrase(self, prompt: str, *, confirm: bool = False, field: str = "passphrase") -> str:
        """One line of stdin with ``--passphrase-stdin``, else typed (twice with ``confirm``); errors
        name ``field``."""
        if self._from_stdin:
            line = sys.stdin.buffer.readline()
            if not line:
                raise ValidationError(field, f"standard input ended before the {field} was read")
            try:
                return line.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                raise ValidationError(field, "standard input is not valid UTF-8", "not-text") from None
        first = getpass.getpass(prompt + ": ")
        if confirm and getpass.getpass("Repeat " + prompt.lower() + ": ") != first:
            raise ValidationError(field, "the two entries differ")
        return first

    def new_passphrase(self, prompt: str) -> str:
        """A passphrase for a key slot, typed twice at a terminal, refused when too easy to guess (the
        GUI's rule, ``app.domain.passphrase_strength``)."""
        passphrase = self.passphrase(prompt, confirm=True)
        require_strong(passphrase)  # before the slow key derivation, not only in the service
        return passphrase


def _open(args: argparse.Namespace) -> UnlockedVault:
    service = VaultService(args.vault, kdf=args.kdf)
    if not service.exists():
        raise VaultNotFoundError.at(args.vault)
    passphrase = args.prompter.passphrase("Passphrase")
    with terminal_progress(sys.stderr) as progress:  # shown only if the vault is upgraded first
        vault = service.open(passphrase, args.user, progress)
    try:
        resolve_references(args, vault)
    except BaseException:
        vault.lock()
        raise
    return vault


def cmd_init(args: argparse.Namespace) -> None:
    service = VaultService(args.vault, kdf=args.kdf)
    passphrase = args.prompter.new_passphrase("New passphrase")
    created = service.create(
        office_name=args.office, username="admin" if args.user is None else args.user, passphrase=passphrase
    )
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
            if args.limit:
                page = listing.page(wanted, limit=args.limit)
                total, rows = page.total, list(page.rows)
            else:  # every case: counted once, then read in one page of that size
                total = listing.page(wanted, limit=0).total
                rows = list(listing.page(wanted, limit=total, count=False).rows)
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


def whole_number(name: str, highest: int) -> Callable[[str], int]:
    """An argparse ``type`` for a count or a number of days: from 0 to ``highest``, else a usage
    error naming the argument (a huge number would overflow SQLite or the calendar)."""

    def checked(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise ValidationError(name, "is not a whole number") from None
        if not 0 <= number <= highest:
            raise ValidationError(name, f"must be from 0 to {highest}", "out-of-range")
        return number

    return checked


#: The most days ahead a deadline question may look (a hundred years).
MOST_DAYS = 36_500


def uuid_text(name: str, what: str) -> Callable[[str], str]:
    """An argparse ``type`` for a record id: a UUID, else a usage error naming ``what`` it must be."""

    def checked(value: str) -> str:
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise ValidationError(name, f"is not {what}") from None

    return checked


record_id = uuid_text("ID", "a record id (a UUID, as 'pana cases' and 'pana show' print it)")


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line on stderr, exit 2, like every other failure (no usage block)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"pana: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pana", description="Pana: encrypted intake and case files.")
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
    demo.add_argument("--cases", type=whole_number("--cases", 1_000_000), default=50)
    demo.add_argument("--seed", type=int, default=2024)
    cases = command("cases", cmd_cases, "list cases, one per line, id first")
    cases.add_argument("--status", choices=[s.value for s in CaseStatus])
    cases.add_argument(
        "--search",
        type=utf8_text("--search"),
        help="find by any spelling in any script, a case reference or a document number "
        "(the best 200 matches of each)",
    )
    cases.add_argument(
        "--limit",
        type=whole_number("--limit", 10_000_000),
        default=1000,
        help="at most this many (default 1000; 0: all)",
    )
    deadline = cases.add_mutually_exclusive_group()
    deadline.add_argument(
        "--deadline",
        choices=[DeadlineFilter.OVERDUE.value, DeadlineFilter.NONE.value],
        help="only cases whose next deadline has passed, or which have none (closed ones need --status)",
    )
    deadline.add_argument(
        "--due-within",
        type=whole_number("--due-within", MOST_DAYS),
        metavar="DAYS",
        help="only cases with a deadline from today to DAYS ahead",
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
    deadlines.add_argument(
        "--days", type=whole_number("--days", MOST_DAYS), default=30, help="how far ahead (default 30 days)"
    )
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
    add_vault_commands(
        command,
        _open,
        {"username": utf8_text("username"), "role": utf8_text("--role"), "file": utf8_path("file")},
    )
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
        return EXIT_USAGE
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    args.vault = args.vault or paths.default_vault_dir()
    args.prompter = Prompter(args.passphrase_stdin)
    args.kdf = kdf
    try:
        with _stopped_as_interrupted():
            args.handler(args)
    except PanaError as exc:
        print(f"pana: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_FAILED
    except KeyboardInterrupt:
        print("pana: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (head, grep -m) stopped early: not an error, and nothing more to say.
        sys.stdout = None
        return 0
    except OSError as exc:  # a path the user gave: the vault's own storage errors are typed
        where = f": {exc.filename}" if exc.filename else ""
        print(f"pana: {exc.strerror or 'input/output error'}{where}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        # One line, never the traceback or the message: either could quote case data.
        print(f"pana: internal error, a bug in Pana ({type(exc).__name__})", file=sys.stderr)
        return EXIT_BUG
    return 0


@contextlib.contextmanager
def _stopped_as_interrupted() -> Iterator[None]:
    """SIGTERM and SIGHUP (a closed terminal, a shutdown) stop the command as Ctrl+C does, so the
    clean-up of half-written files runs; without this Python dies at once and leaves them.  A signal
    someone chose to ignore (``nohup``) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {
        sig: signal.signal(sig, _interrupt)
        for sig in (signal.SIGTERM, signal.SIGHUP)
        if signal.getsignal(sig) == signal.SIG_DFL
    }
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
