# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana office``: this office's card and keys, the partner offices it exchanges bundles with, and
the prefix of its case references.

A partner is added from its card only after the user has compared the fingerprint (read
out over the phone) and typed "yes"; scripts say ``--yes``, and must when the passphrase
comes from standard input (the confirmation cannot come from there too).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.errors import PanaError, ValidationError
from app.exchange.office_card import MAX_CARD_BYTES
from app.files import write_whole
from app.services.offices import OfficeService
from app.services.session import UnlockedVault

OpenVault = Callable[[argparse.Namespace], UnlockedVault]


def add_office_command(
    command: Callable[..., argparse.ArgumentParser],
    open_vault: OpenVault,
    types: dict[str, Callable[[str], Any]],
) -> None:
    """Register ``office`` with the CLI's ``command`` factory; ``open_vault`` unlocks; ``types``
    are the CLI's argument types (``path``, ``text``)."""

    def handler(args: argparse.Namespace) -> None:
        run_office(args, open_vault)

    sub = command("office", handler, "this office's card and keys, and its partner offices")
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    card = actions.add_parser("card", help="write this office's card, to give to partner offices")
    card.add_argument("--out", type=types["path"], required=True, help="the card file (never overwritten)")
    add = actions.add_parser("add", help="add (or update) a partner office from its card")
    add.add_argument("card", metavar="CARD", type=types["path"])
    add.add_argument("--yes", action="store_true", help="the fingerprint was checked: do not ask")
    actions.add_parser("list", help="partner offices, one per line: id, name, fingerprint, status")
    revoke = actions.add_parser("revoke", help="stop accepting bundles from a partner office")
    revoke.add_argument("office_id", metavar="OFFICE_ID", type=types["text"])
    actions.add_parser("rotate", help="make new office keys (old ones kept to read older bundles)")
    prefix = actions.add_parser("prefix", help="show, or set, what new case references start with")
    prefix.add_argument("prefix", metavar="PREFIX", nargs="?", type=types["text"])


def run_office(args: argparse.Namespace, open_vault: OpenVault) -> None:
    if args.action == "card" and args.out.exists():
        raise ValidationError(str(args.out), "exists already; choose another file name")
    if args.action == "add":
        if args.passphrase_stdin and not args.yes:
            raise ValidationError("--yes", "with --passphrase-stdin, confirm the fingerprint with --yes")
        data = _read_card(args.card)
    vault = open_vault(args)
    try:
        service = OfficeService(vault)
        if args.action == "card":
            write_whole(args.out, service.own_card())  # whole or not at all: no empty card on a full disk
            print(f"{args.out}\tfingerprint {service.own_fingerprint()}")
        elif args.action == "add":
            _add(service, data, args.yes)
        elif args.action == "list":
            for p in service.partners():
                print(f"{p.office_id}\t{p.name}\t{p.fingerprint}\t{p.status}")
        elif args.action == "prefix":
            print(service.set_reference_prefix(args.prefix) if args.prefix else service.reference_prefix())
        elif args.action == "revoke":
            partner = service.revoke(args.office_id)
            print(f"{partner.office_id}\t{partner.name}\trevoked: its bundles will be refused")
        else:
            service.rotate_keys()
            print(f"New office keys; fingerprint {service.own_fingerprint()}")
            print("Give partner offices the new card: pana office card --out FILE")
    finally:
        vault.lock()


def _add(service: OfficeService, data: bytes, confirmed: bool) -> None:
    card = service.read_card(data)
    print(f"Office:      {card.office_name}")
    print(f"Office id:   {card.office_id}")
    print(f"Fingerprint: {card.fingerprint}")
    if not confirmed:
        print("Compare the fingerprint with the partner office (by phone), group by group.")
        try:
            answer = input("Type yes if every group matches: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() != "yes":
            raise PanaError("Not added: the fingerprint was not confirmed.")
    partner = service.add_partner(card)
    print(f"{partner.office_id}\t{partner.name}\t{partner.fingerprint}\t{partner.status}")


def _read_card(path: Path) -> bytes:
    """At most one byte more than a card may have: a huge file is never read whole."""
    try:
        with open(path, "rb") as file:
            return file.read(MAX_CARD_BYTES + 1)
    except OSError as exc:
        raise ValidationError(str(path), f"cannot be read ({exc.strerror or exc})") from None
