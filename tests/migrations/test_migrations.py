# SPDX-License-Identifier: GPL-3.0-or-later
"""Migrations: head matches the models, one head, newer vaults refused, failures change nothing."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, event, inspect, text

from app import paths
from app.db import migrate
from app.db.base import Base
from app.db.bulk import BULK_CACHE_KIB
from app.db.dates_sql import date_order_text
from app.db.engine import close_engine, make_engine
from app.domain import records as r
from app.domain.dates import PartialDate
from app.domain.errors import (
    BackupWriteError,
    DiskFullError,
    MigrationError,
    UpgradeBackupWriteError,
    VaultTooNewError,
    WriteRefusal,
)
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.session import UnlockedVault
from app.services.vault import VaultService
from app.vault import KdfParams
from tests.cli.test_cli import one_line_failure, pana
from tests.conftest import PASSPHRASE
from tests.security.kit import failing_database_copy, file_state, fill, mounted_tmpfs

GOOD_STEP = """
import sqlalchemy as sa
from alembic import op

revision = "0999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{first}
    op.create_table("scratch_feature", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("scratch_flag", sa.Boolean, nullable=True))
{fail}

def downgrade() -> None:
    pass
"""


def _migrations_with_step(tmp_path: Path, *, fail: bool, first: str = "") -> Path:
    target = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), target, ignore=shutil.ignore_patterns("__pycache__"))
    head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    failing = '    raise RuntimeError("simulated failure halfway through")\n' if fail else ""
    step = GOOD_STEP.format(head=head, fail=failing, first=first)
    (target / "versions" / "0999_scratch.py").write_text(step)
    return target


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_head_matches_the_models(vault: UnlockedVault) -> None:
    """The document-number index is on an expression, which neither side models (migration 0008)."""
    with vault.db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_one_head() -> None:
    assert len(ScriptDirectory.from_config(migrate.alembic_config()).get_heads()) == 1


def test_a_newer_vault_is_refused(vault: UnlockedVault, vault_dir: Path, kdf: KdfParams) -> None:
    with vault.db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    vault.lock()
    with pytest.raises(VaultTooNewError):
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)


def test_the_cli_refuses_a_newer_vault_in_one_line(
    vault: UnlockedVault, vault_dir: Path, tmp_path: Path
) -> None:
    with vault.db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    vault.lock()
    home = tmp_path / "home"
    home.mkdir()
    run = pana(home, "cases", vault=vault_dir, stdin=[PASSPHRASE])
    one_line_failure(run, VaultTooNewError.default_message)
    assert run.out == ""


def test_a_failed_migration_leaves_the_vault_as_it_was(vault: UnlockedVault, tmp_path: Path) -> None:
    config = migrate.alembic_config(_migrations_with_step(tmp_path, fail=True))
    with pytest.raises(MigrationError):
        migrate.upgrade(vault.db.engine, config)
    with vault.db.engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        columns = {c["name"] for c in inspect(connection).get_columns("cases")}
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert "scratch_feature" not in tables
    assert "scratch_flag" not in columns
    assert version == migrate.schema_state(vault.db.engine).head


def test_migration_scripts_import_no_application_code() -> None:
    """A migration is frozen once released: code it borrowed from ``app`` could change under it."""
    for script in (paths.migrations_dir() / "versions").glob("*.py"):
        tree = ast.parse(script.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(name == "app" or name.startswith("app.") for name in names), script.name


def test_an_upgrade_runs_with_the_bulk_cache_and_sets_it_back(vault: UnlockedVault, tmp_path: Path) -> None:
    """A step that copies a large table (0012) gets the bulk jobs' page cache from ``migrate``."""
    record = (
        '    op.get_bind().exec_driver_sql("CREATE TABLE scratch_cache AS SELECT cache_size'
        ' FROM pragma_cache_size")'
    )
    with vault.db.engine.connect() as connection:
        before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    migrate.upgrade(
        vault.db.engine, migrate.alembic_config(_migrations_with_step(tmp_path, fail=False, first=record))
    )
    with vault.db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT cache_size FROM scratch_cache").scalar() == -BULK_CACHE_KIB
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == before


def _assert_as_it_was(vault: UnlockedVault) -> None:
    with vault.db.engine.connect() as connection:
        assert "scratch_feature" not in inspect(connection).get_table_names()
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.schema_state(vault.db.engine).head


