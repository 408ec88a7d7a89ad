# SPDX-License-Identifier: GPL-3.0-or-later
"""With DEBUG logging and forced errors, no case data, passphrase or key reaches logs or exceptions (T48)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from app.db import models as m
from app.db.engine import database_key
from app.domain.errors import VaultLockedByOtherError
from app.services.cases import CaseService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.security.kit import Child, child_env, make_canaries, scan_text, text_needles, write_everything


def exception_texts(exc: BaseException) -> str:
    """``str`` and ``repr`` of an exception and of every exception chained to it."""
    parts, seen = [], set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current), *(str(a) for a in current.args)]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


def test_debug_logs_and_error_output_hold_no_case_data_or_secrets(vault_dir: Path, tmp_path: Path) -> None:
    """T48: every flow under logging.basicConfig(DEBUG) + sqlalchemy.engine DEBUG, in a child process."""
    canaries = make_canaries()
    secrets_file = tmp_path / "secrets.json"
    child = Child(
        "debug",
        str(vault_dir),
        str(secrets_file),
        str(tmp_path / "office.panabackup"),
        env=child_env(tmp_path),
        stdin_lines=[PASSPHRASE, json.dumps(canaries.all)],
    )
    child.finish(timeout=120)
    stdout = "\n".join(child.seen)
    stderr = child.stderr.decode("utf-8", "replace")
    assert child.proc.returncode == 0, stderr[-3000:]
    assert "flows done" in stdout and "errors done" in stdout and "written-file flows done" in stdout
    # The forced errors really happened, and logging really was on.
    for label in ("unique violation", "foreign key violation", "second open", "busy", "after lock"):
        assert f"--- {label}:" in stdout, label
    assert "--- second open: VaultLockedByOtherError" in stdout
    assert "--- busy: VaultLockedByOtherError" in stdout
    assert "sqlalchemy.engine.Engine" in stderr and "INSERT INTO person_names" in stderr

    keys = json.loads(secrets_file.read_text())
    needles = [
        *canaries.needles(),
        *text_needles(PASSPHRASE, keys["database_key"], keys["database_key"].upper(), keys["master_key"]),
    ]
    assert scan_text(stdout, needles) == [], "stdout (exception texts and tracebacks)"
    leaked = scan_text(stderr, needles)
    if leaked:
        lines = [line for line in stderr.splitlines() if scan_text(line, needles)]
        pytest.fail(f"DEBUG log on stderr holds {leaked}; e.g. {lines[0][:160]!r} ({len(lines)} lines)")


def test_exception_chains_of_forced_database_errors_hold_no_values(
    vault: UnlockedVault, vault_dir: Path, kdf: KdfParams, caplog: pytest.LogCaptureFixture
) -> None:
    """T48 in-process: a unique violation and a refused second open, with every chained exception."""
    canaries = make_canaries()
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy.engine")
    written = write_everything(
        vault, canaries.text, canaries.all, canaries.text().encode(), canaries.text("scan.pdf")
    )
    with vault.db.transaction(readonly=True) as session:
        name_id = session.scalar(text("SELECT id FROM person_names LIMIT 1"))
    texts = []
    row = {
        "id": name_id,
        "person_id": written.subject_id,
        "text": canaries.text(),
        "script": "Latn",
        "scheme": canaries.text(),
        "kind": "full",
        "is_primary": False,
        "rev": "",
    }
    with pytest.raises(IntegrityError) as unique, vault.db.transaction() as session:
        session.execute(insert(m.PersonName), [row])
    texts.append(exception_texts(unique.value))
    with pytest.raises(VaultLockedByOtherError) as second:
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    texts.append(exception_texts(second.value))
    CaseService(vault).get_case(written.case_id)
    key_hex = database_key(vault.master_key).hex()
    needles = [*canaries.needles(), *text_needles(PASSPHRASE, key_hex, key_hex.upper())]
    assert "UNIQUE constraint failed" in texts[0]
    assert scan_text("\n".join(texts), needles) == []
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert scan_text(logged, needles) == [], "log records"
