# SPDX-License-Identifier: GPL-3.0-or-later
"""A key file with an empty, missing or foreign database beside it is damage, never a new vault (T04).

Each case is refused with its own one-line message, through the service and the CLI, and no
file in the folder changes: a fresh schema written into a 0-byte ``pana.db`` would show "0 cases,
vault OK" and hide the loss.  A key file and a database from two different vaults are named as
such (issue 7, items 3 and 13), while damage to the database's own salt stays "damaged" (T03).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import update

from app.db.engine import make_engine
from app.db.models import Meta
from app.domain.errors import (
    DatabaseEmptyError,
    DatabaseMissingError,
    KeyFileMismatchError,
    VaultDamagedError,
    WrongPassphraseError,
)
from app.services.admin import AdminService
from app.services.vault import VaultService
from app.vault import KdfParams, KeyRing
from app.vault.keyfile import parse
from tests.cli.test_cli import pana
from tests.conftest import PASSPHRASE
from tests.security.kit import file_state, flip_byte

OTHER_PASSPHRASE = "another office's passphrase 2024"


@pytest.fixture(scope="module")
def other_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second, unrelated vault (its own vault id, master key and database salt)."""
    directory = tmp_path_factory.mktemp("other") / "vault"
    created = VaultService(directory, kdf=KdfParams.minimum()).create(
        office_name="Fictional Other Office", username="bolat", passphrase=OTHER_PASSPHRASE
    )
    created.vault.lock()
    return directory


def plain_sqlite(path: Path) -> None:
    """An unencrypted SQLite database with a table (what a careless copy tool might leave)."""
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.execute("INSERT INTO notes VALUES ('Fictional note')")
    connection.commit()
    connection.close()


@dataclasses.dataclass(frozen=True)
class Case:
    """One way of breaking the pair: the passphrase to try and the error (and CLI line) it must give."""

    passphrase: str
    error: type[VaultDamagedError]


def break_folder(kind: str, vault: Path, other: Path) -> Case:
    db, keys = vault / "pana.db", vault / "pana.keys"
    (vault / "pana.lock").touch()  # as in a vault opened before: then every file must stay as it is
    mismatch = Case(PASSPHRASE, KeyFileMismatchError)
    if kind == "empty database":
        db.write_bytes(b"")
        return Case(PASSPHRASE, DatabaseEmptyError)
    if kind == "missing database":
        db.unlink()
        return Case(PASSPHRASE, DatabaseMissingError)
    if kind == "other vault's database":
        shutil.copyfile(other / "pana.db", db)
        return mismatch
    if kind == "plain SQLite file":
        plain_sqlite(db)
        return mismatch
    if kind == "random bytes":
        db.write_bytes(os.urandom(db.stat().st_size))
        return mismatch
    assert kind == "other vault's key file"
    shutil.copyfile(other / "pana.keys", keys)
    return Case(OTHER_PASSPHRASE, KeyFileMismatchError)


KINDS = [
    "empty database",
    "missing database",
    "other vault's database",
    "plain SQLite file",
    "random bytes",
    "other vault's key file",
]


@pytest.mark.parametrize("kind", KINDS)
def test_service_refuses_an_empty_missing_or_foreign_database_and_changes_nothing(
    vault_dir: Path, other_vault: Path, kdf: KdfParams, kind: str
) -> None:
    case = break_folder(kind, vault_dir, other_vault)
    before = file_state(vault_dir)
    with pytest.raises(VaultDamagedError) as error:
        VaultService(vault_dir, kdf=kdf).open(case.passphrase)
    assert type(error.value) is case.error
    assert str(error.value) == case.error.default_message
    assert "pana.db" in str(error.value)
    assert file_state(vault_dir) == before  # no schema written, no -wal, no key file rewrite
    assert not (vault_dir / "pana.db-wal").exists()


@pytest.mark.parametrize("kind", KINDS)
def test_cli_refuses_it_in_one_line_and_changes_nothing(
    vault_dir: Path, other_vault: Path, tmp_path: Path, kind: str
) -> None:
    case = break_folder(kind, vault_dir, other_vault)
    before = file_state(vault_dir)
    home = tmp_path / "home"
    home.mkdir()
    run = pana(home, "cases", vault=vault_dir, stdin=[case.passphrase])  # asserts no traceback
    assert run.code == 1, run
    assert run.err_lines == [f"pana: {case.error.default_message}"]
    assert run.out == ""
    assert file_state(vault_dir) == before