def test_a_migration_on_a_full_disk_says_the_disk_is_full(vault: UnlockedVault, tmp_path: Path) -> None:
    """SQLITE_FULL halfway through (max_page_count stands in for the disk): the real reason, no change.

    The step writes more than the free pages earlier migrations left behind (0002 rebuilds
    tables), so the file must grow past its limit."""
    pragma = (
        '    op.get_bind().exec_driver_sql("PRAGMA max_page_count = 1")\n'
        '    op.get_bind().exec_driver_sql("CREATE TABLE scratch_fill AS WITH RECURSIVE n(i) AS'
        ' (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) SELECT randomblob(4096) AS b FROM n")'
    )
    config = migrate.alembic_config(_migrations_with_step(tmp_path, fail=False, first=pragma))
    with pytest.raises(DiskFullError):
        migrate.upgrade(vault.db.engine, config)
    vault.db.engine.dispose()  # the connection with the page limit
    _assert_as_it_was(vault)


def test_an_upgrade_counts_only_when_a_fresh_connection_sees_it(vault: UnlockedVault, tmp_path: Path) -> None:
    """Verify, then declare success: a commit that silently did not happen is a failed upgrade."""
    config = migrate.alembic_config(_migrations_with_step(tmp_path, fail=False))

    def lose_the_commit(connection: Connection) -> None:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("ROLLBACK")  # the driver's commit then finds nothing to commit, and says ok

    event.listen(vault.db.engine, "commit", lose_the_commit)
    try:
        with pytest.raises(MigrationError):
            migrate.upgrade(vault.db.engine, config)
    finally:
        event.remove(vault.db.engine, "commit", lose_the_commit)
    _assert_as_it_was(vault)


