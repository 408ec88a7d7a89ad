# SPDX-License-Identifier: GPL-3.0-or-later
# ruff: noqa: F811 (the fixtures demo, home and vault are imported from test_cli)
"""Hostile input at the command line: crafted backups, bytes that are not UTF-8, hostile user names,
overlong searches, and the KDF setting the shipped entry point must ignore.

Every refusal is one line on stderr, no traceback (``pana`` checks), in bounded time (its timeout).
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest

from app.services.admin import AdminService
from app.services.backups import MAGIC
from app.services.name_index import MAX_QUERY_CHARS
from app.services.vault import VaultService
from app.vault.kdf import SHIPPED_WORK_FLOOR
from tests.cli.test_cli import KDF, Run, demo, home, one_line_failure, pana, vault  # noqa: F401 (fixtures)
from tests.conftest import PASSPHRASE

NOT_UTF8 = os.fsdecode(b"bolat\xff")  # how Python hands over the bytes of $'bolat\xff'


def usage_failure(run: Run, message: str) -> None:
    """Usage errors: exit 2, exactly one line on stderr."""
    assert run.code == 2, run
    assert run.err_lines == [f"pana: {message}"], run.err


def _backup(vault: Path, tmp_path: Path) -> bytes:
    opened = VaultService(vault, kdf=KDF).open(PASSPHRASE)
    try:
        AdminService(opened).backup(tmp_path / "good.panabackup")
    finally:
        opened.lock()
    return (tmp_path / "good.panabackup").read_bytes()


def _with_header(good: bytes, header: bytes) -> bytes:
    (length,) = struct.unpack(">I", good[len(MAGIC) : len(MAGIC) + 4])
    return MAGIC + struct.pack(">I", len(header)) + header + good[len(MAGIC) + 4 + length :]


def _header_with(good: bytes, key: str, raw: str) -> bytes:
    (length,) = struct.unpack(">I", good[len(MAGIC) : len(MAGIC) + 4])
    header = json.loads(good[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    text = json.dumps(header).replace(f'"{key}": {json.dumps(header[key])}', f'"{key}": {raw}')
    return _with_header(good, text.encode())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_crafted_backups_are_one_line_each_and_change_nothing(
    vault: Path, home: Path, tmp_path: Path
) -> None:
    good = _backup(vault, tmp_path)
    damaged = "The backup file is damaged or not a Pana backup ({}).".format
    cases = {
        "infinity.panabackup": (
            _header_with(good, "key_file_length", "Infinity"),
            damaged("header: Infinity is not a number"),
        ),
        "huge.panabackup": (
            _header_with(good, "database_length", "1e400"),
            damaged("header: a number that is not a whole number"),
        ),
        "deep.panabackup": (_with_header(good, b"[" * 4000), damaged("header: nesting deeper than 1")),
    }
    before = sorted(p.name for p in vault.iterdir())
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        one_line_failure(pana(home, "restore", tmp_path / name, vault=vault, stdin=[PASSPHRASE]), message)
    os.mkfifo(tmp_path / "fifo.panabackup")  # nobody ever writes to it: opening it must not wait
    (tmp_path / "folder.panabackup").mkdir()
    for name in ("fifo.panabackup", "folder.panabackup"):
        one_line_failure(
            pana(home, "restore", tmp_path / name, vault=vault, stdin=[PASSPHRASE]),
            "The backup is not a regular file (a folder, device or pipe); choose the backup file itself.",
        )
    assert sorted(p.name for p in vault.iterdir()) == before
    assert not [p for p in vault.parent.iterdir() if ".restoring-" in p.name or ".before-restore-" in p.name]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add-user", NOT_UTF8), "username: is not valid UTF-8 text"),
        (("remove-user", NOT_UTF8), "username: is not valid UTF-8 text"),
        (("--user", NOT_UTF8, "cases"), "--user: is not valid UTF-8 text"),
        (("cases", "--search", NOT_UTF8), "--search: is not valid UTF-8 text"),
        (("restore", NOT_UTF8), "file: is not valid UTF-8 text"),
        (("--vault", NOT_UTF8, "cases"), "--vault: is not valid UTF-8 text"),
    ],
)
def test_arguments_that_are_not_utf8_are_named_in_one_line(
    vault: Path, home: Path, args: tuple[str, ...], message: str
) -> None:
    keys = (vault / "pana.keys").read_bytes()
    usage_failure(pana(home, *args, vault=vault, stdin=[PASSPHRASE, PASSPHRASE, PASSPHRASE]), message)
    assert (vault / "pana.keys").read_bytes() == keys


def test_a_passphrase_on_stdin_that_is_not_utf8_is_one_line(vault: Path, home: Path) -> None:
    run = pana(home, "cases", vault=vault, raw_stdin=b"correct horse \xff\xfe\n")
    one_line_failure(run, "passphrase: standard input is not valid UTF-8")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bolat\u202enimda", "username: contains a control, formatting or invisible character"),
        ("bo\u200blat", "username: contains a control, formatting or invisible character"),
        ("b" * 10_000, "username: is longer than 64 characters"),
    ],
)
def test_hostile_user_names_are_one_line_and_add_nothing(
    vault: Path, home: Path, name: str, message: str
) -> None:
    keys = (vault / "pana.keys").read_bytes()
    one_line_failure(
        pana(home, "add-user", name, vault=vault, stdin=[PASSPHRASE, PASSPHRASE, PASSPHRASE]), message
    )
    assert (vault / "pana.keys").read_bytes() == keys


def test_an_overlong_search_is_one_line(vault: Path, home: Path) -> None:
    run = pana(home, "cases", "--search", "Нұрлан " * 5_000, vault=vault, stdin=[PASSPHRASE])
    one_line_failure(run, f"query: is longer than {MAX_QUERY_CHARS} characters")


def test_the_shipped_cli_ignores_pana_kdf_profile(tmp_path: Path, home: Path) -> None:
    """``PANA_KDF_PROFILE=minimum`` once made 64 MiB / 1-pass slots; ``python -m app`` now calibrates."""
    target = tmp_path / "new"
    made = pana(home, "init", vault=target, stdin=[PASSPHRASE], module="app", PANA_KDF_PROFILE="minimum")
    assert made.code == 0, made.err
    slots = json.loads((target / "pana.keys").read_bytes())["slots"]
    assert [s["kdf"]["memory_kib"] * s["kdf"]["iterations"] >= SHIPPED_WORK_FLOOR for s in slots] == [
        True,
        True,
    ]
    checked = pana(home, "check", vault=target, stdin=[PASSPHRASE])
    assert checked.code == 0, checked.err
    assert checked.out.startswith("Vault OK") and "test-strength" not in checked.out


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [
        ("1", "fewer than 10 characters, repeats itself, letters of one kind only"),
        ("password123", "a common password"),
        ("aaaaaaaaaaaaaaaa", "repeats itself, letters of one kind only"),
    ],
)
def test_a_new_passphrase_too_easy_to_guess_is_refused_as_in_the_gui(
    vault: Path, home: Path, tmp_path: Path, passphrase: str, why: str
) -> None:
    keys = (vault / "pana.keys").read_bytes()
    message = f"passphrase: too easy to guess ({why}); use a longer one"
    one_line_failure(pana(home, "add-user", "bolat", vault=vault, stdin=[PASSPHRASE, passphrase]), message)
    one_line_failure(pana(home, "passwd", vault=vault, stdin=[PASSPHRASE, PASSPHRASE, passphrase]), message)
    assert (vault / "pana.keys").read_bytes() == keys
    one_line_failure(pana(home, "init", vault=tmp_path / "new", stdin=[passphrase]), message)
    assert not (tmp_path / "new" / "pana.keys").exists()