def test_the_recovery_key_meets_the_same_refusal(
    vault_dir: Path, template_vault: tuple[Path, str], kdf: KdfParams
) -> None:
    (vault_dir / "pana.db").write_bytes(b"")
    before = file_state(vault_dir)
    with pytest.raises(DatabaseEmptyError):
        VaultService(vault_dir, kdf=kdf).open_with_recovery(template_vault[1])
    assert file_state(vault_dir) == before


def test_a_foreign_key_file_still_tells_a_wrong_passphrase_apart(
    vault_dir: Path, other_vault: Path, kdf: KdfParams
) -> None:
    """This vault's passphrase does not open the other vault's slots: that is a wrong passphrase."""
    break_folder("other vault's key file", vault_dir, other_vault)
    with pytest.raises(WrongPassphraseError):
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)


def test_a_database_keyed_alike_but_of_another_vault_id_is_refused(vault_dir: Path, kdf: KdfParams) -> None:
    """Bound by id too: a database whose meta.vault_id is not the key file's opens nothing."""
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    with vault.db.transaction() as session:
        session.execute(update(Meta).where(Meta.key == "vault_id").values(value=str(uuid.uuid4())))
    vault.lock()
    before = file_state(vault_dir)
    with pytest.raises(KeyFileMismatchError):
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    assert file_state(vault_dir) == before


@pytest.mark.parametrize("offset", [0, 5, 10, 15])
def test_damage_to_the_salt_is_still_damage_not_a_mismatch(
    vault_dir: Path, kdf: KdfParams, offset: int
) -> None:
    """The binding tolerates a damaged salt: one quarter of it still matching means "this database"."""
    flip_byte(vault_dir / "pana.db", offset, 0xFF)
    with pytest.raises(VaultDamagedError) as error:
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    assert type(error.value) is VaultDamagedError


def unbound(keys: Path) -> None:
    """Rewrite the key file as Pana wrote it before databases were bound (same slots and MACs)."""
    document = parse(keys.read_bytes())
    assert document.database, "a new vault's key file names its database"
    keys.write_bytes(dataclasses.replace(document, database={}).serialize())


def test_an_old_key_file_is_bound_at_its_next_unlock(
    vault_dir: Path, other_vault: Path, kdf: KdfParams
) -> None:
    keys, db = vault_dir / "pana.keys", vault_dir / "pana.db"
    unbound(keys)
    own = db.read_bytes()
    shutil.copyfile(other_vault / "pana.db", db)
    with pytest.raises(VaultDamagedError) as error:  # nothing to tell the two apart by: plain damage
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    assert type(error.value) is VaultDamagedError
    db.write_bytes(own)
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()  # writes the binding
    assert parse(keys.read_bytes()).database
    shutil.copyfile(other_vault / "pana.db", db)
    with pytest.raises(KeyFileMismatchError):
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)


def test_the_binding_survives_key_changes_and_follows_a_rotation(vault_dir: Path, kdf: KdfParams) -> None:
    """Slot rewrites keep it; a rotation drops the old generation's and the next unlock binds the new one."""
    keys = vault_dir / "pana.keys"
    vault = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    admin = AdminService(vault, kdf=kdf)
    admin.add_user("daulet", "daulet's passphrase")
    admin.regenerate_recovery_key()
    assert set(parse(keys.read_bytes()).database) == {1}
    admin.rotate_master_key("aigerim", PASSPHRASE)
    assert parse(keys.read_bytes()).database == {}
    vault.lock()
    VaultService(vault_dir, kdf=kdf).open(PASSPHRASE).lock()
    assert set(parse(keys.read_bytes()).database) == {2}


def test_only_create_makes_a_database_file(vault_dir: Path, kdf: KdfParams) -> None:
    """The engine never creates one on open, and refuses an empty one before writing a byte."""
    ring = KeyRing.load(vault_dir / "pana.keys")
    master_key = ring.unlock(PASSPHRASE).master_key
    (vault_dir / "pana.db").write_bytes(b"")
    engine = make_engine(vault_dir, master_key)
    try:
        with pytest.raises(DatabaseEmptyError), engine.connect():
            pass
    finally:
        engine.dispose()
    assert (vault_dir / "pana.db").read_bytes() == b""
    assert sorted(p.name for p in vault_dir.iterdir()) == ["pana.db", "pana.keys"]
