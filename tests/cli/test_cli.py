# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless CLI, driven as ``python -m app`` in subprocesses: commands, outputs and failure lines."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from app.__main__ import wants_cli
from app.cli import build_parser
from app.domain.errors import WrongRecoveryKeyError
from app.services.cases import CaseService
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
KDF = KdfParams.minimum()
RECOVERY_KEY = re.compile(r"^  ([0-9A-Z]{5}(?:-[0-9A-Z]{5}){7})$", re.MULTILINE)
# Record ids are UUID4, or UUID7 for rows written in bulk (demo cases: ``app.domain.records.ordered_id``).
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
SECOND_PASSPHRASE = "Бөрі тау 2019 — second passphrase"
ALL_PASSPHRASES = (PASSPHRASE, SECOND_PASSPHRASE, "bolat's own passphrase")


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def pana(
    home: Path,
    *args: str | Path,
    stdin: list[str] | None = None,
    vault: Path | None = None,
    raw_stdin: bytes | None = None,
    module: str = "tests.launch",
    **env: str,
) -> Run:
    """Run ``python -m app [--vault DIR] [--passphrase-stdin] ARGS`` with an isolated home.

    By default through ``tests.launch`` (``python -m app`` with the test KDF); ``module="app"``
    runs the shipped entry point itself.  ``raw_stdin`` replaces ``stdin``'s lines with these bytes.
    """
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    command = [sys.executable, "-m", module]
    if vault is not None:
        command += ["--vault", str(vault)]
    if stdin is not None or raw_stdin is not None:
        command.append("--passphrase-stdin")
    command += [str(a) for a in args]
    done = subprocess.run(
        command,
        input=raw_stdin if raw_stdin is not None else "".join(line + "\n" for line in stdin or []).encode(),
        capture_output=True,
        cwd=REPO,
        env=environment,
        timeout=120,
    )
    run = Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))
    for secret in ALL_PASSPHRASES:  # a passphrase is never echoed, whatever happens
        assert secret not in run.out and secret not in run.err
    assert "Traceback" not in run.err, run.err
    return run


def one_line_failure(run: Run, message: str) -> None:
    """Expected failures: exit 1, exactly one line on stderr, starting ``pana: ``."""
    assert run.code == 1, run
    assert run.err_lines == [f"pana: {message}"], run.err
    assert "ERROR CORE" not in run.err


