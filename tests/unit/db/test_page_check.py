# SPDX-License-Identifier: GPL-3.0-or-later
"""The vault check's page check says what SQLCipher's ``cipher_integrity_check`` says, page for page,
tells how far it is and stops when asked."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from app.db import page_check
from app.db.engine import DB_FILENAME, database_key
from app.domain import records as r
from app.domain.errors import Cancelled
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.security.kit import flip_byte, raw_pragma

PAGE = page_check.PAGE_SIZE


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory, kdf: KdfParams) -> tuple[Path, bytes]:
    """A locked vault's database file of ~150 pages, all in the main file, and its raw key."""
    folder = tmp_path_factory.mktemp("page-check") / "vault"
    vault = (
        VaultService(folder, kdf=kdf)
        .create(office_name="Fictional Office", username="tester", passphrase=PASSPHRASE)
        .vault
    )
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Fictional Witness")])
    data = hashlib.sha256(b"scan").digest() * (400_000 // 32)
    AttachmentService(vault).add(case_id, "scan.pdf", data, "application/pdf")
    key = bytes(database_key(vault.master_key))
    vault.lock()
    assert not (folder / f"{DB_FILENAME}-wal").exists()
    return folder / DB_FILENAME, key


@pytest.fixture
def database(sound: tuple[Path, bytes], tmp_path: Path) -> Path:
    copy = tmp_path / DB_FILENAME
    copy.write_bytes(sound[0].read_bytes())
    return copy


def sqlcipher_says(path: Path, key: bytes) -> list[str]:
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
    finally:
        connection.close()


def no_tick(share: float) -> None:
    pass


def test_a_sound_file_has_no_damaged_page(sound: tuple[Path, bytes]) -> None:
    path, key = sound
    assert path.stat().st_size // PAGE > 100
    assert page_check.damaged_pages(path, key, no_tick) == [] == sqlcipher_says(path, key)


#: Where a byte is flipped, as (page index from 0, offset in the page); -1 is the last page.
_DAMAGE = {
    "page 1, after the salt": [(0, 100)],
    "page 1, in the salt (every page's HMAC key changes)": [(0, 3)],
    "a data page": [(1, 1000)],
    "an IV": [(40, PAGE - page_check.RESERVED + 5)],
    "an HMAC": [(41, PAGE - 10)],
    "the last page": [(-1, 0)],
    "three pages": [(2, 7), (50, 2000), (-1, PAGE - 1)],
}


@pytest.mark.parametrize("where", list(_DAMAGE))
def test_damage_is_named_as_sqlcipher_names_it(sound: tuple[Path, bytes], database: Path, where: str) -> None:
    key = sound[1]
    pages = database.stat().st_size // PAGE
    for index, offset in _DAMAGE[where]:
        flip_byte(database, (index % pages) * PAGE + offset)
    found = page_check.damaged_pages(database, key, no_tick)
    assert found and found == sqlcipher_says(database, key)


@pytest.mark.parametrize("cut", [100, PAGE, PAGE + 100])
def test_a_cut_file_is_named_as_sqlcipher_names_it(
    sound: tuple[Path, bytes], database: Path, cut: int
) -> None:
    with database.open("r+b") as handle:
        handle.truncate(database.stat().st_size - cut)
    found = page_check.damaged_pages(database, sound[1], no_tick)
    assert found == sqlcipher_says(database, sound[1])
    assert (cut % PAGE != 0) == any("invalid size" in line for line in found)


@pytest.mark.parametrize("size", [10, 16, 100])
def test_a_file_shorter_than_a_page_is_named_as_sqlcipher_names_it(
    sound: tuple[Path, bytes], database: Path, size: int
) -> None:
    with database.open("r+b") as handle:
        handle.truncate(size)
    found = page_check.damaged_pages(database, sound[1], no_tick)
    assert (
        found
        == sqlcipher_says(database, sound[1])
        == [f"page 1 has an invalid size of {size} bytes (expected {PAGE} bytes)"]
    )


def test_an_empty_file_is_reported_where_sqlcipher_passes_it(
    sound: tuple[Path, bytes], database: Path
) -> None:
    database.write_bytes(b"")
    assert sqlcipher_says(database, sound[1]) == []
    assert page_check.damaged_pages(database, sound[1], no_tick) == [
        f"page 1 has an invalid size of 0 bytes (expected {PAGE} bytes)"
    ]


def test_the_lock_byte_page_is_never_checked(
    sound: tuple[Path, bytes], database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite never writes the page holding byte 2**30 (a file that large is too slow for a test:
    the page number is moved)."""
    assert page_check._LOCK_BYTE_PAGE == 262_145  # SQLite's PENDING_BYTE_PAGE at 4096-byte pages
    monkeypatch.setattr(page_check, "_LOCK_BYTE_PAGE", 5)
    flip_byte(database, 4 * PAGE + 10)
    flip_byte(database, 5 * PAGE + 10)
    assert page_check.damaged_pages(database, sound[1], no_tick) == ["HMAC verification failed for page 6"]


def test_it_tells_how_far_it_is_and_stops_when_a_tick_raises(
    sound: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_check, "_PAGES_PER_READ", 16)
    path, key = sound
    shares: list[float] = []
    page_check.damaged_pages(path, key, shares.append)
    assert len(shares) == -(-(path.stat().st_size // PAGE) // 16)
    assert shares == sorted(set(shares)) and shares[-1] == 1.0

    def cancel_on_the_third(share: float) -> None:
        told.append(share)
        if len(told) == 3:
            raise Cancelled()

    told: list[float] = []
    with pytest.raises(Cancelled):
        page_check.damaged_pages(path, key, cancel_on_the_third)
    assert told == shares[:3]


def test_the_engine_writes_the_format_the_page_check_reads(vault: UnlockedVault) -> None:
    """The page check's constants are SQLCipher's settings on the app's own connections."""
    settings: dict[str, Callable[[str], object]] = {
        "cipher_page_size": int,
        "cipher_hmac_algorithm": str,
        "cipher_hmac_pgno": str,
        "cipher_hmac_salt_mask": str,
        "cipher_plaintext_header_size": int,
        "cipher_use_hmac": int,
    }
    found = {name: convert(raw_pragma(vault, name)[0][0]) for name, convert in settings.items()}
    assert found == {
        "cipher_page_size": page_check.PAGE_SIZE,
        "cipher_hmac_algorithm": "HMAC_SHA512",
        "cipher_hmac_pgno": "le",
        "cipher_hmac_salt_mask": "3a",
        "cipher_plaintext_header_size": 0,
        "cipher_use_hmac": 1,
    }


class _CaughtMidWrite:
    """The file as read while a checkpoint rewrites page ``page``: the block read holds it half
    written; read again, it is whole."""

    def __init__(self, file: BinaryIO, page: int) -> None:
        self._file, self._offset, self._torn = file, (page - 1) * PAGE + 1000, False

    def readinto(self, buffer: memoryview) -> int:
        start = self._file.tell()
        read = self._file.readinto(buffer)
        if not self._torn and start <= self._offset < start + read:
            buffer[self._offset - start] ^= 0xFF
            self._torn = True
        return read

    def __getattr__(self, name: str) -> object:
        return getattr(self._file, name)

    def __enter__(self) -> _CaughtMidWrite:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def test_a_page_caught_half_written_is_read_again_not_reported(
    sound: tuple[Path, bytes], database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = Path.open
    monkeypatch.setattr(Path, "open", lambda path, *a, **k: _CaughtMidWrite(opened(path, *a, **k), 7))
    assert page_check.damaged_pages(database, sound[1], no_tick) == []
    # The same torn read of a page damaged on disk: still reported.
    monkeypatch.undo()
    flip_byte(database, 6 * PAGE + 1000)
    monkeypatch.setattr(Path, "open", lambda path, *a, **k: _CaughtMidWrite(opened(path, *a, **k), 7))
    assert page_check.damaged_pages(database, sound[1], no_tick) == ["HMAC verification failed for page 7"]