def test_an_older_vault_is_backed_up_then_upgraded(
    vault_dir: Path, tmp_path: Path, kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer = _migrations_with_step(tmp_path, fail=False)
    monkeypatch.setattr(paths, "migrations_dir", lambda: newer)
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        with opened.db.engine.connect() as connection:
            assert "scratch_feature" in inspect(connection).get_table_names()
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0999"
    finally:
        opened.lock()
    backups = list(vault_dir.glob("before-upgrade-*.panabackup"))
    assert len(backups) == 1


UPGRADE_BACKUP = r"{}/before-upgrade-\w+-[0-9a-f]{{8}}\.panabackup"


@pytest.mark.parametrize(("code", "why"), [(13, WriteRefusal.FULL), (8, WriteRefusal.READ_ONLY)])
def test_an_upgrade_whose_backup_cannot_be_written_names_it_and_is_not_made(
    vault_dir: Path,
    tmp_path: Path,
    kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    why: WriteRefusal,
) -> None:
    """The backup goes into the vault's own folder: its failure names that file and why (it is not a
    chosen medium's BackupWriteError), no upgrade runs without the backup, and the vault's files are
    as they were (SQLite's FULL or READONLY while the database is copied)."""
    newer = _migrations_with_step(tmp_path, fail=False)
    monkeypatch.setattr(paths, "migrations_dir", lambda: newer)
    before = file_state(vault_dir)
    failing_database_copy(monkeypatch, code)
    with pytest.raises(UpgradeBackupWriteError) as failed:
        VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    assert not isinstance(failed.value, BackupWriteError) and failed.value.why is why
    assert re.fullmatch(UPGRADE_BACKUP.format(re.escape(str(vault_dir))), failed.value.path)
    assert str(failed.value).startswith(
        f"Before upgrading the vault, Pana could not write a backup of it to {failed.value.path}: "
    )
    assert str(failed.value).endswith(". The vault was not upgraded and is unchanged.")
    assert {name: sha for name, sha in file_state(vault_dir).items() if name != "pana.lock"} == before
    monkeypatch.undo()
    opened = VaultService(vault_dir, kdf=kdf).open(PASSPHRASE)
    try:
        _assert_as_it_was(opened)
    finally:
        opened.lock()


def test_the_cli_names_the_upgrade_backup_a_full_disk_refused_and_the_vault_stays_as_it_was(
    vault: UnlockedVault, vault_dir: Path, tmp_path: Path, kdf: KdfParams
) -> None:
    """T43 for the backup made before an upgrade, on a really full disk, through ``python -m app``: one
    line naming the backup's file and why; the vault's files are as they were, and once space is
    freed the same vault is backed up and upgraded."""
    config = migrate.alembic_config()
    with vault.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")  # the vault of the Pana before this one
    vault.lock()
    home = tmp_path / "home"
    home.mkdir()
    with mounted_tmpfs(tmp_path / "disk", "size=4m") as disk:
        directory = disk / "vault"
        shutil.copytree(vault_dir, directory, ignore=shutil.ignore_patterns("pana.lock"))
        before = file_state(directory)
        filler = fill(disk)
        failed = pana(home, "cases", vault=directory, stdin=[PASSPHRASE])
        assert failed.code == 1 and failed.out == "", failed
        (line,) = failed.err_lines
        assert re.fullmatch(
            "pana: Before upgrading the vault, Pana could not write a backup of it to "
            + UPGRADE_BACKUP.format(re.escape(str(directory)))
            + re.escape(": the disk is full. The vault was not upgraded and is unchanged."),
            line,
        ), line
        assert {name: sha for name, sha in file_state(directory).items() if name != "pana.lock"} == before
        filler.unlink()
        opened = VaultService(directory, kdf=kdf).open(PASSPHRASE)
        try:
            assert (
                migrate.schema_state(opened.db.engine).current == migrate.schema_state(opened.db.engine).head
            )
        finally:
            opened.lock()
        assert len(list(directory.glob("before-upgrade-*.panabackup"))) == 1


def test_0011_stores_the_date_order_keys_and_goes_back(vault: UnlockedVault) -> None:
    """Down to 0010 (the keys dropped), up again: every listing row gets the keys of today's order."""
    cases = CaseService(vault)
    for opened in ("2019-10", "", "[2017..2019]", "2020~"):
        cases.open_case(
            r.Person(),
            [r.PersonName("", "Fictional Person")],
            r.Case("", "", opened_on=PartialDate.parse(opened)),
        )
    config = migrate.alembic_config()
    with vault.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
        assert {"opened_order", "deadline_order"}.isdisjoint(
            c["name"] for c in inspect(connection).get_columns("case_listing")
        )
    config.attributes.pop("connection")
    migrate.upgrade(vault.db.engine)
    with vault.db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.opened_on, l.opened_order, l.deadline_order "
                "FROM case_listing AS l JOIN cases AS c ON c.id = l.case_id"
            )
        ).all()
    assert sorted((row[0], row[1], row[2]) for row in rows) == [
        ("", "~", "~"),
        ("2019-10", "2019-10-01 2019-10-31", "~"),
        ("2020~", date_order_text("2020~"), "~"),
        ("[2017..2019]", "2017-01-01 2019-12-31", "~"),
    ]


def test_0012_keys_revisions_by_record_and_keeps_every_row_and_rowid(tmp_path: Path) -> None:
    """A vault at 0011 with revisions whose rowids have gaps (an exchange mark counts by rowid): after
    0012 every row is there with its rowid, keyed (record_id, id), and no index starts with the id."""
    engine = make_engine(tmp_path, bytearray(b"\x07" * 32), create=True)
    config = migrate.alembic_config()
    columns = (
        'id, record_table, record_id, parents, "values", deleted, author_user_id, author_device_id, '
        "author_office_id, hlc, created_at"
    )
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0011")
            for rowid in (3, 4, 10, 11, 500, 45_000):  # more than one step of the move
                connection.execute(
                    text(
                        f"INSERT INTO revisions (rowid, {columns}) VALUES (:rowid, :id, 'persons', :record, "
                        "'[]', '{\"notes\": \"Fictional\"}', 0, '', '', '', :hlc, '2026-12-06 10:00:00')"
                    ),
                    {"rowid": rowid, "id": f"{rowid:064x}", "record": f"rec-{rowid % 2}", "hlc": f"{rowid}"},
                )
        before, told = _revision_rows(engine), []
        with engine.begin() as connection:  # to 0012 only: 0017 makes the rowid a column
            config.attributes.update(
                connection=connection, progress=lambda done, total, _: told.append((done, total))
            )
            command.upgrade(config, "0012")
        config.attributes.pop("connection")
        config.attributes.pop("progress")
        assert _revision_rows(engine) == before
        assert told == [(1, 3), (2, 3), (3, 3)]  # the move tells its ranges
        with engine.connect() as connection:
            key = inspect(connection).get_pk_constraint("revisions")["constrained_columns"]
            assert key == ["record_id", "id"]
            indexes = {i["name"]: i["column_names"] for i in inspect(connection).get_indexes("revisions")}
            assert indexes == {"ix_revisions_hlc": ["hlc"]}
            plan = connection.exec_driver_sql(
                'EXPLAIN QUERY PLAN SELECT "values" FROM revisions WHERE record_id = ? AND id = ?',
                ("rec-1", "0" * 64),
            ).all()
            assert "PRIMARY KEY" in plan[0][-1] or "sqlite_autoindex_revisions" in plan[0][-1], plan
    finally:
        close_engine(engine)


