# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana petition``: the kinds on offer, one petition as a PDF, a batch of them, and the office's
own templates.

A petition is filled from the case, its blanks from ``--field NAME=VALUE`` over the template's
defaults; a blank left empty prints as a line to fill by hand, or with ``--strict`` is refused,
naming it.  Each PDF is written only where the user says (never over an existing file) and kept
in the case's petitions registry as printed, with its SHA-256.  With ``--protect`` the file is
encrypted with a password (AES-256) before it is written.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import Cancelled, PanaError, UsageError, ValidationError
from app.domain.records import CaseFilter
from app.services.listing import ListingService
from app.services.session import UnlockedVault

if TYPE_CHECKING:
    from app.services.petition_compose import PetitionService

LANGUAGES = ("ru", "kk", "en")
ALL = 10_000_000  # a batch of "every case"
OpenVault = Callable[[argparse.Namespace], UnlockedVault]
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def add_petition_command(
    command: Callable[..., argparse.ArgumentParser],
    open_vault: OpenVault,
    types: dict[str, Callable[[str], Any]],
) -> None:
    """Register ``petition`` with the CLI's ``command`` factory; ``open_vault`` unlocks; ``types``
    are the CLI's argument types (``case_id``, ``path``, ``text``)."""

    def handler(args: argparse.Namespace) -> None:
        run_petition(args, open_vault, types["case_id"])

    sub = command("petition", handler, "print petitions as PDF from a case (drafts for a lawyer to check)")
    sub.add_argument(
        "targets",
        metavar="CASE_ID KIND",
        nargs="*",
        help="the case ('pana cases') and the kind ('pana petition --list'); with --batch, case ids",
    )
    sub.add_argument("--list", action="store_true", help="the kinds Pana ships, one per line, code first")
    sub.add_argument("--lang", choices=LANGUAGES, default="ru", help="language of the petition (default ru)")
    sub.add_argument("--out", type=types["path"], help="the PDF to write (never overwritten)")
    sub.add_argument(
        "--field",
        action="append",
        default=[],
        type=types["text"],
        metavar="NAME=VALUE",
        help="a blank the lawyer completes (repeatable)",
    )
    sub.add_argument(
        "--annex",
        action="append",
        default=[],
        metavar="FILE_ID",
        help="a file of the case to list (and append, if an image) as an annex",
    )
    sub.add_argument("--strict", action="store_true", help="refuse, naming them, when blanks are left empty")
    sub.add_argument(
        "--protect",
        action="store_true",
        help="encrypt the PDF with a password (AES-256), asked after the passphrase: typed twice, or "
        "with --passphrase-stdin the next line",
    )
    sub.add_argument(
        "--batch",
        metavar="KIND",
        help="print KIND for every case given after it (or every case) into --out-dir",
    )
    sub.add_argument("--out-dir", type=types["path"], help="folder for --batch (must exist)")
    sub.add_argument(
        "--templates", action="store_true", help="list the office's own templates kept in the vault"
    )
    sub.add_argument(
        "--add-template",
        type=types["path"],
        metavar="FILE",
        help="keep FILE (KIND.LANG.txt) in the vault as an office template",
    )
    sub.add_argument(
        "--remove-template", metavar="NAME", help="forget the office template NAME (KIND.LANG.txt)"
    )


def run_petition(args: argparse.Namespace, open_vault: OpenVault, case_id: Callable[[str], str]) -> None:
    # ReportLab, Jinja2 and PDFium load only for this command, not at every start of the CLI.
    from app.petitions.catalogue import TemplateSet
    from app.services.petition_compose import PetitionService

    if args.list:
        for info in TemplateSet().kinds():
            print(f"{info.code}\t{','.join(info.languages)}\t{info.summary}")
        return
    if args.batch:
        args.case_ids = [case_id(target) for target in args.targets]
    elif not (args.templates or args.add_template or args.remove_template):
        if len(args.targets) != 2:
            raise UsageError("petition", "give CASE_ID and KIND (or --list, --batch KIND, --templates)")
        args.case_id, args.kind = case_id(args.targets[0]), args.targets[1]
    vault = open_vault(args)
    try:
        service = PetitionService(vault)
        if args.templates:
            for name in service.office_templates():
                print(name)
        elif args.add_template is not None:
            _add_template(service, args.add_template)
        elif args.remove_template:
            if not service.remove_template(args.remove_template):
                raise ValidationError(
                    "--remove-template", f"the vault has no office template {args.remove_template}"
                )
            print(f"Removed the office template {args.remove_template}")
        elif args.batch:
            _batch(service, ListingService(vault), args, _password(args))
        else:
            _one(service, args, _password(args))
    finally:
        vault.lock()


