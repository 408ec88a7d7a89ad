# SPDX-License-Identifier: GPL-3.0-or-later
"""``pana`` commands that look after the vault itself: its check, passphrases and users, keys,
backup and restore, the copies Pana kept, and erasing it.

On a terminal, the long ones (backup, restore, check, key rotation, and an unlock that upgrades the
vault) show their step and percentage on one line of standard error that rewrites itself
(``app.cli_progress``); a script or a log gets only the result.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from app.cli_progress import terminal_progress
from app.domain.errors import PanaError, ValidationError
from app.services.admin import AdminService
from app.services.copies import CopyService, VaultCopy
from app.services.session import UnlockedVault
from app.services.vault import VaultService

OpenVault = Callable[[argparse.Namespace], UnlockedVault]


@contextlib.contextmanager
def unlocked(args: argparse.Namespace, open_vault: OpenVault) -> Iterator[UnlockedVault]:
    """The vault, unlocked for the block and locked after it, whatever happens."""
    vault = open_vault(args)
    try:
        yield vault
    finally:
        vault.lock()


def add_vault_commands(
    command: Callable[..., argparse.ArgumentParser],
    open_vault: OpenVault,
    types: dict[str, Callable[[str], Any]],
) -> None:
    """Register the vault's own commands with the CLI's ``command`` factory; ``open_vault`` unlocks;
    ``types`` are the CLI's argument types (``username``, ``role``, ``file``)."""
    command(
        "check",
        partial(cmd_check, open_vault=open_vault),
        "check pages, encryption, foreign keys, history and the audit chain",
    )
    command("passwd", partial(cmd_passwd, open_vault=open_vault), "change a user's passphrase")
    add_user = command(
        "add-user", partial(cmd_add_user, open_vault=open_vault), "add a user with their own passphrase"
    )
    add_user.add_argument("username", type=types["username"])
    add_user.add_argument("--role", type=types["role"], default="field-worker")
    remove_user = command(
        "remove-user", partial(cmd_remove_user, open_vault=open_vault), "remove a user's key slot"
    )
    remove_user.add_argument("username", type=types["username"])
    reset = command(
        "reset-passphrase",
        cmd_reset_passphrase,
        "set a forgotten passphrase, using the recovery key",
    )
    reset.add_argument("username", type=types["username"])
    command(
        "recovery-key",
        partial(cmd_recovery_key, open_vault=open_vault),
        "make a new recovery key (the old one stops working)",
    )
    command(
        "rotate-key",
        partial(cmd_rotate_key, open_vault=open_vault),
        "replace the vault master key (re-encrypts; other users re-added)",
    )
    backup = command("backup", partial(cmd_backup, open_vault=open_vault), "write an encrypted backup file")
    backup.add_argument("file", type=types["file"])
    backup.add_argument(
        "--replace",
        action="store_true",
        help="replace an older backup in FILE, whole once the new one is written (never a vault's own file)",
    )
    restore = command("restore", cmd_restore, "replace the vault with a verified backup")
    restore.add_argument("file", type=types["file"])
    copies = command(
        "copies",
        cmd_copies,
        "list the copies Pana kept of this vault (before a restore or an upgrade), one per line, id first",
    )
    copies.add_argument("--delete", metavar="ID", help="crypto-erase the copy with this id")
    erase = command("erase", cmd_erase, "crypto-erase the vault and every copy Pana kept of it")
    erase.add_argument("--yes", action="store_true", help="confirm")


def cmd_check(args: argparse.Namespace, open_vault: OpenVault) -> None:
    with unlocked(args, open_vault) as vault, terminal_progress(sys.stderr) as progress:
        report = AdminService(vault).check(progress)
    for warning in report.warnings:
        print(f"Warning: {warning}")
    if not report.ok:
        for problem in report.problems:
            print(problem)
        raise PanaError(f"The vault check found {len(report.problems)} problem(s).")
    print("Vault OK: pages, encryption, foreign keys, history and audit chain intact.")


def cmd_passwd(args: argparse.Namespace, open_vault: OpenVault) -> None:
    with unlocked(args, open_vault) as vault:
        username = args.user or _only_user(vault)
        old = args.prompter.passphrase(f"Current passphrase of {username}")
        new = args.prompter.new_passphrase("New passphrase")
        changed = AdminService(vault, kdf=args.kdf).change_passphrase(username, old, new)
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
        new = args.prompter.new_passphrase(f"New passphrase for {args.username}")
        changed = AdminService(vault, kdf=args.kdf).reset_passphrase(args.username, new)
    finally:
        vault.lock()
    print(f"Passphrase of {args.username} reset with the recovery key.")
    _name_older_copies(changed.older_copies)


def _only_user(vault: UnlockedVault) -> str:
    users = AdminService(vault).users()
    return next((u.username for u in users if u.id == vault.actor.user_id), users[0].username)


def cmd_add_user(args: argparse.Namespace, open_vault: OpenVault) -> None:
    with unlocked(args, open_vault) as vault:
        passphrase = args.prompter.new_passphrase(f"Passphrase for {args.username}")
        AdminService(vault, kdf=args.kdf).add_user(args.username, passphrase, role=args.role)
    print(f"User {args.username} added.")


def cmd_remove_user(args: argparse.Namespace, open_vault: OpenVault) -> None:
    with unlocked(args, open_vault) as vault:
        AdminService(vault).remove_user(args.username)
    print(f"User {args.username} can no longer unlock this vault.")


def cmd_recovery_key(args: argparse.Namespace, open_vault: OpenVault) -> None:
    with unlocked(args, open_vault) as vault:
        recovery = AdminService(vault, kdf=args.kdf).regenerate_recovery_key()
    print("New recovery key (the old one no longer works; shown only once):")
    print(f"  {recovery}")


def cmd_rotate_key(args: argparse.Namespace, open_vault: OpenVault) -> None:
    with unlocked(args, open_vault) as vault:
        username = args.user or _only_user(vault)
        passphrase = args.prompter.passphrase(f"Passphrase of {username} (kept for the new key)")
        with terminal_progress(sys.stderr) as progress:
            result = AdminService(vault, kdf=args.kdf).rotate_master_key(username, passphrase, progress)
    print("Master key replaced; every page of the vault is re-encrypted.")
    print("New recovery key (the old one no longer works; shown only once):")
    print(f"  {result.recovery_key}")
    if result.dropped_users:
        print("These users must be added again with add-user: " + ", ".join(result.dropped_users))


def cmd_backup(args: argparse.Namespace, open_vault: OpenVault) -> None:
    with unlocked(args, open_vault) as vault, terminal_progress(sys.stderr) as progress:
        size = AdminService(vault).backup(args.file, progress, replace=args.replace)
    print(f"Encrypted backup written to {args.file} ({size:,} bytes).")


def cmd_restore(args: argparse.Namespace) -> None:
    service = VaultService(args.vault, kdf=args.kdf)
    passphrase = args.prompter.passphrase("Passphrase of the backup")
    with terminal_progress(sys.stderr) as progress:
        kept = service.restore(args.file, passphrase, args.user, progress)
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