def _revision_rows(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return list(connection.exec_driver_sql("SELECT rowid, * FROM revisions ORDER BY rowid").all())


def test_0014_keeps_every_bundle_row_as_not_covering_and_goes_back(vault: UnlockedVault) -> None:
    """Down to 0012 (no waiting rows, no ``covers_earlier``) with bundles recorded, up again: each row
    is there as it was and counts as not covering; down to 0013 again keeps them too."""
    config = migrate.alembic_config()
    columns = (
        "id, direction, sender_office_id, recipients, sequences, created_at, recorded_at, revision_mark, "
        "revisions, report"
    )
    with vault.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
        assert "waiting_rows" not in inspect(connection).get_table_names()
        for number, direction in enumerate(("sent", "received", "received"), start=1):
            connection.execute(
                text(
                    f"INSERT INTO exchange_bundles ({columns}) VALUES (:id, :direction, "
                    "'office-a', '[\"office-b\"]', :sequences, "
                    "'2026-12-01 10:00:00', '2026-12-01 10:00:01', :n, :n, '{}')"
                ),
                {
                    "id": f"bundle-{number}",
                    "direction": direction,
                    "sequences": f'{{"office-b": {number}}}',
                    "n": number,
                },
            )
        before = _bundle_rows(connection, columns)
    config.attributes.pop("connection")
    migrate.upgrade(vault.db.engine)
    with vault.db.engine.connect() as connection:
        assert _bundle_rows(connection, columns) == before
        flags = connection.exec_driver_sql("SELECT covers_earlier FROM exchange_bundles").scalars().all()
        assert flags == [0, 0, 0]
        assert connection.exec_driver_sql("SELECT count(*) FROM waiting_rows").scalar() == 0
    with vault.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
        assert "covers_earlier" not in {
            c["name"] for c in inspect(connection).get_columns("exchange_bundles")
        }
        assert _bundle_rows(connection, columns) == before
    config.attributes.pop("connection")


def _bundle_rows(connection: Connection, columns: str) -> list[tuple[object, ...]]:
    return list(connection.exec_driver_sql(f"SELECT {columns} FROM exchange_bundles ORDER BY id").all())


def test_0015_indexes_the_deletions_a_vault_already_has(vault: UnlockedVault) -> None:
    """Down to 0014 after a case was deleted, up again: the index holds that case's deletion, and the
    deleted cases are found through it (``INDEXED BY`` fails when the query cannot use it)."""
    cases = CaseService(vault)
    kept = cases.open_case(r.Person(), [r.PersonName("", "Kept Fictional")], r.Case("", ""))
    gone = cases.open_case(r.Person(), [r.PersonName("", "Deleted Fictional")], r.Case("", ""))
    cases.delete_case(gone)
    config = migrate.alembic_config()
    with vault.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014")
        assert "ix_revisions_deletions" not in {
            i["name"] for i in inspect(connection).get_indexes("revisions")
        }
    config.attributes.pop("connection")
    migrate.upgrade(vault.db.engine)
    with vault.db.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT record_id FROM revisions INDEXED BY ix_revisions_deletions "
            "WHERE record_table = 'cases' AND deleted = 1"
        ).scalars()
        assert list(found) == [gone] and kept != gone


