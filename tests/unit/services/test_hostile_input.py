# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile input through the services: crafted backup headers and paths, broken drafts, hostile user names.

Each is refused with its own clear error in bounded time, and changes nothing (checked by digest).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import models as m
from app.domain.errors import BackupDamagedError, UnsupportedFileError, ValidationError
from app.services.admin import AdminService
from app.services.backups import MAGIC
from app.services.drafts import DraftService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE

DAMAGED = "The backup file is damaged or not a Pana backup ({}).".format


def digest(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()
    }


def with_header(good: bytes, header: bytes) -> bytes:
    """``good`` with its JSON header replaced by ``header`` (bytes as an attacker writes them)."""
    (length,) = struct.unpack(">I", good[len(MAGIC) : len(MAGIC) + 4])
    return MAGIC + struct.pack(">I", len(header)) + header + good[len(MAGIC) + 4 + length :]


def edited_header(good: bytes, key: str, raw_value: str) -> bytes:
    (length,) = struct.unpack(">I", good[len(MAGIC) : len(MAGIC) + 4])
    header = json.loads(good[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    text = json.dumps(header).replace(f'"{key}": {json.dumps(header[key])}', f'"{key}": {raw_value}')
    return with_header(good, text.encode())


CRAFTED_HEADERS = {
    "Infinity": (
        lambda g: edited_header(g, "key_file_length", "Infinity"),
        "header: Infinity is not a number",
    ),
    "NaN": (lambda g: edited_header(g, "database_length", "NaN"), "header: NaN is not a number"),
    "1e400": (
        lambda g: edited_header(g, "database_length", "1e400"),
        "header: a number that is not a whole number",
    ),
    "4,000 nested [": (lambda g: with_header(g, b"[" * 4000), "header: nesting deeper than 1"),
    "duplicate key": (
        lambda g: edited_header(g, "format", '1, "format": 1'),
        "header: a key appears twice",
    ),
    "true as format": (lambda g: edited_header(g, "format", "true"), "header: not a version 1 backup header"),
    "length as a string": (
        lambda g: edited_header(g, "key_file_length", '"300"'),
        "header: key_file_length out of range",
    ),
    "digest not hex": (
        lambda g: edited_header(g, "database_sha256", '"' + "z" * 64 + '"'),
        "header: database_sha256 is not a SHA-256 digest",
    ),
    "database claims 1 PB": (
        lambda g: edited_header(g, "database_length", str(1 << 50)),
        "its size does not match its header",
    ),
}


@pytest.fixture
def backup(vault_dir: Path, tmp_path: Path, kdf: KdfParams) -> bytes:
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        AdminService(opened).backup(tmp_path / "good.panabackup")
    finally:
        opened.lock()
    return (tmp_path / "good.panabackup").read_bytes()


@pytest.mark.parametrize(("make", "detail"), CRAFTED_HEADERS.values(), ids=CRAFTED_HEADERS.keys())
def test_crafted_backup_headers_get_their_own_refusal(
    vault_dir: Path, tmp_path: Path, kdf: KdfParams, backup: bytes, make: object, detail: str
) -> None:
    hostile = tmp_path / "hostile.panabackup"
    hostile.write_bytes(make(backup))  # type: ignore[operator]
    before = digest(vault_dir)
    start = time.perf_counter()
    with pytest.raises(BackupDamagedError) as refused:
        VaultService(vault_dir, kdf=kdf).restore(hostile, PASSPHRASE)
    assert time.perf_counter() - start < 1
    assert str(refused.value) == DAMAGED(detail)
    assert digest(vault_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.panabackup", "hostile.panabackup", "vault"]


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


NOT_REGULAR = {
    "a FIFO": _fifo,
    "a folder": lambda path: (path.mkdir(), path)[1],
    "a device": lambda path: Path(os.devnull),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes and /dev/null")
@pytest.mark.parametrize("make", NOT_REGULAR.values(), ids=NOT_REGULAR.keys())
def test_a_backup_path_that_is_not_a_regular_file_is_refused_without_blocking(
    vault_dir: Path, tmp_path: Path, kdf: KdfParams, make: object
) -> None:
    path = make(tmp_path / "backup.panabackup")  # type: ignore[operator]
    before = digest(vault_dir)
    start = time.perf_counter()
    with pytest.raises(UnsupportedFileError, match="not a regular file"):
        VaultService(vault_dir, kdf=kdf).restore(path, PASSPHRASE)
    assert time.perf_counter() - start < 1
    assert digest(vault_dir) == before


# -- drafts ------------------------------------------------------------------------------------------------


def _nested(levels: int) -> object:
    value: object = "bottom"
    for _ in range(levels):
        value = [value]
    return value


UNSAVABLE = {
    "a lone surrogate": ({"names": [{"text": "Нұрлан \ud800"}]}, "not-text"),
    "5,000 levels": ({"case": _nested(5_000)}, "too-deep"),
    "not a number": ({"age": float("nan")}, "not-a-number"),
}


@pytest.mark.parametrize(("payload", "kind"), UNSAVABLE.values(), ids=UNSAVABLE.keys())
def test_a_draft_that_cannot_be_stored_is_refused_and_the_last_one_kept(
    vault: UnlockedVault, payload: dict[str, object], kind: str
) -> None:
    drafts = DraftService(vault)
    draft_id = drafts.save({"names": [{"text": "Нұрлан Серікұлы"}]})
    with pytest.raises(ValidationError) as refused:
        drafts.save(payload, draft_id=draft_id)
    assert (refused.value.field, refused.value.kind) == ("draft", kind)
    (kept,) = drafts.pending()
    assert kept.payload == {"names": [{"text": "Нұрлан Серікұлы"}]}


UNREADABLE = {
    "5,000 levels": "[" * 5_000 + "]" * 5_000,
    "an escaped lone surrogate": '{"text": "\\ud800"}',
    "Infinity": '{"n": Infinity}',
    "a list": "[1, 2]",
    "not JSON": "{{{{",
}


@pytest.mark.parametrize("stored", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_a_stored_draft_that_cannot_be_read_is_not_offered_and_not_lost(
    vault: UnlockedVault, stored: str
) -> None:
    drafts = DraftService(vault)
    good = drafts.save({"names": [{"text": "Қайрат Оспанұлы"}]})
    broken = drafts.save({"placeholder": True})
    with vault.db.transaction() as session:
        session.get(m.Draft, broken).payload = stored  # as if written by something else
    assert [draft.id for draft in drafts.pending()] == [good]
    with vault.db.transaction(readonly=True) as session:
        assert session.get(m.Draft, broken).payload == stored
        assert session.scalar(select(func.count()).select_from(m.Draft)) == 2


# -- user names --------------------------------------------------------------------------------------------

HOSTILE_NAMES = {
    "NUL": ("bolat\x00admin", "control-character"),
    "right-to-left override": ("bolat\u202enimda", "control-character"),
    "zero-width joiner": ("bo\u200dlat", "control-character"),
    "line break": ("bolat\nadmin", "control-character"),
    "no-break space": ("bolat\u00a0s", "control-character"),
    "10,000 characters": ("b" * 10_000, "too-long"),
    "lone surrogate": ("bolat\udcff", "not-text"),
    "only spaces": ("   ", "empty"),
}


@pytest.mark.parametrize(("name", "kind"), HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_hostile_user_names_are_refused_at_creation(
    tmp_path: Path, kdf: KdfParams, name: str, kind: str
) -> None:
    target = tmp_path / "new"
    with pytest.raises(ValidationError) as refused:
        VaultService(target, kdf=kdf).create(office_name="Office", username=name, passphrase=PASSPHRASE)
    assert (refused.value.field, refused.value.kind) == ("username", kind)
    assert not target.exists()


@pytest.mark.parametrize(("name", "kind"), HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_hostile_user_names_are_refused_by_add_user(
    vault: UnlockedVault, kdf: KdfParams, name: str, kind: str
) -> None:
    admin = AdminService(vault, kdf=kdf)
    before = digest(vault.directory)
    with pytest.raises(ValidationError) as refused:
        admin.add_user(name, "bolat's own passphrase")
    assert (refused.value.field, refused.value.kind) == ("username", kind)
    assert digest(vault.directory)["pana.keys"] == before["pana.keys"]
    assert [user.username for user in admin.users()] == ["aigerim"]


def test_a_role_pana_does_not_know_is_refused_by_add_user(vault: UnlockedVault, kdf: KdfParams) -> None:
    admin = AdminService(vault, kdf=kdf)
    before = digest(vault.directory)
    with pytest.raises(ValidationError, match="is one of field-worker, lawyer, coordinator, admin"):
        admin.add_user("bolat", "bolat's own passphrase", role="emperor")
    assert digest(vault.directory)["pana.keys"] == before["pana.keys"]
    assert [user.username for user in admin.users()] == ["aigerim"]


def test_names_in_any_script_are_still_welcome(vault: UnlockedVault, kdf: KdfParams) -> None:
    admin = AdminService(vault, kdf=kdf)
    names = {"Бөрі Тау", "努尔兰", "نۇرلان", "Zhanar O'Brien-Sárközi"}
    for name in names:
        admin.add_user(f"  {name} ", "a passphrase of their own")
    assert {user.username for user in admin.users()} == names | {"aigerim"}


def test_looking_up_a_name_that_is_not_text_is_a_clear_refusal(vault: UnlockedVault) -> None:
    admin = AdminService(vault)
    for action in (
        lambda: admin.remove_user("bolat\udcff"),
        lambda: admin.reset_passphrase("bolat\udcff", "new passphrase"),
    ):
        with pytest.raises(ValidationError) as refused:
            action()
        assert (refused.value.field, refused.value.kind) == ("username", "not-text")


WEAK_PASSPHRASES = {"short": "Қазақ 12", "common": "Password123", "repetitive": "x" * 24, "empty": ""}


@pytest.mark.parametrize("weak", WEAK_PASSPHRASES.values(), ids=WEAK_PASSPHRASES.keys())
def test_every_service_that_sets_a_passphrase_refuses_a_weak_one(
    tmp_path: Path, vault: UnlockedVault, kdf: KdfParams, weak: str
) -> None:
    """The rule the screens and the CLI show is the services' own: a script calling them directly
    cannot make a vault, a user or a key slot that a guessing tool opens first."""
    target = tmp_path / "new"
    with pytest.raises(ValidationError) as refused:
        VaultService(target, kdf=kdf).create(office_name="Office", username="aigerim", passphrase=weak)
    assert (refused.value.field, refused.value.kind) == ("passphrase", "weak")
    assert not target.exists()

    admin = AdminService(vault, kdf=kdf)
    before = digest(vault.directory)
    for action in (
        lambda: admin.add_user("bolat", weak),
        lambda: admin.change_passphrase("aigerim", PASSPHRASE, weak),
        lambda: admin.reset_passphrase("aigerim", weak),
    ):
        with pytest.raises(ValidationError) as refused:
            action()
        assert (refused.value.field, refused.value.kind) == ("passphrase", "weak")
    assert digest(vault.directory)["pana.keys"] == before["pana.keys"]
    assert [user.username for user in admin.users()] == ["aigerim"]
    vault.lock()
    VaultService(vault.directory, kdf=kdf).open(PASSPHRASE).lock()
