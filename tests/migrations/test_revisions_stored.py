# SPDX-License-Identifier: GPL-3.0-or-later
"""Migration 0017: each revision's rowid becomes its stored number, never given again."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from app.db import migrate
from app.db.engine import close_engine, make_engine

COLUMNS = (
    'id, record_table, record_id, parents, "values", deleted, author_user_id, author_device_id, '
    "author_office_id, hlc, created_at"
)
#: Rowids with gaps, over more than one step of the move, and the mark of a bundle sent at 11.
ROWIDS = (3, 4, 10, 11, 500, 45_000)
MARK = 11


@pytest.fixture
def at_0016(tmp_path: Path) -> Iterator[Engine]:
    """A vault at 0016 holding revisions at ``ROWIDS`` and a bundle sent at ``MARK``."""
    engine = make_engine(tmp_path, bytearray(b"\x07" * 32), create=True)
    try:
        with _alembic(engine) as (connection, config):
            command.upgrade(config, "0016")
            for rowid in ROWIDS:
                _add_revision(connection, f"{rowid:064x}", f"rec-{rowid % 2}", rowid)
            connection.exec_driver_sql(
                "INSERT INTO exchange_bundles (id, direction, sender_office_id, recipients, sequences, "
                "created_at, recorded_at, revision_mark, revisions, report, covers_earlier) VALUES "
                "('bundle-1', 'sent', 'office-a', '[\"office-b\"]', '{\"office-b\": 1}', "
                f"'2026-12-01 10:00:00', '2026-12-01 10:00:01', {MARK}, 4, '', 0)"
            )
        yield engine
    finally:
        close_engine(engine)


def test_0017_numbers_each_revision_by_its_rowid_and_never_gives_a_number_again(at_0016: Engine) -> None:
    before, told = _rows(at_0016, "rowid"), []
    migrate.upgrade(at_0016, progress=lambda done, total, _: told.append((done, total)))
    assert told == [(0, 1), (1, 3), (2, 3), (3, 3), (1, 1)]  # the move tells its ranges
    assert _rows(at_0016, "stored") == before
    assert [row[0] for row in before] == list(ROWIDS)
    with at_0016.begin() as connection:
        assert _marks(connection) == [MARK]  # nothing was purged: the mark still holds
        assert inspect(connection).get_pk_constraint("revisions")["constrained_columns"] == ["stored"]
        assert {i["name"] for i in inspect(connection).get_indexes("revisions")} == {
            "ix_revisions_hlc",
            "ix_revisions_deletions",
        }
        connection.exec_driver_sql("DELETE FROM revisions WHERE stored > 100")  # as a purge does
        _add_revision(connection, "f" * 64, "rec-new")
        assert connection.exec_driver_sql("SELECT max(stored) FROM revisions").scalar() == ROWIDS[-1] + 1
    with pytest.raises(IntegrityError, match="UNIQUE"), at_0016.begin() as connection:
        _add_revision(connection, f"{3:064x}", "rec-1")  # (record_id, id) is still unique


def test_0017_clears_the_marks_of_a_vault_that_purged(at_0016: Engine) -> None:
    """Purged before, it may hold revisions numbered under a mark they came after: the next bundle
    since the last one carries everything.  What it received stays as it was."""
    with at_0016.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO tombstones VALUES ('cases', 'case-1', '2026-12-02 10:00:00', 'office-a', 'user-a')"
        )
        connection.exec_driver_sql(
            "INSERT INTO exchange_bundles (id, direction, sender_office_id, recipients, sequences, "
            "created_at, recorded_at, revision_mark, revisions, report, covers_earlier) VALUES "
            "('bundle-2', 'received', 'office-b', '[\"office-a\"]', '{\"office-a\": 1}', "
            "'2026-12-01 10:00:00', '2026-12-01 10:00:01', 7, 4, '', 0)"
        )
    migrate.upgrade(at_0016)
    with at_0016.connect() as connection:
        assert _marks(connection) == [0, 7]  # the sent bundle's mark cleared, the received one's kept


def test_0017_goes_back_with_every_number_as_its_rowid(at_0016: Engine) -> None:
    before = _rows(at_0016, "rowid")
    migrate.upgrade(at_0016)
    with _alembic(at_0016) as (connection, config):
        command.downgrade(config, "0016")
        assert inspect(connection).get_pk_constraint("revisions")["constrained_columns"] == [
            "record_id",
            "id",
        ]
    assert _rows(at_0016, "rowid") == before


@contextlib.contextmanager
def _alembic(engine: Engine) -> Iterator[tuple[Connection, Config]]:
    """A transaction on ``engine`` that Alembic's commands run in, and their configuration."""
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        yield connection, config


def _add_revision(connection: Connection, revision_id: str, record_id: str, rowid: int | None = None) -> None:
    """A revision at ``rowid``, or where SQLite puts it."""
    number, value = ("rowid, ", ":rowid, ") if rowid is not None else ("", "")
    connection.execute(
        text(
            f"INSERT INTO revisions ({number}{COLUMNS}) VALUES ({value}:id, 'persons', :record, '[]', "
            "'{\"notes\": \"Fictional\"}', 0, '', '', '', :id, '2026-12-06 10:00:00')"
        ),
        {"rowid": rowid, "id": revision_id, "record": record_id},
    )


def _rows(engine: Engine, number: str) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return list(connection.exec_driver_sql(f"SELECT {number}, {COLUMNS} FROM revisions ORDER BY rowid"))


def _marks(connection: Connection) -> list[int]:
    return list(
        connection.exec_driver_sql("SELECT revision_mark FROM exchange_bundles ORDER BY id").scalars()
    )