def test_0016_keeps_the_waiting_rows_naming_nothing_and_goes_back(vault: UnlockedVault) -> None:
    """Down to 0015 with a record waiting, up again: it is still waiting and names no row (the next
    import tries it); down again keeps it, and the table stays WITHOUT ROWID both ways."""
    config = migrate.alembic_config()
    with vault.db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO waiting_rows VALUES ('interviews', 'i-1', 'cases', 'c-1')")
        config.attributes["connection"] = connection
        command.downgrade(config, "0015")
        assert connection.exec_driver_sql("SELECT * FROM waiting_rows").all() == [("interviews", "i-1")]
        assert "WITHOUT ROWID" in _waiting_rows_sql(connection)
    config.attributes.pop("connection")
    migrate.upgrade(vault.db.engine)
    with vault.db.engine.begin() as connection:
        assert connection.exec_driver_sql("SELECT * FROM waiting_rows").all() == [
            ("interviews", "i-1", None, None)
        ]
        assert "WITHOUT ROWID" in _waiting_rows_sql(connection)
        config.attributes["connection"] = connection
        command.downgrade(config, "0015")
        assert connection.exec_driver_sql("SELECT * FROM waiting_rows").all() == [("interviews", "i-1")]
    config.attributes.pop("connection")


def _waiting_rows_sql(connection: Connection) -> str:
    return str(
        connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'waiting_rows'").scalar()
    )


def test_0018_adds_the_waiting_files_table_and_goes_back(vault: UnlockedVault) -> None:
    """Down a step with a file's bytes kept for it, up again: the table comes back empty (the file's
    next bundle with files brings its bytes, as before the table was there)."""
    config = migrate.alembic_config()
    with vault.db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO waiting_file_chunks VALUES ('a-1', 0, x'25504446')")
        config.attributes["connection"] = connection
        command.downgrade(config, "0017")
        assert "waiting_file_chunks" not in inspect(connection).get_table_names()
    config.attributes.pop("connection")
    migrate.upgrade(vault.db.engine)
    with vault.db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM waiting_file_chunks").scalar() == 0


def test_0019_counts_earlier_bundles_as_carrying_files_and_goes_back(vault: UnlockedVault) -> None:
    """Down to 0018 with two bundles sent, up again: each keeps its row and counts as having carried
    the files up to its mark (what the next bundle since the last one carries stays as it was); down
    again keeps the rows."""
    config = migrate.alembic_config()
    columns = "id, direction, recipients, revision_mark"
    with vault.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0018")
        for number in (1, 2):
            connection.exec_driver_sql(
                "INSERT INTO exchange_bundles (id, direction, sender_office_id, recipients, sequences, "
                "created_at, recorded_at, revision_mark, revisions, report) VALUES (?, 'sent', 'office-a', "
                "'[\"office-b\"]', '{}', '2026-12-01 10:00:00', '2026-12-01 10:00:01', ?, 1, '')",
                (f"bundle-{number}", 40 * number),
            )
        before = _bundle_rows(connection, columns)
    config.attributes.pop("connection")
    migrate.upgrade(vault.db.engine)
    with vault.db.engine.begin() as connection:
        assert _bundle_rows(connection, columns) == before
        marks = connection.exec_driver_sql("SELECT files_mark FROM exchange_bundles ORDER BY id").scalars()
        assert list(marks) == [40, 80]
        config.attributes["connection"] = connection
        command.downgrade(config, "0018")
        assert "files_mark" not in {c["name"] for c in inspect(connection).get_columns("exchange_bundles")}
        assert _bundle_rows(connection, columns) == before
    config.attributes.pop("connection")


def test_0020_adds_the_files_owed_table_and_goes_back(vault: UnlockedVault) -> None:
    """Up from 0019 the table is there, empty, and goes with an attachment's row; down again it is gone."""
    case_id = CaseService(vault).open_case(r.Person(), [r.PersonName("", "Owed Fictional")], r.Case("", ""))
    attachment = AttachmentService(vault).add(case_id, "scan.pdf", b"%PDF", "application/pdf")
    config = migrate.alembic_config()
    with vault.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0019")
        assert "files_owed" not in inspect(connection).get_table_names()
    config.attributes.pop("connection")
    migrate.upgrade(vault.db.engine)
    with vault.db.engine.begin() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM files_owed").scalar() == 0
        connection.exec_driver_sql("INSERT INTO files_owed VALUES (?, 'office-b')", (attachment.id,))
        connection.exec_driver_sql("DELETE FROM attachments WHERE id = ?", (attachment.id,))
        assert connection.exec_driver_sql("SELECT count(*) FROM files_owed").scalar() == 0
