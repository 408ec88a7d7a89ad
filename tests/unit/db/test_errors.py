# SPDX-License-Identifier: GPL-3.0-or-later
"""Driver failures become typed errors, whether SQLAlchemy wrapped them or a hot path met them raw."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as driver
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool.base import _ConnectionFairy

from app.db.errors import translated
from app.domain.errors import DiskFullError, VaultDamagedError
from app.services.name_index import NameSearchService
from app.services.session import UnlockedVault


def not_a_database(tmp_path: Path) -> driver.DatabaseError:
    """The driver's own error for a file that is no database (SQLITE_NOTADB)."""
    path = tmp_path / "junk.db"
    path.write_bytes(b"\x07" * 8192)
    conn = driver.connect(str(path))
    try:
        conn.execute("SELECT * FROM sqlite_master")
    except driver.DatabaseError as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("the driver read a junk file")


def test_a_raw_driver_error_is_typed(tmp_path: Path) -> None:
    with pytest.raises(VaultDamagedError), translated():
        raise not_a_database(tmp_path)


def test_a_wrapped_driver_error_is_typed(tmp_path: Path) -> None:
    with pytest.raises(VaultDamagedError), translated():
        raise DBAPIError("SELECT 1", None, not_a_database(tmp_path))


def test_a_driver_error_without_a_storage_cause_stays_a_bug() -> None:
    bug = driver.OperationalError("no such table: nowhere")
    bug.sqlite_errorcode = 1  # SQLITE_ERROR: a wrong statement, ours to fix
    with pytest.raises(driver.OperationalError), translated():
        raise bug


class FullDisk:
    """A driver connection whose every statement meets a full disk."""

    def execute(self, *_: object) -> None:
        error = driver.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # SQLITE_FULL
        raise error


def test_a_name_search_on_a_full_disk_says_so(vault: UnlockedVault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Name search reads ``name_keys`` straight from the driver; its failure is still a typed error."""
    monkeypatch.setattr(_ConnectionFairy, "driver_connection", property(lambda _: FullDisk()))
    with pytest.raises(DiskFullError):
        NameSearchService(vault).search("Nurlan Seitkali")