def _fields(values: list[str]) -> dict[str, str]:
    fields = {}
    for item in values:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            raise UsageError("--field", f"{item!r} is not NAME=VALUE")
        fields[name.strip()] = value
    return fields


def _password(args: argparse.Namespace) -> str:
    """The PDF password with ``--protect`` (checked before any petition is made), else ""."""
    if not args.protect:
        return ""
    from app.petitions.protect import check_password

    password: str = args.prompter.passphrase("PDF password", confirm=True, field="password")
    check_password(password)
    return password


def _one(service: PetitionService, args: argparse.Namespace, password: str) -> None:
    if args.out is None:
        raise UsageError("--out", "say where to write the PDF (--out FILE.pdf)")
    fields = _fields(args.field)
    written = _print(
        service, args.case_id, args.kind, args.lang, fields, args.annex, args.strict, args.out, password
    )
    print(written)


def _print(
    service: PetitionService,
    case_id: str,
    kind: str,
    language: str,
    given: dict[str, str],
    annexes: list[str],
    strict: bool,
    out: Path,
    password: str,
) -> str:
    if out.exists():
        raise ValidationError(str(out), "exists already; choose another file name")
    form = service.form(case_id, kind, language)
    unknown = sorted(set(given) - {entry.name for entry in form.fields})
    if unknown:
        names = ", ".join(entry.name for entry in form.fields) or "none"
        raise ValidationError("--field", f"{kind} has no field {', '.join(unknown)} (its fields: {names})")
    fields = {entry.name: entry.value for entry in form.fields} | given
    composed = service.compose(case_id, kind, language, fields, annexes, strict=strict)
    from app.petitions.raster import page_count
    from app.services.petition_compose import render_petition

    rendered = render_petition(composed.document)
    pdf = rendered.pdf
    for number in rendered.unreadable_annexes:
        print(f"pana: annex {number} is not an image Pana can read: listed, not appended", file=sys.stderr)
    try:
        petition = service.save_pdf(composed, composed.document, pdf, out, password=password)
    except OSError as exc:
        raise PanaError(f"{out}: {exc.strerror or exc}") from None
    return f"{out}\t{page_count(pdf)} pages\tSHA-256 {petition.sha256}\tpetition {petition.id}"


def _batch(
    service: PetitionService, listing: ListingService, args: argparse.Namespace, password: str
) -> None:
    folder = args.out_dir
    if folder is None or not folder.is_dir():
        raise ValidationError("--out-dir", "give an existing folder for the batch")
    service.templates().template(args.batch, args.lang)  # no such template: one message, not one per case
    case_ids = args.case_ids or [row.id for row in listing.page(CaseFilter(), limit=ALL, count=False).rows]
    fields = _fields(args.field)
    total, failed = len(case_ids), 0
    for done, case_id in enumerate(case_ids, 1):
        out = folder / f"{_UNSAFE.sub('_', case_id)}-{args.batch}-{args.lang}.pdf"
        try:
            line = _print(service, case_id, args.batch, args.lang, fields, [], args.strict, out, password)
        except (PanaError, Cancelled) as exc:
            failed += 1
            print(f"[{done}/{total}] {case_id}: {exc}", file=sys.stderr)
            continue
        print(line)
        print(f"[{done}/{total}] {case_id}", file=sys.stderr)
    if failed:
        raise PanaError(f"{failed} of {total} petitions were not printed (see above)")


def _add_template(service: PetitionService, path: Path) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(str(path), f"cannot be read as UTF-8 text ({exc})") from None
    service.add_template(path.name, text)
    print(f"Kept {path.name} as an office template")