def case_lines(run: Run) -> list[list[str]]:
    assert run.code == 0, run.err
    return [line.split("\t") for line in run.out.splitlines()]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault made by ``init`` and filled by ``demo --cases 20``; returns (folder, recovery key)."""
    root = tmp_path_factory.mktemp("cli-demo")
    vault = root / "vault"
    init = pana(root, "init", "--office", "Fictional Office Almaty", vault=vault, stdin=[PASSPHRASE])
    assert init.code == 0, init.err
    key = RECOVERY_KEY.search(init.out)
    assert key, init.out
    filled = pana(root, "demo", "--cases", "20", vault=vault, stdin=[PASSPHRASE])
    assert filled.code == 0, filled.err
    assert filled.out.strip() == "Added 20 fictional cases."
    return vault, key.group(1)


@pytest.fixture
def vault(demo: tuple[Path, str], tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(demo[0], target, ignore=shutil.ignore_patterns("pana.lock"))
    return target


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def test_init_prints_a_recovery_key_that_opens_the_vault(tmp_path: Path, home: Path) -> None:
    target = tmp_path / "new"
    run = pana(home, "init", "--office", "Fictional Office", vault=target, stdin=[PASSPHRASE])
    assert run.code == 0, run.err
    assert run.err == ""
    keys = RECOVERY_KEY.findall(run.out)
    assert len(keys) == 1, run.out
    assert f"Vault created in {target}" in run.out
    VaultService(target, kdf=KDF).open_with_recovery(keys[0]).lock()
    again = pana(home, "init", vault=target, stdin=[PASSPHRASE])
    one_line_failure(again, "A vault already exists in this folder.")


def test_cases_prints_one_case_per_line_with_its_uuid_first(vault: Path, home: Path) -> None:
    rows = case_lines(pana(home, "cases", vault=vault, stdin=[PASSPHRASE]))
    assert len(rows) == 20
    assert len({row[0] for row in rows}) == 20
    for row in rows:
        assert len(row) == 5, row
        assert UUID.match(row[0]), row
        assert row[2]  # the subject's name
        assert row[3] in {"intake", "open", "waiting", "closed", "archived"}
    only_open = case_lines(pana(home, "cases", "--status", "open", vault=vault, stdin=[PASSPHRASE]))
    assert {row[3] for row in only_open} <= {"open"}
    assert {tuple(row) for row in only_open} <= {tuple(row) for row in rows}
    today = dt.date.today().isoformat()
    overdue = case_lines(pana(home, "cases", "--deadline", "overdue", vault=vault, stdin=[PASSPHRASE]))
    assert all(row[4] != "-" and row[3] not in {"closed", "archived"} for row in overdue)
    soon = case_lines(pana(home, "cases", "--due-within", "400", vault=vault, stdin=[PASSPHRASE]))
    assert not {row[0] for row in soon} & {row[0] for row in overdue}
    assert all(row[4] >= today[: len(row[4])] for row in soon)


def test_search_finds_a_person_by_cyrillic_latin_and_arabic_spelling(vault: Path, home: Path) -> None:
    rows = case_lines(pana(home, "cases", vault=vault, stdin=[PASSPHRASE]))
    case_id = rows[0][0]
    opened = VaultService(vault, kdf=KDF).open(PASSPHRASE)
    try:
        names = {n.script: n.text for n in CaseService(opened).get_case(case_id).subject.names}
    finally:
        opened.lock()
    for script in ("Cyrl", "Latn", "Arab"):
        found = case_lines(pana(home, "cases", "--search", names[script], vault=vault, stdin=[PASSPHRASE]))
        assert case_id in [row[0] for row in found], (script, names[script], found)
    nobody = case_lines(pana(home, "cases", "--search", "Zzyzx Qwfpgj", vault=vault, stdin=[PASSPHRASE]))
    assert nobody == []


def test_check_passes_on_a_healthy_vault(vault: Path, home: Path) -> None:
    run = pana(home, "check", vault=vault, stdin=[PASSPHRASE])
    assert run.code == 0, run.err
    # Made through tests/launch.py with the 64 MiB / 1-pass test KDF, and check says so.
    warning, ok = run.out.splitlines()
    assert warning.startswith("Warning: key slots use test-strength key derivation")
    assert ok.startswith("Vault OK")
    assert run.err == ""


def test_check_reports_a_tampered_audit_entry(vault: Path, home: Path) -> None:
    opened = VaultService(vault, kdf=KDF).open(PASSPHRASE)
    try:
        with opened.db.transaction() as session:
            session.execute(text("UPDATE audit_log SET detail = '{\"edited\": true}' WHERE seq = 2"))
    finally:
        opened.lock()
    run = pana(home, "check", vault=vault, stdin=[PASSPHRASE])
    assert run.code == 1
    # The report is the command's output (after the test-strength KDF warning of a test vault).
    assert run.out.splitlines()[1:] == ["audit log: chain broken at entry 2"]
    assert run.err_lines == ["pana: The vault check found 1 problem(s)."]


def test_check_on_a_damaged_database_is_one_clear_line(vault: Path, home: Path) -> None:
    with (vault / "pana.db").open("r+b") as handle:
        handle.seek(100)
        byte = handle.read(1)
        handle.seek(100)
        handle.write(bytes([byte[0] ^ 0xFF]))
    run = pana(home, "check", vault=vault, stdin=[PASSPHRASE])
    one_line_failure(run, "The vault database is damaged; restore it from a backup.")


def test_wrong_passphrase_is_one_line_and_changes_nothing(vault: Path, home: Path) -> None:
    before = {p.name: p.read_bytes() for p in vault.iterdir() if p.name != "pana.lock"}
    run = pana(home, "cases", vault=vault, stdin=["not the passphrase"])
    one_line_failure(run, "Wrong passphrase.")
    assert run.out == ""
    assert {p.name: p.read_bytes() for p in vault.iterdir() if p.name != "pana.lock"} == before


def test_missing_vault_is_one_line_and_creates_nothing(tmp_path: Path, home: Path) -> None:
    missing = tmp_path / "no-vault-here"
    for command in (["cases"], ["backup", str(tmp_path / "b.panabackup")], ["erase", "--yes"]):
        run = pana(home, *command, vault=missing, stdin=[PASSPHRASE])
        one_line_failure(run, f"There is no vault in {missing}; create one with 'pana init'.")
    assert not missing.exists()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("fictional")
    one_line_failure(
        pana(home, "cases", vault=a_file, stdin=[PASSPHRASE]), f"{a_file} is a file, not a vault folder."
    )
    assert a_file.read_text() == "fictional"
    assert not (tmp_path / "b.panabackup").exists()


def test_stdin_ending_early_is_one_line(vault: Path, home: Path) -> None:
    run = pana(home, "cases", vault=vault, stdin=[])
    one_line_failure(run, "passphrase: standard input ended before the passphrase was read")


def test_passwd_changes_the_passphrase(vault: Path, home: Path) -> None:
    run = pana(home, "passwd", vault=vault, stdin=[PASSPHRASE, PASSPHRASE, SECOND_PASSPHRASE])
    assert run.code == 0, run.err
    assert run.out.strip() == "Passphrase changed."
    assert len(case_lines(pana(home, "cases", vault=vault, stdin=[SECOND_PASSPHRASE]))) == 20
    one_line_failure(pana(home, "cases", vault=vault, stdin=[PASSPHRASE]), "Wrong passphrase.")
    bad = pana(home, "passwd", vault=vault, stdin=[SECOND_PASSPHRASE, "wrong old one", PASSPHRASE])
    assert bad.code == 1 and len(bad.err_lines) == 1 and bad.err.startswith("pana: ")


def test_add_user_then_remove_user(vault: Path, home: Path) -> None:
    bolat = "bolat's own passphrase"
    added = pana(home, "add-user", "bolat", vault=vault, stdin=[PASSPHRASE, bolat])
    assert added.code == 0, added.err
    assert added.out.strip() == "User bolat added."
    assert len(case_lines(pana(home, "--user", "bolat", "cases", vault=vault, stdin=[bolat]))) == 20
    twice = pana(home, "add-user", "bolat", vault=vault, stdin=[PASSPHRASE, bolat])
    one_line_failure(twice, "username: already exists")
    removed = pana(home, "remove-user", "bolat", vault=vault, stdin=[PASSPHRASE])
    assert removed.code == 0, removed.err
    refused = pana(home, "--user", "bolat", "cases", vault=vault, stdin=[bolat])
    assert refused.code == 1 and len(refused.err_lines) == 1 and refused.err.startswith("pana: ")
    assert len(case_lines(pana(home, "cases", vault=vault, stdin=[PASSPHRASE]))) == 20


def test_recovery_key_regeneration_invalidates_the_old_key(
    vault: Path, home: Path, demo: tuple[Path, str]
) -> None:
    run = pana(home, "recovery-key", vault=vault, stdin=[PASSPHRASE])
    assert run.code == 0, run.err
    keys = RECOVERY_KEY.findall(run.out)
    assert len(keys) == 1 and keys[0] != demo[1]
    with pytest.raises(WrongRecoveryKeyError):
        VaultService(vault, kdf=KDF).open_with_recovery(demo[1])
    VaultService(vault, kdf=KDF).open_with_recovery(keys[0]).lock()


def test_backup_and_restore_round_trip(vault: Path, home: Path, tmp_path: Path) -> None:
    original = sorted(map(tuple, case_lines(pana(home, "cases", vault=vault, stdin=[PASSPHRASE]))))
    backup = tmp_path / "usb" / "office.panabackup"
    backup.parent.mkdir()
    made = pana(home, "backup", backup, vault=vault, stdin=[PASSPHRASE])
    assert made.code == 0, made.err
    assert made.out.startswith(f"Encrypted backup written to {backup}")
    assert sorted(p.name for p in backup.parent.iterdir()) == ["office.panabackup"]
    assert backup.stat().st_mode & 0o077 == 0
    again = pana(home, "backup", backup, vault=vault, stdin=[PASSPHRASE])
    assert again.code == 1 and "exists already" in again.err  # the nightly script says --replace
    replaced = pana(home, "backup", "--replace", backup, vault=vault, stdin=[PASSPHRASE])
    assert replaced.code == 0, replaced.err
    own = pana(home, "backup", "--replace", vault / "pana.keys", vault=vault, stdin=[PASSPHRASE])
    assert own.code == 1 and "is in the vault's own folder" in own.err
    assert pana(home, "demo", "--cases", "2", "--seed", "7", vault=vault, stdin=[PASSPHRASE]).code == 0
    assert len(case_lines(pana(home, "cases", vault=vault, stdin=[PASSPHRASE]))) == 22

    restored = pana(home, "restore", backup, vault=vault, stdin=[PASSPHRASE])
    assert restored.code == 0, restored.err
    assert restored.out.splitlines()[0] == f"Vault restored from {backup} and verified."
    kept = Path(restored.out.splitlines()[1].removeprefix("The vault it replaced is kept in "))
    assert (kept / "pana.keys").exists()
    assert sorted(map(tuple, case_lines(pana(home, "cases", vault=vault, stdin=[PASSPHRASE])))) == original

    damaged = tmp_path / "damaged.panabackup"
    damaged.write_bytes(backup.read_bytes()[:-100])
    one_line_failure(
        pana(home, "restore", damaged, vault=vault, stdin=[PASSPHRASE]),
        "The backup file is damaged or not a Pana backup (its size does not match its header).",
    )


def test_erase_needs_yes_then_the_vault_cannot_be_opened(vault: Path, home: Path) -> None:
    refused = pana(home, "erase", vault=vault)
    one_line_failure(refused, "--yes: erasing destroys the vault for good; repeat with --yes")
    assert (vault / "pana.keys").exists()
    erased = pana(home, "erase", "--yes", vault=vault)
    assert erased.code == 0, erased.err
    assert not (vault / "pana.keys").exists()
    assert not (vault / "pana.db").exists()
    one_line_failure(
        pana(home, "cases", vault=vault, stdin=[PASSPHRASE]),
        f"There is no vault in {vault}; create one with 'pana init'.",
    )


def test_vault_in_use_by_another_process_is_one_line(vault: Path, home: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.security.workers", "hold", str(vault)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write(PASSPHRASE.encode() + b"\n")
        holder.stdin.flush()
        assert holder.stdout.readline() == b"READY\n"
        run = pana(home, "cases", vault=vault, stdin=[PASSPHRASE])
        one_line_failure(run, "The vault is open in another running Pana; close it there first.")
    finally:
        holder.kill()
        holder.wait()


def test_default_vault_folder_honours_pana_vault(tmp_path: Path, home: Path) -> None:
    chosen = tmp_path / "chosen"
    run = pana(home, "init", stdin=[PASSPHRASE], PANA_VAULT=str(chosen))
    assert run.code == 0, run.err
    assert (chosen / "pana.keys").exists()
    assert case_lines(pana(home, "cases", stdin=[PASSPHRASE], PANA_VAULT=str(chosen))) == []
    # Without PANA_VAULT the per-user app-data folder is used (here under the isolated home).
    run = pana(home, "init", stdin=[PASSPHRASE])
    assert run.code == 0, run.err
    assert (home / ".local" / "share" / "pana" / "vault" / "pana.keys").exists()


def test_every_command_is_routed_to_the_cli_not_the_gui() -> None:
    subparsers = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name in subparsers.choices:
        assert wants_cli(["--vault", "/tmp/v", name]), name
    gui_starts = [[], ["--vault", "cases"], ["--vault=/tmp/v", "-platform", "offscreen"], ["--user", "x"]]
    for gui in gui_starts:
        assert not wants_cli(gui), gui


def test_an_unknown_command_is_named_and_the_commands_listed(vault: Path, home: Path) -> None:
    run = pana(home, "no-such-command", vault=vault, module="app")
    assert run.code == 2
    assert "invalid choice: 'no-such-command'" in run.err
    assert "'cases'" in run.err and "display" not in run.err


def test_rotate_key_replaces_the_recovery_key(vault: Path, home: Path) -> None:
    run = pana(home, "rotate-key", vault=vault, stdin=[PASSPHRASE, PASSPHRASE])
    assert run.code == 0, run.err
    assert "New recovery key" in run.out
    assert pana(home, "check", vault=vault, stdin=[PASSPHRASE]).code == 0


def test_rotate_key_refuses_a_mistyped_passphrase_and_changes_nothing(vault: Path, home: Path) -> None:
    keys = (vault / "pana.keys").read_bytes()
    run = pana(home, "rotate-key", vault=vault, stdin=[PASSPHRASE, PASSPHRASE + " typo"])
    assert run.code != 0 and run.out == ""
    assert len(run.err.strip().splitlines()) == 1 and "passphrase" in run.err.lower(), run.err
    assert (vault / "pana.keys").read_bytes() == keys
    assert pana(home, "check", vault=vault, stdin=[PASSPHRASE]).code == 0


def _restore_over(vault: Path, home: Path) -> Path:
    backup = vault.parent / "office.panabackup"
    assert pana(home, "backup", backup, vault=vault, stdin=[PASSPHRASE]).code == 0
    restored = pana(home, "restore", backup, vault=vault, stdin=[PASSPHRASE])
    assert restored.code == 0, restored.err
    backup.unlink()
    return Path(restored.out.splitlines()[1].removeprefix("The vault it replaced is kept in "))


def test_copies_lists_one_per_line_id_first_and_deletes_one(vault: Path, home: Path) -> None:
    assert pana(home, "copies", vault=vault).out == ""
    first, second = _restore_over(vault, home), _restore_over(vault, home)
    listed = case_lines(pana(home, "copies", vault=vault))
    assert sorted((line[0], line[1], line[4]) for line in listed) == sorted(
        (kept.name, "before-restore", str(kept)) for kept in (first, second)
    )
    for line in listed:
        assert line[2][:4].isdigit() and int(line[3]) > 0  # date (ISO), size in bytes
    deleted = pana(home, "copies", "--delete", first.name, vault=vault)
    assert deleted.code == 0, deleted.err
    assert deleted.out == f"Copy {first.name} erased: its keys are destroyed, then its files.\n"
    assert not first.exists()
    assert [line[0] for line in case_lines(pana(home, "copies", vault=vault))] == [second.name]
    one_line_failure(
        pana(home, "copies", "--delete", first.name, vault=vault),
        "No such copy of this vault; 'pana copies' lists them.",
    )


def test_passwd_names_the_copies_the_old_passphrase_still_opens(vault: Path, home: Path) -> None:
    kept = _restore_over(vault, home)
    run = pana(home, "passwd", vault=vault, stdin=[PASSPHRASE, PASSPHRASE, SECOND_PASSPHRASE])
    assert run.code == 0, run.err
    assert run.out.splitlines() == [
        "Passphrase changed.",
        f"These older copies still open with the old passphrase: {kept.name}; "
        "delete each with: pana copies --delete ID",
    ]


def test_erase_destroys_the_copies_too(vault: Path, home: Path) -> None:
    kept = _restore_over(vault, home)
    erased = pana(home, "erase", "--yes", vault=vault)
    assert erased.code == 0, erased.err
    assert not kept.exists()
    assert sorted(p.name for p in vault.parent.iterdir()) == ["home", "vault"]


def test_deadlines_lists_what_is_due_with_its_rule_and_source(vault: Path, home: Path) -> None:
    run = pana(home, "deadlines", "--days", "36500", vault=vault, stdin=[PASSPHRASE])
    lines = case_lines(run)
    assert lines, "the demo cases have requests waiting for an answer"
    dates = [line[0] for line in lines]
    assert dates == sorted(dates)  # soonest first
    for due, state, case, _reference, _name, rule, source in lines:
        assert dt.date.fromisoformat(due)
        assert state in {"due", "overdue"} and uuid.UUID(case)
        assert rule and ("Administrative Procedure Code" in source or "Law" in source)
    assert {line[5] for line in lines} >= {"Answer to a request or application"}
    few = case_lines(pana(home, "deadlines", "--days", "0", vault=vault, stdin=[PASSPHRASE]))
    assert all(line[1] == "overdue" or line[0] == dt.date.today().isoformat() for line in few)


def test_cases_says_on_stderr_when_the_limit_left_cases_out(vault: Path, home: Path) -> None:
    """Standard output stays one case per line; the true total goes to stderr when not all are shown."""
    first = pana(home, "cases", "--limit", "5", vault=vault, stdin=[PASSPHRASE])
    assert len(case_lines(first)) == 5
    assert first.err_lines == ["5 of 20 cases shown; --limit N shows more, --limit 0 all."]
    every = pana(home, "cases", "--limit", "0", vault=vault, stdin=[PASSPHRASE])
    assert len(case_lines(every)) == 20 and every.err == ""
    for limit in ("-1", "99999999999999999999"):
        refused = pana(home, "cases", "--limit", limit, vault=vault, stdin=[PASSPHRASE])
        assert refused.code == 2 and refused.err_lines == ["pana: --limit: must be from 0 to 10000000"]
